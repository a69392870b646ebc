import { Problem } from '../domain/problem';
import { bi, Lang } from '../domain/text';
import { hasThaiDigits } from '../domain/parse/common';
import { Digits } from '../domain/thai-date';
import { AnalysisWithSources } from './analyze';
import { Analysis, TextNumber } from './analysis';
import { groupProblems } from './group';
import { labels } from './labels';
import { OWNER_NAMES, OwnedKind, Ownership, ownership, sheetNames, stampProofs, stampSheet } from './owned';
import { emptyPlan, WritePlan } from './plan';
import { writeProblemsSheet } from './problems-sheet';
import { WorkbookSnapshot } from './snapshot';
import { AREA_STALE_NAME, planStaleMark, STALE_NAME } from './stale';
import { writeSummary, writeSurveySummary } from './summary';
import { AGENCIES_NAMES, writeAgenciesSheet } from './agencies-sheet';
import { CellRef, cellRef, TOP_LEFT } from '../domain/refs';

export { sheetNames };
export { planTemplate, planMissingSheets, planAppendMeasure } from './template';
export type { NewMeasure } from './template';

export interface ResultsPlan {
  plan: WritePlan;
  /** False when errors (or a sheet or name the add-in does not own) stopped the results. */
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
  'ITA_RATING',
  'ITA_MEASURES_TOTAL',
  'ITA_MEASURES_DONE',
  'ITA_MEASURES_OVERDUE',
  ...AGENCIES_NAMES,
  STALE_NAME,
  AREA_STALE_NAME,
];

/**
 * Plans the writes of a recompute: the summary sheet, the names and the
 * problems sheet. Errors write the problems sheet and nothing else. Every sheet
 * and name the plan would take over is checked first (see owned.ts): one that is
 * the user's stops everything, and the run says which.
 */
export function planResults(
  analysis: AnalysisWithSources,
  snapshot: WorkbookSnapshot,
  options: { computedAt: string; lang?: Lang; digits?: Digits },
): ResultsPlan {
  const lang = options.lang ?? analysis.lang;
  const names = sheetNames(lang);
  const own = ownership(snapshot);
  // A number typed as text is written as a fixed value: said only when the results are written.
  const blocked = analysis.problems.some((p) => p.severity === 'error');
  const problems = groupProblems([...analysis.problems, ...(blocked ? [] : textNumberWarnings(analysis))]);

  const plan = emptyPlan();
  // The agency's own survey alone (no NACC scores yet) still makes a summary: its pre-assessment.
  const surveyOnly = !analysis.assessment && !analysis.area && !!analysis.survey;
  const writeResults =
    !problems.some((p) => p.severity === 'error') && (!!analysis.assessment || !!analysis.area || surveyOnly);
  const writeSummarySheet = writeResults && (!!analysis.assessment || surveyOnly);
  const writeArea = writeResults && !!analysis.area;
  if (writeArea) {
    writeAgenciesSheet(plan, analysis, names.agencies, lang, options.computedAt);
    stampSheet(plan, names.agencies, lang);
    plan.names.push({ name: OWNER_NAMES.agencies, sheet: names.agencies, ref: 'A1' });
    plan.activate = names.agencies;
    problems.push(...formerSheetWarnings(own, 'agencies', names.agencies));
  }
  if (writeSummarySheet) {
    const digits = options.digits ?? digitsTyped(analysis, snapshot);
    if (surveyOnly) writeSurveySummary(plan, analysis, names.summary, lang, options.computedAt, digits);
    else problems.push(...writeSummary(plan, analysis, names.summary, lang, options.computedAt, digits));
    stampSheet(plan, names.summary, lang);
    plan.names.push({ name: OWNER_NAMES.summary, sheet: names.summary, ref: 'A1' });
    plan.activate = names.summary;
    problems.push(...formerSheetWarnings(own, 'summary', names.summary));
  }
  const writeProblems = problems.length > 0;
  if (writeProblems) problems.push(...formerSheetWarnings(own, 'problems', names.problems));

  const taken = [
    ...(writeSummarySheet ? [names.summary] : []),
    ...(writeArea ? [names.agencies] : []),
    ...(writeProblems ? [names.problems] : []),
  ];
  const defined = [...plan.names.map((n) => n.name), ...(writeProblems ? [OWNER_NAMES.problems] : [])];
  const clashes = [...sheetClashes(own, taken), ...nameClashes(own, defined)];
  if (clashes.length > 0) return { plan: emptyPlan(), wroteResults: false, problems: [...clashes, ...problems] };

  // Names we made that this run no longer defines; a user's name of the same spelling stays.
  if (writeResults) {
    const keep = new Set(defined.map((n) => n.toUpperCase()));
    // Indicator names follow the framework (ITA_IND_1 … ITA_IND_n): an earlier run's extra ones go too.
    const indicatorNames = snapshot.names.map((n) => n.name.toUpperCase()).filter((n) => /^ITA_IND_\d+$/.test(n));
    for (const n of new Set([...RESULT_NAMES, ...indicatorNames].filter((r) => !keep.has(r))))
      plan.deleteNames.push(
        ...own
          .namesCalled(n)
          .filter(own.nameIsOurs)
          .map((x) => x.name),
      );
  }
  // A summary an earlier run left is marked out of date, not left to pass for current.
  if (!writeResults) planStaleMark(plan, snapshot, lang, options.computedAt);

  // Our sheets under the other language's name give way to this run's.
  if (writeResults)
    for (const s of own.owned('summary'))
      if (!writeSummarySheet || s.sheet !== names.summary) plan.deleteSheets.push(s.sheet);
  // The area's sheet goes with its Agencies sheet; one in the other language gives way.
  if (writeResults)
    for (const s of own.owned('agencies'))
      if (!writeArea || s.sheet !== names.agencies) plan.deleteSheets.push(s.sheet);
  for (const s of own.owned('problems'))
    if (!writeProblems || s.sheet !== names.problems) plan.deleteSheets.push(s.sheet);

  if (writeProblems) {
    writeProblemsSheet(plan, problems, names.problems, labels(lang));
    stampSheet(plan, names.problems, lang);
    plan.names.push({ name: OWNER_NAMES.problems, sheet: names.problems, ref: 'A1' });
    if (!writeResults) plan.activate = names.problems;
  } else
    plan.deleteNames.push(
      ...own
        .namesCalled(OWNER_NAMES.problems)
        .filter(own.nameIsOurs)
        .map((n) => n.name),
    );

  plan.proofs = stampProofs(snapshot, plan);
  return { plan, wroteResults: writeResults, problems };
}

/** A user's sheet that Excel would take for one we write (names compare without case). */
function sheetClashes(own: Ownership, sheets: readonly string[]): Problem[] {
  return sheets.flatMap((name) => {
    const clash = own.sheetNamed(name);
    if (!clash || own.isOurs(clash.name)) return [];
    const same = clash.name === name;
    return [
      {
        severity: 'error' as const,
        code: 'sheet.not-owned',
        sheet: clash.name,
        cell: TOP_LEFT,
        found: clash.name,
        message: bi(
          `มีชีตชื่อ "${clash.name}" ที่ ITA Planner ไม่ได้สร้าง${same ? '' : ` (Excel ถือว่าเป็นชื่อเดียวกับ "${name}" ที่ ITA Planner ต้องใช้ เพราะไม่แยกตัวพิมพ์เล็กใหญ่)`} จึงไม่เขียนทับและไม่ได้เขียนสิ่งใดลงสมุดงาน — เปลี่ยนชื่อชีตนั้นแล้วคำนวณใหม่`,
          `A sheet named "${clash.name}" exists that ITA Planner did not create${same ? '' : ` (Excel takes it for "${name}", which ITA Planner writes: names ignore case)`}; it is left alone and nothing was written. Rename it and recompute`,
        ),
      },
    ];
  });
}

/** A user's workbook name that Excel would take for one we define. */
function nameClashes(own: Ownership, names: readonly string[]): Problem[] {
  return names.flatMap((name) =>
    own
      .namesCalled(name)
      .filter((n) => !own.nameIsOurs(n))
      .map((n) => {
        const where = cellOf(n.ref);
        return {
          severity: 'error' as const,
          code: 'name.not-owned',
          ...(n.sheet !== undefined ? { sheet: n.sheet } : {}),
          ...(n.sheet !== undefined && where ? { cell: where } : {}),
          found: `${n.name} = ${n.ref}`,
          message: bi(
            `ชื่อ "${n.name}" ในสมุดงาน (= ${n.ref}) ไม่ได้สร้างโดย ITA Planner แต่ Excel ถือว่าเป็นชื่อเดียวกับ ${name} ที่ ITA Planner ต้องกำหนด จึงไม่เปลี่ยนชื่อนั้นและไม่ได้เขียนสิ่งใดลงสมุดงาน — เปลี่ยนชื่อหรือลบชื่อนั้น (สูตร > ตัวจัดการชื่อ) แล้วคำนวณใหม่`,
            `The workbook name "${n.name}" (= ${n.ref}) was not made by ITA Planner, and Excel takes it for ${name}, which ITA Planner defines; it is left as it is and nothing was written. Rename or delete it (Formulas > Name Manager) and recompute`,
          ),
        };
      }),
  );
}

/** "'คะแนน'!$C$2" → "C2" (a range: its first cell); undefined for anything else (a constant, a formula). */
function cellOf(ref: string): CellRef | undefined {
  const m = /!\$?([A-Z]{1,3})\$?(\d+)(?::|$)/i.exec(ref);
  return m ? cellRef(`${m[1]}${m[2]}`) : undefined;
}

/**
 * When none of our sheets of this kind is left but a former one is (the user renamed it, or
 * copied it and deleted the original), say that it is the user's now and a fresh one is written.
 */
function formerSheetWarnings(own: Ownership, kind: OwnedKind, fresh: string): Problem[] {
  if (own.owned(kind).length > 0) return [];
  return own.stamped
    .filter((s) => s.kind === kind && !s.ours)
    .map((s) => ({
      severity: 'warning' as const,
      code: 'sheet.former',
      sheet: s.sheet,
      cell: TOP_LEFT,
      found: s.sheet,
      message: bi(
        `ชีต "${s.sheet}" คือ "${s.givenName}" ที่ ITA Planner เคยสร้าง แล้วถูกเปลี่ยนชื่อหรือคัดลอก จึงเป็นชีตของคุณแล้วและไม่ถูกแตะต้อง — ITA Planner เขียน "${fresh}" ขึ้นใหม่`,
        `The sheet "${s.sheet}" is the "${s.givenName}" that ITA Planner made, since renamed or copied: it is yours now and left as it is; ITA Planner wrote a fresh "${fresh}"`,
      ),
    }));
}

/** Thai digits when the planner types them in the Settings sheet ("๓๑ มี.ค. ๒๕๖๖"), else Arabic. */
function digitsTyped(analysis: Analysis, snapshot: WorkbookSnapshot): Digits {
  const settings = analysis.found.find((f) => f.role === 'settings')?.sheet;
  const values = snapshot.sheets.find((s) => s.name === settings)?.values ?? [];
  return values.some((row) => row.some((v) => typeof v === 'string' && hasThaiDigits(v))) ? 'thai' : 'arabic';
}

/** How a planner makes text-typed numbers live: the pane's button, the CLI's flag, or retyping. */
const TEXT_NUMBER_FIX = bi(
  'ให้สูตรคำนวณต่อได้โดยกด "แปลงข้อความเป็นตัวเลข" ในบานหน้าต่าง ITA Planner (หรือ ita-planner recompute --fix-numbers) หรือพิมพ์ตัวเลขใหม่เป็นเลขอารบิก',
  'to keep the formulas live, press "Convert text to numbers" in the ITA Planner pane (or run ita-planner recompute --fix-numbers), or retype the numbers in Arabic digits',
);

/** Cells listed in a grouped message before "…": enough to find them, not a wall. */
const LISTED_CELLS = 5;

/** One warning per sheet for the inputs a formula cannot read, naming the cells and the fix. */
function textNumberWarnings(analysis: Analysis): Problem[] {
  const bySheet = new Map<string, TextNumber[]>();
  for (const n of analysis.textNumbers) bySheet.set(n.sheet, [...(bySheet.get(n.sheet) ?? []), n]);
  return [...bySheet.values()].map((cells) => {
    const [n] = cells;
    const common = { severity: 'warning' as const, code: 'formula.text-number', sheet: n.sheet, cell: n.cell };
    if (cells.length === 1)
      return {
        ...common,
        found: n.found,
        message: bi(
          `${n.sheet}!${n.cell} เป็นข้อความ "${n.found}" ที่สูตร Excel อ่านไม่ได้ จึงบันทึกผลเป็นค่าคงที่ ${n.number} — ${TEXT_NUMBER_FIX.th}`,
          `${n.sheet}!${n.cell} holds the text "${n.found}", which Excel formulas cannot read, so results use the fixed value ${n.number}; ${TEXT_NUMBER_FIX.en}`,
        ),
      };
    const listed = cells
      .slice(0, LISTED_CELLS)
      .map((c) => `${c.cell} "${c.found}"`)
      .join(', ');
    const more = cells.length > LISTED_CELLS ? ' …' : '';
    return {
      ...common,
      count: cells.length,
      items: cells.map((c) => c.cell),
      found: n.found,
      message: bi(
        `ชีต ${n.sheet}: ${cells.length} เซลล์เป็นตัวเลขที่พิมพ์เป็นข้อความ (${listed}${more}) ซึ่งสูตร Excel อ่านไม่ได้ จึงบันทึกผลเป็นค่าคงที่ — ${TEXT_NUMBER_FIX.th}`,
        `Sheet ${n.sheet}: ${cells.length} cells hold numbers typed as text (${listed}${more}), which Excel formulas cannot read, so results use fixed values; ${TEXT_NUMBER_FIX.en}`,
      ),
    };
  });
}

/** Named fix "convert text to numbers": the only plan that changes input cells, and only these. */
export function planNumberFix(analysis: Analysis): WritePlan {
  const plan = emptyPlan();
  plan.fixes = analysis.textNumbers.map((n) => ({ sheet: n.sheet, cell: n.cell, found: n.found, number: n.number }));
  return plan;
}
