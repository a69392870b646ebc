/**
 * What every cell reader shares: Thai digits, the text clean-up applied before reading, the key
 * used to match headers and words, and the "expected" text with a reason.
 */
import { Bilingual, bi } from '../text';

/** Dates are ISO strings 'YYYY-MM-DD' (no time zones); JS Dates are read by their UTC parts. */
export type IsoDate = string;

export function thaiDigitsToArabic(s: string): string {
  return s.replace(/[\u0e50-\u0e59]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
}

export function hasThaiDigits(s: string): boolean {
  return /[\u0e50-\u0e59]/.test(s);
}

/**
 * NFC, Thai digits → Arabic, "ํา" (nikhahit + sara aa, common in PDF-copied text) → "ำ", "เเ" → "แ",
 * invisible format characters (zero-width space, BOM, soft hyphen) removed, whitespace
 * collapsed to one space, trimmed.
 */
export function clean(s: string): string {
  return thaiDigitsToArabic(s.normalize('NFC'))
    .replace(/\u0e4d\u0e32/g, '\u0e33')
    .replace(/\u0e40\u0e40/g, '\u0e41') // เ typed twice for แ: identical on screen
    .replace(/\p{Cf}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Key for matching headers, sheet names and aliases: no case, spaces, line breaks or punctuation. */
export function normalizeKey(s: string): string {
  return clean(s)
    .toLowerCase()
    .replace(/[\s\p{P}]/gu, '');
}

export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && clean(v) === '');
}

/** The expected text with a reason appended, in both languages. */
export function because(base: Bilingual, why: Bilingual): Bilingual {
  return bi(`${base.th} — ${why.th}`, `${base.en} — ${why.en}`);
}

export function toThaiDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
}
