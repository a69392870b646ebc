/**
 * Dates as Thai documents print them: day, abbreviated month, Buddhist-Era year ("1 ธ.ค. 2569"),
 * in Thai digits when the planner writes them ("๑ ธ.ค. ๒๕๖๙"); English: "1 Dec 2026".
 */
import { Lang } from './text';
import { IsoDate } from './thai';

export type Digits = 'thai' | 'arabic';

const TH_MONTHS = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 0-9 → ๐-๙ in every run of digits. */
export function toThaiDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
}

/** "2026-12-01" → "1 ธ.ค. 2569" (or "๑ ธ.ค. ๒๕๖๙"); English "1 Dec 2026". Not a date: as given. */
export function formatDate(iso: IsoDate, lang: Lang, digits: Digits = 'arabic'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (lang === 'en') return `${day} ${EN_MONTHS[month - 1]} ${year}`;
  const text = `${day} ${TH_MONTHS[month - 1]} ${year + 543}`;
  return digits === 'thai' ? toThaiDigits(text) : text;
}

/** "2026-11-21T09:00:00.000Z" → "21 พ.ย. 2569 16:00" in Thailand's time (UTC+7, no daylight saving). */
export function formatDateTime(isoInstant: string, lang: Lang, digits: Digits = 'arabic'): string {
  const t = Date.parse(isoInstant);
  if (Number.isNaN(t)) return isoInstant;
  const local = new Date(t + 7 * 3600 * 1000).toISOString();
  const text = `${formatDate(local.slice(0, 10), lang, 'arabic')} ${local.slice(11, 16)}`;
  return lang === 'th' && digits === 'thai' ? toThaiDigits(text) : text;
}
