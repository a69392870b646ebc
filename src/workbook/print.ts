/**
 * The house print style of every sheet we write: TH Sarabun New at government sizes on A4, and
 * row heights computed for wrapped text (LibreOffice and WPS do not autofit rows on open, so a
 * wrapped cell without a height prints only its last line).
 */
import { FONT_METRICS } from './font-metrics';
import { PlanBlock, PlanCell, PlanFont, PlanHeaderFooter, PlanPage, PlanSheet, PlanStyle } from './plan';
import { parseA1 } from './snapshot';

/** Thai government documents use TH Sarabun New, 16 pt for body text. */
export const PRINT_FONT: PlanFont = { name: 'TH Sarabun New', size: 16 };

/** Tables on a summary page: a notch below the body so a page holds them. */
export const TABLE_POINTS = 13;

/** A4 with margins that leave room for a header and a footer (inches, as Excel keeps them). */
export function a4Page(
  orientation: PlanPage['orientation'],
  options: Partial<Omit<PlanPage, 'orientation' | 'paper' | 'margins'>> = {},
): PlanPage {
  return {
    orientation,
    paper: 'A4',
    margins: { top: 0.6, bottom: 0.6, left: 0.5, right: 0.5, header: 0.25, footer: 0.25 },
    fitToWidth: true,
    ...options,
  };
}

/** A4 in points, portrait. */
const A4_POINTS = { width: 595, height: 842 };

/**
 * The largest print scale, up to `scale`, at which rows [0, rowsOnPage) fit one page's height:
 * a long route to the target (many steps) would otherwise push its last line onto a page of its
 * own. Rows without a height count as one line of the sheet's font. Never below `floor`, where the
 * text would be too small to read; content longer than that runs onto the next page.
 */
export function scaleToFitPage(
  page: Pick<PlanPage, 'orientation' | 'margins'>,
  rowHeights: readonly { row: number; points: number }[],
  rowsOnPage: number,
  font: PlanFont,
  scale: number,
  floor = 65,
): number {
  const height = heightOf(rowHeights, font);
  let content = 0;
  for (let row = 0; row < rowsOnPage; row++) content += height(row);
  const fits = Math.floor((printablePoints(page) * 100) / content);
  return Math.max(floor, Math.min(scale, fits));
}

function paperPoints(page: Pick<PlanPage, 'orientation'>): { width: number; height: number } {
  return page.orientation === 'portrait' ? A4_POINTS : { width: A4_POINTS.height, height: A4_POINTS.width };
}

/** Page height left for rows, in unscaled points, with 2% slack: printers round row heights their own way. */
function printablePoints(page: Pick<PlanPage, 'orientation' | 'margins'>): number {
  return (paperPoints(page).height - (page.margins.top + page.margins.bottom) * 72) * 0.98;
}

/** Page width left for columns between the margins, in points, with the same 2% slack. */
export function printableWidthPoints(page: Pick<PlanPage, 'orientation' | 'margins'>): number {
  return (paperPoints(page).width - (page.margins.left + page.margins.right) * 72) * 0.98;
}

function heightOf(rowHeights: readonly { row: number; points: number }[], font: PlanFont): (row: number) => number {
  const heights = new Map(rowHeights.map(({ row, points }) => [row, points]));
  return (row) => heights.get(row) ?? linePoints(font.size) + 2;
}

/**
 * Page breaks that keep a heading on the page of the row below it. Pages are laid out as the
 * printer will (the sheet's own breaks, then full pages, the title rows repeated on each); where
 * a page would end right after a heading, a break goes before the heading instead.
 */
export function keepWithNextBreaks(
  page: Pick<PlanPage, 'orientation' | 'margins' | 'scale' | 'breaksBefore' | 'titleRows'>,
  rowHeights: readonly { row: number; points: number }[],
  rowCount: number,
  keptWithNext: ReadonlySet<number>,
  font: PlanFont,
): number[] {
  const height = heightOf(rowHeights, font);
  const pagePoints = (printablePoints(page) * 100) / (page.scale ?? 100);
  let repeated = 0;
  if (page.titleRows) for (let r = page.titleRows[0] - 1; r < page.titleRows[1]; r++) repeated += height(r);
  const forced = new Set(page.breaksBefore ?? []);
  const added: number[] = [];
  let pageTop = 0;
  let used = 0;
  for (let row = 0; row < rowCount; row++) {
    if (row > 0 && forced.has(row)) [pageTop, used] = [row, repeated];
    if (row > pageTop && used + height(row) > pagePoints) {
      const heading = row - 1;
      if (keptWithNext.has(heading) && heading > pageTop) {
        added.push(heading);
        [pageTop, used] = [heading, repeated + height(heading)];
      } else [pageTop, used] = [row, repeated];
    }
    used += height(row);
  }
  return added;
}

/** Header with agency and fiscal year; footer "page x of y". */
export function agencyHeaderFooter(
  agency: string | undefined,
  yearLine: string,
  pageWord: { page: string; of: string },
): { header: PlanHeaderFooter; footer: PlanHeaderFooter } {
  return {
    header: { left: agency ?? '', right: yearLine, size: 12 },
    footer: { center: `${pageWord.page} {page} ${pageWord.of} {pages}`, size: 12 },
  };
}

// ───────────────────────────── measuring text ─────────────────────────────

/** Advance widths by UTF-16 code unit (regular, bold); -1 where the table has none. */
const REGULAR = new Float64Array(0x10000).fill(-1);
const BOLD = new Float64Array(0x10000).fill(-1);
FONT_METRICS.codePoints.forEach((c, i) => {
  if (c > 0xffff) return;
  REGULAR[c] = FONT_METRICS.regular[i];
  BOLD[c] = FONT_METRICS.bold[i];
});
/** A character the table lacks is measured as a wide one. */
const UNKNOWN_WIDTH = 1000;

/** Width of `text` in points at `size`, in the print font (measured for every agency of an area: a flat table). */
export function textPoints(text: string, size: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A character outside the BMP (a surrogate pair) is one unknown character.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      units += UNKNOWN_WIDTH;
      continue;
    }
    const w = table[c];
    units += w < 0 ? UNKNOWN_WIDTH : w;
  }
  return (units * size) / 1000;
}

/** Distance between wrapped lines at `size`, in points. */
export function linePoints(size: number): number {
  return (FONT_METRICS.lineHeight * size) / 1000;
}

/** A row's height for `lines` lines of text at `size`, with 2 points of padding, to the quarter point. */
export function rowPoints(lines: number, size: number): number {
  return Math.ceil((lines * linePoints(size) + 2) * 4) / 4;
}

/**
 * Usable text width of columns `chars` wide (Excel's unit: the default font's digit, 7 px for
 * Calibri 11; a wider default font only widens the column), less the cell's 5 px of padding.
 */
export function columnTextPoints(chars: number): number {
  return Math.max(0, chars * 7 - 5) * 0.75;
}

/** The fewest columns (Excel's characters) whose text width holds `points` within the line's fill. */
export function columnCharsFor(points: number): number {
  return Math.ceil((points / LINE_FILL / 0.75 + 5) / 7);
}

/** Thai words as the spreadsheets break a Thai run (ICU's dictionary); Safari before 14.1 has no Intl.Segmenter. */
const THAI_WORDS = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('th', { granularity: 'word' }) : undefined;
const THAI = /[\u0E00-\u0E7F]/;
/** Whether Thai runs are measured by their dictionary words here (else a narrow column needs more room). */
export const HAS_THAI_WORDS = THAI_WORDS !== undefined;
/**
 * How much of a line text may fill. The widths are the print font's own advances and the lines
 * break where the spreadsheets break them; the 5 % left is for the printer's rendering (Excel's
 * printed text can run wider than on screen; LibreOffice's columns are some 5 % wider than
 * Excel's, so it always has room to spare). Without a Thai dictionary a Thai run is broken at
 * any character, and up to a word a line is kept.
 */
export const LINE_FILL = 0.95;
const LINE_FILL_WITHOUT_DICTIONARY = 0.9;
/** Dictionary words of the Thai runs already measured: an area's steps repeat the same few. */
const thaiWordCache = new Map<string, string[]>();

function thaiWords(run: string): string[] {
  let words = thaiWordCache.get(run);
  if (!words) {
    words = [...THAI_WORDS!.segment(run)].map((x) => x.segment);
    if (thaiWordCache.size > 10_000) thaiWordCache.clear();
    thaiWordCache.set(run, words);
  }
  return words;
}

/** Width of the widest word of `text`, where a line may break: a Thai run by its dictionary words (whole without a dictionary). */
export function widestWordPoints(text: string, size: number, bold = false): number {
  let widest = 0;
  for (const run of text.split(/\s+/))
    for (const word of THAI_WORDS && THAI.test(run) ? thaiWords(run) : [run])
      widest = Math.max(widest, textPoints(word, size, bold));
  return widest;
}

/**
 * Lines `text` takes when wrapped into `width` points, as a spreadsheet wraps it: greedy, at
 * spaces (a line's last space hangs past its end), after the "/", "-", "?" or "&" of a link, and
 * inside a Thai run between its dictionary words; a word wider than a line breaks anywhere.
 */
export function wrappedLines(text: string, width: number, size: number, bold = false): number {
  const full = width * LINE_FILL;
  const room = THAI_WORDS ? full : width * LINE_FILL_WITHOUT_DICTIONARY;
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines++;
    // A paragraph that fits one line is not broken at all: the dictionary's room is not needed.
    if (textPoints(paragraph.trimEnd(), size, bold) <= full) continue;
    let line = 0;
    const place = (piece: string, hanging: number) => {
      const w = textPoints(piece, size, bold);
      if (line + w <= room) line += w;
      else if (w <= room) {
        lines++;
        line = w;
      } else
        for (const ch of piece) {
          const c = textPoints(ch, size, bold);
          if (line + c > room && line > 0) {
            lines++;
            line = 0;
          }
          line += c;
        }
      line += hanging;
    };
    // A match, not a lookbehind split: WebKit before 16.4 cannot parse one.
    for (const word of paragraph.match(/[^ /?&-]*(?: +|[/?&-]+)?/g) ?? []) {
      if (word === '') continue;
      const body = word.replace(/ +$/, '');
      const hanging = textPoints(word.slice(body.length), size, bold);
      if (THAI_WORDS && THAI.test(body)) {
        const parts = thaiWords(body);
        parts.forEach((part, i) => place(part, i === parts.length - 1 ? hanging : 0));
      } else place(body, hanging);
    }
  }
  return lines;
}

/**
 * A link as printed in `width` points on one line: without "https://" and "www.", then if still
 * too wide its host and last path part ("example.go.th/…/o12"), then its host, then cut with "…"
 * (the cell's hyperlink keeps the whole address).
 */
export function shortLink(url: string, width: number, size: number): string {
  const bare = url.replace(/^[a-z]+:\/\//i, '').replace(/^www\./i, '');
  const host = bare.split(/[/?#]/)[0];
  const last = bare.split(/[?#]/)[0].replace(/\/+$/, '').split('/').slice(1).pop();
  const fits = (s: string) => textPoints(s, size) <= width * 0.9;
  const choices = [bare, ...(last ? [`${host}/…/${last}`] : []), host];
  const found = choices.find(fits);
  if (found) return found;
  let cut = host;
  while (cut.length > 1 && !fits(`${cut}…`)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** What a cell shows, as text: a formula shows its cached value. */
export function shownText(cell: PlanCell, numberFormat?: string | null): string {
  if (cell === null) return '';
  if ('text' in cell) return cell.text;
  const v = 'formula' in cell ? cell.cached : 'number' in cell ? cell.number : cell.bool;
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return booleanShown(v, numberFormat);
  if (numberFormat && /0\.0+/.test(numberFormat)) {
    const places = /0\.(0+)/.exec(numberFormat)![1].length;
    const shown = (numberFormat.includes('%') ? v * 100 : v).toFixed(places);
    return `${numberFormat.startsWith('+') && v > 0 ? '+' : ''}${shown}${numberFormat.includes('%') ? '%' : ''}`;
  }
  return String(v);
}

/** A Boolean under a `"yes";"yes";"no"` format shows the words. */
function booleanShown(v: boolean, numberFormat?: string | null): string {
  const words = numberFormat?.match(/"([^"]*)"/g)?.map((w) => w.slice(1, -1));
  if (words && words.length >= 3) return v ? words[0] : words[2];
  return v ? 'TRUE' : 'FALSE';
}

interface CellLook {
  size: number;
  bold: boolean;
  wrap: boolean;
}

/**
 * The look of each written cell once the styles are applied in order (later ones add to
 * earlier ones), keyed "row,col".
 */
export function cellLooks(styles: readonly PlanStyle[], font: PlanFont): Map<string, CellLook> {
  const looks = new Map<string, CellLook>();
  for (const s of styles) {
    const [from, to = from] = s.range.split(':');
    const tl = parseA1(from);
    const br = parseA1(to);
    for (let r = tl.row; r <= br.row; r++)
      for (let c = tl.col; c <= br.col; c++) {
        const key = `${r},${c}`;
        const look = looks.get(key) ?? { size: font.size, bold: false, wrap: false };
        if (s.fontSize !== undefined) look.size = s.fontSize;
        if (s.bold !== undefined) look.bold = s.bold;
        if (s.wrap !== undefined) look.wrap = s.wrap;
        looks.set(key, look);
      }
  }
  return looks;
}

/**
 * The height of every row of the block that holds text: enough lines for its tallest cell at
 * that cell's size, its wrapped text measured against the width of its column (or of its merged
 * columns).
 */
export function fitRowHeights(
  sheet: Pick<PlanSheet, 'columnWidths' | 'font'>,
  block: PlanBlock,
  styles: readonly PlanStyle[],
  merges: readonly string[],
): { row: number; points: number }[] {
  const font = sheet.font ?? PRINT_FONT;
  const looks = cellLooks(styles, font);
  const spans = new Map<string, number>();
  for (const m of merges) {
    const [from, to] = m.split(':');
    const a = parseA1(from);
    const b = parseA1(to ?? from);
    spans.set(`${a.row},${a.col}`, b.col - a.col + 1);
  }
  const width = (col: number, span: number): number =>
    columnTextPoints(sheet.columnWidths.slice(col, col + span).reduce((n, w) => n + w, 0) || 8.43);
  const out: { row: number; points: number }[] = [];
  block.cells.forEach((line, i) => {
    const row = block.top + i;
    let need = 0;
    line.forEach((cell, j) => {
      const col = block.left + j;
      const shown = shownText(cell, block.numberFormats?.[i]?.[j]);
      if (shown === '') return;
      const look = looks.get(`${row},${col}`) ?? { size: font.size, bold: false, wrap: false };
      const lines = look.wrap
        ? wrappedLines(shown, width(col, spans.get(`${row},${col}`) ?? 1), look.size, look.bold)
        : 1;
      need = Math.max(need, rowPoints(lines, look.size));
    });
    if (need > 0) out.push({ row, points: need });
  });
  return out;
}
