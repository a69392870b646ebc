/**
 * The progress reports on the measures (seeds 000, 002, 004): at six months (1 Oct–31 Mar of the
 * fiscal year) and at year end (the whole year). Each measure's result, outcome and status, the
 * counts by status, and what is overdue at the end of the window (or today, if earlier).
 */
import { type Lang, bi } from '../domain/text';
import type { IsoDate } from '../domain/parse/common';
import type { MeasureStatus } from '../domain/parse/status';
import type { Analysis, MeasureRow } from '../workbook/analysis';
import { dateRange, fix2, reportDate } from './format';
import type { ReportBlock, ReportDoc } from './model';
import { agencyLine, measureColumns, measuresYear, periodShown, statusText, yearRange } from './common';

export type ProgressKind = 'six-month' | 'year-end';

/** The reporting window: 6 months ends on 31 March of the fiscal year, year end on 30 September. */
export function reportingWindow(kind: ProgressKind, beYear: number): { start: IsoDate; end: IsoDate } {
  const fy = yearRange(beYear);
  return kind === 'six-month' ? { start: fy.start, end: `${beYear - 543}-03-31` } : fy;
}

export function progressReport(a: Analysis, kind: ProgressKind, lang: Lang, year = measuresYear(a)): ReportDoc {
  const window = reportingWindow(kind, year);
  // Judged at the window's end, or at the data's date when the window has not closed yet.
  const judgedOn = a.asOf < window.end ? a.asOf : window.end;
  const all = a.measures?.rows ?? [];
  const inWindow = all.filter((r) => !r.period || r.period.start <= window.end);
  const later = all.length - inWindow.length;
  const overdue = inWindow.filter((r) => r.period && r.period.end < judgedOn && r.status !== 'done');
  const count = (s: MeasureStatus | undefined) => inWindow.filter((r) => r.status === s).length;
  const pct = (n: number) => (inWindow.length ? fix2((100 * n) / inWindow.length) : '0.00');
  const statuses: (MeasureStatus | undefined)[] = ['done', 'in-progress', 'not-started', undefined];

  const blocks: ReportBlock[] = [];
  const para = (text: string) => blocks.push({ kind: 'paragraph', text });
  const windowText = dateRange(window.start, window.end, lang);
  const done = count('done');
  para(
    bi(
      `${agencyLine(a, lang)} รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${year} ${kind === 'six-month' ? 'รอบ 6 เดือน' : 'รอบ 12 เดือน'} (${windowText}) ข้อมูล ณ วันที่ ${reportDate(judgedOn, lang)} ` +
        `มีมาตรการในรอบรายงาน ${inWindow.length} รายการ ดำเนินการแล้วเสร็จ ${done} รายการ (ร้อยละ ${pct(done)}) อยู่ระหว่างดำเนินการ ${count('in-progress')} รายการ ยังไม่ได้ดำเนินการ ${count('not-started')} รายการ` +
        (count(undefined) ? ` ไม่ระบุสถานะ ${count(undefined)} รายการ` : '') +
        (overdue.length ? ` และเกินกำหนดแล้ว ${overdue.length} รายการ` : ' ไม่มีรายการที่เกินกำหนด'),
      `${agencyLine(a, lang)} reports on its internal measures for integrity and transparency, fiscal year B.E. ${year}, ${kind === 'six-month' ? 'first six months' : 'whole year'} (${windowText}), as of ${reportDate(judgedOn, lang)}. ` +
        `${inWindow.length} measure${inWindow.length === 1 ? '' : 's'} in the window: ${done} done (${pct(done)}%), ${count('in-progress')} in progress, ${count('not-started')} not started` +
        (count(undefined) ? `, ${count(undefined)} without a status` : '') +
        (overdue.length ? `; ${overdue.length} overdue.` : '; none overdue.'),
    )[lang],
  );
  if (later > 0)
    para(
      bi(
        `อีก ${later} รายการเริ่มหลังสิ้นรอบรายงาน (${reportDate(window.end, lang)}) จึงไม่รวมไว้ในรายงานนี้`,
        `${later} more measure${later === 1 ? ' starts' : 's start'} after the window ends (${reportDate(window.end, lang)}) and ${later === 1 ? 'is' : 'are'} left out.`,
      )[lang],
    );

  blocks.push({ kind: 'heading', text: bi('สรุปจำนวนตามสถานะ', 'Measures by status')[lang] });
  blocks.push({
    kind: 'table',
    table: {
      columns: [
        { title: bi('สถานะ', 'Status')[lang], width: 30 },
        { title: bi('จำนวน', 'Count')[lang], width: 10, align: 'right' },
        { title: bi('ร้อยละ', 'Percent')[lang], width: 10, align: 'right' },
      ],
      rows: [
        ...statuses
          .filter((st) => st !== undefined || count(undefined) > 0)
          .map((st) => [statusText(st, lang), String(count(st)), pct(count(st))]),
        [bi('เกินกำหนด', 'Overdue')[lang], String(overdue.length), pct(overdue.length)],
        [bi('รวม', 'Total')[lang], String(inWindow.length), inWindow.length ? '100.00' : '0.00'],
      ],
    },
  });

  blocks.push({ kind: 'heading', text: bi('ผลการดำเนินการรายมาตรการ', 'Result of each measure')[lang] });
  blocks.push({
    kind: 'table',
    table: {
      columns: measureColumns(['no', 'measure', 'period', 'responsible', 'result', 'outcome', 'status'], lang),
      rows: inWindow.map((r, n) => [
        String(n + 1),
        r.measure,
        periodShown(r, lang),
        r.responsible ?? '',
        r.result ?? '',
        r.outcome ?? '',
        statusText(r.status, lang) + (overdue.includes(r) ? bi(' (เกินกำหนด)', ' (overdue)')[lang] : ''),
      ]),
      marked: inWindow.flatMap((r, n) => (overdue.includes(r) ? [n] : [])),
    },
  });

  blocks.push({ kind: 'heading', text: bi('มาตรการที่เกินกำหนด', 'Overdue measures')[lang] });
  if (overdue.length === 0)
    para(
      bi(
        `ไม่มีมาตรการที่เกินกำหนด ณ วันที่ ${reportDate(judgedOn, lang)}`,
        `No measure is overdue as of ${reportDate(judgedOn, lang)}.`,
      )[lang],
    );
  else
    blocks.push({
      kind: 'table',
      table: {
        columns: [
          { title: bi('มาตรการ/กิจกรรม', 'Measure')[lang], width: 40 },
          { title: bi('กำหนดแล้วเสร็จ', 'Due')[lang], width: 16, align: 'center', dates: true },
          { title: bi('ผู้รับผิดชอบ', 'Responsible')[lang], width: 18 },
          { title: bi('สถานะ', 'Status')[lang], width: 18, align: 'center' },
          { title: bi('ตำแหน่งในสมุดงาน', 'Cell')[lang], width: 14 },
        ],
        rows: overdue.map((r: MeasureRow) => [
          r.measure,
          reportDate(r.period!.end, lang),
          r.responsible ?? '',
          statusText(r.status, lang),
          `${r.sheet}!${r.cell}`,
        ]),
      },
    });

  return {
    kind,
    lang,
    ...(a.agency ? { agency: a.agency } : {}),
    year,
    title: bi(
      `รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${year} ${kind === 'six-month' ? 'รอบ 6 เดือน' : 'รอบ 12 เดือน'}`,
      `Progress of the internal integrity and transparency measures, fiscal year B.E. ${year}: ${kind === 'six-month' ? 'six-month report' : 'year-end report'}`,
    )[lang],
    subtitle: [agencyLine(a, lang), bi(`รอบรายงาน ${windowText}`, `Reporting window ${windowText}`)[lang]],
    header: `${a.agency ?? 'ITA'} · ${(kind === 'six-month' ? bi('รายงานรอบ 6 เดือน', 'Six-month report') : bi('รายงานประจำปี', 'Year-end report'))[lang]} ${year}`,
    landscape: true,
    blocks,
  };
}
