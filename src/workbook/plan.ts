/**
 * The write plan: a plain description of every change a recompute makes.
 * The core builds it; each adapter (Office.js, ExcelJS) applies it.
 */
import type { CellRef, CellSpan } from '../domain/refs';

/** A text cell is always written as text, even "=1+1" or "@SUM(A1)". */
export type PlanCell =
  | null
  | { text: string }
  | { number: number }
  | { bool: boolean }
  /** English formula without the leading "=", with the value it computes to. */
  | { formula: string; cached: number | string | boolean };

export interface PlanBlock {
  sheet: string;
  /** 0-based position of cells[0][0]. */
  top: number;
  left: number;
  cells: PlanCell[][];
  /** Same shape as cells, or omitted; null keeps the default format. */
  numberFormats?: (string | null)[][];
}

export interface PlanStyle {
  sheet: string;
  /** A1 range, e.g. "A1:F1". */
  range: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string; // "#RRGGBB"
  fill?: string; // "#RRGGBB"
  wrap?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle' | 'bottom';
  border?: boolean;
}

/** The font of every cell written on a sheet; a style's fontSize overrides the size. */
export interface PlanFont {
  name: string;
  size: number;
}

/**
 * Header or footer text, left, centre and right. "{page}" and "{pages}" stand for the page
 * number and the page count; each adapter turns them into its own codes.
 */
export interface PlanHeaderFooter {
  left?: string;
  center?: string;
  right?: string;
  /** Type size in points; the sheet font's size when omitted. */
  size?: number;
}

/** How a sheet prints. */
export interface PlanPage {
  orientation: 'portrait' | 'landscape';
  paper: 'A4';
  /** In inches, as Excel keeps them. */
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  /** Scale to one page across, as many pages down as needed (manual page breaks are then ignored). */
  fitToWidth: boolean;
  /** Print scale in percent when not fitting to width; 100 when omitted. */
  scale?: number;
  /** 1-based first and last rows repeated at the top of every printed page. */
  titleRows?: [number, number];
  /** Printed columns, e.g. "A:H" (cells beyond, such as a chart's data, stay on screen only). */
  printColumns?: string;
  /** The last printed row, 1-based (rows below, such as our stamp, stay on screen only); all when omitted. */
  lastPrintedRow?: number;
  header?: PlanHeaderFooter;
  footer?: PlanHeaderFooter;
  /** 0-based rows that start a new printed page. */
  breaksBefore?: number[];
}

/** A data bar in each cell of a range, scaled between fixed bounds so bars compare across tables. */
export interface PlanDataBar {
  sheet: string;
  range: string;
  color: string; // "#RRGGBB"
  min: number;
  max: number;
}

/**
 * A native chart. Written where the host can (Office.js); the .xlsx path draws none, and the
 * data bars stand in. `source` is one contiguous range: categories in its first column, one
 * series per further column, series names in its first row.
 */
export interface PlanChart {
  sheet: string;
  /** The chart's name: a recompute replaces the chart of this name. */
  name: string;
  kind: 'bar' | 'column';
  source: string;
  title: string;
  /** Cells the chart covers, e.g. "J3:Q20". */
  at: string;
  /** Value-axis bounds. */
  min?: number;
  max?: number;
}

export interface PlanSheet {
  name: string;
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  freezeRows?: number;
  tabColor?: string;
  /** Font of every cell written on the sheet. */
  font?: PlanFont;
  /** Row heights in points by 0-based row (wrapped text: LibreOffice and WPS do not autofit on open). */
  rowHeights?: { row: number; points: number }[];
  page?: PlanPage;
}

export interface PlanName {
  name: string;
  sheet: string;
  /** A1 cell or range within `sheet`, e.g. "B5". */
  ref: string;
}

export interface PlanHyperlink {
  sheet: string;
  cell: CellRef;
  /** Internal link to a cell or a run of cells, or an http(s) address. */
  to: CellPlace | { url: string };
}

/** A place in the workbook: a cell of a sheet, or a run of its cells. */
export interface CellPlace extends CellSpan {
  sheet: string;
}

export interface PlanValidation {
  sheet: string;
  range: string;
  list: string[];
}

export interface PlanMerge {
  sheet: string;
  range: string;
}

/**
 * A named fix the user asked for (e.g. "convert Thai-digit text to numbers"):
 * the only writes that change an input cell. Applied only while the cell still
 * holds `found`, so a cell edited in the meantime is left alone.
 */
export interface PlanFix {
  sheet: string;
  cell: CellRef;
  found: string;
  number: number;
}

export interface WritePlan {
  /** Sheets the add-in owns: each is created, or cleared of everything, then written. */
  sheets: PlanSheet[];
  /** Owned sheets to remove (e.g. a problems sheet once every problem is gone). */
  deleteSheets: string[];
  /** Blocks on other sheets only append (add a measure row); never overwrite a filled cell. */
  blocks: PlanBlock[];
  styles: PlanStyle[];
  merges: PlanMerge[];
  names: PlanName[];
  /** Names this add-in created earlier that the new plan no longer defines. */
  deleteNames: string[];
  hyperlinks: PlanHyperlink[];
  validations: PlanValidation[];
  fixes: PlanFix[];
  dataBars: PlanDataBar[];
  charts: PlanChart[];
  /** Sheet to show when done. */
  activate?: string;
  /**
   * For each existing sheet of ours the plan clears or deletes, the stamp that proved it ours when
   * the workbook was read. A host that writes later than it read (Office.js: the user may edit
   * meanwhile) checks them again, in the same request that looks at the workbook before writing.
   */
  proofs?: StampProof[];
}

export interface StampProof {
  sheet: string;
  /** A1 address of the stamp cell. */
  cell: CellRef;
  text: string;
}

/** True when applying the plan would change nothing. */
export function isEmptyPlan(plan: WritePlan): boolean {
  return (
    plan.sheets.length +
      plan.deleteSheets.length +
      plan.blocks.length +
      plan.styles.length +
      plan.merges.length +
      plan.names.length +
      plan.deleteNames.length +
      plan.hyperlinks.length +
      plan.validations.length +
      (plan.fixes?.length ?? 0) +
      plan.dataBars.length +
      plan.charts.length ===
      0 && plan.activate === undefined
  );
}

export function emptyPlan(): WritePlan {
  return {
    sheets: [],
    deleteSheets: [],
    blocks: [],
    styles: [],
    merges: [],
    names: [],
    deleteNames: [],
    hyperlinks: [],
    validations: [],
    fixes: [],
    dataBars: [],
    charts: [],
  };
}

/**
 * One section of a header or footer in Excel's codes (shared by the file format and Office.js):
 * the font first, then the text with "&" doubled and {page}/{pages} as &P/&N.
 */
export function headerFooterCode(text: string, font?: PlanFont, size?: number): string {
  const body = text
    .replace(/&/g, '&&')
    .replace(/\{page\}/g, '&P')
    .replace(/\{pages\}/g, '&N');
  const face = font ? `&"${font.name.replace(/"/g, '')},Regular"` : '';
  const points = size ?? font?.size;
  return `${face}${points ? `&${points}` : ''}${points && /^\d/.test(body) ? ' ' : ''}${body}`;
}
