/** Pieces every report shares: the agency line, pass words, the measures' fiscal year. */
import { type Lang, bi } from '../domain/text';
import { statusLabel } from '../domain/parse/status';
import { fiscalYearRange } from '../domain/parse/years';
import type { IsoDate } from '../domain/parse/common';
import type { MeasureStatus } from '../domain/parse/status';
import type { Analysis, MeasureRow } from '../workbook/analysis';
import { dateRange } from './format';
import type { ReportColumn } from './model';

export function agencyLine(a: Analysis, lang: Lang): string {
  return a.agency ?? bi('(ไม่ระบุหน่วยงาน)', '(no agency given)')[lang];
}

export const passWord = (pass: boolean, lang: Lang): string => (pass ? bi('ผ่าน', 'pass') : bi('ไม่ผ่าน', 'fail'))[lang];

export function statusText(s: MeasureStatus | undefined, lang: Lang): string {
  return s ? statusLabel(s)[lang] : bi('ไม่ระบุสถานะ', 'no status')[lang];
}

export function fiscalYearOf(iso: IsoDate): number {
  const [y, m] = iso.split('-').map(Number);
  return y + 543 + (m >= 10 ? 1 : 0);
}

/**
 * The fiscal year the measures run in: the one most of their periods end in (the measures
 * written from the analysis of year N usually run in N+1, seeds 001 and 002); with no periods,
 * the year after the assessed one.
 */
export function measuresYear(a: Analysis): number {
  const counts = new Map<number, number>();
  for (const r of a.measures?.rows ?? [])
    if (r.period) counts.set(fiscalYearOf(r.period.end), (counts.get(fiscalYearOf(r.period.end)) ?? 0) + 1);
  let best: number | undefined;
  for (const [y, n] of counts)
    if (best === undefined || n > counts.get(best)! || (n === counts.get(best) && y > best)) best = y;
  return best ?? a.fiscalYear + 1;
}

export function yearRange(beYear: number): { start: IsoDate; end: IsoDate } {
  return fiscalYearRange({ be: beYear, ce: beYear - 543 });
}

/** The measure's period as the user wrote it, or its dates. */
export function periodShown(r: MeasureRow, lang: Lang): string {
  if (r.periodText) return r.periodText;
  return r.period ? dateRange(r.period.start, r.period.end, lang) : '';
}

/** The measure tables' columns, the seeds' headings, shared by the plan and the progress reports. */
const MEASURE_COLUMNS = {
  no: { th: 'ลำดับ', en: 'No.', width: 6, align: 'center' },
  measure: { th: 'มาตรการ/กิจกรรม', en: 'Measure', width: 26 },
  steps: { th: 'ขั้นตอน/วิธีดำเนินการ', en: 'Steps', width: 34 },
  period: { th: 'ระยะเวลา', en: 'Period', width: 14, dates: true },
  responsible: { th: 'ผู้รับผิดชอบ', en: 'Responsible', width: 14 },
  monitoring: { th: 'การกำกับติดตาม', en: 'Monitoring', width: 18 },
  indicator: { th: 'ตัวชี้วัดที่มุ่งพัฒนา', en: 'Indicator served', width: 18 },
  result: { th: 'ผลการดำเนินการ', en: 'Result', width: 30 },
  outcome: { th: 'ผลลัพธ์', en: 'Outcome', width: 26 },
  status: { th: 'สถานะ', en: 'Status', width: 15, align: 'center' },
} as const;

export function measureColumns(keys: readonly (keyof typeof MEASURE_COLUMNS)[], lang: Lang): ReportColumn[] {
  return keys.map((k) => {
    const c: { th: string; en: string; width: number; align?: ReportColumn['align']; dates?: boolean } =
      MEASURE_COLUMNS[k];
    return {
      title: c[lang],
      width: c.width,
      ...(c.align ? { align: c.align } : {}),
      ...(c.dates ? { dates: true } : {}),
    };
  });
}
