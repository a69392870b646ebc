/**
 * Which sheets and names are the add-in's own, proved from the workbook itself.
 *
 * A sheet is ours when it carries our stamp, a cell in column A that reads "ITA Planner: <name>",
 * and <name> is the sheet's name now, exactly. The stamp is plain cell text, so both adapters read
 * it with the values and nothing depends on how a library keeps defined names. A summary the user
 * renamed, or a copy of one ("สรุปผล ITA (2)"), still carries the name we gave the original: it
 * is a former sheet of ours, the user's from then on, never written or deleted again.
 *
 * A name is ours when it is one of the names we define and it points into a stamped sheet (ours
 * or former: Excel moves our names along when the user renames the summary), or points nowhere
 * any more (#REF!, after the user deleted the summary). Any other name is the user's.
 *
 * Names and sheets are compared as Excel compares them: without regard to case.
 */
import { bi, Lang } from '../domain/text';
import { text } from './grid';
import { PlanCell, PlanSheet, StampProof, WritePlan } from './plan';
import { columnTextPoints, rowPoints, wrappedLines } from './print';
import { a1, DefinedName, parseA1, SheetSnapshot, WorkbookSnapshot } from './snapshot';
import type { CellRef } from '../domain/refs';

/** Workbook names that point at the A1 of our sheets, for other tools (and people) to find them. */
export const OWNER_NAMES = {
  summary: 'ITA_PLANNER_SUMMARY',
  problems: 'ITA_PLANNER_PROBLEMS',
  // Report sheets, written on request (src/reports).
  analysis: 'ITA_PLANNER_ANALYSIS',
  plan: 'ITA_PLANNER_PLAN',
  'six-month': 'ITA_PLANNER_SIX_MONTH',
  'year-end': 'ITA_PLANNER_YEAR_END',
  // Many agencies' results (issue 14).
  agencies: 'ITA_PLANNER_AGENCIES',
} as const;

export type OwnedKind = keyof typeof OWNER_NAMES;

export const SHEET_NAMES: Record<Lang, Record<OwnedKind, string>> = {
  th: {
    summary: 'สรุปผล ITA',
    problems: 'ปัญหาที่พบ ITA',
    analysis: 'รายงานวิเคราะห์ผล ITA',
    plan: 'รายงานแผนมาตรการ ITA',
    'six-month': 'รายงานรอบ 6 เดือน ITA',
    'year-end': 'รายงานประจำปี ITA',
    agencies: 'ภาพรวมหน่วยงาน ITA',
  },
  en: {
    summary: 'ITA Summary',
    problems: 'ITA Problems',
    analysis: 'ITA Analysis',
    plan: 'ITA Measures Plan',
    'six-month': 'ITA Six-Month Report',
    'year-end': 'ITA Year-End Report',
    agencies: 'ITA Agencies Overview',
  },
};

export function sheetNames(lang: Lang): Record<OwnedKind, string> {
  return SHEET_NAMES[lang];
}

const STAMP_PREFIX = 'ITA Planner: ';

/** The stamp's text for a sheet we write under this name. */
export function stampText(sheet: string): string {
  return `${STAMP_PREFIX}${sheet}`;
}

/** Excel's comparison of sheet and defined names. */
export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export interface StampedSheet {
  /** The sheet's name now. */
  sheet: string;
  kind: OwnedKind;
  /** The name the add-in gave it, as its stamp records. */
  givenName: string;
  /** True while the sheet still bears the name it was given: it is ours to rewrite. */
  ours: boolean;
  /** A1 address of the stamp cell; absent for a sheet from before stamps. */
  cell?: CellRef;
}

const KIND_OF_NAME = new Map<string, OwnedKind>(
  Object.values(SHEET_NAMES).flatMap((names) => Object.entries(names).map(([k, n]) => [n, k as OwnedKind] as const)),
);

/** The stamp a sheet carries, if any: the last column-A text that is one of our stamps. */
export function stampOf(sheet: SheetSnapshot): StampedSheet | undefined {
  if (sheet.left !== 0) return undefined;
  for (let r = sheet.values.length - 1; r >= 0; r--) {
    const v = sheet.values[r]?.[0];
    if (typeof v !== 'string' || !v.startsWith(STAMP_PREFIX)) continue;
    const givenName = v.slice(STAMP_PREFIX.length);
    const kind = KIND_OF_NAME.get(givenName);
    if (kind) return { sheet: sheet.name, kind, givenName, ours: givenName === sheet.name, cell: a1(sheet.top + r, 0) };
  }
  return undefined;
}

export interface Ownership {
  /** Every stamped sheet: ours, and former ones (renamed or copied) that are the user's now. */
  stamped: StampedSheet[];
  /** Our sheets of a kind (one per language at most). */
  owned(kind: OwnedKind): StampedSheet[];
  isOurs(sheet: string): boolean;
  /** The existing sheet that holds this name (any case), if any. */
  sheetNamed(name: string): SheetSnapshot | undefined;
  /** Existing workbook-scoped names that match this one (any case). */
  namesCalled(name: string): DefinedName[];
  /** True when the name is one we made: see the header. */
  nameIsOurs(name: DefinedName): boolean;
}

export function ownership(snapshot: WorkbookSnapshot): Ownership {
  const stamped = snapshot.sheets.map(stampOf).filter((s): s is StampedSheet => !!s);
  stamped.push(...unstampedEarlierSheets(snapshot, stamped));
  const stampedKeys = new Set(stamped.map((s) => s.sheet.toLowerCase()));
  return {
    stamped,
    owned: (kind) => stamped.filter((s) => s.ours && s.kind === kind),
    isOurs: (sheet) => stamped.some((s) => s.ours && sameName(s.sheet, sheet)),
    sheetNamed: (name) => snapshot.sheets.find((s) => sameName(s.name, name)),
    namesCalled: (name) => snapshot.names.filter((n) => n.scope === undefined && sameName(n.name, name)),
    nameIsOurs: (n) =>
      n.scope === undefined && (n.sheet !== undefined ? stampedKeys.has(n.sheet.toLowerCase()) : isDeadRef(n.ref)),
  };
}

/**
 * Sheets written before sheets carried a stamp: ours when our owner name points at them and they
 * still bear exactly the name we gave them (the proof the add-in used then). The next write
 * stamps them.
 */
function unstampedEarlierSheets(snapshot: WorkbookSnapshot, stamped: StampedSheet[]): StampedSheet[] {
  const kinds = Object.keys(OWNER_NAMES) as OwnedKind[];
  return kinds.flatMap((kind) => {
    const owner = snapshot.names.find((n) => n.scope === undefined && sameName(n.name, OWNER_NAMES[kind]));
    const sheet = owner?.sheet;
    const given = Object.values(SHEET_NAMES).some((names) => names[kind] === sheet);
    if (!sheet || !given || stamped.some((s) => sameName(s.sheet, sheet))) return [];
    if (!snapshot.sheets.some((s) => s.name === sheet)) return [];
    return [{ sheet, kind, givenName: sheet, ours: true }];
  });
}

/** The stamps that prove ours each existing sheet the plan clears or deletes (see WritePlan.proofs). */
export function stampProofs(snapshot: WorkbookSnapshot, plan: WritePlan): StampProof[] {
  const touched = [...plan.sheets.map((s) => s.name), ...plan.deleteSheets];
  return ownership(snapshot)
    .stamped.filter((s) => s.ours && s.cell !== undefined && touched.some((t) => sameName(t, s.sheet)))
    .map((s) => ({ sheet: s.sheet, cell: s.cell!, text: stampText(s.givenName) }));
}

/** Our sheet of this kind, if any (the first, when both languages' are there). */
export function ownedSheet(snapshot: WorkbookSnapshot, kind: OwnedKind): string | undefined {
  return ownership(snapshot).owned(kind)[0]?.sheet;
}

/** Sheets the add-in wrote (ours or former): output, never read as input. */
export function ownedSheets(snapshot: WorkbookSnapshot): Set<string> {
  return new Set(ownership(snapshot).stamped.map((s) => s.sheet));
}

/** "#REF!", "#REF!$B$5", "'#REF'!…": a reference whose sheet is gone. */
function isDeadRef(ref: string): boolean {
  return /^=?#REF!/i.test(ref.trim());
}

/** Size of the stamp and its note, in points. */
const STAMP_SIZE = 9;

/**
 * Adds the stamp below everything the plan writes on `sheet`, and below it a line telling the
 * user what it means. Call after the sheet's blocks and its sheet spec are planned. The stamp
 * keeps column A of its row to itself and the note has a row of its own, merged across the
 * printed columns and wrapped: side by side, the stamp's text ran into the note's and both
 * printed overlapped ("ITA Plar.ITA Planner เขียน…").
 */
export function stampSheet(plan: WritePlan, sheet: string, lang: Lang): void {
  const bottom = plan.blocks.filter((b) => b.sheet === sheet).reduce((n, b) => Math.max(n, b.top + b.cells.length), 0);
  const row = bottom + 1;
  const note = bi(
    'ITA Planner เขียนชีตนี้ใหม่ทุกครั้งที่คำนวณ หากต้องการเก็บผลนี้ไว้ ให้เปลี่ยนชื่อหรือคัดลอกชีต แล้วชีตนั้นจะเป็นของคุณ',
    'ITA Planner rewrites this sheet at every recompute; to keep these results, rename or copy the sheet and it becomes yours',
  )[lang];
  const cells: PlanCell[][] = [[text(stampText(sheet))], [text(note)]];
  plan.blocks.push({ sheet, top: row, left: 0, cells });
  const style = { sheet, italic: true, fontSize: STAMP_SIZE, fontColor: '#7F7F7F' };
  plan.styles.push({ ...style, range: a1(row, 0) });
  const spec = plan.sheets.find((s) => s.name === sheet);
  const printed = spec ? printedWidths(spec) : [];
  const last = Math.max(0, printed.length - 1);
  plan.styles.push({ ...style, range: `${a1(row + 1, 0)}:${a1(row + 1, last)}`, wrap: true, vertical: 'top' });
  if (last > 0) plan.merges.push({ sheet, range: `${a1(row + 1, 0)}:${a1(row + 1, last)}` });
  if (spec) {
    const width = columnTextPoints(printed.reduce((n, w) => n + w, 0));
    const lines = wrappedLines(note, width, STAMP_SIZE);
    spec.rowHeights = [...(spec.rowHeights ?? []), { row: row + 1, points: rowPoints(lines, STAMP_SIZE) }];
  }
}

/** Widths of the columns a sheet prints: its print columns when it has them, else all it sizes. */
function printedWidths(spec: PlanSheet): number[] {
  const to = spec.page?.printColumns?.split(':').pop();
  return to ? spec.columnWidths.slice(0, parseA1(`${to}1`).col + 1) : spec.columnWidths;
}
