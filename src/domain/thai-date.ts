/**
 * Dates as Thai documents print them: day, abbreviated month, Buddhist-Era year ("1 ธ.ค. 2569"),
 * in Thai digits when the planner writes them ("๑ ธ.ค. ๒๕๖๙"); English: "1 Dec 2026".
 * The platform's Intl (the th-TH locale uses the Buddhist calendar) does the work; the parts are
 * joined by hand so every engine prints the same (no comma, "Sep" rather than "Sept").
 */
import type { IsoDate } from './parse/common';
import { Lang } from './text';

export type Digits = 'thai' | 'arabic';

const DAY_MONTH_YEAR = { day: 'numeric', month: 'short', year: 'numeric' } as const;
const TIME = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
const formats = new Map<string, Intl.DateTimeFormat>();

function partsOf(t: number, lang: Lang, digits: Digits, timeZone: string, withTime: boolean) {
  const locale = lang === 'en' ? 'en-US' : digits === 'thai' ? 'th-TH-u-nu-thai' : 'th-TH';
  const key = `${locale} ${timeZone} ${withTime}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...DAY_MONTH_YEAR, ...(withTime ? TIME : {}), timeZone });
    formats.set(key, format);
  }
  const part = Object.fromEntries(format.formatToParts(t).map((p) => [p.type, p.value]));
  const date = `${part.day} ${part.month} ${part.year}`;
  return withTime ? `${date} ${part.hour}:${part.minute}` : date;
}

/** "2026-12-01" → "1 ธ.ค. 2569" (or "๑ ธ.ค. ๒๕๖๙"); English "1 Dec 2026". Not a date: as given. */
export function formatDate(iso: IsoDate, lang: Lang, digits: Digits = 'arabic'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return partsOf(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])), lang, digits, 'UTC', false);
}

/** "2026-11-21T09:00:00.000Z" → "21 พ.ย. 2569 16:00" in Thailand's time (UTC+7, no daylight saving). */
export function formatDateTime(isoInstant: string, lang: Lang, digits: Digits = 'arabic'): string {
  const t = Date.parse(isoInstant);
  if (Number.isNaN(t)) return isoInstant;
  return partsOf(t, lang, digits, 'Asia/Bangkok', true);
}

/**
 * The date in Thailand at instant `t` ("2026-12-02" from 23:30 UTC on 1 December): what "today"
 * means for an overdue measure, as the summary's "computed at" line is Thai time too.
 */
export function thaiToday(t: Date): IsoDate {
  const part = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Asia/Bangkok' })
      .formatToParts(t)
      .map((p) => [p.type, p.value]),
  );
  return `${part.year}-${part.month}-${part.day}`;
}
