import { PUBLISHED_YES_WORDS } from '../domain/thai';
import { CellNumber } from './parse';
import { a1, CellValue, parseA1, quoteSheet } from './snapshot';

/** Excel's formula length limit is 8,192 characters; past this we write the value instead. */
const MAX_FORMULA = 8000;

export function ref(sheet: string, cell: string): string {
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

/**
 * The mean of question means as a formula over the input cells (each group is
 * one question's rows), or undefined when an input is text a formula cannot
 * read, or the formula would be too long.
 */
export function averageOfGroups(groups: readonly (readonly CellNumber[])[]): string | undefined {
  if (groups.length === 0 || groups.some((g) => g.length === 0 || g.some((c) => !c.formulaReadable))) return undefined;
  const f = groups.every((g) => g.length === 1)
    ? `AVERAGE(${compressRefs(groups.map((g) => g[0])).join(',')})`
    : `AVERAGE(${groups.map((g) => `AVERAGE(${compressRefs(g).join(',')})`).join(',')})`;
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

const YES_LIST = `{${PUBLISHED_YES_WORDS.map((w) => `"${w.toLowerCase().replace(/"/g, '""')}"`).join(',')}}`;
const YES_SET = new Set(PUBLISHED_YES_WORDS.map((w) => w.toLowerCase()));

/** 100 when the cell holds one of the "published" words, else 0. */
export function publishedFormula(cellRef: string): string {
  return `IF(ISNUMBER(MATCH(LOWER(TRIM(${cellRef}&"")),${YES_LIST},0)),100,0)`;
}

/** Whether publishedFormula computes the same as the core's reading of the cell. */
export function publishedFormulaAgrees(raw: CellValue, published: boolean): boolean {
  return YES_SET.has(excelTrimLower(raw)) === published;
}
