import { evaluate } from '../../src/domain';
import { Framework } from '../../src/domain/framework';
import { frameworkFor, FRAMEWORKS } from '../../src/domain/frameworks';
import {
  levelNumber,
  preAssessmentInput,
  readAnswer,
  scoreSurvey,
  surveyQuestions,
  SurveyTallies,
} from '../../src/domain/survey';

const fw = frameworkFor(2565) as Framework;
const rule = (code: string) => surveyQuestions(fw).find((q) => q.code === code)!;

/**
 * Four EIT respondents. Counts per level as the scale lists them, lowest score first:
 * four-level [น้อยที่สุดหรือไม่มีเลย, น้อย, มาก, มากที่สุด], yes/no [ไม่มี, มี].
 *   E1  มากที่สุด, มาก, มาก, น้อย           → (100 + 85 + 85 + 50) / 4 = 80.00, top 1/4 = 25.00 %
 *   E3  (reverse) น้อยที่สุดฯ ×2, มากที่สุด ×1, one blank → (100 + 100 + 0) / 3 = 66.67, top 2/3 = 66.67 %
 *   E8  (yes/no) มี ×3, ไม่มี ×1             → 300 / 4 = 75.00
 *   E10 (yes/no) มี ×4, every other EIT question มากที่สุด ×4 → 100
 * Indicator 6 = (80 + 100 + 66.667 + 100 + 100) / 5 = 89.33; 7 = (100 × 4 + 75) / 5 = 95.00; 8 = 100.
 * EIT = (89.3333 + 95 + 100) / 3 = 94.78.
 */
function eitTallies(): SurveyTallies {
  const counts: Record<string, number[]> = {};
  for (let n = 1; n <= 15; n++) counts[`E${n}`] = [0, 0, 0, 4];
  counts.E1 = [0, 1, 2, 1];
  counts.E3 = [2, 0, 0, 1];
  counts.E8 = [1, 3];
  counts.E10 = [0, 4];
  return { counts, respondents: { EIT: 4 } };
}

describe('pre-assessment survey scoring (issue #13)', () => {
  test('answer scales are framework data: 4 levels 0/50/85/100, yes/no 100/0, E3 reverse, E8 and E10 yes/no', () => {
    for (const f of FRAMEWORKS) {
      const four = f.answerScales.find((s) => s.id === 'four-level')!;
      expect(four.answers.map((a) => a.score)).toEqual([0, 50, 85, 100]);
      expect(f.answerScales.find((s) => s.id === 'yes-no')!.answers.map((a) => a.score)).toEqual([0, 100]);
      const qs = surveyQuestions(f);
      expect(qs.length).toBe(45);
      expect(qs.filter((q) => q.reverse).map((q) => q.code)).toEqual(['E3']);
      expect(qs.filter((q) => q.scale.id === 'yes-no').map((q) => q.code)).toEqual(['E8', 'E10']);
    }
  });

  test('answers: Thai and English words, notes in brackets, Thai digits, scale scores; blank is not zero', () => {
    const e1 = rule('E1');
    expect(readAnswer(e1, 'มากที่สุด')).toBe(3);
    expect(readAnswer(e1, ' มากที่สุด (4) ')).toBe(3);
    expect(readAnswer(e1, 'มาก')).toBe(2);
    expect(readAnswer(e1, 'น้อย')).toBe(1);
    expect(readAnswer(e1, 'น้อยที่สุดหรือไม่มีเลย')).toBe(0);
    expect(readAnswer(e1, 'Most')).toBe(3);
    expect(readAnswer(e1, 85)).toBe(2);
    expect(readAnswer(e1, '๑๐๐')).toBe(3);
    expect(readAnswer(e1, '')).toBe('blank');
    expect(readAnswer(e1, null)).toBe('blank');
    expect(readAnswer(e1, 'ดีมาก')).toBe('unknown');
    expect(readAnswer(e1, 70)).toBe('unknown');
    expect(readAnswer(e1, 3)).toBe('unknown'); // a linear scale's number is not an answer by itself…
    expect(levelNumber(e1, 3)).toBe(2); // …but read as a level by the sheet, with a warning
    expect(levelNumber(e1, '๔')).toBe(3);
    expect([levelNumber(e1, 5), levelNumber(e1, 0), levelNumber(e1, 2.5)]).toEqual([undefined, undefined, undefined]);
    expect(levelNumber(rule('E8'), 1)).toBeUndefined(); // yes/no: 1 and 2 mean nothing
    expect(readAnswer(e1, 'มี')).toBe('unknown');
    const e8 = rule('E8');
    expect(readAnswer(e8, 'มี')).toBe(1);
    expect(readAnswer(e8, 'ไม่มี')).toBe(0); // not read as "มี"
    expect(readAnswer(e8, 'ใช่')).toBe(1);
    expect(readAnswer(e8, 'ไม่ใช่')).toBe(0);
    expect(readAnswer(e8, 'มาก')).toBe('unknown');
  });

  test('question = mean of answers, indicator = mean of questions, tool = mean of indicators (hand computed)', () => {
    const r = scoreSurvey(fw, eitTallies());
    const q = (code: string) => r.questions.find((x) => x.code === code)!;
    expect(q('E1')).toMatchObject({ answered: 4, shown: 80, topShare: 25 });
    expect(q('E3')).toMatchObject({ answered: 3, shown: 66.67, topShare: 66.67, reverse: true });
    // Reverse-worded: the least answer earns 100 and is listed first.
    expect(q('E3').levels.map((l) => [l.label.th, l.score, l.count])).toEqual([
      ['น้อยที่สุดหรือไม่มีเลย', 100, 2],
      ['น้อย', 85, 0],
      ['มาก', 50, 0],
      ['มากที่สุด', 0, 1],
    ]);
    expect(q('E8')).toMatchObject({ answered: 4, shown: 75, topShare: 75, scale: 'yes-no' });
    expect(r.indicators.map((i) => [i.id, i.shown])).toEqual([
      [6, 89.33],
      [7, 95],
      [8, 100],
    ]);
    const eit = r.tools.find((t) => t.id === 'EIT')!;
    expect(eit).toMatchObject({ respondents: 4, shown: 94.78 });
    expect(eit.enough).toBeUndefined(); // no minimum ships
    const iit = r.tools.find((t) => t.id === 'IIT')!;
    expect(iit).toEqual({ id: 'IIT', respondents: 0 });
    expect(r.lowest).toEqual(['E3', 'E8', 'E1']); // questions at 100 are not "lowest"
  });

  test('minimum respondents from the rules: tools below it and questions with few answers are flagged', () => {
    const r = scoreSurvey({ ...fw, minRespondents: 5 }, eitTallies());
    expect(r.minRespondents).toBe(5);
    expect(r.tools.find((t) => t.id === 'EIT')!.enough).toBe(false);
    expect(r.questions.find((q) => q.code === 'E1')!.few).toBe(true);
    const none = scoreSurvey(fw, eitTallies());
    expect(none.questions.some((q) => q.few)).toBe(false);
    // Without a minimum, a question most respondents skipped is still flagged: 1 answer of 4.
    const t = eitTallies();
    const skipped = scoreSurvey(fw, { ...t, counts: { ...t.counts, E2: [0, 0, 0, 1] } });
    expect(skipped.questions.find((q) => q.code === 'E2')!.few).toBe(true);
  });

  test('the pre-assessment total replaces only the surveyed tool: 27.759 + 28.4333 + 39.556 = 95.75', () => {
    const chiangMai = {
      1: 96.5,
      2: 93.11,
      3: 91.57,
      4: 89.02,
      5: 92.45,
      6: 93.93,
      7: 89.78,
      8: 93.24,
      9: 97.78,
      10: 100,
    };
    const survey = scoreSurvey(fw, eitTallies());
    const ev = evaluate(preAssessmentInput({ framework: fw, indicators: chiangMai }, survey));
    expect(ev.assessment!.tools.IIT.shown).toBe(92.53);
    expect(ev.assessment!.tools.EIT.shown).toBe(94.78);
    expect(ev.assessment!.totalShown).toBe(95.75);
    expect(ev.problems.filter((p) => p.code === 'indicator.reported-differs')).toEqual([]);
  });
});
