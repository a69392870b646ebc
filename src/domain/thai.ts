/**
 * Reading what Thai agencies type into cells: Thai digits, Buddhist-Era years, fiscal years,
 * periods written with abbreviated months, scores with suffixes, indicator references,
 * status and yes/no words, URLs.
 *
 * Pure: no I/O, no clock. Every reader returns Parsed<T>: the value, or what was found and
 * what was expected (Thai and English). Empty input is a failure with found ''. Never a silent 0.
 * Dates are ISO strings 'YYYY-MM-DD' (no time zones); JS Dates are read by their UTC parts.
 */
import { Bilingual, bi } from './text';
import { Parsed, ok, fail } from './problem';

export type IsoDate = string;

// ───────────────────────────── digits, text, keys ─────────────────────────────

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
function clean(s: string): string {
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

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && clean(v) === '');
}

/** The expected text with a reason appended, in both languages. */
function because(base: Bilingual, why: Bilingual): Bilingual {
  return bi(`${base.th} — ${why.th}`, `${base.en} — ${why.en}`);
}

function toThaiDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
}

// ───────────────────────────────── numbers ─────────────────────────────────

const NUMBER_EXPECTED = bi('ตัวเลข เช่น 85.66, ๘๕.๖๖ หรือ 1,250', 'a number, e.g. 85.66, ๘๕.๖๖ or 1,250');
const NUMBER_TEXT = /^[+\-\u2212]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

function numberFromText(s: string): number | undefined {
  const t = clean(s).replace(/^([+\-\u2212])\s+/, '$1');
  if (!NUMBER_TEXT.test(t)) return undefined;
  const n = Number(t.replace(/,/g, '').replace('\u2212', '-'));
  return Number.isFinite(n) ? n : undefined;
}

/** A finite number, or numeric text with Thai or Arabic digits, thousands commas and a sign. */
export function parseNumber(v: unknown): Parsed<number> {
  if (isBlank(v)) return fail('', NUMBER_EXPECTED);
  if (typeof v === 'number') return Number.isFinite(v) ? ok(v) : fail(v, NUMBER_EXPECTED);
  if (typeof v !== 'string') return fail(v, NUMBER_EXPECTED);
  const n = numberFromText(v);
  return n === undefined ? fail(v, NUMBER_EXPECTED) : ok(n);
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
    n = numberFromText(clean(v).toLowerCase().replace(SCORE_PREFIX, '').replace(SCORE_SUFFIX, ''));
  }
  if (n === undefined) return fail(v, SCORE_EXPECTED);
  return n >= 0 && n <= 100 ? ok(n) : fail(v, SCORE_OUT_OF_RANGE);
}

// ───────────────────────────────── indicators ─────────────────────────────────

export interface IndicatorNames {
  id: number;
  name: Bilingual;
  aliases: readonly string[];
}

/** "1–10", or "1–3, 5" for gaps. */
function formatIds(ids: readonly number[]): string {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    runs.push(j > i ? `${sorted[i]}–${sorted[j]}` : `${sorted[i]}`);
    i = j + 1;
  }
  return runs.join(', ');
}

/** `make(indicators)`, computed once per indicator list (a framework's): the "expected" texts are built for every cell otherwise. */
function perIndicatorList<T>(
  make: (indicators: readonly IndicatorNames[]) => T,
): (indicators: readonly IndicatorNames[]) => T {
  const cache = new WeakMap<readonly IndicatorNames[], T>();
  return (indicators) => {
    if (!cache.has(indicators)) cache.set(indicators, make(indicators));
    return cache.get(indicators) as T;
  };
}

const indicatorExpected = perIndicatorList((indicators): Bilingual => {
  const ids = formatIds(indicators.map((i) => i.id));
  const ex = indicators.find((i) => i.id === 6) ?? indicators[0];
  const n = ex ? String(ex.id) : '6';
  const th = ex ? ` หรือชื่อ เช่น "${ex.name.th}"` : '';
  const en = ex ? ` or its name, e.g. "${ex.name.en}"` : '';
  return bi(
    `เลขตัวชี้วัด ${ids} เช่น "${n}", "ตัวชี้วัดที่ ${toThaiDigits(n)}"${th}`,
    `an indicator number ${ids}, e.g. "${n}", "ตัวชี้วัดที่ ${toThaiDigits(n)}"${en}`,
  );
});

/** Thai indicator names are written with and without the leading "การ". */
function nameKey(s: string): string {
  const k = normalizeKey(s);
  return k.startsWith('การ') ? k.slice(3) : k;
}

/** Each indicator's name and aliases as nameKeys, once per indicator list rather than per cell. */
const aliasKeys = perIndicatorList((indicators) =>
  indicators.flatMap((ind) =>
    [ind.name.th, ind.name.en, ...ind.aliases].map((alias) => ({ id: ind.id, key: nameKey(alias) })),
  ),
);

/** The indicator whose name or alias is the text, or (longest) starts it; undefined if none or ambiguous. */
function matchIndicatorName(
  text: string,
  indicators: readonly IndicatorNames[],
  exactOnly = false,
): number | undefined {
  const key = nameKey(text);
  if (key === '') return undefined;
  let best: { id: number; len: number; exact: boolean } | undefined;
  let ambiguous = false;
  for (const { id, key: c } of aliasKeys(indicators)) {
    const exact = c === key;
    if (c === '' || !key.startsWith(c) || (exactOnly && !exact)) continue;
    if (!best || (exact && !best.exact) || (exact === best.exact && c.length > best.len)) {
      ambiguous = false;
      best = { id, len: c.length, exact };
    } else if (exact === best.exact && c.length === best.len && id !== best.id) {
      ambiguous = true;
    }
  }
  return best && !ambiguous ? best.id : undefined;
}

const INDICATOR_PREFIX = /^(?:ตัวชี้วัด(?:ที่)?|indicators?(?![a-z])|ind\.?(?![a-z]))\s*(?:no\.?|#)?\s*/i;

/**
 * An indicator: 6, "๖", "ตัวชี้วัดที่ ๖", "6. คุณภาพการดำเนินงาน", "Indicator 6", or a name or alias.
 * A number with a label that names another indicator fails; a label that names nothing known
 * (e.g. a variant spelling) is accepted, the number decides.
 */
export function parseIndicatorRef(v: unknown, indicators: readonly IndicatorNames[]): Parsed<number> {
  const expected = indicatorExpected(indicators);
  const known = (id: number) => indicators.some((i) => i.id === id);
  const notInList = because(expected, bi('ไม่มีตัวชี้วัดเลขนี้', 'there is no indicator with this number'));
  if (isBlank(v)) return fail('', expected);
  if (typeof v === 'number') {
    if (!Number.isInteger(v)) return fail(v, expected);
    return known(v) ? ok(v) : fail(v, notInList);
  }
  if (typeof v !== 'string') return fail(v, expected);
  const text = clean(v).replace(INDICATOR_PREFIX, '');
  const m = /^(\d+)(.*)$/s.exec(text);
  if (!m) {
    const id = matchIndicatorName(text, indicators);
    return id === undefined ? fail(v, expected) : ok(id);
  }
  const id = Number(m[1]);
  if (/^[.,]\d/.test(m[2])) {
    return fail(
      v,
      because(
        expected,
        bi('ใช้เลขตัวชี้วัดเต็ม ไม่ใช่ตัวชี้วัดย่อยหรือหลายตัว', 'a whole indicator number, not a sub-indicator or a list'),
      ),
    );
  }
  if (!known(id)) return fail(v, notInList);
  const label = m[2].replace(/^[\s.):\-–—]+/, '');
  if (label === '') return ok(id);
  const named = matchIndicatorName(label, indicators);
  if (named !== undefined && named !== id) {
    return fail(
      v,
      bi(
        `เลขและชื่อตัวชี้วัดที่ตรงกัน — "${label}" คือตัวชี้วัดที่ ${named} ไม่ใช่ ${id}`,
        `an indicator number and name that agree — "${label}" is indicator ${named}, not ${id}`,
      ),
    );
  }
  // A label naming nothing known is accepted unless it looks like more numbers ("4 5", "4 และ 5").
  if (named === undefined && (/\d/.test(label) || /^(?:และ|หรือ|ถึง|(?:and|or|to)(?![a-z]))/i.test(label))) {
    return fail(v, because(expected, bi('ระบุตัวชี้วัดเดียว', 'a single indicator')));
  }
  return ok(id);
}

const ITEM_EXPECTED = bi(
  'รหัสข้อ เช่น O7, I12 หรือ E3 (ตัวอักษร I, E หรือ O ตามด้วยเลขข้อ)',
  'an item code, e.g. O7, I12 or E3 (the letter I, E or O followed by the item number)',
);

/** An item code: "O7", "o7", "O๗", "O 7", "O07", "O7 ข่าวประชาสัมพันธ์" → "O7". Framework membership is checked elsewhere. */
export function parseItemCode(v: unknown): Parsed<string> {
  if (isBlank(v)) return fail('', ITEM_EXPECTED);
  if (typeof v !== 'string') return fail(v, ITEM_EXPECTED);
  const text = clean(v).replace(/^(?:ข้อ|รหัส|item|code)\s*/i, '');
  const m = /^([ieo])\s*-?\s*(\d{1,3})(?![\d.]*\d)(.*)$/is.exec(text);
  if (!m || /^[a-z0-9]/i.test(m[3]) || Number(m[2]) === 0) {
    const zero = /^0\s*\d/.test(text);
    return fail(
      v,
      zero
        ? because(ITEM_EXPECTED, bi('ใช้ตัวอักษร O ไม่ใช่เลขศูนย์', 'use the letter O, not the digit zero'))
        : ITEM_EXPECTED,
    );
  }
  return ok(`${m[1].toUpperCase()}${Number(m[2])}`);
}

const indicatorListExpected = perIndicatorList((indicators): Bilingual =>
  bi(
    `ตัวชี้วัด ${formatIds(indicators.map((i) => i.id))} หรือรหัสข้อ เช่น "4", "ตัวชี้วัดที่ ๔, ๕", "4-6", "E1", "O12, O13"`,
    `indicators ${formatIds(indicators.map((i) => i.id))} or item codes, e.g. "4", "ตัวชี้วัดที่ ๔, ๕", "4-6", "E1", "O12, O13"`,
  ),
);

/**
 * The indicators a measure serves: "4", "ตัวชี้วัดที่ ๔, ๕", "4 และ 5", "4-6", "E1", "O12, O13",
 * "O1-O9", names. Item codes go through itemToIndicator. Sorted unique ids; any unreadable part fails.
 */
export function parseIndicatorList(
  v: unknown,
  indicators: readonly IndicatorNames[],
  itemToIndicator: (code: string) => number | undefined,
): Parsed<number[]> {
  const expected = indicatorListExpected(indicators);
  if (isBlank(v)) return fail('', expected);
  if (typeof v === 'number') {
    const one = parseIndicatorRef(v, indicators);
    return one.ok ? ok([one.value]) : one;
  }
  if (typeof v !== 'string') return fail(v, expected);
  const text = clean(v);
  const whole = matchIndicatorName(text.replace(INDICATOR_PREFIX, ''), indicators, true);
  if (whole !== undefined) return ok([whole]); // a name that itself contains "และ" or a comma

  const ids: number[] = [];
  const bad = (part: string, why: Bilingual): Parsed<number[]> =>
    fail(v, because(expected, bi(`อ่าน "${part}" ไม่ได้: ${why.th}`, `cannot read "${part}": ${why.en}`)));
  const item = (letter: string, n: number): Bilingual | undefined => {
    const code = `${letter.toUpperCase()}${n}`;
    const id = itemToIndicator(code);
    if (id === undefined) return bi(`ไม่มีข้อ ${code} ในกรอบการประเมินปีนี้`, `item ${code} is not in this year's framework`);
    ids.push(id);
    return undefined;
  };
  const DASH = String.raw`\s*(?:-|–|—|ถึง|to)\s*`;
  // "and" / "&" as a word become a comma first: no regex lookbehind, which WebKit before 16.4 lacks.
  const listed = text.replace(/(^|[^a-z])(?:and|&)(?![a-z])/gi, '$1,');
  for (const raw of listed.split(/\s*(?:[,;，、]|และ|\+)\s*/)) {
    const part = raw.replace(INDICATOR_PREFIX, '').trim();
    if (part === '') continue;
    const range = new RegExp(`^(\\d+)${DASH}(\\d+)$`, 'i').exec(part);
    const itemRange = new RegExp(`^([ieo])\\s*(\\d+)${DASH}(?:\\1\\s*)?(\\d+)$`, 'i').exec(part);
    if (range || itemRange) {
      const [from, to] = range ? [Number(range[1]), Number(range[2])] : [Number(itemRange![2]), Number(itemRange![3])];
      if (from > to || to - from > 100)
        return bad(part, bi('ช่วงต้องเรียงจากน้อยไปมาก', 'a range must go from low to high'));
      for (let n = from; n <= to; n++) {
        if (itemRange) {
          const why = item(itemRange[1], n);
          if (why) return bad(part, why);
        } else {
          const one = parseIndicatorRef(n, indicators);
          if (!one.ok) return bad(part, one.expected);
          ids.push(one.value);
        }
      }
      continue;
    }
    const code = parseItemCode(part);
    if (code.ok) {
      const why = item(code.value[0], Number(code.value.slice(1)));
      if (why) return bad(part, why);
      continue;
    }
    const one = parseIndicatorRef(raw, indicators);
    if (!one.ok) return bad(part, one.expected);
    ids.push(one.value);
  }
  if (ids.length === 0) return fail(v, expected);
  return ok([...new Set(ids)].sort((a, b) => a - b));
}

// ─────────────────────────────── years ───────────────────────────────

export interface FiscalYear {
  /** Buddhist Era year (พ.ศ.) in which the fiscal year ends. */
  be: number;
  /** The same year in the Common Era: be − 543. */
  ce: number;
}

const BE_MIN = 2500;
const BE_MAX = 2700;

const YEAR_EXPECTED = bi(
  `ปี พ.ศ. ${BE_MIN}–${BE_MAX} เช่น 2566, "๒๕๖๖", "ปีงบประมาณ พ.ศ. ๒๕๖๖" หรือ ค.ศ. เช่น 2023`,
  `a year, Buddhist Era ${BE_MIN}–${BE_MAX} (e.g. 2566, "ปีงบประมาณ พ.ศ. ๒๕๖๖") or Common Era (e.g. 2023, "FY2023")`,
);

/**
 * The C.E. year of a written year: four digits ≥ 2400 are B.E., 1900–2399 C.E.; two digits are
 * B.E. (64 → 2564) unless the text says C.E. (ค.ศ., FY, AD). Undefined outside B.E. 2500–2700.
 */
function ceYear(n: number, digits: number, ceHint: boolean): number | undefined {
  let ce: number | undefined;
  if (digits <= 2) ce = ceHint ? 2000 + n : 2500 + n - 543;
  else if (digits === 4 && n >= 2400) ce = n - 543;
  else if (digits === 4 && n >= 1900) ce = n;
  return ce !== undefined && ce + 543 >= BE_MIN && ce + 543 <= BE_MAX ? ce : undefined;
}

function fiscalYear(ce: number): FiscalYear {
  return { be: ce + 543, ce };
}

/** Fiscal year N (B.E.) runs 1 Oct (N−1) to 30 Sep N: 2566 → 2022-10-01..2023-09-30. */
export function fiscalYearRange(fy: FiscalYear): { start: IsoDate; end: IsoDate } {
  const ce = fy.be - 543;
  return { start: `${ce - 1}-10-01`, end: `${ce}-09-30` };
}

// ─────────────────────────────── tokens for years, dates, periods ───────────────────────────────

/** Month names as typed: Thai abbreviations (dots and spaces optional), Thai full and short names, English. */
export const MONTH_NAMES: readonly (readonly string[])[] = [
  ['ม.ค.', 'มกราคม', 'มกรา', 'january', 'jan'],
  ['ก.พ.', 'กุมภาพันธ์', 'กุมภา', 'february', 'feb'],
  ['มี.ค.', 'มีนาคม', 'มีนา', 'march', 'mar'],
  ['เม.ย.', 'เมษายน', 'เมษา', 'april', 'apr'],
  ['พ.ค.', 'พฤษภาคม', 'พฤษภา', 'may'],
  ['มิ.ย.', 'มิถุนายน', 'มิถุนา', 'june', 'jun'],
  ['ก.ค.', 'กรกฎาคม', 'กรกฏาคม', 'กรกฎา', 'กรกฏา', 'july', 'jul'],
  ['ส.ค.', 'สิงหาคม', 'สิงหา', 'august', 'aug'],
  ['ก.ย.', 'กันยายน', 'กันยา', 'september', 'sept', 'sep'],
  ['ต.ค.', 'ตุลาคม', 'ตุลา', 'october', 'oct'],
  ['พ.ย.', 'พฤศจิกายน', 'พฤศจิกา', 'november', 'nov'],
  ['ธ.ค.', 'ธันวาคม', 'ธันวา', 'december', 'dec'],
];

type WordKind = 'fy' | 'fy-ce' | 'whole' | 'ce' | 'skip';

/** Words around years and periods. "พ.ศ." is skipped: B.E. is the default. */
const PERIOD_WORDS: ReadonlyArray<readonly [string, WordKind]> = [
  ['ตลอดทั้งปีงบประมาณ', 'whole'],
  ['ตลอดปีงบประมาณ', 'whole'],
  ['ทั้งปีงบประมาณ', 'whole'],
  ['ตลอดทั้งปี', 'whole'],
  ['ตลอดปีงบ', 'whole'],
  ['ตลอดปี', 'whole'],
  ['ทั้งปี', 'whole'],
  ['ประจำปีงบประมาณ', 'fy'],
  ['ปีงบประมาณ', 'fy'],
  ['ปีงบ', 'fy'],
  ['ปี', 'fy'],
  ['fiscal year', 'fy-ce'],
  ['budget year', 'fy-ce'],
  ['fy', 'fy-ce'],
  ['พ.ศ.', 'skip'],
  ['พ.ศ', 'skip'],
  ['พศ', 'skip'],
  ['b.e.', 'skip'],
  ['ค.ศ.', 'ce'],
  ['ค.ศ', 'ce'],
  ['คศ', 'ce'],
  ['c.e.', 'ce'],
  ['a.d.', 'ce'],
  ['วันที่', 'skip'],
  ['ตั้งแต่', 'skip'],
  ['เดือน', 'skip'],
  ['ช่วง', 'skip'],
  ['ระหว่าง', 'skip'],
  ['ภายใน', 'skip'],
  ['from', 'skip'],
  ['within', 'skip'],
  ['by', 'skip'],
];

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MONTH_BY_KEY = new Map<string, number>();
const MONTH_RE = (() => {
  const alts: string[] = [];
  MONTH_NAMES.forEach((names, i) =>
    names.forEach((name) => {
      MONTH_BY_KEY.set(name.replace(/[.\s]/g, ''), i + 1);
      alts.push(
        name.includes('.')
          ? name.split('.').filter(Boolean).map(escapeRe).join('\\.?\\s*') + '\\.?'
          : /[a-z]/.test(name)
            ? `${escapeRe(name)}\\.?(?![a-z])`
            : escapeRe(name),
      );
    }),
  );
  return new RegExp(`(?:${alts.sort((a, b) => b.length - a.length).join('|')})`, 'y');
})();
const WORD_RE = new RegExp(
  `(?:${[...PERIOD_WORDS]
    .sort((a, b) => b[0].length - a[0].length)
    .map(([w]) => escapeRe(w) + (/[a-z]$/.test(w) ? '(?![a-z])' : ''))
    .join('|')})`,
  'y',
);

type Tok =
  | { k: 'num'; n: number; digits: number }
  | { k: 'month'; m: number }
  | { k: 'date'; y: number; yDigits: number; m: number; d: number }
  | { k: 'sep' }
  | { k: WordKind };

/** Splits cleaned, lower-cased text into tokens, or returns the first text it cannot read. */
function tokenize(text: string): Tok[] | { unread: string } {
  const s = clean(text).toLowerCase();
  const toks: Tok[] = [];
  const at = (re: RegExp, i: number) => ((re.lastIndex = i), re.exec(s));
  const SKIP = /[\s,()[\].]+/y;
  const ISO = /(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/y;
  const DMY = /(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})(?!\d)/y;
  const NUM = /\d+/y;
  const SEP = /(?:-|–|—|‒|−|~|ถึง|to(?![a-z]))/y;
  for (let i = 0; i < s.length;) {
    let m: RegExpExecArray | null;
    if ((m = at(SKIP, i))) {
      /* spaces, commas, brackets, stray dots */
    } else if ((m = at(ISO, i))) toks.push({ k: 'date', y: +m[1], yDigits: 4, m: +m[2], d: +m[3] });
    else if ((m = at(DMY, i))) toks.push({ k: 'date', y: +m[3], yDigits: m[3].length, m: +m[2], d: +m[1] });
    else if ((m = at(NUM, i))) toks.push({ k: 'num', n: +m[0], digits: m[0].length });
    else if ((m = at(SEP, i))) toks.push({ k: 'sep' });
    else if ((m = at(WORD_RE, i))) {
      const kind = PERIOD_WORDS.find(([w]) => w === m![0])![1];
      if (kind === 'fy-ce') toks.push({ k: 'fy' }, { k: 'ce' });
      else if (kind !== 'skip') toks.push({ k: kind });
    } else if ((m = at(MONTH_RE, i))) toks.push({ k: 'month', m: MONTH_BY_KEY.get(m[0].replace(/[.\s]/g, ''))! });
    else return { unread: s.slice(i) };
    i += m[0].length;
  }
  return toks;
}

function yearsOnly(toks: readonly Tok[]): Tok[] | undefined {
  const rest = toks.filter((t) => t.k !== 'fy' && t.k !== 'ce');
  return rest.every((t) => t.k === 'num' || t.k === 'sep') ? rest : undefined;
}

/** A fiscal or calendar year: 2565, "๒๕๖๕", "พ.ศ. 2565", "ปีงบประมาณ พ.ศ. ๒๕๖๖", "2022", "ค.ศ. 2022", "FY2023". */
export function parseYear(v: unknown): Parsed<FiscalYear> {
  if (isBlank(v)) return fail('', YEAR_EXPECTED);
  let n: number;
  let digits: number;
  let ceHint = false;
  if (typeof v === 'number') {
    if (!Number.isInteger(v) || v < 0) return fail(v, YEAR_EXPECTED);
    [n, digits] = [v, String(v).length];
  } else if (typeof v === 'string') {
    const toks = tokenize(v);
    const rest = Array.isArray(toks) ? yearsOnly(toks) : undefined;
    if (!Array.isArray(toks) || !rest || rest.length !== 1 || rest[0].k !== 'num') return fail(v, YEAR_EXPECTED);
    [n, digits, ceHint] = [rest[0].n, rest[0].digits, toks.some((t) => t.k === 'ce')];
  } else return fail(v, YEAR_EXPECTED);
  const ce = ceYear(n, digits, ceHint);
  return ce === undefined
    ? fail(v, because(YEAR_EXPECTED, bi('ปีนี้อยู่นอกช่วงที่เป็นไปได้', 'this year is out of the plausible range')))
    : ok(fiscalYear(ce));
}

const YEAR_RANGE_EXPECTED = bi(
  'ปีงบประมาณเดียว หรือช่วงปี เช่น "2565-2567" หรือ "ปีงบประมาณ ๒๕๖๖ – ๒๕๗๐"',
  'a fiscal year or a range of years, e.g. "2565-2567" or "ปีงบประมาณ ๒๕๖๖ – ๒๕๗๐"',
);

/** "2565-2567", "ปีงบประมาณ 2566 – 2570", or a single year (from = to). */
export function parseFiscalYearRange(v: unknown): Parsed<{ from: FiscalYear; to: FiscalYear }> {
  if (isBlank(v)) return fail('', YEAR_RANGE_EXPECTED);
  if (typeof v === 'number') {
    const y = parseYear(v);
    return y.ok ? ok({ from: y.value, to: y.value }) : y;
  }
  if (typeof v !== 'string') return fail(v, YEAR_RANGE_EXPECTED);
  const toks = tokenize(v);
  const rest = Array.isArray(toks) ? yearsOnly(toks) : undefined;
  const shape = rest?.map((t) => t.k).join(' ');
  if (!Array.isArray(toks) || !rest || (shape !== 'num' && shape !== 'num sep num'))
    return fail(v, YEAR_RANGE_EXPECTED);
  const ceHint = toks.some((t) => t.k === 'ce');
  const years = rest
    .filter((t): t is Extract<Tok, { k: 'num' }> => t.k === 'num')
    .map((t) => ceYear(t.n, t.digits, ceHint));
  if (years.some((y) => y === undefined)) {
    return fail(
      v,
      because(YEAR_RANGE_EXPECTED, bi(`ปี พ.ศ. ${BE_MIN}–${BE_MAX}`, `years within B.E. ${BE_MIN}–${BE_MAX}`)),
    );
  }
  const [from, to] = [years[0]!, years[years.length - 1]!];
  if (from > to)
    return fail(v, because(YEAR_RANGE_EXPECTED, bi('ปีแรกต้องไม่หลังปีสุดท้าย', 'the first year must not be after the last')));
  return ok({ from: fiscalYear(from), to: fiscalYear(to) });
}

// ─────────────────────────────── dates and periods ───────────────────────────────

export interface Period {
  start: IsoDate;
  end: IsoDate;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): IsoDate => `${y}-${pad(m)}-${pad(d)}`;

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** Excel serial dates from this number on are read as dates (20000 = 1954-10-03). */
const SERIAL_MIN = 20000;
const SERIAL_MAX = 2958465; // 9999-12-31

function dateFromSerial(n: number): IsoDate {
  // Serial 25569 is 1970-01-01; serials above 60 are past Excel's 1900 leap-year bug.
  return new Date(Math.round((Math.floor(n) - 25569) * 86400000)).toISOString().slice(0, 10);
}

function dateFromJs(d: Date): IsoDate | undefined {
  return Number.isNaN(d.getTime()) ? undefined : iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** One side of a period, before the year is settled. */
type End =
  | { k: 'fy'; ce: number }
  | { k: 'whole'; ce?: number }
  | { k: 'bare'; n: number; digits: number } // a lone number: a day or a year, decided by the other side
  | { k: 'month'; y?: number; m: number; d?: number }; // with d: a day

type Why = { why: Bilingual };

const WHY_YEAR = bi(
  `ปี พ.ศ. ${BE_MIN}–${BE_MAX} (ปีสองหลักเป็น พ.ศ. เช่น 64 = 2564)`,
  `a year within B.E. ${BE_MIN}–${BE_MAX} (two-digit years are B.E.: 64 = 2564)`,
);

function readEnd(toks: readonly Tok[], ceHint: boolean, anyFy: boolean): End | Why | undefined {
  const rest = toks.filter((t) => t.k !== 'fy' && t.k !== 'ce');
  const shape = rest.map((t) => t.k).join(' ');
  const year = (t: Tok): number | Why => {
    const ce = t.k === 'num' ? ceYear(t.n, t.digits, ceHint) : undefined;
    return ce ?? { why: WHY_YEAR };
  };
  if (rest.some((t) => t.k === 'whole')) {
    if (shape === 'whole') return { k: 'whole' };
    if (shape === 'whole num') {
      const y = year(rest[1]);
      return typeof y === 'number' ? { k: 'whole', ce: y } : y;
    }
    return undefined;
  }
  const [a, b, c] = rest;
  if (shape === '' && anyFy) return { k: 'whole' };
  if (shape === 'num' && a.k === 'num') {
    if (!anyFy) return { k: 'bare', n: a.n, digits: a.digits };
    const y = year(a);
    return typeof y === 'number' ? { k: 'fy', ce: y } : y;
  }
  if (shape === 'date' && a.k === 'date') {
    const y = ceYear(a.y, a.yDigits, ceHint);
    return y === undefined ? { why: WHY_YEAR } : { k: 'month', y, m: a.m, d: a.d };
  }
  if ((shape === 'month' || shape === 'month num') && a.k === 'month') {
    if (!b) return { k: 'month', m: a.m };
    const y = year(b);
    return typeof y === 'number' ? { k: 'month', y, m: a.m } : y;
  }
  if ((shape === 'num month' || shape === 'num month num') && a.k === 'num' && a.digits <= 2 && b.k === 'month') {
    if (!c) return { k: 'month', m: b.m, d: a.n };
    const y = year(c);
    return typeof y === 'number' ? { k: 'month', y, m: b.m, d: a.n } : y;
  }
  return undefined;
}

const PERIOD_EXPECTED = bi(
  'ช่วงเวลา เช่น "ต.ค.64-มี.ค.65", "ม.ค. - เม.ย.๖๘", "ปีงบประมาณ ๒๕๖๖", "ก.ย. 2566" หรือวันที่ "30 ก.ย. 2566"',
  'a period, e.g. "ต.ค.64-มี.ค.65" (Oct 2021–Mar 2022), "ม.ค. - เม.ย.๖๘", "ปีงบประมาณ ๒๕๖๖" (fiscal year), "ก.ย. 2566" or a date "30 ก.ย. 2566"',
);
const NEEDS_YEAR = bi(
  'ระบุปี เช่น "ก.ย. 66" หรือ "ก.ย. 2566" (ยังไม่ได้กำหนดปีงบประมาณให้อนุมานได้)',
  'give the year, e.g. "ก.ย. 66" or "ก.ย. 2566" (no fiscal year is set to infer it from)',
);
const NEEDS_FISCAL_YEAR = bi(
  'ระบุปีงบประมาณ เช่น "ตลอดปีงบประมาณ ๒๕๖๖" หรือกำหนดปีงบประมาณในแผ่นงานตั้งค่า',
  'give the fiscal year, e.g. "ตลอดปีงบประมาณ ๒๕๖๖", or set the fiscal year in the Settings sheet',
);

/**
 * A period: "ต.ค.64-มี.ค.65", "ม.ค. - เม.ย.๖๘", "ปีงบประมาณ ๒๕๖๖", "ปีงบประมาณ 2566-2567",
 * "ก.ย. 2566", "ตุลาคม 2565", "30 ก.ย. 2566", "30/09/2566", "2023-09-30", "1 ต.ค. 65 - 31 มี.ค. 66",
 * a JS Date or Excel serial date (one day), "ตลอดปีงบประมาณ" (needs fiscalYear).
 *
 * Years: two digits are B.E. A side without a year takes the other side's year (the start goes
 * back a year if its month comes after the end's); with neither, months fall inside fiscalYear.
 */
export function parsePeriod(v: unknown, fiscalYear?: FiscalYear): Parsed<Period> {
  if (isBlank(v)) return fail('', PERIOD_EXPECTED);
  if (v instanceof Date) {
    const d = dateFromJs(v);
    return d ? ok({ start: d, end: d }) : fail('Invalid Date', PERIOD_EXPECTED);
  }
  if (typeof v === 'number') {
    if (v >= SERIAL_MIN && v <= SERIAL_MAX) {
      const d = dateFromSerial(v);
      return ok({ start: d, end: d });
    }
    const y = Number.isInteger(v) ? parseYear(v) : undefined;
    return y?.ok ? ok(fiscalYearRange(y.value)) : fail(v, PERIOD_EXPECTED);
  }
  if (typeof v !== 'string') return fail(v, PERIOD_EXPECTED);

  const toks = tokenize(v);
  if (!Array.isArray(toks)) {
    return fail(v, because(PERIOD_EXPECTED, bi(`อ่าน "${toks.unread}" ไม่ได้`, `cannot read "${toks.unread}"`)));
  }
  const ceHint = toks.some((t) => t.k === 'ce');
  const anyFy = toks.some((t) => t.k === 'fy');
  const cut = toks.findIndex((t) => t.k === 'sep');
  const sides = cut < 0 ? [toks] : [toks.slice(0, cut), toks.slice(cut + 1)];
  const ends = sides.map((side) => readEnd(side, ceHint, anyFy));
  for (const e of ends) {
    if (e === undefined) return fail(v, PERIOD_EXPECTED);
    if ('why' in e) return fail(v, because(PERIOD_EXPECTED, e.why));
  }
  const [a, b] = ends as End[];
  const fyRange = (ce: number) => fiscalYearRange({ be: ce + 543, ce });
  const yearOfBare = (e: End): number | Why | undefined =>
    e.k === 'fy' ? e.ce : e.k === 'bare' ? (ceYear(e.n, e.digits, ceHint) ?? { why: WHY_YEAR }) : undefined;

  // Whole fiscal years: "ปีงบประมาณ 2566", "2566", "ตลอดปีงบประมาณ", "ปีงบประมาณ 2566-2567".
  if (a.k === 'whole' && !b) {
    const ce = a.ce ?? fiscalYear?.ce;
    return ce === undefined ? fail(v, NEEDS_FISCAL_YEAR) : ok(fyRange(ce));
  }
  if ((a.k === 'fy' || (a.k === 'bare' && a.digits === 4)) && (!b || b.k === 'fy' || b.k === 'bare')) {
    const [from, to] = [yearOfBare(a), yearOfBare(b ?? a)];
    if (typeof from !== 'number') return fail(v, from ? because(PERIOD_EXPECTED, from.why) : PERIOD_EXPECTED);
    if (typeof to !== 'number') return fail(v, to ? because(PERIOD_EXPECTED, to.why) : PERIOD_EXPECTED);
    return checkOrder(v, { start: fyRange(from).start, end: fyRange(to).end });
  }

  // Months and days.
  type Md = { y?: number; m: number; d?: number };
  let start: Md;
  let end: Md;
  if (!b) {
    if (a.k !== 'month') return fail(v, PERIOD_EXPECTED);
    start = end = a;
  } else if (b.k === 'month' && b.d !== undefined && a.k === 'bare' && a.digits <= 2) {
    start = { y: b.y, m: b.m, d: a.n }; // "1-15 ต.ค. 65"
    end = b;
  } else if (a.k === 'month' && b.k === 'month') {
    [start, end] = [a, b];
  } else return fail(v, PERIOD_EXPECTED);

  if (start.y === undefined && end.y !== undefined) start = { ...start, y: start.m > end.m ? end.y - 1 : end.y };
  if (end.y === undefined && start.y !== undefined) end = { ...end, y: end.m < start.m ? start.y + 1 : start.y };
  const inFy = (m: number) => (fiscalYear ? (m >= 10 ? fiscalYear.ce - 1 : fiscalYear.ce) : undefined);
  const ys = start.y ?? inFy(start.m);
  const ye = end.y ?? inFy(end.m);
  if (ys === undefined || ye === undefined) return fail(v, NEEDS_YEAR);
  for (const [y, md] of [
    [ys, start],
    [ye, end],
  ] as const) {
    if (md.m < 1 || md.m > 12) return fail(v, because(PERIOD_EXPECTED, bi('เดือน 1–12', 'a month from 1 to 12')));
    if (md.d !== undefined && (md.d < 1 || md.d > daysInMonth(y, md.m))) {
      return fail(
        v,
        because(
          PERIOD_EXPECTED,
          bi(
            `วันที่ที่มีจริง (เดือนนี้มี ${daysInMonth(y, md.m)} วัน)`,
            `a real day (this month has ${daysInMonth(y, md.m)} days)`,
          ),
        ),
      );
    }
  }
  return checkOrder(v, { start: iso(ys, start.m, start.d ?? 1), end: iso(ye, end.m, end.d ?? daysInMonth(ye, end.m)) });
}

function checkOrder(v: unknown, p: Period): Parsed<Period> {
  if (p.start <= p.end) return ok(p);
  return fail(
    v,
    because(
      PERIOD_EXPECTED,
      bi(
        `วันสิ้นสุดต้องไม่ก่อนวันเริ่มต้น (อ่านได้ ${p.start} ถึง ${p.end})`,
        `the end must not be before the start (read as ${p.start} to ${p.end})`,
      ),
    ),
  );
}

const DATE_EXPECTED = bi(
  'วันที่ เช่น "21 พ.ย. 2569", "21/11/2569" หรือ "2026-11-21"',
  'a date, e.g. "21 พ.ย. 2569", "21/11/2569", "2026-11-21" or "21 Nov 2026"',
);

/** One day: a JS Date, an Excel serial date, "2026-11-21", "21/11/2569", "21 พ.ย. 2569", "21 พฤศจิกายน ๒๕๖๙", "21 Nov 2026". */
export function parseDate(v: unknown): Parsed<IsoDate> {
  if (isBlank(v)) return fail('', DATE_EXPECTED);
  if (v instanceof Date) {
    const d = dateFromJs(v);
    return d ? ok(d) : fail('Invalid Date', DATE_EXPECTED);
  }
  if (typeof v === 'number') return v >= SERIAL_MIN && v <= SERIAL_MAX ? ok(dateFromSerial(v)) : fail(v, DATE_EXPECTED);
  if (typeof v !== 'string') return fail(v, DATE_EXPECTED);
  const toks = tokenize(v);
  const end =
    Array.isArray(toks) && !toks.some((t) => t.k === 'sep')
      ? readEnd(
          toks,
          toks.some((t) => t.k === 'ce'),
          false,
        )
      : undefined;
  if (!end || 'why' in end) return fail(v, end ? because(DATE_EXPECTED, end.why) : DATE_EXPECTED);
  if (end.k !== 'month' || end.d === undefined) return fail(v, DATE_EXPECTED);
  if (end.y === undefined) return fail(v, because(DATE_EXPECTED, bi('ระบุปี', 'give the year')));
  if (end.m < 1 || end.m > 12 || end.d < 1 || end.d > daysInMonth(end.y, end.m)) {
    return fail(v, because(DATE_EXPECTED, bi('วันที่ที่มีจริง', 'a day that exists')));
  }
  return ok(iso(end.y, end.m, end.d));
}

// ─────────────────────────────── status ───────────────────────────────

export type MeasureStatus = 'done' | 'in-progress' | 'not-started';

/** Checked in this order: "ยังไม่ได้ดำเนินการ" contains "ดำเนินการ", "ดำเนินการแล้วบางส่วน" contains "ดำเนินการแล้ว". */
const STATUS_WORDS: ReadonlyArray<readonly [MeasureStatus, readonly string[]]> = [
  [
    'not-started',
    [
      'ยังไม่ได้ดำเนินการ',
      'ยังไม่ดำเนินการ',
      'ไม่ได้ดำเนินการ',
      'ไม่ดำเนินการ',
      'ยังไม่ได้เริ่ม',
      'ยังไม่เริ่ม',
      'not started',
      'not yet started',
      'not done',
      'todo',
      'to do',
      '✗',
      '✘',
      '×',
    ],
  ],
  [
    'in-progress',
    [
      'อยู่ระหว่างดำเนินการ',
      'ระหว่างดำเนินการ',
      'กำลังดำเนินการ',
      'อยู่ระหว่าง',
      'ยังไม่แล้วเสร็จ',
      'ไม่แล้วเสร็จ',
      'ยังไม่เสร็จ',
      'ไม่เสร็จ',
      'บางส่วน',
      'in progress',
      'ongoing',
      'on going',
      'incomplete',
      'not completed',
      'not complete',
      'not finished',
      'unfinished',
      'partial',
      'partly',
      'under way',
      'started',
      'wip',
    ],
  ],
  [
    'done',
    [
      'ดำเนินการแล้วเสร็จ',
      'ดำเนินการแล้ว',
      'แล้วเสร็จ',
      'เสร็จสิ้น',
      'เสร็จแล้ว',
      'เสร็จ',
      'เรียบร้อย',
      'done',
      'completed',
      'complete',
      'finished',
      '✓',
      '✔',
      '☑',
    ],
  ],
];

/** The words read as a status, lower-case as typed (a live COUNTIF counts cells that hold exactly one of them). */
export function statusWords(s: MeasureStatus): readonly string[] {
  return STATUS_WORDS.find(([status]) => status === s)![1];
}

const STATUS_LABELS: Record<MeasureStatus, Bilingual> = {
  done: bi('ดำเนินการแล้วเสร็จ', 'Done'),
  'in-progress': bi('อยู่ระหว่างดำเนินการ', 'In progress'),
  'not-started': bi('ยังไม่ได้ดำเนินการ', 'Not started'),
};

export function statusLabel(s: MeasureStatus): Bilingual {
  return STATUS_LABELS[s];
}

const STATUS_EXPECTED = bi(
  'สถานะ เช่น "ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ", "ยังไม่ได้ดำเนินการ" หรือร้อยละความก้าวหน้า เช่น "50%"',
  'a status, e.g. "done", "in progress", "not started" (or the Thai words) or a progress percentage, e.g. "50%"',
);

function statusFromPercent(n: number, v: unknown, hasPercentSign: boolean): Parsed<MeasureStatus> {
  if (!(n >= 0 && n <= 100)) return fail(v, because(STATUS_EXPECTED, bi('ร้อยละ 0–100', 'a percentage from 0 to 100')));
  if (n === 1 && !hasPercentSign) {
    return fail(
      v,
      because(
        STATUS_EXPECTED,
        bi('1 อาจหมายถึง 1% หรือ 100% — พิมพ์ "1%" หรือ "100%"', '1 may mean 1% or 100% — type "1%" or "100%"'),
      ),
    );
  }
  return ok(n === 0 ? 'not-started' : n === 100 ? 'done' : 'in-progress');
}

const STATUS_KEYS = STATUS_WORDS.map(([status, words]) => [status, words.map(normalizeKey)] as const);

/**
 * A measure's status: Thai or English words, ✓, or a progress percentage (0% not started,
 * 100% done, between: in progress). A pasted check-box list (seed 000: "☑ ดำเนินการแล้วเสร็จ
 * ☐ ยังไม่ได้ดำเนินการ ☐ อยู่ระหว่างดำเนินการ") is read by its one checked box.
 */
export function parseStatus(v: unknown): Parsed<MeasureStatus> {
  if (isBlank(v)) return fail('', STATUS_EXPECTED);
  if (typeof v === 'number') return Number.isFinite(v) ? statusFromPercent(v, v, false) : fail(v, STATUS_EXPECTED);
  if (typeof v !== 'string') return fail(v, STATUS_EXPECTED);
  let text = clean(v);
  const percent = /^(?:ร้อยละ\s*)?([^%]+?)\s*(%?)$/.exec(text);
  const n = percent ? numberFromText(percent[1]) : undefined;
  if (percent && n !== undefined) return statusFromPercent(n, v, percent[2] === '%' || text.startsWith('ร้อยละ'));
  if (/[☐□]/.test(text)) {
    const checked = text.split(/(?=[☐□☑☒✓✔■▣])/).filter((p) => /^[☑☒✓✔■▣]/.test(p));
    if (checked.length !== 1) return fail(v, because(STATUS_EXPECTED, bi('เลือกช่องเดียว', 'exactly one box checked')));
    text = checked[0].slice(1);
  }
  const key = normalizeKey(text);
  if (key !== '') {
    for (const [status, keys] of STATUS_KEYS) {
      if (keys.some((k) => key.includes(k))) return ok(status);
    }
  }
  return fail(v, STATUS_EXPECTED);
}

// ─────────────────────────────── published (yes/no) ───────────────────────────────

/** Words read as "published", lower-case as typed in cells (an Excel formula matches LOWER(TRIM(cell)) against these). */
export const PUBLISHED_YES_WORDS: readonly string[] = [
  'มี',
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

const URL_EXPECTED = bi(
  'ที่อยู่เว็บที่ขึ้นต้นด้วย http:// หรือ https:// เช่น "https://www.example.go.th/ita" (ไม่มีช่องว่าง)',
  'a web address starting with http:// or https://, e.g. "https://www.example.go.th/ita" (no spaces)',
);
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}-]*[\p{L}\p{N}\p{M}])?`;
const HOST = String.raw`(?:localhost|\d{1,3}(?:\.\d{1,3}){3}|(?:${LABEL}\.)+(?:[\p{L}][\p{L}\p{M}]+|xn--[a-z0-9-]+))`;
const URL_RE = new RegExp(String.raw`^https?://(?:[^\s/?#@]+@)?${HOST}(?::\d{1,5})?(?:[/?#]\S*)?$`, 'iu');
const NO_SCHEME_RE = new RegExp(String.raw`^(?:www\.|${HOST}(?:[/:?#]|$))`, 'iu');

/** An http(s) URL with a host. An ExcelJS hyperlink cell value ({ text, hyperlink }) is read by its hyperlink. */
export function parseUrl(v: unknown): Parsed<string> {
  if (typeof v === 'object' && v !== null && typeof (v as { hyperlink?: unknown }).hyperlink === 'string') {
    return parseUrl((v as { hyperlink: string }).hyperlink);
  }
  if (isBlank(v)) return fail('', URL_EXPECTED);
  if (typeof v !== 'string') return fail(v, URL_EXPECTED);
  const url = v
    .normalize('NFC')
    .replace(/\p{Cf}/gu, '')
    .trim();
  if (URL_RE.test(url)) return ok(url);
  if (NO_SCHEME_RE.test(url)) {
    return fail(
      v,
      because(
        URL_EXPECTED,
        bi(`เติม https:// ข้างหน้า เช่น "https://${url}"`, `add https:// in front, e.g. "https://${url}"`),
      ),
    );
  }
  return fail(v, URL_EXPECTED);
}
