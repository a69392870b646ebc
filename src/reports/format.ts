/** How figures and dates read in a report: 2 decimals, signed changes, Buddhist-Era dates. */
import { type Lang, bi } from '../domain/text';
import type { IsoDate } from '../domain/parse/common';
import { formatDate } from '../domain/thai-date';

export const fix2 = (n: number): string => n.toFixed(2);
export const signed = (n: number): string => (n > 0 ? `+${n.toFixed(2)}` : n.toFixed(2));

/** "31 มี.ค. 2566" in Thai (Buddhist Era), "31 Mar 2023" in English. */
export function reportDate(iso: IsoDate, lang: Lang): string {
  return formatDate(iso, lang);
}

export function dateRange(from: IsoDate, to: IsoDate, lang: Lang): string {
  return from === to ? reportDate(from, lang) : `${reportDate(from, lang)} – ${reportDate(to, lang)}`;
}

/** Thai lists join with spaces and "และ"; English with commas and "and". */
export function joinList(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1];
  const rest = items.slice(0, -1);
  return bi(`${rest.join(' ')} และ${last}`, `${rest.join(', ')} and ${last}`)[lang];
}
