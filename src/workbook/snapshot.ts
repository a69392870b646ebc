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
}

export interface DefinedName {
  name: string;
  /** Sheet the name points into, when it is a plain reference. */
  sheet?: string;
  /** Reference as Excel writes it, e.g. "'สรุปผล ITA'!$B$5". */
  ref: string;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  names: DefinedName[];
}

// The A1 helpers live in references.ts; re-exported for the modules that import them from here.
export { a1, columnLetters, parseA1, quoteSheet } from './references';
