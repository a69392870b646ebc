/** Numbers and 0–100 scores as typed: Thai digits, thousands commas, suffixes such as "คะแนน" or "%". */
import { Parsed, ok, fail } from '../problem';
import { bi } from '../text';
import { because, clean, isBlank } from './common';

const NUMBER_EXPECTED = bi('ตัวเลข เช่น 85.66, ๘๕.๖๖ หรือ 1,250', 'a number, e.g. 85.66, ๘๕.๖๖ or 1,250');
const NUMBER_TEXT = /^[+\-\u2212]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

export function numberFromText(s: string): number | undefined {
  const t = clean(s).replace(/^([+\-\u2212])\s+/, '$1');
  if (!NUMBER_TEXT.test(t)) return undefined;
  const n = Number(t.replace(/,/g, '').replace('\u2212', '-'));
  return Number.isFinite(n) ? n : undefined;
}

/**
 * "88,5" or "๘๘,๕๐": a comma before one or two digits is no thousands separator, so it is most
 * likely a decimal comma (a form from a European-language Excel). It is not read as 88.5, since
 * a slip for "88.5" or "885" cannot be told apart, but the message offers the likely number.
 */
function decimalCommaHint(text: string, found: unknown): Parsed<never> | undefined {
  const m = /^([+\-\u2212]?\d+),(\d{1,2})$/.exec(clean(text));
  if (!m) return undefined;
  const meant = `${m[1]}.${m[2]}`;
  return fail(
    found,
    bi(
      `ตัวเลขที่ใช้จุดทศนิยม — ถ้าหมายถึง ${meant} ให้พิมพ์ ${meant} (จุลภาคใช้คั่นหลักพันเท่านั้น เช่น 1,250)`,
      `a number with a decimal point: if you meant ${meant}, type ${meant} (a comma only separates thousands, as in 1,250)`,
    ),
  );
}

/** A finite number, or numeric text with Thai or Arabic digits, thousands commas and a sign. */
export function parseNumber(v: unknown): Parsed<number> {
  if (isBlank(v)) return fail('', NUMBER_EXPECTED);
  if (typeof v === 'number') return Number.isFinite(v) ? ok(v) : fail(v, NUMBER_EXPECTED);
  if (typeof v !== 'string') return fail(v, NUMBER_EXPECTED);
  const n = numberFromText(v);
  return n === undefined ? (decimalCommaHint(v, v) ?? fail(v, NUMBER_EXPECTED)) : ok(n);
}

// ───────────────────────────────── scores ─────────────────────────────────

const SCORE_EXPECTED = bi(
  'คะแนน 0–100 เช่น 85.66, "85.66 คะแนน" หรือ "ร้อยละ ๘๕"',
  'a score from 0 to 100, e.g. 85.66, "85.66 คะแนน" or "87.5%"',
);
const SCORE_OUT_OF_RANGE = because(SCORE_EXPECTED, bi('ค่านี้อยู่นอกช่วง 0–100', 'this value is outside 0–100'));
const SCORE_PREFIX = /^(?:ได้\s*)?(?:คะแนน\s*)?(?:ร้อยละ\s*)?(?:score\s*)?[:=]?\s*/;
const SCORE_SUFFIX = /\s*(?:คะแนน|%|เปอร์เซ็นต์|percent|points?|pts?\.?)$/;

/** A 0–100 score: 85.66, "๘๕.๖๖", "85.66 คะแนน", "ร้อยละ ๘๕", "87.5%", "คะแนน 90". */
export function parseScore(v: unknown): Parsed<number> {
  if (isBlank(v)) return fail('', SCORE_EXPECTED);
  let n: number | undefined;
  if (typeof v === 'number') n = Number.isFinite(v) ? v : undefined;
  else if (typeof v === 'string') {
    const bare = clean(v).toLowerCase().replace(SCORE_PREFIX, '').replace(SCORE_SUFFIX, '');
    n = numberFromText(bare);
    if (n === undefined) return decimalCommaHint(bare, v) ?? fail(v, SCORE_EXPECTED);
  }
  if (n === undefined) return fail(v, SCORE_EXPECTED);
  return n >= 0 && n <= 100 ? ok(n) : fail(v, SCORE_OUT_OF_RANGE);
}
