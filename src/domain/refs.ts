/**
 * Branded values that travel between layers: an indicator's number and an A1 cell address. Each
 * is made once, by the constructor or guard below, where it is read (a framework's data, a
 * parsed cell, an address built from row and column); past that point a plain number or string
 * cannot be passed where one is meant, so an item code cannot stand in for an indicator, nor a
 * sheet-qualified reference or a range for a cell.
 */
declare const indicatorBrand: unique symbol;
declare const cellBrand: unique symbol;

/** An indicator's number in a framework (1–10 in every year so far). */
export type IndicatorId = number & { readonly [indicatorBrand]: true };

/** One cell's A1 address inside a sheet, upper case, no sheet name: "C7", "$C$7". */
export type CellRef = string & { readonly [cellBrand]: true };

/** True for a positive whole number: the shape of every indicator number. */
export function isIndicatorId(n: unknown): n is IndicatorId {
  return typeof n === 'number' && Number.isInteger(n) && n > 0;
}

/** An indicator number from data already checked (a framework's table, a parsed reference). */
export function indicatorId(n: number): IndicatorId {
  if (!isIndicatorId(n)) throw new RangeError(`not an indicator number: ${n}`);
  return n;
}

const A1 = /^\$?[A-Z]{1,3}\$?[1-9][0-9]{0,6}$/;

/** True for one cell's A1 address ("C7", "$C$7"), upper case; not a range, not sheet-qualified. */
export function isCellRef(s: unknown): s is CellRef {
  return typeof s === 'string' && A1.test(s);
}

/** One cell, or a run of cells from `cell` through `through` (a grouped problem's D2:D44). */
export interface CellSpan {
  cell: CellRef;
  through?: CellRef;
}

/** A span as A1 text: "C7", or "D2:D44". */
export function spanText({ cell, through }: CellSpan): string {
  return through ? `${cell}:${through}` : cell;
}

/** A1: where a problem about a whole sheet (not one of its cells) points. */
export const TOP_LEFT = 'A1' as CellRef;

/** A cell address from text that must be one ("c7" is upper-cased); throws otherwise. */
export function cellRef(s: string): CellRef {
  const up = s.trim().toUpperCase();
  if (!isCellRef(up)) throw new RangeError(`not an A1 cell address: ${s}`);
  return up;
}
