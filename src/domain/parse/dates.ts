/** Days and periods: Excel serials, "21/11/2569", "21 พ.ย. 2569", "ต.ค. 2565 – มี.ค. 2566". */
import { Parsed, ok, fail } from '../problem';
import { Bilingual, bi } from '../text';
import { IsoDate, because, isBlank } from './common';
import { BE_MAX, BE_MIN, FiscalYear, Tok, ceYear, fiscalYearRange, parseYear, tokenize } from './years';

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

/**
 * A real date whose year is a Buddhist-Era one: "31/3/2566" typed in an Excel set to the Gregorian
 * calendar is stored as the year 2566 CE. No planner means that year, so it is read as B.E.
 */
function commonEra(y: number, m: number, d: number): IsoDate {
  return y >= BE_MIN && y <= BE_MAX ? iso(y - 543, m, d) : iso(y, m, d);
}

function dateFromSerial(n: number): IsoDate {
  // Serial 25569 is 1970-01-01; serials above 60 are past Excel's 1900 leap-year bug.
  const d = new Date(Math.round((Math.floor(n) - 25569) * 86400000));
  return commonEra(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function dateFromJs(d: Date): IsoDate | undefined {
  return Number.isNaN(d.getTime()) ? undefined : commonEra(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
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
