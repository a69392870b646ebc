/**
 * Does every written cell's text fit its cell when printed? Measured independently of the
 * product's own metrics table: advance widths read from the installed TTF with opentype.js, and
 * Thai broken into words by the platform's ICU word segmenter (as LibreOffice breaks lines).
 */
import * as ExcelJS from 'exceljs';
import { existsSync } from 'fs';

// opentype.js ships no typings; this is the little of it used here.
interface OtFont {
  unitsPerEm: number;
  tables: { os2: { sTypoAscender: number; sTypoDescender: number } };
  getAdvanceWidth(text: string, size: number, options?: { kerning?: boolean }): number;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const opentype = require('opentype.js') as { loadSync(path: string): OtFont };

const DIR = '/usr/share/fonts/truetype/tlwg';
export const FONT_FILES = { regular: `${DIR}/Laksaman.ttf`, bold: `${DIR}/Laksaman-Bold.ttf` };
export const hasPrintFont = existsSync(FONT_FILES.regular) && existsSync(FONT_FILES.bold);

let fonts: { regular: OtFont; bold: OtFont } | undefined;
function font(bold: boolean): OtFont {
  fonts ??= { regular: opentype.loadSync(FONT_FILES.regular), bold: opentype.loadSync(FONT_FILES.bold) };
  return bold ? fonts.bold : fonts.regular;
}

export function widthPoints(text: string, size: number, bold: boolean): number {
  return font(bold).getAdvanceWidth(text, size, { kerning: false });
}

export function linePitch(size: number): number {
  const f = font(false);
  return ((f.tables.os2.sTypoAscender - f.tables.os2.sTypoDescender) / f.unitsPerEm) * size;
}

type Segmenter = { segment(s: string): Iterable<{ segment: string }> };
const words = (s: string): string[] => {
  const Seg = (Intl as unknown as { Segmenter: new (l: string, o: object) => Segmenter }).Segmenter;
  return [...new Seg('th', { granularity: 'word' }).segment(s)].map((x) => x.segment);
};

/** Lines `text` takes in `width` points, breaking between words (a word wider than the line breaks anywhere). */
export function linesFor(text: string, width: number, size: number, bold: boolean): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines++;
    let line = 0;
    for (const w of words(paragraph)) {
      const ww = widthPoints(w, size, bold);
      if (line + ww <= width || (line === 0 && ww <= width)) {
        line += ww;
      } else if (ww <= width) {
        lines++;
        line = /^\s+$/.test(w) ? 0 : ww;
      } else {
        for (const ch of w) {
          const cw = widthPoints(ch, size, bold);
          if (line + cw > width && line > 0) {
            lines++;
            line = 0;
          }
          line += cw;
        }
      }
    }
  }
  return lines;
}

/** Usable width of columns `chars` wide: 7 px a character (Calibri 11's digit), less 5 px of padding. */
export function columnPoints(chars: number): number {
  return (chars * 7 - 5) * 0.75;
}

/** A cell's value as printed: formulas by their cached result, numbers by their format. */
export function printed(cell: ExcelJS.Cell): string {
  let v = cell.value as unknown;
  if (v && typeof v === 'object' && 'formula' in (v as object)) v = (v as { result?: unknown }).result ?? '';
  if (v && typeof v === 'object' && 'text' in (v as object)) v = (v as { text: unknown }).text;
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') {
    const fmt = cell.numFmt ?? '';
    const places = /0\.(0+)/.exec(fmt)?.[1].length ?? 0;
    const n = fmt.includes('%') ? v * 100 : v;
    return `${fmt.startsWith('+') && n > 0 ? '+' : ''}${n.toFixed(places)}${fmt.includes('%') ? '%' : ''}`;
  }
  return String(v);
}

export interface Misfit {
  cell: string;
  text: string;
  why: string;
}

/**
 * Every written cell of A1:{lastCol}{lastRow} that would print cut: wider than its column (or merged
 * columns) when not wrapped, or more wrapped lines than its row is high. `margin` keeps spare room.
 */
export function misfits(
  ws: ExcelJS.Worksheet,
  lastCol: number,
  lastRow = Infinity,
  margin = 0.05,
  /** Text (not wrapped, not a number) runs on over the empty cells to its right, up to lastCol, as spreadsheets print it. */
  overflow = false,
): Misfit[] {
  const merged = new Map<string, { cols: number; rows: number }>();
  const covered = new Set<string>();
  for (const range of (ws.model as unknown as { merges: string[] }).merges) {
    const [from, to] = range.split(':');
    const a = ws.getCell(from);
    const b = ws.getCell(to);
    const tl = { row: Number(a.row), col: Number(a.col) };
    const br = { row: Number(b.row), col: Number(b.col) };
    merged.set(a.address, { cols: br.col - tl.col + 1, rows: br.row - tl.row + 1 });
    for (let r = tl.row; r <= br.row; r++)
      for (let c = tl.col; c <= br.col; c++) if (r !== tl.row || c !== tl.col) covered.add(`${r},${c}`);
  }
  const out: Misfit[] = [];
  ws.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      if (c > lastCol || r > lastRow || covered.has(`${r},${c}`)) return;
      const text = printed(cell);
      if (text === '') return;
      const span = merged.get(cell.address) ?? { cols: 1, rows: 1 };
      let chars = 0;
      for (let k = 0; k < span.cols; k++) chars += ws.getColumn(c + k).width ?? 8.43;
      const isText = typeof cell.value === 'string' || typeof (cell.value as { result?: unknown })?.result === 'string';
      if (overflow && span.cols === 1 && cell.alignment?.wrapText !== true && isText)
        for (let k = c + 1; k <= lastCol && printed(ws.getCell(r, k)) === '' && !covered.has(`${r},${k}`); k++)
          chars += ws.getColumn(k).width ?? 8.43;
      let height = 0;
      for (let k = 0; k < span.rows; k++) height += ws.getRow(r + k).height ?? 15;
      const size = cell.font?.size ?? 11;
      const bold = cell.font?.bold === true;
      const width = columnPoints(chars) * (1 - margin);
      const wrap = cell.alignment?.wrapText === true;
      const lines = wrap ? linesFor(text, width, size, bold) : 1;
      const textWidth = Math.max(...text.split('\n').map((l) => widthPoints(l, size, bold)));
      if (!wrap && textWidth > width)
        out.push({ cell: cell.address, text, why: `${textWidth.toFixed(0)} pt wide in ${width.toFixed(0)} pt` });
      else if (lines * linePitch(size) > height)
        out.push({
          cell: cell.address,
          text,
          why: `${lines} lines of ${linePitch(size).toFixed(1)} pt in a ${height} pt row`,
        });
    });
  });
  return out;
}

/** Width in characters of the cell at (row, col): its merged columns added up. */
export function spanChars(ws: ExcelJS.Worksheet, row: number, col: number): number {
  const merges = (ws.model as unknown as { merges: string[] }).merges;
  const at = ws.getCell(row, col).address;
  const range = merges.find((m) => m.split(':')[0] === at);
  const last = range ? Number(ws.getCell(range.split(':')[1]).col) : col;
  let chars = 0;
  for (let c = col; c <= last; c++) chars += ws.getColumn(c).width ?? 8.43;
  return chars;
}

/**
 * The headings of A1:{lastCol}{lastRow} (bold, on the `fill` colour) with a word wider than their
 * column(s), as "B4 ลำดับ: \"ลำดับ\"": such a heading prints cut or broken inside the word.
 */
export function brokenHeadings(
  ws: ExcelJS.Worksheet,
  lastCol: number,
  lastRow: number,
  fill: string,
  size: number,
): string[] {
  const covered = new Set<string>();
  for (const m of (ws.model as unknown as { merges: string[] }).merges) {
    const [a, b] = m.split(':').map((x) => ws.getCell(x));
    for (let c = Number(a.col) + 1; c <= Number(b.col); c++) covered.add(`${a.row},${c}`);
  }
  const broken: string[] = [];
  for (let r = 1; r <= lastRow; r++)
    for (let c = 1; c <= lastCol; c++) {
      const cell = ws.getCell(r, c);
      const argb = (cell.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
      if (covered.has(`${r},${c}`) || !cell.font?.bold || argb !== fill) continue;
      const head = printed(cell);
      if (head === '') continue;
      const room = columnPoints(spanChars(ws, r, c)) * 0.95;
      for (const w of words(head))
        if (widthPoints(w, size, true) > room) broken.push(`${cell.address} ${head}: "${w}"`);
    }
  return broken;
}
