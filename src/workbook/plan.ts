/**
 * The write plan: a plain description of every change a recompute makes.
 * The core builds it; each adapter (Office.js, ExcelJS) applies it.
 */

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
  border?: boolean;
}

export interface PlanSheet {
  name: string;
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  freezeRows?: number;
  tabColor?: string;
  landscape?: boolean;
}

export interface PlanName {
  name: string;
  sheet: string;
  /** A1 cell or range within `sheet`, e.g. "B5". */
  ref: string;
}

export interface PlanHyperlink {
  sheet: string;
  cell: string;
  /** Internal link to another cell, or an http(s) address. */
  to: { sheet: string; cell: string } | { url: string };
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
  cell: string;
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
  /** Sheet to show when done. */
  activate?: string;
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
      (plan.fixes?.length ?? 0) ===
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
  };
}
