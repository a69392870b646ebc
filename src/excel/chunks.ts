/**
 * Read chunking: which row slices of which used ranges to load in which request, decided from
 * the used ranges' sizes before any value is read. Pure.
 */
import type { LinkCells } from '../workbook/links';
import type { CellValue, SheetSnapshot, Truncation, WorkbookSnapshot } from '../workbook/snapshot';
import { BATCH_OVERHEAD_BYTES, DEFAULT_BUDGET_BYTES, OP_OVERHEAD_BYTES, jsonBytes, withDefaults } from './payload';
import { a1 } from '../workbook/references';
import { cellValueFromExcel, rangeAddress } from './translate';

export interface ReadOptions {
  /** Estimated response size allowed per request; default 4 MB (the limit is 5 MB). */
  budgetBytes?: number;
  /**
   * The size taken for a cell of a sheet none of whose cells has been read yet: 64 bytes holds a
   * cell of some 15 Thai characters in UTF-8 and its number format, which is what a planner's
   * measure rows average (about 50 bytes). A workbook that fits one request at this size is read
   * in one; a sheet larger than that is measured by a small probe first (read.ts, firstRequest).
   */
  unreadBytesPerCell?: number;
  /**
   * The least a cell is taken to cost once its sheet has been measured: 42 bytes holds a
   * full-precision number or a short code (32) and its number format ("General", 10). A sheet of
   * short cells is read at this size after its first response; longer text at what was measured.
   */
  bytesPerCell?: number;
  /** Cells per range load; Excel refuses gets over five million cells on every platform. */
  maxCellsPerLoad?: number;
  /** How many times a read refused as too large may be retried in smaller slices. */
  maxRetries?: number;
  /** Cells per sheet in the small read that measures a sheet after a refusal (halved if refused too). */
  probeCells?: number;
  /** Excel on the web: a GeneralException is then taken as a size refusal too (errors.ts, isSizeRefusal). */
  web?: boolean;
  /**
   * Cells whose hyperlink to read once the values are in (workbook/links.ts, linkCells): one
   * more sync when it names any. Pass it only where Range.hyperlink exists (ExcelApi 1.7).
   */
  links?: (snapshot: WorkbookSnapshot) => LinkCells[];
}

export const READ_DEFAULTS: Required<ReadOptions> = {
  budgetBytes: DEFAULT_BUDGET_BYTES,
  unreadBytesPerCell: 64,
  bytesPerCell: 42,
  maxCellsPerLoad: 1_000_000,
  maxRetries: 10,
  probeCells: 2_000,
  web: false,
  links: () => [],
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

/** The estimated bytes per cell of each sheet, by sheet index. */
export type CellSize = (sheet: number) => number;

/** Cuts the rows [top, top+rows) of one range into slices that each fit the budget alone. */
function sliceRange(
  sheet: number,
  top: number,
  left: number,
  rows: number,
  cols: number,
  budget: number,
  bytesPerCell: number,
  maxCellsPerLoad: number,
): ReadSlice[] {
  const perRow = rowBytes(cols, bytesPerCell);
  const room = budget - BATCH_OVERHEAD_BYTES - OP_OVERHEAD_BYTES;
  const byBytes = Math.floor(room / perRow);
  const byCells = Math.floor(maxCellsPerLoad / cols);
  const step = Math.max(1, Math.min(byBytes, byCells));
  const out: ReadSlice[] = [];
  for (let r = 0; r < rows; r += step) {
    const n = Math.min(step, rows - r);
    out.push({ sheet, top: top + r, left, rows: n, cols, bytes: OP_OVERHEAD_BYTES + n * perRow });
  }
  return out;
}

/**
 * The most a sheet's used range is read of: columns, and cells. A planner's sheets stay far below
 * (100,000 measure rows of 5 columns is 500,000 cells); a used range past them comes from a stray
 * value far below or right of the data, and reading it whole would cost minutes of requests of
 * empty cells. Such a sheet is read from its top-left corner up to the caps, and the analysis says
 * so (workbook/analyze.ts, sheet.truncated).
 */
export const MAX_READ_COLUMNS = 200;
export const MAX_READ_CELLS = 2_000_000;

/** The geometry to read: each used range capped (see MAX_READ_CELLS), with what was cut. */
export function capGeometry(geometry: readonly SheetGeometry[]): {
  geometry: SheetGeometry[];
  truncated: Map<number, Truncation>;
} {
  const truncated = new Map<number, Truncation>();
  const capped = geometry.map((g, i): SheetGeometry => {
    const u = g.used;
    if (!u || (u.columnCount <= MAX_READ_COLUMNS && u.rowCount * u.columnCount <= MAX_READ_CELLS)) return g;
    const columnCount = Math.min(u.columnCount, MAX_READ_COLUMNS);
    const rowCount = Math.min(u.rowCount, Math.floor(MAX_READ_CELLS / columnCount));
    const read = { ...u, rowCount, columnCount };
    truncated.set(i, {
      used: rangeAddress(u.rowIndex, u.columnIndex, u.rowCount, u.columnCount),
      readFrom: a1(read.rowIndex, read.columnIndex),
      readTo: a1(read.rowIndex + rowCount - 1, read.columnIndex + columnCount - 1),
    });
    return { name: g.name, used: read };
  });
  return { geometry: capped, truncated };
}

export function planReadSlices(
  geometry: readonly SheetGeometry[],
  budget: number,
  options: ReadOptions = {},
  cellSize?: CellSize,
): ReadSlice[] {
  // Each sheet's used range whole, then cut to the budget like any later re-cut.
  const whole = geometry.flatMap((g, i): ReadSlice[] =>
    g.used && g.used.rowCount > 0 && g.used.columnCount > 0
      ? [
          {
            sheet: i,
            top: g.used.rowIndex,
            left: g.used.columnIndex,
            rows: g.used.rowCount,
            cols: g.used.columnCount,
            bytes: 0,
          },
        ]
      : [],
  );
  return resliceReads(whole, budget, options, cellSize);
}

/**
 * Re-cuts slices to the budget with the current cell-size estimates. Slices that follow each
 * other in the same rows of a sheet are joined first, so a re-cut leaves no small remainder of
 * each old slice to cost a request of its own.
 */
export function resliceReads(
  slices: readonly ReadSlice[],
  budget: number,
  options: ReadOptions = {},
  cellSize?: CellSize,
): ReadSlice[] {
  const opts = withDefaults<ReadOptions>(READ_DEFAULTS, options);
  const size = cellSize ?? (() => opts.bytesPerCell);
  const joined: ReadSlice[] = [];
  for (const s of slices) {
    const last = joined[joined.length - 1];
    if (
      last &&
      last.sheet === s.sheet &&
      last.left === s.left &&
      last.cols === s.cols &&
      last.top + last.rows === s.top
    )
      joined[joined.length - 1] = { ...last, rows: last.rows + s.rows };
    else joined.push(s);
  }
  return joined.flatMap((s) =>
    sliceRange(s.sheet, s.top, s.left, s.rows, s.cols, budget, size(s.sheet), opts.maxCellsPerLoad),
  );
}

/** Safety margin on a measured cell size: later rows of a sheet may hold longer text than earlier ones. */
export const MEASURED_MARGIN = 1.1;

/**
 * What one cell of each sheet costs in a response, learned while reading. Values are unknown
 * before they are read, so every sheet starts at a cautious size (`unread`, above the average of
 * a planner's text rows) that keeps the first request of a large read under the budget. The
 * sheet's first response replaces it with what was measured, but never less than `floor`; later
 * responses only raise it, and a response refused as too large doubles the estimates of the
 * sheets it carried. So a sheet of long Thai text pays for a wrong guess at most in its first
 * request, and a sheet of numbers is read in the fewest requests after its first.
 */
export class CellSizes {
  private readonly bytes: number[];
  /** Whether anything has been learned of each sheet (a measurement or a refusal). */
  private readonly known: boolean[];

  constructor(
    sheetCount: number,
    private readonly floor: number,
    unread = floor,
  ) {
    this.bytes = Array.from({ length: sheetCount }, () => Math.max(floor, unread));
    this.known = Array.from({ length: sheetCount }, () => false);
  }

  readonly of: CellSize = (sheet) => this.bytes[sheet];

  /** Learns from what one slice returned (values and formats); true when that sheet's estimate changed. */
  measured(slice: ReadSlice, values: unknown[][], numberFormat?: unknown[][]): boolean {
    const cells = slice.rows * slice.cols;
    if (cells === 0) return false;
    const bytes = jsonBytes(values) + (numberFormat ? jsonBytes(numberFormat) : 0);
    const seen = Math.ceil((bytes / cells) * MEASURED_MARGIN);
    const sheet = slice.sheet;
    const next = this.known[sheet] ? Math.max(this.bytes[sheet], seen) : Math.max(this.floor, seen);
    this.known[sheet] = true;
    if (next === this.bytes[sheet]) return false;
    this.bytes[sheet] = next;
    return true;
  }

  /** A request carrying these slices was refused as too large. */
  refused(slices: readonly ReadSlice[]): void {
    for (const sheet of sheetsOf(slices)) {
      this.bytes[sheet] *= 2;
      this.known[sheet] = true;
    }
  }
}

export function sheetsOf(slices: readonly ReadSlice[]): Set<number> {
  return new Set(slices.map((s) => s.sheet));
}

/**
 * After a refusal: cuts the first pending slice of each of `sheets` into a probe of about
 * `probeCells` cells (at least one row) and the rest. The probes go alone in the next request,
 * small enough to come back, and what they measure sizes everything after them.
 */
export function cutProbes(
  pending: readonly ReadSlice[],
  sheets: ReadonlySet<number>,
  probeCells: number,
): { probes: ReadSlice[]; rest: ReadSlice[] } {
  const probes: ReadSlice[] = [];
  const rest: ReadSlice[] = [];
  const probed = new Set<number>();
  for (const s of pending) {
    if (!sheets.has(s.sheet) || probed.has(s.sheet)) {
      rest.push(s);
      continue;
    }
    probed.add(s.sheet);
    const rows = Math.min(s.rows, Math.max(1, Math.floor(probeCells / s.cols)));
    const perRow = (s.bytes - OP_OVERHEAD_BYTES) / s.rows;
    probes.push({ ...s, rows, bytes: OP_OVERHEAD_BYTES + rows * perRow });
    if (rows < s.rows)
      rest.push({ ...s, top: s.top + rows, rows: s.rows - rows, bytes: OP_OVERHEAD_BYTES + (s.rows - rows) * perRow });
  }
  return { probes, rest };
}

export function sliceAddress(s: ReadSlice): string {
  return rangeAddress(s.top, s.left, s.rows, s.cols);
}

/** What one slice returned. */
export interface LoadedSlice {
  slice: ReadSlice;
  values: unknown[][];
  /** Range.numberFormat of the same cells, when it was loaded. */
  numberFormat?: unknown[][];
}

/** The snapshot from the geometry and the values (and number formats) each slice returned. */
export function assembleSheets(geometry: readonly SheetGeometry[], loaded: readonly LoadedSlice[]): SheetSnapshot[] {
  const bySheet = geometry.map(() => [] as LoadedSlice[]);
  for (const part of loaded) bySheet[part.slice.sheet].push(part);
  return geometry.map((g, i) => {
    if (!g.used) return { name: g.name, values: [], top: 0, left: 0 };
    const parts = bySheet[i].sort((a, b) => a.slice.top - b.slice.top);
    const values: CellValue[][] = [];
    const formats: (string | null)[][] = [];
    let anyFormat = false;
    for (const part of parts) {
      part.values.forEach((row, r) => {
        values.push(row.map(cellValueFromExcel));
        // Kept only where it matters: a number cell whose format is not General.
        const fmt = part.numberFormat?.[r];
        formats.push(
          row.map((v, c) => {
            const f = fmt?.[c];
            if (typeof v !== 'number' || typeof f !== 'string' || f === 'General') return null;
            anyFormat = true;
            return f;
          }),
        );
      });
    }
    const sheet: SheetSnapshot = { name: g.name, values, top: g.used.rowIndex, left: g.used.columnIndex };
    if (anyFormat) sheet.numberFormats = formats;
    return sheet;
  });
}
