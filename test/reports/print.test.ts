/**
 * What a reader of each report sees, rendered by LibreOffice: the Word document converted to PDF
 * (pages, orientation, paragraphs, Buddhist-Era dates, pass/fail words) and opened as a document
 * whose tables are the report's own; the report sheet printed to PDF likewise.
 * First pages land in the results folder (test/results-dir.js) as report-<kind>-{docx,sheet}.png:
 * look at them.
 */
import * as ExcelJS from 'exceljs';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as os from 'os';
import * as path from 'path';
import { buildReport, ReportDoc, ReportKind, REPORT_KINDS } from '../../src/reports';
import { reportDocxBytes } from '../../src/reports/docx';
import { planReportSheet } from '../../src/reports/sheet';
import { analyzeWorkbook } from '../../src/workbook';
import { applyPlan, loadXlsx, readWorkbook, writeXlsx } from '../../src/xlsx';
import {
  convertWithLibreOffice,
  hasLibreOffice,
  LIBREOFFICE_TIMEOUT_MS,
  pagePng,
  pdfInfo,
  pdfText,
} from '../helpers/lo-pdf';
import { itWithLibreOffice } from '../helpers/lo-recalc';
import { COMPUTED_AT } from '../workbook/helpers';
import { RESULTS } from '../results-dir';
import { seed001Workbook } from './fixtures';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-report-'));

/**
 * pdftotext gives Thai tone marks and vowels above the line out of order and breaks words at
 * line ends: compare without spaces or those marks.
 */
const plain = (s: string) => s.replace(/[\s\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, '');

async function reportOf(kind: ReportKind): Promise<{ doc: ReportDoc; wb: ExcelJS.Workbook }> {
  const wb = await loadXlsx(await writeXlsx(seed001Workbook()));
  const snapshot = readWorkbook(wb);
  const doc = buildReport(analyzeWorkbook(snapshot, { today: '2023-04-05' }), kind, { lang: 'th' }).doc!;
  applyPlan(wb, planReportSheet(doc, snapshot, COMPUTED_AT).plan);
  return { doc, wb };
}

/** The printed text without the page header and footer, which may fall inside a paragraph. */
function body(text: string, doc: ReportDoc): string {
  return text
    .split(plain(doc.header))
    .join('')
    .replace(/หนา\d+\/\d+/g, '');
}

/** Words a reader must find on the printed report, per kind. */
function mustRead(doc: ReportDoc): string[] {
  const common = [doc.title, ...doc.subtitle];
  if (doc.kind === 'analysis')
    return [...common, 'จุดแข็ง', 'จุดที่ต้องปรับปรุงพัฒนา', 'ผ่านเกณฑ์เป้าหมาย', 'ต่ำกว่าเป้าหมาย 7.15 คะแนน', 'O36', 'ผ่าน'];
  if (doc.kind === 'plan') return [...common, 'แถวที่แรเงาคือตัวชี้วัดที่ต้องปรับปรุงแต่ยังไม่มีมาตรการ', 'กองคลัง'];
  return [...common, '31 ธ.ค. 2565', 'เกินกำหนด', 'ดำเนินการแล้วเสร็จ', 'ประชุมชี้แจงแล้ว 3 ครั้ง'];
}

/** Table cells as LibreOffice Writer reads a document back (its HTML export). */
function tablesOf(html: string): string[][][] {
  const text = (s: string) =>
    s
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/\s+/g, ' ')
      .trim();
  return [...html.matchAll(/<table[^]*?<\/table>/g)].map((t) =>
    [...t[0].matchAll(/<tr[^]*?<\/tr>/g)].map((r) => [...r[0].matchAll(/<td[^]*?<\/td>/g)].map((c) => text(c[0]))),
  );
}

interface Printed {
  doc: ReportDoc;
  docx: string;
  docxPdf: string;
  docxHtml: string;
  sheetPdf: string;
  sheetXlsx: string;
}
const printed = new Map<ReportKind, Printed>();

// Every report as Word and as a sheet, converted in two LibreOffice runs (each start costs seconds).
beforeAll(async () => {
  if (!hasLibreOffice && process.env.CI !== 'true') return;
  fs.mkdirSync(RESULTS, { recursive: true });
  const made = await Promise.all(
    REPORT_KINDS.map(async (kind) => {
      const { doc, wb } = await reportOf(kind);
      const docx = path.join(dir, `${kind}-docx.docx`);
      fs.writeFileSync(docx, await reportDocxBytes(doc));
      // Print only the report: the input sheets would print first otherwise.
      const report = wb.worksheets[wb.worksheets.length - 1].name;
      for (const ws of [...wb.worksheets]) if (ws.name !== report) wb.removeWorksheet(ws.id);
      const xlsx = path.join(dir, `${kind}-sheet.xlsx`);
      fs.writeFileSync(xlsx, await writeXlsx(wb));
      return { kind, doc, docx, xlsx };
    }),
  );
  const pdfs = await convertWithLibreOffice(made.flatMap((m) => [m.docx, m.xlsx]));
  const htmls = await convertWithLibreOffice(
    made.map((m) => m.docx),
    'html:HTML (StarWriter)',
  );
  made.forEach((m, i) =>
    printed.set(m.kind, {
      doc: m.doc,
      docx: m.docx,
      docxPdf: pdfs[2 * i],
      sheetPdf: pdfs[2 * i + 1],
      sheetXlsx: m.xlsx,
      docxHtml: htmls[i],
    }),
  );
}, LIBREOFFICE_TIMEOUT_MS);

describe.each(REPORT_KINDS)('the %s report, printed', (kind) => {
  itWithLibreOffice(
    'as Word: opens in LibreOffice with the same tables, A4 in its orientation, with what a reader needs to see',
    async () => {
      const { doc, docx, docxPdf, docxHtml } = printed.get(kind)!;
      const styles = await (await JSZip.loadAsync(fs.readFileSync(docx))).file('word/styles.xml')!.async('string');
      expect(styles).toContain('w:cs="TH Sarabun New"'); // Thai is a complex script to Word

      const expected = doc.blocks.flatMap((b) =>
        b.kind === 'table' ? [[b.table.columns.map((c) => c.title), ...b.table.rows]] : [],
      );
      expect(tablesOf(fs.readFileSync(docxHtml, 'utf8'))).toEqual(expected);

      const info = await pdfInfo(docxPdf);
      const [short, long] = [595, 842];
      expect(Math.round(doc.landscape ? info.height : info.width)).toBe(short);
      expect(Math.round(doc.landscape ? info.width : info.height)).toBe(long);
      const onPaper = plain(await pdfText(docxPdf));
      expect(onPaper).toContain(plain(`หน้า 1 / ${info.pages}`));
      expect(onPaper).toContain(plain(doc.header));
      const text = body(onPaper, doc);
      for (const words of mustRead(doc)) expect(text).toContain(plain(words));
      for (const b of doc.blocks) if (b.kind === 'paragraph') expect(text).toContain(plain(b.text));
      await pagePng(docxPdf, 1, path.join(RESULTS, `report-${kind}-docx`));
    },
  );

  itWithLibreOffice(
    'as a sheet: A4 in its orientation, TH Sarabun New, header and page x of y, every paragraph whole',
    async () => {
      const { doc, sheetPdf, sheetXlsx } = printed.get(kind)!;
      const wb = await loadXlsx(fs.readFileSync(sheetXlsx));
      expect(wb.worksheets[0].getCell('A1').font?.name).toBe('TH Sarabun New');
      const info = await pdfInfo(sheetPdf);
      expect(Math.round(doc.landscape ? info.height : info.width)).toBe(595);
      expect(Math.round(doc.landscape ? info.width : info.height)).toBe(842);
      const onPaper = plain(await pdfText(sheetPdf));
      expect(onPaper).toContain(plain(`หน้า 1 / ${info.pages}`));
      expect(onPaper).toContain(plain(doc.header));
      const text = body(onPaper, doc);
      for (const words of mustRead(doc)) expect(text).toContain(plain(words));
      // Row heights fit the wrapped text: a clipped paragraph would lose its first lines.
      for (const b of doc.blocks) if (b.kind === 'paragraph') expect(text).toContain(plain(b.text));
      await pagePng(sheetPdf, 1, path.join(RESULTS, `report-${kind}-sheet`));
    },
  );
});
