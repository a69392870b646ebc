/**
 * Read chunking: which row slices of which used ranges to load in which request, decided from
 * the used ranges' sizes before any value is read. Pure.
 */
import type { CellValue, SheetSnapshot } from '../workbook/snapshot';
import { BATCH_OVERHEAD_BYTES, DEFAULT_BUDGET_BYTES, OP_OVERHEAD_BYTES, withDefaults } from './payload';
import { cellValueFromExcel, rangeAddress } from './translate';

export interface ReadOptions {
  /** Estimated response size allowed per request; default 4 MB (the limit is 5 MB). */
  budgetBytes?: number;
  /**
   * Assumed size of one cell's value in the response. Values are unknown before they are read,
   * so this is a guess on the safe side: 32 bytes holds a 10-character Thai string as UTF-8
   * or a full-precision number; a read that turns out larger is retried in smaller slices.
   */
  bytesPerCell?: number;
  /** Cells per range load; Excel refuses gets over five million cells on every platform. */
  maxCellsPerLoad?: number;
  /** How many times a too-large read may be retried with half the budget. */
  maxRetries?: number;
}

export const READ_DEFAULTS: Required<ReadOptions> = {
  budgetBytes: DEFAULT_BUDGET_BYTES,
  bytesPerCell: 32,
  maxCellsPerLoad: 1_000_000,
  maxRetries: 10,
};

/** A sheet's used range (valuesOnly), as the geometry sync found it; null for an empty sheet. */
export interface SheetGeometry {
  name: string;
  used: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number } | null;
}

export interface ReadSlice {
  /** Index into the geometry list. */
  sheet: number;
  top: number;
  left: number;
  rows: number;
  cols: number;
  /** Estimated response bytes. */
  bytes: number;
}

function rowBytes(cols: number, bytesPerCell: number): number {
  return cols * bytesPerCell + 4;
}

/** Cuts the rows [top, top+rows) of one range into slices that each fit the budget alone. */
function sliceRange(sheet: number, top: number, left: number, rows: number, cols: number, budget: number, opts: Required<ReadOptions>): ReadSlice[] {
  const perRow = rowBytes(cols, opts.bytesPerCell);
  const room = budget - BATCH_OVERHEAD_BYTES - OP_OVERHEAD_BYTES;
  const byBytes = Math.floor(room / perRow);
  const byCells = Math.floor(opts.maxCellsPerLoad / cols);
  const step = Math.max(1, Math.min(byBytes, byCells));
  const out: ReadSlice[] = [];
  for (let r = 0; r < rows; r += step) {
    const n = Math.min(step, rows - r);
    out.push({ sheet, top: top + r, left, rows: n, cols, bytes: OP_OVERHEAD_BYTES + n * perRow });
  }
  return out;
}

export function planReadSlices(geometry: readonly SheetGeometry[], budget: number, options: ReadOptions = {}): ReadSlice[] {
  const opts = withDefaults<ReadOptions>(READ_DEFAULTS, options);
  const out: ReadSlice[] = [];
  geometry.forEach((g, i) => {
    if (!g.used || g.used.rowCount === 0 || g.used.columnCount === 0) return;
    out.push(...sliceRange(i, g.used.rowIndex, g.used.columnIndex, g.used.rowCount, g.used.columnCount, budget, opts));
  });
  return out;
}

/** Re-cuts slices to a smaller budget after a read came back too large. */
export function resliceReads(slices: readonly ReadSlice[], budget: number, options: ReadOptions = {}): ReadSlice[] {
  const opts = withDefaults<ReadOptions>(READ_DEFAULTS, options);
  return slices.flatMap((s) => sliceRange(s.sheet, s.top, s.left, s.rows, s.cols, budget, opts));
}

export function sliceAddress(s: ReadSlice): string {
  return rangeAddress(s.top, s.left, s.rows, s.cols);
}

/** The snapshot from the geometry and the values each slice returned. */
export function assembleSheets(geometry: readonly SheetGeometry[], loaded: readonly { slice: ReadSlice; values: unknown[][] }[]): SheetSnapshot[] {
  const bySheet = geometry.map(() => [] as { slice: ReadSlice; values: unknown[][] }[]);
  for (const part of loaded) bySheet[part.slice.sheet].push(part);
  return geometry.map((g, i) => {
    if (!g.used) return { name: g.name, values: [], top: 0, left: 0 };
    const parts = bySheet[i].sort((a, b) => a.slice.top - b.slice.top);
    const values: CellValue[][] = [];
    for (const part of parts) for (const row of part.values) values.push(row.map(cellValueFromExcel));
    return { name: g.name, values, top: g.used.rowIndex, left: g.used.columnIndex };
  });
}
