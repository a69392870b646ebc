/**
 * The area sheet as printed (issue 14): the 30-agency district recomputed, rendered to PDF by
 * LibreOffice and read back. A4 landscape; the area's part first, the agency table from a new
 * page with its header on every page; a scale that keeps TH Sarabun New readable; nothing cut.
 * Pages land in the results folder (test/results-dir.js): look at them.
 */
import * as ExcelJS from 'exceljs';
import { mkdirSync } from 'fs';
import { mkdtemp } from 'fs/promises';
import { tmpdir } from 'os';
import * as path from 'path';
import { analyzeWorkbook, planResults } from '../../src/workbook';
import { applyPlan, loadXlsx, readWorkbook, writeXlsx } from '../../src/xlsx';
import { district30Workbook } from '../fixtures/agencies/district-30-workbook';
import { COMPUTED_AT } from '../workbook/helpers';
import { hasPrintFont, misfits } from './fit';
import { LIBREOFFICE_TIMEOUT_MS as PDF_TIMEOUT_MS, pageText, pagePng, pdfInfo } from '../helpers/lo-pdf';
import { itWithLibreOffice as itWithPdfTools } from '../helpers/lo-recalc';
import { RESULTS } from '../results-dir';

const OVERVIEW = 'ภาพรวมหน่วยงาน ITA';

async function printedArea(): Promise<{ pdf: string; ws: ExcelJS.Worksheet }> {
  const wb = district30Workbook();
  // As the command line does (one load, one apply, one write): ExcelJS does not read page breaks back.
  const work = await loadXlsx(await writeXlsx(wb));
  const snapshot = readWorkbook(work);
  const analysis = analyzeWorkbook(snapshot, { today: '2026-11-21' });
  applyPlan(work, planResults(analysis, snapshot, { computedAt: COMPUTED_AT }).plan);
  for (const ws of work.worksheets) if (ws.name !== OVERVIEW) ws.state = 'hidden';
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'area-pdf-')), 'area.xlsx');
  await work.xlsx.writeFile(file);
  const { toPdf } = await import('../helpers/lo-pdf');
  const after = await loadXlsx(await writeXlsx(work));
  return { pdf: await toPdf(file), ws: after.getWorksheet(OVERVIEW)! };
}

let printed: Promise<{ pdf: string; ws: ExcelJS.Worksheet }> | undefined;
const area = () => (printed ??= printedArea());
const plain = (x: string) => x.replace(/[\s\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, '');

describe('the area sheet as printed (LibreOffice PDF)', () => {
  itWithPdfTools(
    'A4 landscape at a readable scale, the printed columns agency to step, not fitted to one page',
    async () => {
      const { pdf, ws } = await area();
      const info = await pdfInfo(pdf);
      expect([Math.round(info.width), Math.round(info.height)]).toEqual([842, 595]);
      expect(ws.pageSetup.orientation).toBe('landscape');
      expect(ws.pageSetup.fitToPage).toBeFalsy();
      expect(ws.pageSetup.scale).toBeGreaterThanOrEqual(70);
      expect(String(ws.pageSetup.printArea)).toMatch(/^A1:O\d+$/);
      // The first column holds the labels of the area's part: wide enough for them.
      expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(16);
      expect(info.pages).toBeGreaterThanOrEqual(3);
      expect(info.pages).toBeLessThanOrEqual(8);
    },
    PDF_TIMEOUT_MS,
  );

  itWithPdfTools(
    'the agency table starts a page of its own, and its header row is on every page it runs over',
    async () => {
      const { pdf } = await area();
      const { pages } = await pdfInfo(pdf);
      const texts = await Promise.all(Array.from({ length: pages }, (_, i) => pageText(pdf, i + 1)));
      const firstLines = (t: string) => t.split('\n').map(plain).filter(Boolean).slice(0, 3);
      const start = texts.findIndex((t) => firstLines(t).some((l) => l.startsWith(plain('รายหน่วยงาน'))));
      expect(start).toBeGreaterThan(0);
      // Page 1: the area beside the country; the group tables follow before the table.
      expect(plain(texts[0])).toContain(plain('ทั้งประเทศ ปี 2568'));
      expect(texts.slice(0, start).map(plain).join('')).toContain(plain('จำนวนตามระดับผลการประเมินและระดับคุณธรรม'));
      for (let p = start; p < pages; p++) {
        expect(plain(texts[p])).toContain(plain('ก้าวเดียวถึงเป้าหมาย'));
        expect(plain(texts[p])).toContain(plain('เครื่องมือที่ต่ำสุด'));
      }
      // Every agency is printed once in the table (the list below the target names some again, before it).
      const table = texts.slice(start).join('\n');
      for (const name of ['อบจ.ลำพูน', 'อบต.ห้วยปันจ๊อย', 'อบต.สันกลาง']) expect(plain(table)).toContain(plain(name));
      for (let p = 1; p <= pages; p++) expect(texts[p - 1]).toContain(`หน้า ${p} จาก ${pages}`);
    },
    PDF_TIMEOUT_MS,
  );

  (hasPrintFont ? itWithPdfTools : it.skip)(
    'no text is cut: every printed cell fits its column (or the empty cells it runs on over) and its row height',
    async () => {
      const { ws } = await area();
      const lastRow = Number(/\$?(\d+)$/.exec(String(ws.pageSetup.printArea))![1]);
      expect(lastRow).toBeGreaterThan(60);
      expect(misfits(ws, 15, lastRow, 0.05, true)).toEqual([]);
    },
    PDF_TIMEOUT_MS,
  );

  itWithPdfTools(
    'the pages land in the results folder as pictures',
    async () => {
      const { pdf } = await area();
      const dir = RESULTS;
      mkdirSync(dir, { recursive: true });
      const { pages } = await pdfInfo(pdf);
      for (let p = 1; p <= pages; p++) await pagePng(pdf, p, path.join(dir, `area-page-${p}`), 70);
    },
    PDF_TIMEOUT_MS,
  );
});
