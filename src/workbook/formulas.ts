import type { CellRef } from '../domain/refs';
import { PUBLISHED_NO_WORDS, PUBLISHED_YES_WORDS } from '../domain/parse/published';
import { CellNumber } from './parse-rows';
import { a1, CellValue, parseA1, quoteSheet } from './snapshot';

/** Excel's formula length limit is 8,192 characters; past this we write the value instead. */
const MAX_FORMULA = 8000;
/** Excel takes at most 255 arguments in one function call; past this we write the value instead. */
export const MAX_ARGUMENTS = 255;

export function ref(sheet: string, cell: CellRef): string {
  return `${quoteSheet(sheet)}!${cell}`;
}

/** Consecutive cells of one column as ranges: 'คะแนน'!C5:C10,'คะแนน'!C12. */
export function compressRefs(cells: readonly CellNumber[]): string[] {
  const byColumn = new Map<string, { sheet: string; col: number; rows: number[] }>();
  for (const c of cells) {
    const { row, col } = parseA1(c.cell);
    const key = `${c.sheet}\u0000${col}`;
    const entry = byColumn.get(key) ?? { sheet: c.sheet, col, rows: [] };
    entry.rows.push(row);
    byColumn.set(key, entry);
  }
  const out: string[] = [];
  for (const { sheet, col, rows } of byColumn.values()) {
    rows.sort((x, y) => x - y);
    for (let i = 0; i < rows.length;) {
      let j = i;
      while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
      out.push(j > i ? `${ref(sheet, a1(rows[i], col))}:${a1(rows[j], col)}` : ref(sheet, a1(rows[i], col)));
      i = j + 1;
    }
  }
  return out;
}

/** A score cell's number as the add-in reads it: a percent-formatted cell counts 100 times its value. */
function scaled(c: CellNumber): string {
  const r = ref(c.sheet, c.cell);
  return c.percent ? `${r}*100` : r;
}

/**
 * A score cell as a live formula that follows the add-in's rules: a number from 0 to 100 (a
 * percent-formatted cell counts 100 times its value); a cell the add-in would reject (cleared,
 * text, out of range) gives #N/A, never a silent 0.
 */
export function scoreFormula(c: CellNumber): string {
  const r = ref(c.sheet, c.cell);
  const v = scaled(c);
  return `IF(AND(ISNUMBER(${r}),${v}>=0,${v}<=100),${v},NA())`;
}

/** The cells as AVERAGE's arguments: ranges of plain cells, percent cells one by one times 100. */
function averageArgs(cells: readonly CellNumber[]): string[] {
  const plain = cells.filter((c) => !c.percent);
  return [...compressRefs(plain), ...cells.filter((c) => c.percent).map(scaled)];
}

/**
 * The mean of question means as a formula over the input cells (each group is one question's
 * rows), or undefined when an input is text a formula cannot read, or the formula would be too
 * long. Guarded like scoreFormula: when a cell is cleared or holds text (AVERAGE would skip it
 * and silently average fewer), or a score leaves 0–100, the result is #N/A.
 */
export function averageOfGroups(groups: readonly (readonly CellNumber[])[]): string | undefined {
  if (groups.length === 0 || groups.some((g) => g.length === 0 || g.some((c) => !c.formulaReadable))) return undefined;
  const all = groups.flat();
  const args = averageArgs(all);
  const perGroup = groups.map(averageArgs);
  const counted = compressRefs(all);
  // Respondent rows interleaved by question make one argument each: 300 of them is past Excel's cap.
  if ([args, counted, groups, ...perGroup].some((list) => list.length > MAX_ARGUMENTS)) return undefined;
  const mean = groups.every((g) => g.length === 1)
    ? `AVERAGE(${args.join(',')})`
    : `AVERAGE(${perGroup.map((g) => `AVERAGE(${g.join(',')})`).join(',')})`;
  const guard = `AND(COUNT(${counted.join(',')})=${all.length},MIN(${args.join(',')})>=0,MAX(${args.join(',')})<=100)`;
  const f = `IF(${guard},${mean},NA())`;
  return f.length <= MAX_FORMULA ? f : undefined;
}

/** A cell as `cell&""` shows it: Excel writes booleans as TRUE/FALSE. */
export function asExcelText(v: CellValue): string {
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return v === null ? '' : String(v);
}

/** Excel's TRIM collapses inner runs of spaces too. */
function excelTrimLower(v: CellValue): string {
  return asExcelText(v).replace(/ +/g, ' ').trim().toLowerCase();
}

const wordList = (words: readonly string[]) =>
  `{${words.map((w) => `"${w.toLowerCase().replace(/"/g, '""')}"`).join(',')}}`;
const YES_LIST = wordList(PUBLISHED_YES_WORDS);
const NO_LIST = wordList(PUBLISHED_NO_WORDS);
const YES_SET = new Set(PUBLISHED_YES_WORDS.map((w) => w.toLowerCase()));
const NO_SET = new Set(PUBLISHED_NO_WORDS.map((w) => w.toLowerCase()));

/**
 * 100 when the cell holds one of the "published" words, 0 for one of the "not published" words,
 * and #N/A for anything else (cleared, another word), as the add-in rejects those too.
 */
export function publishedFormula(cellRef: string): string {
  const key = `LOWER(TRIM(${cellRef}&""))`;
  return `IF(ISNUMBER(MATCH(${key},${YES_LIST},0)),100,IF(ISNUMBER(MATCH(${key},${NO_LIST},0)),0,NA()))`;
}

/** Whether publishedFormula computes the same as the core's reading of the cell. */
export function publishedFormulaAgrees(raw: CellValue, published: boolean): boolean {
  return (published ? YES_SET : NO_SET).has(excelTrimLower(raw));
}
