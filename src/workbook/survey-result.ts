/**
 * The pre-assessment from one or more responses sheets: their counts added up and scored, with
 * warnings on too few answers, the total with the survey's tools in place of the workbook's, and
 * suggestions for the lowest questions' indicators.
 */
import { ToolId } from '../domain/framework';
import { Problem } from '../domain/problem';
import { Assessment, scoreAssessment, ScoreInput } from '../domain/scoring';
import { suggestionsForIndicator } from '../domain/suggestions';
import { preAssessmentInput, scoreSurvey, SurveyTallies } from '../domain/survey';
import { bi } from '../domain/text';
import { SurveySummary } from './analysis';
import { locatedProblem } from './cells';
import { a1, SheetSnapshot } from './snapshot';
import { parseSurvey } from './survey-sheet';

/**
 * The pre-assessment: the sheet's counts scored (question → indicator → tool), the workbook's
 * figures with the survey's in place of the tools it covers, warnings on too few answers, and
 * suggestions for the indicators of the lowest questions.
 */
export function summarizeSurvey(
  sheets: readonly SheetSnapshot[],
  base: ScoreInput,
  problems: Problem[],
  scoresGiven: boolean,
): SurveySummary | undefined {
  const fw = base.framework;
  const reads = sheets.flatMap((sheet) => {
    const read = parseSurvey(sheet, fw, problems);
    return read ? [{ read, left: sheet.left }] : [];
  });
  if (reads.length === 0) return undefined;
  const result = scoreSurvey(fw, mergeTallies(reads.map((r) => r.read.tallies)));
  const first = reads[0];
  const headerCell = a1(first.read.headerRow, first.left);
  const toolOf = (code: string) => result.questions.find((q) => q.code === code)?.tool;
  // Where a question or a tool is: the first sheet with its column.
  const at = (has: (code: string) => boolean) => {
    for (const { read } of reads) {
      const c = read.columns.find((x) => has(x.code));
      if (c) return { sheet: read.sheet, cell: c.cell };
    }
    return { sheet: first.read.sheet, cell: headerCell };
  };

  const few = result.questions.filter((q) => q.few);
  if (few.length > 0)
    problems.push(
      locatedProblem(
        'warning',
        'survey.few-answers',
        at((code) => code === few[0].code).sheet,
        at((code) => code === few[0].code).cell,
        bi(
          `ข้อ ${few.map((q) => `${q.code} (${q.answered} คน)`).join(', ')} มีผู้ตอบน้อย${result.minRespondents !== undefined ? `กว่าขั้นต่ำ ${result.minRespondents} คน` : 'กว่าครึ่งหนึ่งของผู้ตอบแบบนั้น'} คะแนนของข้อเหล่านี้จึงบอกได้ไม่มากนัก`,
          `${few.map((q) => `${q.code} (${q.answered} answers)`).join(', ')}: fewer answers than ${result.minRespondents !== undefined ? `the minimum of ${result.minRespondents}` : "half of the tool's respondents"}, so these scores mean little`,
        ),
        few.map((q) => q.code).join(', '),
      ),
    );
  for (const t of result.tools)
    if (t.enough === false && t.respondents > 0)
      problems.push(
        locatedProblem(
          'warning',
          'survey.few-respondents',
          at((code) => toolOf(code) === t.id).sheet,
          at((code) => toolOf(code) === t.id).cell,
          bi(
            `แบบสำรวจ ${t.id} มีผู้ตอบ ${t.respondents} คน น้อยกว่าขั้นต่ำ ${result.minRespondents} คน ที่ตั้งไว้ในชีตเกณฑ์การประเมิน`,
            `The ${t.id} survey has ${t.respondents} respondents, fewer than the minimum of ${result.minRespondents} set on the Rules sheet`,
          ),
          String(t.respondents),
        ),
      );

  let assessment: Assessment | undefined;
  if (scoresGiven && result.tools.some((t) => t.score !== undefined)) {
    const ev = scoreAssessment(preAssessmentInput(base, result));
    assessment = ev.assessment;
    const blocked = ev.problems.find((p) => p.severity === 'error');
    if (!assessment && blocked)
      problems.push(
        locatedProblem(
          'warning',
          'survey.no-total',
          first.read.sheet,
          headerCell,
          bi(
            `ยังคำนวณคะแนนรวมของการประเมินล่วงหน้าไม่ได้: ${blocked.message.th}`,
            `The pre-assessment's total cannot be computed yet: ${blocked.message.en}`,
          ),
        ),
      );
  }
  const indicators = [
    ...new Set(result.lowest.map((code) => result.questions.find((q) => q.code === code)!.indicator)),
  ];
  return {
    sheets: reads.map(({ read }) => ({
      sheet: read.sheet,
      headerRow: read.headerRow,
      mapping: read.mapping,
      questionColumns: read.columns.length,
      ignoredColumns: read.ignoredColumns,
    })),
    result,
    ...(assessment ? { assessment } : {}),
    advice: indicators.map((id) => ({ indicator: id, suggestions: suggestionsForIndicator(id) })),
  };
}

/** Several forms (an IIT form and an EIT form, or two rounds): their counts add up. */
function mergeTallies(all: readonly SurveyTallies[]): SurveyTallies {
  if (all.length === 1) return all[0];
  const counts: Record<string, number[]> = {};
  const respondents: Partial<Record<ToolId, number>> = {};
  for (const t of all) {
    for (const [code, c] of Object.entries(t.counts)) {
      const acc = counts[code] ?? new Array<number>(c.length).fill(0);
      c.forEach((n, i) => (acc[i] += n));
      counts[code] = acc;
    }
    for (const [tool, n] of Object.entries(t.respondents) as [ToolId, number][])
      respondents[tool] = (respondents[tool] ?? 0) + n;
  }
  return { counts, respondents };
}
