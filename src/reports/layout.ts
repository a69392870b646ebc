/**
 * Print sizes and a conservative estimate of how many lines a text wraps to, for row heights
 * (LibreOffice and WPS do not fit rows to wrapped text when they open a file).
 */
export const REPORT_FONT = { name: 'TH Sarabun New', size: 16 };
/** Points: 16 for body text as in Thai government documents; tables a little smaller. */
export const SIZES = { title: 18, body: 16, table: 14, note: 10 };

/** One Excel column unit: the default font's digit, about 5.25 pt (7 px at 96 dpi). */
const UNIT_POINTS = 5.25;
/**
 * Average advance of a character in em. TH Sarabun New averages under 0.45 em; 0.55 leaves room
 * for a wider fallback (Noto Sans Thai) where Sarabun is not installed.
 */
const EM_PER_CHAR = 0.55;

/** Thai vowels and tone marks written above or below a consonant take no width of their own. */
const COMBINING = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g;

export function lineHeight(size: number): number {
  return Math.ceil(size * 1.45);
}

/** Lines `value` needs in a cell `width` units wide at `size` points; explicit line breaks count. */
export function linesNeeded(value: string, width: number, size: number, bold = false): number {
  const perLine = Math.max(1, Math.floor(((width - 1) * UNIT_POINTS) / (size * EM_PER_CHAR * (bold ? 1.08 : 1))));
  return value
    .split('\n')
    .map((part) => wrapCount(part.replace(COMBINING, ''), perLine))
    .reduce((s, n) => s + n, 0);
}

/** Lines when wrapping at spaces (Thai has few: long runs break anywhere). */
function wrapCount(text: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/(?<=\s)/)) {
    const len = [...word].length;
    if (used + len <= perLine) used += len;
    else if (len <= perLine) {
      lines++;
      used = len;
    } else {
      const rest = used + len - perLine;
      lines += Math.ceil(rest / perLine);
      used = rest % perLine || perLine;
    }
  }
  return lines;
}
