/**
 * The ownership cases of the workbook contract, as plain workbooks (values and names) that both
 * adapters can be given: the .xlsx path, read by ExcelJS and written surgically into the package
 * (test/xlsx/ownership.test.ts), and Office.js through the fake
 * (test/excel/ownership.test.ts). Each adapter's runner reports what a recompute did in the same
 * terms (Outcome), so both files assert the same expectations.
 */
import * as ExcelJS from 'exceljs';
import { Problem } from '../../src/domain/problem';
import { analyzeWorkbook, planResults } from '../../src/workbook';
import type { CellValue, WorkbookSnapshot } from '../../src/workbook/snapshot';
import { quoteSheet } from '../../src/workbook/snapshot';
import { ResultsPlan } from '../../src/workbook/write';
import JSZip from 'jszip';
import { loadXlsx, readWorkbook, writeSurgically, writeXlsx } from '../../src/xlsx';
import { Book } from '../../src/xlsx/package/book';
import { chiangMai } from './fixtures';
import { COMPUTED_AT } from './helpers';

export interface SheetSpec {
  name: string;
  /** Values from A1, row by row; null is an empty cell. */
  rows: CellValue[][];
}

export interface BookSpec {
  sheets: SheetSpec[];
  /** Workbook-scoped names, ref as Excel writes it: "'คะแนน'!$C$2". */
  names: { name: string; ref: string }[];
}

export interface RunOptions {
  lang?: 'th' | 'en';
}

/** What a recompute did to the workbook, as each adapter can tell it. */
export interface Outcome {
  result: ResultsPlan;
  /** Sheets removed. */
  deleted: string[];
  /** Sheets created, cleared or written into. */
  touched: string[];
  /** Names added or made to point elsewhere. */
  namesSet: string[];
  namesDeleted: string[];
}

export type Runner = (book: BookSpec, options?: RunOptions) => Promise<Outcome>;

export function snapshotToSpec(snapshot: WorkbookSnapshot): BookSpec {
  return {
    sheets: snapshot.sheets.map((s) => {
      const rows: CellValue[][] = Array.from({ length: s.top }, () => []);
      for (const line of s.values) rows.push([...new Array<CellValue>(s.left).fill(null), ...line]);
      return { name: s.name, rows };
    }),
    names: snapshot.names.map((n) => ({ name: n.name, ref: n.ref })),
  };
}

export function specToWorkbook(book: BookSpec): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const s of book.sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = v;
      }),
    );
  }
  for (const n of book.names) wb.definedNames.add(n.ref, n.name);
  return wb;
}

/** The plan a recompute makes for this workbook: the same core for both adapters. */
export function planFor(snapshot: WorkbookSnapshot, options: RunOptions = {}): ResultsPlan {
  const analysis = analyzeWorkbook(snapshot, { today: '2026-11-21', ...options });
  return planResults(analysis, snapshot, { computedAt: COMPUTED_AT, ...options });
}

/** Each sheet's part, as bytes, by sheet name. */
async function sheetParts(data: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(data);
  const book = await Book.load(zip);
  const out = new Map<string, string>();
  for (const s of book.sheets()) out.set(s.name, (await zip.file(s.part)?.async('base64')) ?? '');
  return out;
}

/**
 * The .xlsx path as the command line and the pane's browser mode run it: read, plan, and write
 * the plan surgically into the user's own package.
 */
export const runXlsx: Runner = async (book, options = {}) => {
  const input = new Uint8Array(await writeXlsx(specToWorkbook(book)));
  const before = readWorkbook(await loadXlsx(input));
  const result = planFor(before, options);
  const output = await writeSurgically(input, result.plan);
  const after = readWorkbook(await loadXlsx(output));
  const partsBefore = await sheetParts(input);
  const partsAfter = await sheetParts(output);
  const key = (n: string) => n.toLowerCase();
  const namesBefore = new Map(before.names.map((n) => [key(n.name), n.ref]));
  const namesAfter = new Map(after.names.map((n) => [key(n.name), n]));
  return {
    result,
    deleted: [...partsBefore.keys()].filter((name) => !partsAfter.has(name)),
    // A sheet rewritten with the same values is still rewritten: its part is new.
    touched: [...partsAfter.keys()].filter((name) => partsAfter.get(name) !== partsBefore.get(name)),
    namesSet: after.names.filter((n) => namesBefore.get(key(n.name)) !== n.ref).map((n) => n.name),
    namesDeleted: before.names.filter((n) => !namesAfter.has(key(n.name))).map((n) => n.name),
  };
};

/** A workbook recomputed once by the add-in (ExcelJS path): its summary is ours. */
export async function afterOneRun(book: BookSpec, options: RunOptions = {}): Promise<BookSpec> {
  const input = new Uint8Array(await writeXlsx(specToWorkbook(book)));
  const output = await writeSurgically(input, planFor(readWorkbook(await loadXlsx(input)), options).plan);
  return snapshotToSpec(readWorkbook(await loadXlsx(output)));
}

/** Rename a sheet as Excel does: names that point into it follow it. */
export function renameSheet(book: BookSpec, from: string, to: string): BookSpec {
  const prefix = `${quoteSheet(from)}!`;
  return {
    sheets: book.sheets.map((s) => (s.name === from ? { ...s, name: to } : s)),
    names: book.names.map((n) =>
      n.ref.startsWith(prefix) ? { ...n, ref: `${quoteSheet(to)}!${n.ref.slice(prefix.length)}` } : n,
    ),
  };
}

/** Excel's "Move or Copy… › Create a copy": the copy comes right after, with " (2)". */
export function copySheet(book: BookSpec, from: string): BookSpec {
  const i = book.sheets.findIndex((s) => s.name === from);
  const copy = { name: `${from} (2)`, rows: book.sheets[i].rows.map((r) => [...r]) };
  return { ...book, sheets: [...book.sheets.slice(0, i + 1), copy, ...book.sheets.slice(i + 1)] };
}

export function withSheet(book: BookSpec, name: string, rows: CellValue[][]): BookSpec {
  return { ...book, sheets: [...book.sheets, { name, rows }] };
}

export function withName(book: BookSpec, name: string, ref: string): BookSpec {
  return { ...book, names: [...book.names, { name, ref }] };
}

/** Seed 003's layout (no measures sheet): a workbook the add-in scores without errors. */
export async function chiangMaiBook(ind3: number | string = 91.57): Promise<BookSpec> {
  return snapshotToSpec(readWorkbook(await loadXlsx(await writeXlsx(chiangMai(ind3)))));
}

export const codes = (ps: readonly Problem[]): string[] => ps.map((p) => p.code);

const SUMMARY = 'สรุปผล ITA';

/**
 * The ownership rules, asserted on one adapter's outcomes. Called by each adapter's test file,
 * so the ExcelJS and Office.js paths are held to the very same cases.
 */
export function ownershipRules(run: Runner): void {
  const nothingWritten = (o: Outcome) => {
    expect(o.result.wroteResults).toBe(false);
    expect([o.deleted, o.touched, o.namesSet, o.namesDeleted]).toEqual([[], [], [], []]);
  };

  it('a recompute rewrites its own summary (stamped with its name) and defines its names', async () => {
    const o = await run(await afterOneRun(await chiangMaiBook()));
    expect(o.result.wroteResults).toBe(true);
    expect(codes(o.result.problems)).toEqual(['settings.year-not-shipped']);
    expect(o.deleted).toEqual([]);
    expect(o.touched).toEqual(expect.arrayContaining([SUMMARY]));
    expect(o.touched.filter((s) => s !== SUMMARY && s !== 'ปัญหาที่พบ ITA')).toEqual([]);
  });

  it('a summary written before sheets carried a stamp (our owner name on it, our exact name) is still ours: rewritten, not refused', async () => {
    const earlier = await afterOneRun(await chiangMaiBook());
    const unstamped: BookSpec = {
      ...earlier,
      sheets: earlier.sheets.map((sh) => ({
        ...sh,
        rows: sh.rows.map((r) => r.map((v) => (typeof v === 'string' && v.startsWith('ITA Planner: ') ? null : v))),
      })),
    };
    const o = await run(unstamped);
    expect(o.result.wroteResults).toBe(true);
    expect(codes(o.result.problems)).not.toContain('sheet.not-owned');
    expect(o.touched).toEqual(expect.arrayContaining([SUMMARY]));
  });

  it('a user sheet "สรุปผล ita" (only the case differs: the same name to Excel) is not touched: the run stops and names it', async () => {
    const o = await run(withSheet(await chiangMaiBook(), 'สรุปผล ita', [['บันทึกของฉัน']]));
    nothingWritten(o);
    expect(o.result.problems[0]).toMatchObject({ severity: 'error', code: 'sheet.not-owned', sheet: 'สรุปผล ita' });
    expect(o.result.problems[0].message.th).toContain('"สรุปผล ita"');
    expect(o.result.problems[0].message.en).toContain('Excel takes it for "สรุปผล ITA"');
  });

  it('in an English run a user sheet "ita summary" stops the run the same way', async () => {
    const o = await run(withSheet(await chiangMaiBook(), 'ita summary', [['my notes']]), { lang: 'en' });
    nothingWritten(o);
    expect(o.result.problems[0]).toMatchObject({ code: 'sheet.not-owned', sheet: 'ita summary' });
  });

  it('a user sheet "ปัญหาที่พบ ita" is not replaced by the problems sheet: the run stops and names it', async () => {
    const o = await run(withSheet(await chiangMaiBook('ดีมาก'), 'ปัญหาที่พบ ita', [['ของฉัน']]));
    nothingWritten(o);
    expect(o.result.problems[0]).toMatchObject({ code: 'sheet.not-owned', sheet: 'ปัญหาที่พบ ita' });
  });

  it('a summary the user renamed (names move with it) is theirs: kept, a fresh summary written, a warning says so', async () => {
    const first = await afterOneRun(await chiangMaiBook());
    const renamed = renameSheet(first, SUMMARY, 'ผล 2564');
    expect(renamed.names.find((n) => n.name === 'ITA_TOTAL')?.ref).toMatch(/^'ผล 2564'!/);
    const o = await run(renamed);
    expect(o.result.wroteResults).toBe(true);
    expect(o.deleted).toEqual([]);
    expect(o.touched).toContain(SUMMARY);
    expect(o.touched).not.toContain('ผล 2564');
    const warning = o.result.problems.find((p) => p.code === 'sheet.former');
    expect(warning).toMatchObject({ severity: 'warning', sheet: 'ผล 2564' });
    expect(warning?.message.en).toBe(
      `The sheet "ผล 2564" is the "${SUMMARY}" that ITA Planner made, since renamed or copied: it is yours now and left as it is; ITA Planner wrote a fresh "${SUMMARY}"`,
    );
    // Our names, which Excel had moved onto the renamed sheet, now point at the fresh summary.
    expect(o.namesSet).toEqual(expect.arrayContaining(['ITA_TOTAL', 'ITA_GRADE', 'ITA_PLANNER_SUMMARY']));
  });

  it('a duplicated summary ("สรุปผล ITA (2)") is the user\'s copy: kept as it is, and it blocks nothing', async () => {
    const copied = copySheet(await afterOneRun(await chiangMaiBook()), SUMMARY);
    const o = await run(copied);
    expect(o.result.wroteResults).toBe(true);
    expect(o.deleted).toEqual([]);
    expect(o.touched).toContain(SUMMARY);
    expect(o.touched).not.toContain(`${SUMMARY} (2)`);
    expect(codes(o.result.problems)).toEqual(['settings.year-not-shipped']);
  });

  it("a copy of the summary whose original was deleted is the user's: kept, a fresh summary, a warning", async () => {
    const first = copySheet(await afterOneRun(await chiangMaiBook()), SUMMARY);
    const o = await run({ ...first, sheets: first.sheets.filter((s) => s.name !== SUMMARY), names: [] });
    expect(o.result.wroteResults).toBe(true);
    expect(o.deleted).toEqual([]);
    expect(o.touched).not.toContain(`${SUMMARY} (2)`);
    expect(o.result.problems.find((p) => p.code === 'sheet.former')?.sheet).toBe(`${SUMMARY} (2)`);
  });

  it("a sheet that a user's name ITA_PLANNER_SUMMARY points at is never deleted: the name is theirs, the run stops", async () => {
    const book = withName(withSheet(await chiangMaiBook(), 'บันทึก', [['x']]), 'ITA_PLANNER_SUMMARY', "'บันทึก'!$A$1");
    const o = await run(book, { lang: 'en' });
    nothingWritten(o);
    expect(o.result.problems[0]).toMatchObject({ code: 'name.not-owned', sheet: 'บันทึก', cell: 'A1' });
  });

  it("a user's own ITA_TOTAL and ita_grade are never re-pointed: the run stops and names both, in Thai and English", async () => {
    let book = withName(await chiangMaiBook(), 'ITA_TOTAL', "'คะแนน'!$F$3");
    book = withName(book, 'ita_grade', "'คะแนน'!$F$8");
    const o = await run(book);
    nothingWritten(o);
    const clashes = o.result.problems.filter((p) => p.code === 'name.not-owned');
    expect(clashes.map((p) => [p.severity, p.sheet, p.cell])).toEqual([
      ['error', 'คะแนน', 'F3'],
      ['error', 'คะแนน', 'F8'],
    ]);
    expect(clashes[1].message.en).toBe(
      `The workbook name "ita_grade" (= 'คะแนน'!$F$8) was not made by ITA Planner, and Excel takes it for ITA_GRADE, which ITA Planner defines; it is left as it is and nothing was written. Rename or delete it (Formulas > Name Manager) and recompute`,
    );
    expect(clashes[1].message.th).toContain('ita_grade');
  });

  it("a user's ITA_MEASURES_TOTAL is not deleted when the run defines no measures names", async () => {
    const o = await run(withName(await chiangMaiBook(), 'ITA_MEASURES_TOTAL', "'คะแนน'!$F$3"));
    expect(o.result.wroteResults).toBe(true);
    expect(o.namesDeleted).toEqual([]);
    expect(o.namesSet).not.toContain('ITA_MEASURES_TOTAL');
  });
}
