/**
 * The pre-assessment survey in `ita-planner recompute`'s report and JSON (issue #13): counts and
 * means only, marked as not the NACC's result. No respondent's row is in the analysis to print.
 */
import { NO_MINIMUM_NOTE, PRE_ASSESSMENT_NOTE, SurveyQuestionResult } from '../domain/survey';
import { Lang, bi } from '../domain/text';
import { SurveySummary } from '../workbook/analysis';

const f2 = (x: number | undefined) => (x === undefined ? null : Number(x.toFixed(2)));

function questionJson(q: SurveyQuestionResult) {
  return {
    code: q.code,
    indicator: q.indicator,
    tool: q.tool,
    scale: q.scale,
    reverse: q.reverse,
    answered: q.answered,
    score: f2(q.shown),
    topShare: f2(q.topShare),
    fewAnswers: q.few,
    levels: q.levels.map((l) => ({ answer: l.label, score: l.score, count: l.count })),
  };
}

export function surveyJson(s: SurveySummary) {
  const r = s.result;
  const a = s.assessment;
  return {
    kind: 'pre-assessment',
    note: PRE_ASSESSMENT_NOTE,
    sheets: s.sheets.map((x) => ({ ...x, headerRow: x.headerRow + 1 })),
    minRespondents: r.minRespondents ?? null,
    ...(r.minRespondents === undefined ? { minRespondentsNote: NO_MINIMUM_NOTE } : {}),
    tools: r.tools.map((t) => ({
      id: t.id,
      respondents: t.respondents,
      score: f2(t.shown),
      enough: t.enough ?? null,
    })),
    indicators: r.indicators.map((i) => ({
      id: i.id,
      tool: i.tool,
      name: i.name,
      score: i.shown,
      answeredQuestions: i.answeredQuestions,
      questions: i.questions,
    })),
    questions: r.questions.map(questionJson),
    lowest: r.lowest.map((code) => {
      const q = r.questions.find((x) => x.code === code)!;
      return { ...questionJson(q), suggestions: s.advice.find((x) => x.indicator === q.indicator)?.suggestions ?? [] };
    }),
    total: a
      ? {
          total: a.totalShown,
          grade: a.grade,
          tools: { IIT: a.tools.IIT.shown, EIT: a.tools.EIT.shown, OIT: a.tools.OIT.shown },
        }
      : null,
  };
}

/** One answer's count as the report prints it: "มากที่สุด 3". */
const levelsText = (q: SurveyQuestionResult, lang: Lang) =>
  q.levels.map((l) => `${l.label[lang]} ${l.count}`).join(' · ');

export function surveyReportLines(s: SurveySummary, lang: Lang): string[] {
  const r = s.result;
  const lines = [
    `${PRE_ASSESSMENT_NOTE[lang]} (${bi('ชีต', 'sheet')[lang]} ${s.sheets.map((x) => x.sheet).join(', ')})`,
  ];
  lines.push(
    `  ${bi('ผู้ตอบ', 'Respondents')[lang]}: ${r.tools
      .map(
        (t) => `${t.id} ${t.respondents}${t.enough === false ? bi(' (น้อยกว่าขั้นต่ำ)', ' (below the minimum)')[lang] : ''}`,
      )
      .join(' · ')}${r.minRespondents !== undefined ? ` · ${bi('ขั้นต่ำ', 'minimum')[lang]} ${r.minRespondents}` : ''}`,
  );
  if (r.minRespondents === undefined) lines.push(`  ${NO_MINIMUM_NOTE[lang]}`);
  for (const t of r.tools) {
    if (t.shown === undefined) continue;
    const inds = r.indicators.filter((i) => i.tool === t.id);
    lines.push(
      `  ${t.id} ${t.shown.toFixed(2)} · ${bi('ตัวชี้วัด', 'indicators')[lang]} ${inds.map((i) => `${i.id} ${i.shown.toFixed(2)}`).join(', ')}`,
    );
  }
  if (s.assessment)
    lines.push(
      `  ${bi('คะแนนรวม (ประเมินล่วงหน้า)', 'Total (pre-assessment)')[lang]} ${s.assessment.totalShown.toFixed(2)} ${bi('ระดับ', 'grade')[lang]} ${s.assessment.grade}`,
    );
  if (r.lowest.length > 0) lines.push(`  ${bi('ข้อที่ได้คะแนนต่ำสุด', 'Lowest questions')[lang]}:`);
  for (const code of r.lowest) {
    const q = r.questions.find((x) => x.code === code)!;
    lines.push(
      `    ${q.code} ${q.shown!.toFixed(2)} (${bi(`ตอบ ${q.answered} คน`, `${q.answered} answers`)[lang]}${q.reverse ? bi(', ข้อคำถามเชิงลบ', ', reverse-worded')[lang] : ''}): ${levelsText(q, lang)}`,
    );
  }
  for (const adv of s.advice) {
    const first = adv.suggestions[0];
    if (first)
      lines.push(
        `  ${bi(`ข้อเสนอแนะ ตัวชี้วัดที่ ${adv.indicator}`, `Suggestion, indicator ${adv.indicator}`)[lang]}: ${first.text[lang]}`,
      );
  }
  return lines;
}
