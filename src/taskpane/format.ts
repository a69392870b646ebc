import { format2 } from '../domain/decimal';
import type { Grade } from '../domain/framework';

export { format2 };

/** "▲ 7.82", "▼ 1.50", "0.00": change with its direction. */
export function arrow(change: number): string {
  const shown = format2(Math.abs(change));
  if (shown === '0.00') return '0.00';
  return `${change > 0 ? '▲' : '▼'} ${shown}`;
}

/** A percentage (0–100) with at most one decimal: "66.7", "100". */
export function percent(p: number): string {
  return (Math.round(p * 10) / 10).toString();
}

export type BadgeColor = 'brand' | 'danger' | 'important' | 'informative' | 'severe' | 'subtle' | 'success' | 'warning';

/** AA/A green, B blue, C yellow, D/E orange, F red. */
export function gradeColor(grade: Grade): BadgeColor {
  switch (grade) {
    case 'AA':
    case 'A':
      return 'success';
    case 'B':
      return 'brand';
    case 'C':
      return 'warning';
    case 'D':
    case 'E':
      return 'severe';
    default:
      return 'danger';
  }
}

/** "2025-03-31" → "31/03/2568" (Thai) or "31 Mar 2025" (English). */
export function formatDate(iso: string, lang: 'th' | 'en'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (lang === 'th') return `${d}/${mo}/${y + 543}`;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${d} ${months[mo - 1]} ${y}`;
}

/** Local time of an ISO timestamp, e.g. "14:05". */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** Today's local date as ISO (YYYY-MM-DD), for overdue checks. */
export function todayIso(d = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
