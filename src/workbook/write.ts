import { Problem } from '../domain/problem';
import { bi, Lang } from '../domain/text';
import { hasThaiDigits } from '../domain/thai';
import { Digits } from '../domain/thai-date';
import { AnalysisWithSources } from './analyze';
import { Analysis } from './analysis';
import { labels } from './labels';
import { OWNER_NAMES, ownedSheet, sheetNames } from './owned';
import { emptyPlan, WritePlan } from './plan';
import { writeProblemsSheet } from './problems-sheet';
import { WorkbookSnapshot } from './snapshot';
import { writeSummary } from './summary';

export { sheetNames };
export { planTemplate, planMissingSheets, planAppendMeasure } from './template';
export type { NewMeasure } from './template';

export interface ResultsPlan {
  plan: WritePlan;
  /** False when errors (or a sheet the add-in does not own) stopped the results. */
  wroteResults: boolean;
  /** The analysis's problems plus those found while planning. */
  problems: Problem[];
}

/** Names the add-in defines for results; only these are ever replaced or removed. */
export const RESULT_NAMES = [
  'ITA_TOTAL',
  'ITA_GRADE',
  'ITA_PASS',
  'ITA_IIT',
  'ITA_EIT',
  'ITA_OIT',
  ...Array.from({ length: 10 }, (_, i) => `ITA_IND_${i + 1}`),
  'ITA_MEASURES_TOTAL',
  'ITA_MEASURES_DONE',
  'ITA_MEASURES_OVERDUE',
];

/**
 * Plans the writes of a recompute: the summary sheet, the names and the
 * problems sheet. Errors write the problems sheet and nothing else; a user's
 * sheet bearing one of our names stops everything.
 */
export function planResults(
  analysis: AnalysisWithSources,
  snapshot: WorkbookSnapshot,
  options: { computedAt: string; lang?: Lang; digits?: Digits },
): ResultsPlan {
  const lang = options.lang ?? analysis.lang;
  const names = sheetNames(lang);
  const problems = [...analysis.problems, ...textNumberWarnings(analysis)];

  for (const kind of ['summary', 'problems'] as const) {
    const clash = snapshot.sheets.find((s) => s.name === names[kind] && s.name !== ownedSheet(snapshot, kind));
    if (clash) {
      problems.unshift({
        severity: 'error',
        code: 'sheet.not-owned',
        sheet: clash.name,
        cell: 'A1',
        found: clash.name,
        message: bi(
          `มีชีตชื่อ "${clash.name}" ที่ ITA Planner ไม่ได้สร้าง จึงไม่เขียนทับและหยุดการคำนวณ — เปลี่ยนชื่อชีตนั้นแล้วคำนวณใหม่`,
          `A sheet named "${clash.name}" exists that ITA Planner did not create; it is left alone and nothing was written. Rename it and recompute`,
        ),
      });
      return { plan: emptyPlan(), wroteResults: false, problems };
    }
  }

  const plan = emptyPlan();
  const hasErrors = problems.some((p) => p.severity === 'error');
  const writeResults = !hasErrors && !!analysis.assessment;
  if (writeResults) {
    const digits = options.digits ?? digitsTyped(analysis, snapshot);
    problems.push(...writeSummary(plan, analysis, names.summary, lang, options.computedAt, digits));
    plan.names.push({ name: OWNER_NAMES.summary, sheet: names.summary, ref: 'A1' });
    plan.activate = names.summary;
    const defined = new Set(plan.names.map((n) => n.name));
    const existing = new Set(snapshot.names.map((n) => n.name.toUpperCase()));
    plan.deleteNames.push(...RESULT_NAMES.filter((n) => !defined.has(n) && existing.has(n)));
  }

  // Owned sheets under the other language's name give way to this run's.
  const ownedSummary = ownedSheet(snapshot, 'summary');
  if (writeResults && ownedSummary && ownedSummary !== names.summary) plan.deleteSheets.push(ownedSummary);
  const ownedProblems = ownedSheet(snapshot, 'problems');
  if (ownedProblems && (problems.length === 0 || ownedProblems !== names.problems))
    plan.deleteSheets.push(ownedProblems);

  if (problems.length > 0) {
    writeProblemsSheet(plan, problems, names.problems, labels(lang));
    plan.names.push({ name: OWNER_NAMES.problems, sheet: names.problems, ref: 'A1' });
    if (!writeResults) plan.activate = names.problems;
  } else if (ownedProblems) plan.deleteNames.push(OWNER_NAMES.problems);

  return { plan, wroteResults: writeResults, problems };
}

/** Thai digits when the planner types them in the Settings sheet ("๓๑ มี.ค. ๒๕๖๖"), else Arabic. */
function digitsTyped(analysis: Analysis, snapshot: WorkbookSnapshot): Digits {
  const settings = analysis.found.find((f) => f.role === 'settings')?.sheet;
  const values = snapshot.sheets.find((s) => s.name === settings)?.values ?? [];
  return values.some((row) => row.some((v) => typeof v === 'string' && hasThaiDigits(v))) ? 'thai' : 'arabic';
}

/** One warning per input a formula cannot read, naming the fix. */
function textNumberWarnings(analysis: Analysis): Problem[] {
  return analysis.textNumbers.map((n) => ({
    severity: 'warning' as const,
    code: 'formula.text-number',
    sheet: n.sheet,
    cell: n.cell,
    found: n.found,
    message: bi(
      `${n.sheet}!${n.cell} เป็นข้อความ "${n.found}" ที่สูตร Excel อ่านไม่ได้ จึงบันทึกผลเป็นค่าคงที่ ${n.number} — ใช้คำสั่ง "แปลงข้อความเป็นตัวเลข" ให้สูตรคำนวณต่อได้`,
      `${n.sheet}!${n.cell} holds the text "${n.found}", which Excel formulas cannot read, so results use the fixed value ${n.number}; use "Convert text to numbers" to keep the formulas live`,
    ),
  }));
}

/** Named fix "convert text to numbers": the only plan that changes input cells, and only these. */
export function planNumberFix(analysis: Analysis): WritePlan {
  const plan = emptyPlan();
  plan.fixes = analysis.textNumbers.map((n) => ({ sheet: n.sheet, cell: n.cell, found: n.found, number: n.number }));
  return plan;
}
