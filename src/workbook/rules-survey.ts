/**
 * The rules sheet's tables for the agency's own pre-assessment survey (issue #13): what each
 * answer scores (คะแนนคำตอบ) and which questions are yes/no or reverse-worded (มาตรวัดคำตอบรายข้อ).
 * Both are provisional in the shipped data (spec §4), so a planner can correct them here.
 */
import { AnswerScale, Framework, QuestionScale } from '../domain/framework';
import { parsePublished } from '../domain/parse/published';
import { parseScore } from '../domain/parse/numbers';
import { answerKey, surveyQuestions } from '../domain/survey';
import { bi } from '../domain/text';
import { isEmpty } from './cells';
import { Bad, certaintyOf, Err, SectionFound, textOf } from './rules-read';
import { CellValue } from './snapshot';
import type { CellRef } from '../domain/refs';

function scaleOf(scales: readonly AnswerScale[], v: CellValue): AnswerScale | undefined {
  const k = answerKey(textOf(v));
  return scales.find((s) => [s.id, s.name.th, s.name.en].some((n) => answerKey(n) === k));
}

const scaleNames = (scales: readonly AnswerScale[]) => ({
  th: scales.map((s) => `"${s.name.th}"`).join(' หรือ '),
  en: scales.map((s) => `"${s.name.en}"`).join(' or '),
});

/** Answer scores: each row sets one answer's score on one scale; answers not listed keep theirs. */
export function readAnswerScores(
  s: SectionFound | undefined,
  base: Framework,
  err: Err,
  bad: Bad,
): readonly AnswerScale[] {
  if (!s) return base.answerScales;
  const scales = base.answerScales.map((x) => ({ ...x, answers: x.answers.map((a) => ({ ...a })) }));
  const names = scaleNames(scales);
  const seen = new Map<string, string>();
  for (const r of s.rows) {
    const scale = scaleOf(scales, r.get('scale'));
    if (!scale) {
      bad(r.at('scale'), r.get('scale'), bi(`มาตรวัด ${names.th}`, `a scale: ${names.en}`));
      continue;
    }
    const k = answerKey(textOf(r.get('answer')));
    const level = scale.answers.find((a) => [a.label.th, a.label.en, ...a.words].some((w) => answerKey(w) === k));
    if (!level) {
      bad(
        r.at('answer'),
        r.get('answer'),
        bi(
          `คำตอบของมาตรวัด ${scale.name.th}: ${scale.answers.map((a) => a.label.th).join(', ')}`,
          `an answer of the ${scale.name.en} scale: ${scale.answers.map((a) => a.label.th).join(', ')}`,
        ),
      );
      continue;
    }
    const key = `${scale.id}/${level.label.th}`;
    const first = seen.get(key);
    if (first) {
      err(
        r.at('answer'),
        bi(
          `คำตอบ "${level.label.th}" มีสองแถว (แถวแรก ${first})`,
          `The answer "${level.label.th}" is listed twice (first ${first})`,
        ),
        level.label.th,
      );
      continue;
    }
    seen.set(key, r.at('answer'));
    const score = parseScore(r.get('score'));
    if (!score.ok) {
      bad(r.at('score'), r.get('score'), score.expected);
      continue;
    }
    level.score = score.value;
    const c = certaintyOf(r.get('certainty'));
    if (c) scale.certainty = c;
  }
  return scales;
}

/**
 * Questions off the default scale or reverse-worded: the table replaces the shipped list, so a
 * question it leaves out is on the default scale (the first one) and not reversed.
 */
export function readQuestionScales(
  s: SectionFound | undefined,
  base: Framework,
  scales: readonly AnswerScale[],
  err: Err,
  bad: Bad,
): readonly QuestionScale[] {
  if (!s) return base.questionScales;
  const codes = surveyQuestions(base).map((q) => q.code);
  const names = scaleNames(scales);
  const out: (QuestionScale & { cell: CellRef })[] = [];
  for (const r of s.rows) {
    const code = textOf(r.get('code')).toUpperCase().replace(/\s+/g, '');
    if (!codes.includes(code)) {
      bad(
        r.at('code'),
        r.get('code'),
        bi(
          `ข้อคำถามของแบบสำรวจ (${codes[0]}–${codes[codes.length - 1]})`,
          `a survey question (${codes[0]}–${codes[codes.length - 1]})`,
        ),
      );
      continue;
    }
    const first = out.find((q) => q.code === code);
    if (first) {
      err(
        r.at('code'),
        bi(`ข้อ ${code} มีสองแถว (แถวแรก ${first.cell})`, `Question ${code} is listed twice (first ${first.cell})`),
        code,
      );
      continue;
    }
    const scale = scaleOf(scales, r.get('scale'));
    if (!scale) {
      bad(r.at('scale'), r.get('scale'), bi(`มาตรวัด ${names.th}`, `a scale: ${names.en}`));
      continue;
    }
    const revRaw = r.get('reverse');
    let reverse = false;
    if (!isEmpty(revRaw)) {
      const yes = parsePublished(revRaw);
      if (!yes.ok) {
        bad(r.at('reverse'), revRaw, bi('ใช่ หรือ ไม่ใช่ (หรือเว้นว่าง)', 'yes or no (or blank)'));
        continue;
      }
      reverse = yes.value;
    }
    const certainty = certaintyOf(r.get('certainty'));
    out.push({
      code,
      scale: scale.id,
      ...(reverse ? { reverse } : {}),
      ...(certainty ? { certainty } : {}),
      cell: r.at('code'),
    });
  }
  return out.map(({ cell: _cell, ...q }) => {
    void _cell;
    return q;
  });
}
