/** Whether an OIT item is published: มี / ไม่มี, ✓ / ✗, yes / no. */
import { Parsed, ok, fail } from '../problem';
import { bi } from '../text';
import { isBlank, normalizeKey } from './common';

/** Words read as "published", lower-case as typed in cells (an Excel formula matches LOWER(TRIM(cell)) against these). */
export const PUBLISHED_YES_WORDS: readonly string[] = [
  'มี',
  'มีแล้ว',
  'ใช่',
  'เผยแพร่',
  'เผยแพร่แล้ว',
  'มีการเผยแพร่',
  '✓',
  '✔',
  '☑',
  'yes',
  'y',
  '1',
  'true',
  'published',
];
/** Words read as "not published". */
export const PUBLISHED_NO_WORDS: readonly string[] = [
  'ไม่มี',
  'ยังไม่มี',
  'ไม่ใช่',
  'ไม่เผยแพร่',
  'ยังไม่เผยแพร่',
  'ไม่มีการเผยแพร่',
  '✗',
  '✘',
  '×',
  'no',
  'n',
  '0',
  'false',
  'not published',
  'unpublished',
];

const PUBLISHED_EXPECTED = bi(
  'มี / ไม่มี, ✓ / ✗, ใช่ / ไม่ใช่, เผยแพร่ / ไม่เผยแพร่, 1 / 0',
  'yes / no, ✓ / ✗, มี / ไม่มี, 1 / 0, TRUE / FALSE',
);
const YES_KEYS = new Set(PUBLISHED_YES_WORDS.map(normalizeKey));
const NO_KEYS = new Set(PUBLISHED_NO_WORDS.map(normalizeKey));

/** Whether an OIT item is published. Whole-cell match, so "ไม่มี" is never read as "มี". */
export function parsePublished(v: unknown): Parsed<boolean> {
  if (isBlank(v)) return fail('', PUBLISHED_EXPECTED);
  if (typeof v === 'boolean') return ok(v);
  if (typeof v === 'number') return v === 1 ? ok(true) : v === 0 ? ok(false) : fail(v, PUBLISHED_EXPECTED);
  if (typeof v !== 'string') return fail(v, PUBLISHED_EXPECTED);
  const key = normalizeKey(v);
  if (NO_KEYS.has(key)) return ok(false);
  if (YES_KEYS.has(key)) return ok(true);
  return fail(v, PUBLISHED_EXPECTED);
}

// ─────────────────────────────── URLs ───────────────────────────────
