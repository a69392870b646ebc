/**
 * The read port: what every adapter (Office.js, ExcelJS) hands the parser.
 * Plain values of each sheet's used range, nothing else; no Excel types.
 */
export type CellValue = string | number | boolean | Date | null;

export interface SheetSnapshot {
  name: string;
  /** Values of the used range, row-major; rows may be ragged. */
  values: CellValue[][];
  /** 0-based row and column of values[0][0] (the used range may not start at A1). */
  top: number;
  left: number;
  /**
   * Number formats, same shape as values, kept for number cells whose format is not General
   * (null elsewhere); omitted when the sheet has none. A 0.9235 shown as "92.35%" means 92.35.
   */
  numberFormats?: (string | null)[][];
}

export interface DefinedName {
  name: string;
  /** Sheet the name points into, when it is a plain reference. */
  sheet?: string;
  /** Reference as Excel writes it, e.g. "'สรุปผล ITA'!$B$5". */
  ref: string;
  /** The sheet a sheet-scoped name belongs to; absent for a workbook-scoped name. */
  scope?: string;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  names: DefinedName[];
}

/** "C7" from 0-based row and column. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function columnLetters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** 0-based row and column from "C7". */
export function parseA1(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(ref.trim());
  if (!m) throw new Error(`not an A1 reference: ${ref}`);
  const col =
    m[1]
      .toUpperCase()
      .split('')
      .reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, col };
}

/**
 * Sheet name quoted for formulas: 'สรุปผล ITA'!B5. Always quoted: a bare name
 * that looks like a cell (A1, R1C1) or a keyword (TRUE) would be misread.
 */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
