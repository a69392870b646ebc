/**
 * A1 references, sheet names in references, and text inside formulas: the one place both
 * adapters (ExcelJS and Office.js) and the write plan take them from, so they cannot disagree.
 */
import { CellRef, spanText } from '../domain/refs';
import type { CellPlace } from './plan';

/** "C7" from 0-based row and column. */
export function a1(row: number, col: number): CellRef {
  return `${columnLetters(col)}${row + 1}` as CellRef;
}

/** "A", "Z", "AA" from a 0-based column. */
export function columnLetters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** 0-based row and column from "C7" (or "$C$7"). */
export function parseA1(ref: CellRef | string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(ref.trim());
  if (!m) throw new Error(`not an A1 reference: ${ref}`);
  const col =
    m[1]
      .toUpperCase()
      .split('')
      .reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, col };
}

/**
 * Sheet name quoted for formulas: 'สรุปผล ITA'!B5. Always quoted: a bare name
 * that looks like a cell (A1, R1C1) or a keyword (TRUE) would be misread.
 */
export function quoteSheet(name: string): string {
  // Called once per formula reference (tens of thousands for an area): the last few are kept.
  let q = quoted.get(name);
  if (q === undefined) {
    if (quoted.size > 64) quoted.clear();
    quoted.set(name, (q = `'${name.replace(/'/g, "''")}'`));
  }
  return q;
}
const quoted = new Map<string, string>();

/**
 * The sheet a reference points into: "Sheet1!$A$1" → "Sheet1"; "'สรุปผล ITA'!$B$5" →
 * "สรุปผล ITA"; "'It''s'!A1" → "It's"; "'Q&A!'!A1" → "Q&A!". Undefined for "#REF!" and
 * anything without a sheet. A name holding "!" is always quoted, so in a bare one the first
 * "!" ends the name.
 */
export function sheetOfReference(ref: string): string | undefined {
  if (ref.startsWith("'")) {
    const m = /^'((?:[^']|'')+)'!./.exec(ref);
    return m ? m[1].replace(/''/g, "'") : undefined;
  }
  const bang = ref.indexOf('!');
  return bang > 0 && bang < ref.length - 1 && !ref.startsWith('#') ? ref.slice(0, bang) : undefined;
}

/** Excel's cap on one string literal inside a formula. */
export const FORMULA_LITERAL_MAX = 255;

/**
 * Text as a formula string literal, quotes doubled. Excel refuses a literal over 255 characters,
 * so longer text is joined with &; chunks of 127 code points stay under the cap (in UTF-16 units
 * too) without splitting a surrogate pair.
 */
export function formulaString(text: string): string {
  const parts = text.match(/[^]{1,127}/gu) ?? [''];
  return parts.map((p) => `"${p.replace(/"/g, '""')}"`).join('&');
}

/** "'OIT'!D2:D44": a place as a reference inside a formula or a link, without $ signs. */
export function placeReference(to: CellPlace): string {
  return `${quoteSheet(to.sheet)}!${spanText(to).replace(/\$/g, '')}`;
}

/**
 * HYPERLINK(target, shown) without the leading "=": a web address, or a place in this workbook
 * ("#'Sheet'!C7", the form every Excel and LibreOffice follow).
 */
export function hyperlinkFormula(to: CellPlace | { url: string }, shown: string): string {
  const target = 'url' in to ? to.url : `#${placeReference(to)}`;
  return `HYPERLINK(${formulaString(target)},${formulaString(shown)})`;
}
