/**
 * Fiscal and calendar years ("ปีงบประมาณ พ.ศ. ๒๕๖๖", "FY2023") and the tokens years, dates and
 * periods are written in (month names, words such as "ปีงบประมาณ").
 */
import { Parsed, ok, fail } from '../problem';
import { bi } from '../text';
import { IsoDate, because, clean, isBlank } from './common';

export interface FiscalYear {
  /** Buddhist Era year (พ.ศ.) in which the fiscal year ends. */
  be: number;
  /** The same year in the Common Era: be − 543. */
  ce: number;
}

export const BE_MIN = 2500;
export const BE_MAX = 2700;

const YEAR_EXPECTED = bi(
  `ปี พ.ศ. ${BE_MIN}–${BE_MAX} เช่น 2566, "๒๕๖๖", "ปีงบประมาณ พ.ศ. ๒๕๖๖" หรือ ค.ศ. เช่น 2023`,
  `a year, Buddhist Era ${BE_MIN}–${BE_MAX} (e.g. 2566, "ปีงบประมาณ พ.ศ. ๒๕๖๖") or Common Era (e.g. 2023, "FY2023")`,
);

/**
 * The C.E. year of a written year: four digits ≥ 2400 are B.E., 1900–2399 C.E.; two digits are
 * B.E. (64 → 2564) unless the text says C.E. (ค.ศ., FY, AD). Undefined outside B.E. 2500–2700.
 */
export function ceYear(n: number, digits: number, ceHint: boolean): number | undefined {
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

export type Tok =
  | { k: 'num'; n: number; digits: number }
  | { k: 'month'; m: number }
  | { k: 'date'; y: number; yDigits: number; m: number; d: number }
  | { k: 'sep' }
  | { k: WordKind };

/** Splits cleaned, lower-cased text into tokens, or returns the first text it cannot read. */
export function tokenize(text: string): Tok[] | { unread: string } {
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
