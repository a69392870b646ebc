/**
 * From the write plan's plain cells to what Office.js wants, and from what Office.js returns
 * to plain values. Pure: no Excel object is touched here.
 */
import { Bilingual, bi } from '../domain/text';
import { spanText } from '../domain/refs';
import { MONTH_NAMES } from '../domain/parse/years';
import type { CellValue, DefinedName } from '../workbook/snapshot';
import {
  a1,
  hyperlinkFormula as hyperlinkFormulaOf,
  parseA1,
  placeReference,
  quoteSheet,
  sheetOfReference,
} from '../workbook/references';
import type { PlanBlock, PlanCell, PlanHyperlink } from '../workbook/plan';

/** One element of a `Range.formulas` grid: null leaves the cell as it is. */
export type FormulaInput = string | number | boolean | null;

const DIGIT = /[0-9\u0E50-\u0E59]/;
/** What numbers, dates, times, percentages, fractions and amounts are made of, besides words. */
const NUMERIC_CHARS = /^[\s0-9\u0E50-\u0E59.,:/\-+%$\u0E3F\u20AC\u00A3\u00A5()eE]*$/;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Month names from the parser's own table (Thai and English), longest first so "มกราคม" is not cut at "มกรา". */
const MONTH_WORDS = MONTH_NAMES.flat().sort((a, b) => b.length - a.length);
const THAI_MONTHS = new RegExp(
  `(${MONTH_WORDS.filter((w) => !/[a-z]/.test(w))
    .map(escapeRe)
    .join('|')})`,
  'g',
);
const ENGLISH_DATE_WORDS = new RegExp(
  `\\b(${MONTH_WORDS.filter((w) => /[a-z]/.test(w)).join('|')}|am|pm|a|p)\\b`,
  'gi',
);

/**
 * Would Excel turn this text into something else when it arrives through `Range.formulas`?
 * Office.js parses strings the way a typed entry is parsed: "=…", "+…", "-…", "@…" become
 * formulas, "#N/A" an error, "TRUE" a Boolean, and "0012", "1/2", "12:30 PM", "85%",
 * "1 ม.ค. 2568", "฿1,000", "1e5" numbers or dates; a leading apostrophe is eaten as the text
 * prefix. Which strings parse as dates depends on the user's locale, so any text made only of
 * digits, number punctuation and month or AM/PM words is guarded; text with other words in it
 * ("ตัวชี้วัดที่ 1", "85 คะแนน") is left as it is, since Excel keeps it as text anyway.
 */
export function needsTextGuard(text: string): boolean {
  if (text === '') return false;
  if (/^[=+\-@'#]/.test(text)) return true;
  const word = text.trim().toUpperCase();
  if (word === 'TRUE' || word === 'FALSE') return true;
  if (!DIGIT.test(text)) return false;
  return NUMERIC_CHARS.test(text.replace(THAI_MONTHS, ' ').replace(ENGLISH_DATE_WORDS, ' '));
}

/**
 * A leading apostrophe is Excel's own marker for "keep this as text" (the quote prefix): the
 * apostrophe is not part of the stored value, the cell holds exactly `text`. Chosen over a "@"
 * number format because it works the same in every Excel version, does not depend on the
 * order in which numberFormat and formulas are applied, and leaves the cell's format free for
 * the plan's own number formats.
 */
export function guardText(text: string): string {
  return needsTextGuard(text) ? `'${text}` : text;
}

export function cellInput(cell: PlanCell): FormulaInput {
  if (cell === null) return null;
  if ('text' in cell) return guardText(cell.text);
  if ('number' in cell) {
    if (!Number.isFinite(cell.number)) throw new Error(`cannot write ${cell.number} to a cell`);
    return cell.number;
  }
  if ('bool' in cell) return cell.bool;
  return cell.formula.startsWith('=') ? cell.formula : `=${cell.formula}`;
}

export interface BlockGrids {
  rows: number;
  cols: number;
  formulas: FormulaInput[][];
  /** Omitted when the block sets no number format at all. */
  numberFormats?: (string | null)[][];
}

/** The block as rectangular `formulas` and `numberFormat` grids (ragged rows padded with null). */
export function blockGrids(block: PlanBlock): BlockGrids {
  const rows = block.cells.length;
  let cols = 0;
  for (const row of block.cells) cols = Math.max(cols, row.length);
  const formulas: FormulaInput[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const src = block.cells[r];
    const out: FormulaInput[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      try {
        out[c] = c < src.length ? cellInput(src[c]) : null;
      } catch (e) {
        throw new Error(`${quoteSheet(block.sheet)}!${a1(block.top + r, block.left + c)}: ${(e as Error).message}`);
      }
    }
    formulas[r] = out;
  }
  const grids: BlockGrids = { rows, cols, formulas };
  if (block.numberFormats && block.numberFormats.some((row) => row.some((f) => f !== null && f !== undefined))) {
    const nf: (string | null)[][] = new Array(rows);
    for (let r = 0; r < rows; r++) {
      const src = block.numberFormats[r] ?? [];
      const out: (string | null)[] = new Array(cols);
      for (let c = 0; c < cols; c++) out[c] = src[c] ?? null;
      nf[r] = out;
    }
    grids.numberFormats = nf;
  }
  return grids;
}

/** "B3:D7" for a rectangle given by its 0-based top-left corner and size. */
export function rangeAddress(top: number, left: number, rows: number, cols: number): string {
  const first = a1(top, left);
  return rows === 1 && cols === 1 ? first : `${first}:${a1(top + rows - 1, left + cols - 1)}`;
}

export interface Rect {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/** "A1:F1" or "C7" to a rectangle. */
export function parseRange(address: string): Rect {
  const [from, to = from] = address.split(':');
  const a = parseA1(from);
  const b = parseA1(to);
  const top = Math.min(a.row, b.row);
  const left = Math.min(a.col, b.col);
  return { top, left, rows: Math.abs(b.row - a.row) + 1, cols: Math.abs(b.col - a.col) + 1 };
}

/**
 * Column width in characters (Excel's unit: widths of the digit "0" in the default font) to
 * points for `format.columnWidth`: Calibri 11's digit is 7 px wide, Excel adds 5 px of
 * padding and snaps to whole pixels, and a pixel is 0.75 pt at 96 dpi (8.43 → 64 px → 48 pt).
 * A width of 0 hides the column.
 */
export function columnWidthPoints(chars: number): number {
  if (!(chars > 0)) return 0;
  return Math.round(chars * 7 + 5) * 0.75;
}

/** Runs of equal widths from column A, each as a one-row range address ("B1:D1") and points. */
export function columnWidthRuns(widths: readonly number[]): { address: string; points: number }[] {
  const runs: { address: string; points: number }[] = [];
  let start = 0;
  for (let c = 1; c <= widths.length; c++) {
    if (c === widths.length || widths[c] !== widths[start]) {
      if (Number.isFinite(widths[start]))
        runs.push({ address: rangeAddress(0, start, 1, c - start), points: columnWidthPoints(widths[start]) });
      start = c;
    }
  }
  return runs;
}

export type BorderEdge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal';

/** Edges that make a full grid around and inside `address`; inside edges only where they exist. */
export function borderEdges(address: string): BorderEdge[] {
  const r = parseRange(address);
  const edges: BorderEdge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
  if (r.cols > 1) edges.push('InsideVertical');
  if (r.rows > 1) edges.push('InsideHorizontal');
  return edges;
}

export function horizontalAlignment(h: 'left' | 'center' | 'right'): 'Left' | 'Center' | 'Right' {
  return h === 'left' ? 'Left' : h === 'center' ? 'Center' : 'Right';
}

/** What `Range.hyperlink` is set to (ExcelApi 1.7). */
export interface HyperlinkInput {
  documentReference?: string;
  address?: string;
  textToDisplay?: string;
}

export function hyperlinkInput(link: PlanHyperlink, textToDisplay?: string): HyperlinkInput {
  const out: HyperlinkInput =
    'url' in link.to ? { address: link.to.url } : { documentReference: placeReference(link.to) };
  if (textToDisplay !== undefined && textToDisplay !== '') out.textToDisplay = textToDisplay;
  return out;
}

/**
 * Fallback for Excel without Range.hyperlink (before ExcelApi 1.7): a HYPERLINK formula, which
 * every Excel version understands.
 */
export function hyperlinkFormula(link: PlanHyperlink, textToDisplay?: string): string {
  const shown = textToDisplay ?? ('url' in link.to ? link.to.url : `${link.to.sheet}!${spanText(link.to)}`);
  return `=${hyperlinkFormulaOf(link.to, shown)}`;
}

/** Excel's limit on a list validation's source typed as text. */
export const LIST_SOURCE_MAX = 255;

/** The `source` of a list validation, or why the list cannot be written as one. */
export function listSource(items: readonly string[]): { ok: true; source: string } | { ok: false; reason: Bilingual } {
  if (items.length === 0) return { ok: false, reason: bi('รายการให้เลือกว่างเปล่า', 'the list is empty') };
  if (items.some((item) => item.includes(','))) {
    return {
      ok: false,
      reason: bi(
        'มีตัวเลือกที่มีเครื่องหมายจุลภาค (,) ซึ่ง Excel ใช้คั่นรายการ',
        'an item contains a comma, which Excel uses to separate items',
      ),
    };
  }
  const source = items.join(',');
  if (source.length > LIST_SOURCE_MAX) {
    return {
      ok: false,
      reason: bi(`รายการยาวเกิน ${LIST_SOURCE_MAX} ตัวอักษร`, `the list is longer than ${LIST_SOURCE_MAX} characters`),
    };
  }
  return { ok: true, source };
}

/** The text the plan writes at `cell` of `sheet`, if any (used as a hyperlink's text to display). */
export function planTextAt(blocks: readonly PlanBlock[], sheet: string, cell: string): string | undefined {
  const { row, col } = parseA1(cell);
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i];
    if (b.sheet !== sheet || row < b.top || col < b.left || row >= b.top + b.cells.length) continue;
    const value = b.cells[row - b.top][col - b.left];
    if (value === undefined || value === null) continue;
    if ('text' in value) return value.text;
    if ('number' in value) return String(value.number);
    if ('bool' in value) return value.bool ? 'TRUE' : 'FALSE';
    return String(value.cached);
  }
  return undefined;
}

/** A value from `Range.values`: Excel reports an empty cell as ''. Dates stay serial numbers. */
export function cellValueFromExcel(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  return String(v);
}

/**
 * A workbook name from NamedItem name/type/value (all ExcelApi 1.1; `formula` would need 1.7).
 * For a name of type "Range", `value` is the address, e.g. "'สรุปผล ITA'!$B$5".
 */
export function definedName(name: string, type: string, value: unknown): DefinedName {
  let ref = typeof value === 'string' ? value : String(value);
  if (ref.startsWith('=')) ref = ref.slice(1);
  const out: DefinedName = { name, ref };
  if (type === 'Range') {
    const sheet = sheetOfReference(ref);
    if (sheet !== undefined) out.sheet = sheet;
  }
  return out;
}

/**
 * Where Range.hyperlink points: its URL, or "#Sheet!A1" for a place in the workbook; undefined
 * for a cell without a link (Excel answers null or an object without either).
 */
export function linkTarget(h: Excel.RangeHyperlink | null | undefined): string | undefined {
  if (!h || typeof h !== 'object') return undefined;
  if (typeof h.address === 'string' && h.address !== '') return h.address;
  if (typeof h.documentReference === 'string' && h.documentReference !== '') return `#${h.documentReference}`;
  return undefined;
}
