import { PlanBlock, PlanCell, PlanStyle } from './plan';
import { a1 } from './snapshot';

/** Builds one sheet's cells as a single block: rows of cells, formats and styles. */
export class Grid {
  private cells: PlanCell[][] = [];
  private formats: (string | null)[][] = [];
  readonly styles: PlanStyle[] = [];
  readonly merges: string[] = [];
  /** Rows (headings) that must print on the same page as the row below them. */
  readonly keptWithNext = new Set<number>();

  constructor(
    readonly sheet: string,
    readonly width: number,
  ) {}

  get rowCount(): number {
    return this.cells.length;
  }

  put(row: number, col: number, cell: PlanCell, format: string | null = null): string {
    this.set(row, col, cell, format);
    return a1(row, col);
  }

  /** As `put`, without working out the cell's address: for the many cells of a long table. */
  set(row: number, col: number, cell: PlanCell, format: string | null = null): void {
    while (this.cells.length <= row) {
      this.cells.push(new Array<PlanCell>(this.width).fill(null));
      this.formats.push(new Array<string | null>(this.width).fill(null));
    }
    this.cells[row][col] = cell;
    this.formats[row][col] = format;
  }

  style(range: string, style: Omit<PlanStyle, 'sheet' | 'range'>): void {
    this.styles.push({ sheet: this.sheet, range, ...style });
  }

  keepWithNext(row: number): void {
    this.keptWithNext.add(row);
  }

  merge(row: number, fromCol: number, toCol: number): void {
    this.merges.push(`${a1(row, fromCol)}:${a1(row, toCol)}`);
  }

  block(): PlanBlock {
    const hasFormats = this.formats.some((r) => r.some((f) => f !== null));
    return {
      sheet: this.sheet,
      top: 0,
      left: 0,
      cells: this.cells,
      ...(hasFormats ? { numberFormats: this.formats } : {}),
    };
  }
}

export const text = (t: string): PlanCell => ({ text: t });
export const num = (n: number): PlanCell => ({ number: n });
export const formula = (f: string, cached: number | string | boolean): PlanCell => ({ formula: f, cached });
