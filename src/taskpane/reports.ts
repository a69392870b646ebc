/**
 * The pane's reports: read the workbook, build the report, then write it as our sheet or hand
 * over a Word file. The Word writer (docx) is loaded only when asked for.
 */
import type { Problem } from '../domain/problem';
import { bi, type Bilingual, type Lang } from '../domain/text';
import { buildReport, type ReportDoc, type ReportKind } from '../reports';
import { reportFileName } from '../reports/file-name';
import { planReportSheet } from '../reports/sheet';
import type { WorkbookHost } from '../workbook/host';
import { analyzeWorkbook } from '../workbook';

export type ReportOutcome =
  { ok: true; doc: ReportDoc; sheet?: string; skipped: Bilingual[] } | { ok: false; problem: Problem };

async function prepare(host: WorkbookHost, kind: ReportKind, lang: Lang, today: string) {
  const snapshot = await host.read();
  const { doc, problem } = buildReport(analyzeWorkbook(snapshot, { today }), kind, { lang });
  return { snapshot, doc, problem };
}

/** Writes the report's sheet; a user's sheet bearing its name stops it with a message. */
export async function writeReportSheet(
  host: WorkbookHost,
  kind: ReportKind,
  lang: Lang,
  today: string,
  computedAt: string,
): Promise<ReportOutcome> {
  const { snapshot, doc, problem } = await prepare(host, kind, lang, today);
  if (!doc) return { ok: false, problem: problem! };
  const planned = planReportSheet(doc, snapshot, computedAt);
  if (!planned.sheet) return { ok: false, problem: planned.problems[0] };
  const { skipped } = await host.apply(planned.plan);
  return { ok: true, doc, sheet: planned.sheet, skipped };
}

/** The report as a .docx Blob, named for its agency, kind and year (reportFileName). */
export async function reportDocxFile(
  host: WorkbookHost,
  kind: ReportKind,
  lang: Lang,
  today: string,
): Promise<{ blob: Blob; name: string } | { problem: Problem }> {
  const { doc, problem } = await prepare(host, kind, lang, today);
  if (!doc) return { problem: problem! };
  const { reportDocxBlob } = await import(/* webpackChunkName: "docx" */ '../reports/docx');
  return { blob: await reportDocxBlob(doc), name: reportFileName(doc) };
}

/**
 * Whether a download can work here: in a browser, and in Excel on the web. Excel on Windows and
 * on a Mac show the pane in a web view that drops downloads without a word, so there we say so.
 */
export function canDownload(host: WorkbookHost): boolean {
  if (host.kind === 'browser') return true;
  const platform = typeof Office !== 'undefined' ? Office.context?.platform : undefined;
  return platform !== undefined && String(platform) === 'OfficeOnline';
}

export const NO_DOWNLOAD_HERE = bi(
  'Excel รุ่นนี้ไม่อนุญาตให้ดาวน์โหลดไฟล์จากบานหน้าต่าง: เขียนรายงานลงชีตแล้วพิมพ์หรือบันทึกเป็น PDF ได้ หรือเปิด ITA Planner ใน Excel บนเว็บ หรือใช้คำสั่ง ita-planner report --docx',
  'This Excel does not let the pane download files: write the report sheet and print it or save it as PDF, or open ITA Planner in Excel on the web, or use ita-planner report --docx',
);
