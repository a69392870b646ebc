/**
 * Which of a sheet's columns each field of a table spans, when the sheet's column widths are
 * fixed by other tables on it (the summary's): no field narrower than the least it needs, the
 * first field (the table's prose) as wide as the rest leave it.
 */
import { columnTextPoints, LINE_FILL, textPoints, widestWordPoints } from './print';

/**
 * The least width, in points, at which none of `texts` breaks inside a word: with `whole`, a
 * label a reader takes in at once (a status, a date), which must not break at all, not even
 * between the dictionary words of a phrase ("ยังไม่ได้ดำเนิน/การ"); else prose, which breaks
 * between words, Thai ones too.
 */
export function leastPoints(texts: readonly string[], size: number, whole: boolean, bold = false): number {
  let least = 0;
  for (const t of texts)
    for (const line of t.split('\n'))
      least = Math.max(least, whole ? textPoints(line.trim(), size, bold) : widestWordPoints(line, size, bold));
  return least / LINE_FILL;
}

/**
 * How many columns each field spans, left to right over all of `columnChars` (widths in Excel's
 * characters), given each field's least width in points. Of the layouts that give every field its
 * least, the one whose first field is widest; when none does, the one short of the least by the
 * fewest points.
 */
export function fitSpans(columnChars: readonly number[], least: readonly number[]): number[] {
  let best: { spans: number[]; short: number; first: number } | undefined;
  const tryAll = (from: number, spans: number[]): void => {
    const field = spans.length;
    const left = least.length - field;
    if (left === 0) {
      if (from !== columnChars.length) return;
      let short = 0;
      let at = 0;
      spans.forEach((n, i) => {
        const room = columnTextPoints(columnChars.slice(at, at + n).reduce((s, w) => s + w, 0));
        short += Math.max(0, least[i] - room);
        at += n;
      });
      const first = columnChars.slice(0, spans[0]).reduce((s, w) => s + w, 0);
      if (!best || short < best.short || (short === best.short && first > best.first))
        best = { spans: [...spans], short, first };
      return;
    }
    for (let n = 1; from + n <= columnChars.length - (left - 1); n++) tryAll(from + n, [...spans, n]);
  };
  tryAll(0, []);
  if (!best) throw new Error(`fitSpans: ${least.length} fields cannot share ${columnChars.length} columns`);
  return best.spans;
}
