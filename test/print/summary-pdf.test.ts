/**
 * The summary as printed: rendered to PDF by LibreOffice and read back as a reader would see it.
 * The first pages' pictures land in the results folder (test/results-dir.js): look at them.
 */
import * as ExcelJS from 'exceljs';
import { mkdirSync, readFileSync } from 'fs';
import { mkdtemp } from 'fs/promises';
import { tmpdir } from 'os';
import * as path from 'path';
import { labels } from '../../src/workbook/labels';
import { itemLevel2565, measuresSheet } from '../workbook/fixtures';
import { COMPUTED_AT } from '../workbook/helpers';
import { RESULTS } from '../results-dir';
import { analyzeWorkbook, planResults } from '../../src/workbook';
import { applyPlan, loadXlsx, readWorkbook, writeXlsx } from '../../src/xlsx';
import { hasPrintFont, misfits } from './fit';
import {
  LIBREOFFICE_TIMEOUT_MS as PDF_TIMEOUT_MS,
  pageText,
  pagePng,
  pdfFonts,
  pdfInfo,
  pdfText,
  toPdf,
} from '../helpers/lo-pdf';
import { itWithLibreOffice as itWithPdfTools } from '../helpers/lo-recalc';

const SUMMARY = 'สรุปผล ITA';
const t = labels('th');

/** Seed-shaped workbook (2565, 43 OIT items, measures of seeds 000/002) recomputed; only the summary left visible. */
async function printedSummary(): Promise<{ pdf: string; ws: ExcelJS.Worksheet }> {
  const wb = itemLevel2565(['O5', 'O12']);
  measuresSheet(wb);
  // As the command line does (one load, one apply, one write): ExcelJS does not read page breaks
  // back, so a workbook reloaded and saved again would print without them.
  const work = await loadXlsx(await writeXlsx(wb));
  const snapshot = readWorkbook(work);
  const analysis = analyzeWorkbook(snapshot, { today: '2026-11-21' });
  applyPlan(work, planResults(analysis, snapshot, { computedAt: COMPUTED_AT }).plan);
  for (const ws of work.worksheets) if (ws.name !== SUMMARY) ws.state = 'hidden';
  const dir = await mkdtemp(path.join(tmpdir(), 'summary-pdf-'));
  const file = path.join(dir, 'summary.xlsx');
  await work.xlsx.writeFile(file);
  const after = await loadXlsx(await writeXlsx(work));
  return { pdf: await toPdf(file), ws: after.getWorksheet(SUMMARY)! };
}

let printed: Promise<{ pdf: string; ws: ExcelJS.Worksheet }> | undefined;
const summary = () => (printed ??= printedSummary());

describe('the summary as printed (LibreOffice PDF)', () => {
  itWithPdfTools(
    'prints on A4 portrait: page 1 the result, then suggestions, measures and the OIT items each from a new page',
    async () => {
      const { pdf } = await summary();
      const info = await pdfInfo(pdf);
      expect([Math.round(info.width), Math.round(info.height)]).toEqual([595, 842]);
      const pages = await Promise.all(Array.from({ length: info.pages }, (_, i) => pageText(pdf, i + 1)));
      const first = pages[0];
      for (const s of [t.total, t.gradeShort, t.passVsTarget, 'อบต.ทดสอบ', 'IIT', 'EIT', 'OIT', 'การเปิดเผยข้อมูล'])
        expect(first).toContain(s);
      expect(first).toMatch(/จุดแข็ง \(คะแนนตั้งแต่ 85\.00\)/);
      expect(first).toMatch(/ต้องปรับปรุงพัฒนา: ตัวชี้วัดที่/);
      expect(first).toContain('แผนยกระดับคะแนน');
      // Each later section is the first thing on its page, after the header and the repeated title
      // (read from the page laid out by position; Thai marks and spaces dropped, as pdftotext moves them).
      const laidOut = (await pdfText(pdf)).split('\f');
      const plain = (x: string) => x.replace(/[\s\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, '');
      const startsWith = (i: number, heading: string) =>
        laidOut[i]
          .split('\n')
          .map(plain)
          .filter(Boolean)
          .slice(0, 4)
          .some((l) => l.startsWith(plain(heading).slice(0, 9))); // its end may land on the next line
      // Each section starts a page (the suggestions may run onto a second one), in this order.
      const starts = [t.suggestionsTitle, 'ความก้าวหน้าของมาตรการ', 'รายการ OIT'].map((h) =>
        pages.findIndex((_, i) => startsWith(i, h)),
      );
      expect(starts[0]).toBe(1);
      expect(starts[1]).toBeGreaterThan(starts[0]);
      expect(starts[2]).toBeGreaterThan(starts[1]);
      // No page before a section start is left nearly empty by the break: each holds 8 lines or more.
      for (const p of pages) expect(p.split('\n').filter((l) => l.trim()).length).toBeGreaterThanOrEqual(8);
      expect(info.pages).toBeGreaterThanOrEqual(4);
      expect(info.pages).toBeLessThanOrEqual(6);
    },
    PDF_TIMEOUT_MS,
  );

  itWithPdfTools(
    'every page carries the agency and year in its header and "page x of y" in its footer',
    async () => {
      const { pdf } = await summary();
      const { pages } = await pdfInfo(pdf);
      for (let p = 1; p <= pages; p++) {
        const text = await pageText(pdf, p);
        const lines = text.split('\n').map((l) => l.trim());
        expect(lines[0]).toBe('อบต.ทดสอบ ITA ปีงบประมาณ 2565');
        expect(lines).toContain(`หน้า ${p} จาก ${pages}`);
      }
    },
    PDF_TIMEOUT_MS,
  );

  itWithPdfTools(
    'prints dates in the Buddhist Era, pass and fail as words, never TRUE/FALSE, 0/1 or a CE ISO date',
    async () => {
      const { pdf } = await summary();
      const { pages } = await pdfInfo(pdf);
      const all = (await Promise.all(Array.from({ length: pages }, (_, i) => pageText(pdf, i + 1)))).join('\n');
      expect(all).toContain('ข้อมูล ณ วันที่ 30 มิ.ย. 2565'); // As of 2022-06-30
      expect(all).toContain('คำนวณเมื่อ 21 พ.ย. 2569 16:00'); // 2026-11-21T09:00Z in Thailand
      expect(all).toMatch(/30 เม\.ย\. 2565/); // the overdue measure's end (ม.ค. - เม.ย.๖๕)
      expect(all).toMatch(/(^|\s)\d{1,3}\.\d%(\s|$)/m); // the share of measures done, as a percent
      expect(all).not.toMatch(/\b(19|20)\d\d-\d\d-\d\d\b/);
      expect(all).not.toMatch(/\b(TRUE|FALSE)\b/);
      // JavaScript's \b knows only ASCII word characters, so Thai words are compared as whole tokens.
      const tokens = (await pageText(pdf, 1)).split(/\s+/);
      const words = [t.passWord, t.failWord];
      expect(tokens.filter((w) => words.includes(w)).length).toBeGreaterThanOrEqual(4); // the box and the three tools
      tokens.forEach((w, i) => {
        if (words.includes(w)) expect(['0', '1']).not.toContain(tokens[i - 1]);
      });
    },
    PDF_TIMEOUT_MS,
  );

  itWithPdfTools(
    'prints in TH Sarabun New, or where it is missing in Laksaman, its metric-compatible Thai face',
    async () => {
      const { pdf, ws } = await summary();
      const names = new Set<string>();
      ws.eachRow((row) => row.eachCell((cell) => names.add(cell.font?.name ?? '(none)')));
      expect([...names]).toEqual(['TH Sarabun New']);
      const fonts = await pdfFonts(pdf);
      expect(fonts.some((f) => /^(THSarabunNew|Laksaman)/.test(f))).toBe(true);
      // Thai text never falls back to a face without Thai glyphs metrics (DejaVu, Liberation, Calibri's stand-ins).
      expect(fonts.filter((f) => /Calibri|Carlito|Liberation|DejaVuSerif/.test(f))).toEqual([]);
    },
    PDF_TIMEOUT_MS,
  );

  (hasPrintFont ? itWithPdfTools : it.skip)(
    'no text is cut: every written cell fits its column width and row height in the print font, with 5% to spare',
    async () => {
      const { ws } = await summary();
      // Only what prints: A:G, down to the print area's last row (the stamp below is for the screen).
      const lastRow = Number(/\$?(\d+)$/.exec(String(ws.pageSetup.printArea))![1]);
      expect(lastRow).toBeGreaterThan(40);
      expect(misfits(ws, 7, lastRow)).toEqual([]);
    },
    PDF_TIMEOUT_MS,
  );

  itWithPdfTools(
    'the first pages land in the results folder as pictures',
    async () => {
      const { pdf } = await summary();
      const dir = RESULTS;
      mkdirSync(dir, { recursive: true });
      const png = await pagePng(pdf, 1, path.join(dir, 'summary-page-1'), 80);
      expect(png).toMatch(/summary-page-1\.png$/);
      await pagePng(pdf, 2, path.join(dir, 'summary-page-2'), 60);
      await pagePng(pdf, 3, path.join(dir, 'summary-page-3'), 60);
      await pagePng(pdf, 4, path.join(dir, 'summary-page-4'), 60);
    },
    PDF_TIMEOUT_MS,
  );
});

describe('the bundled sample as printed: a long route to the target', () => {
  itWithPdfTools(
    'keeps the result and its whole route on page 1, and no page ends with a heading away from its text',
    async () => {
      // The sample (2566) routes to AA and to 95 in many steps: at the house scale its first page
      // ran one line onto a page of its own, and an indicator's heading ended page 2.
      const work = await loadXlsx(readFileSync(path.resolve(__dirname, '../../assets/sample/sample.xlsx')));
      const snapshot = readWorkbook(work);
      applyPlan(
        work,
        planResults(analyzeWorkbook(snapshot, { today: '2026-11-21' }), snapshot, { computedAt: COMPUTED_AT }).plan,
      );
      for (const ws of work.worksheets) if (ws.name !== SUMMARY) ws.state = 'hidden';
      const file = path.join(await mkdtemp(path.join(tmpdir(), 'sample-pdf-')), 'sample.xlsx');
      await work.xlsx.writeFile(file);
      const pdf = await toPdf(file);
      const { pages: count } = await pdfInfo(pdf);
      const pages = await Promise.all(Array.from({ length: count }, (_, i) => pageText(pdf, i + 1)));
      const lines = (p: string) =>
        p
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean);
      expect(pages[0]).toContain('แผนยกระดับคะแนน');
      expect(pages[0]).toMatch(/คะแนน 1 คะแนนในตัวชี้วัด/); // the route's last line
      expect(lines(pages[1]).slice(0, 4).join(' ')).toContain(t.suggestionsTitle);
      // The last line above the footer is never an indicator's heading ("ตัวชี้วัดที่ 9 … (92.50)").
      for (const p of pages) {
        const body = lines(p).filter((l) => !/^หน้า \d+ จาก \d+$/.test(l));
        expect(body[body.length - 1]).not.toMatch(/^ตัวชี้วัดที่ \d+ .*\(\d+\.\d\d\)$/);
      }
    },
    PDF_TIMEOUT_MS,
  );
});
