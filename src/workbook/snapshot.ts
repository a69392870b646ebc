/**
 * The read port: what every adapter (Office.js, ExcelJS) hands the parser.
 * Plain values of each sheet's used range, nothing else; no Excel types.
 */
import type { CellRef } from '../domain/refs';
export type CellValue = string | number | boolean | Date | null;

/** What a reader left out of a used range too large to read whole. */
export interface Truncation {
  /** The used range as Excel gave it, e.g. "A1:XFD1048576". */
  used: string;
  /** The part read, from its first cell to its last. */
  readFrom: CellRef;
  readTo: CellRef;
}

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
  /**
   * Where cells with a hyperlink point, by A1 address ("E7"): the URL, or "#Sheet!A1" for a place
   * in the workbook. A cell's shown text may be anything ("เว็บไซต์"), so a link column is judged
   * by these. The .xlsx reader fills it for every linked cell; Office.js only for the cells
   * `linkCells` (links.ts) names, and only from ExcelApi 1.7. HYPERLINK formulas are not included.
   */
  hyperlinks?: Record<string, string>;
  /**
   * Set when the reader read only part of a used range too large to read whole (Office.js: a
   * stray value far below or right of the data makes a used range of millions of empty cells):
   * the used range as Excel gave it and the part read, both A1 ranges ("A1:XFD1048576").
   */
  truncated?: Truncation;
  /** Hidden or very hidden: a planner keeps old copies so; a visible sheet of the same role wins. */
  hidden?: boolean;
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

// The A1 helpers live in references.ts; re-exported for the modules that import them from here.
export { a1, columnLetters, parseA1, quoteSheet } from './references';
