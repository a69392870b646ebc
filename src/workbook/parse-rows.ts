/** What the input-sheet readers share: numbers read from cells with their address, and the walk over data rows. */
import type { CellRef } from '../domain/refs';
import { SheetFound } from './analysis';
import { cellAt, formatAt, isEmpty, isPercentFormat } from './cells';
import { CellValue, SheetSnapshot, a1, parseA1 } from './snapshot';

/** A value read from a cell, with where it came from. */
export interface CellNumber {
  value: number;
  sheet: string;
  cell: CellRef;
  /** False when the cell holds text ("๘๕.๖๖", "85.66 คะแนน") that a formula cannot read. */
  formulaReadable: boolean;
  /** The cell as it was typed. */
  raw: CellValue;
  /** The cell shows its number as a percentage: 0.9235 means 92.35, and formulas multiply by 100. */
  percent?: boolean;
}

/** A number as its cell shows it: 0.9235 in a "0.00%" cell is 92.35 (cut to Excel's 15 digits). */
export function shownValue(sheet: SheetSnapshot, cell: CellRef, v: CellValue): { v: CellValue; percent: boolean } {
  if (typeof v !== 'number') return { v, percent: false };
  const { row, col } = parseA1(cell);
  if (!isPercentFormat(formatAt(sheet, row, col))) return { v, percent: false };
  return { v: Number((v * 100).toPrecision(15)), percent: true };
}

/** A cell number from a parsed score, remembering a percentage format. */
export function cellNumber(
  sheet: SheetSnapshot,
  cell: CellRef,
  value: number,
  raw: CellValue,
  percent: boolean,
): CellNumber {
  const out: CellNumber = { value, sheet: sheet.name, cell, formulaReadable: typeof raw === 'number', raw };
  if (percent) out.percent = true;
  return out;
}

type Columns = Record<string, number | undefined>;

export function columnsOf(found: SheetFound): Columns {
  return Object.fromEntries(found.columns.map((c) => [c.key, c.col]));
}

/** Data rows below the header, skipping blank rows anywhere (they end nothing). */
export function* dataRows(
  sheet: SheetSnapshot,
  found: SheetFound,
  cols: Columns,
): Generator<{ row: number; get: (key: string) => CellValue }> {
  const used = Object.values(cols).filter((c): c is number => c !== undefined);
  for (let r = (found.headerRow ?? 0) + 1; r < sheet.top + sheet.values.length; r++) {
    if (used.every((c) => isEmpty(cellAt(sheet, r, c)))) continue;
    yield { row: r, get: (key) => (cols[key] === undefined ? null : cellAt(sheet, r, cols[key] as number)) };
  }
}

export function addr(cols: Columns, key: string, row: number): CellRef {
  return a1(row, cols[key] ?? 0);
}
