/**
 * The problems sheet and a report sheet as printed, on a template a planner filled in with
 * openpyxl: text-typed Thai-digit scores, an indicator 11, a reported total that differs, an OIT
 * link without https:// and measures with statuses the reader does not know.
 */
import * as ExcelJS from 'exceljs';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildReport } from '../../src/reports';
import { planReportSheet } from '../../src/reports/sheet';
import { analyzeWorkbook } from '../../src/workbook';
import { applyPlan, loadXlsx, readWorkbook, writeXlsx } from '../../src/xlsx';
import { seed001Workbook } from '../reports/fixtures';
import { template } from '../path/helpers';
import { COMPUTED_AT, recompute } from '../workbook/helpers';
import { hasOpenpyxl, PYTHON } from '../xlsx/corpus/producers';
import { brokenHeadings, columnPoints, hasPrintFont, linesFor, misfits, printed } from './fit';

const FILL = `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
wb['ตั้งค่า']['B2'] = 'เทศบาลตำบลหนองบัว'
wb['ตั้งค่า']['B5'] = 88.5
scores = wb['คะแนน']
for i, v in enumerate(['๘๗.๕๐', '๙๑.๒๕', '85.5', '๗๙', '90', '๘๘.๒๕', '86', '๘๓.๕๐', '70', '๙๒']):
    scores.cell(row=2 + i, column=5, value=v)
scores.cell(row=12, column=1, value=11)
scores.cell(row=12, column=5, value=80)
oit = wb['OIT']
for r in range(2, 29):
    oit.cell(row=r, column=4, value='มี')
    oit.cell(row=r, column=5, value='www.nongbua.go.th/public/information/documents/o%d-annual-report.pdf' % (r - 1))
measures = wb['มาตรการ']
for r in range(2, 12):
    row = ('เผยแพร่ข้อมูลข่าวสารบนเว็บไซต์ให้ครบถ้วน', 'ปรับปรุงเว็บไซต์', 'สำนักปลัด', 'ต.ค.69-มี.ค.70', 'เลยกำหนด', '9', '', '')
    for c, v in enumerate(row):
        measures.cell(row=r, column=1 + c, value=v)
wb.save(sys.argv[1])
`;

const PROBLEMS = { th: 'ปัญหาที่พบ ITA', en: 'ITA Problems' };

let filled: Promise<Buffer> | undefined;
const sheets: Partial<Record<'th' | 'en', Promise<ExcelJS.Worksheet>>> = {};
/** The problems sheet of the filled template, recomputed in `lang`. */
const problemsSheet = (lang: 'th' | 'en' = 'th') =>
  (sheets[lang] ??= (async () => {
    const bytes = await (filled ??= (async () => {
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ita-problems-')), 'filled.xlsx');
      fs.writeFileSync(file, await writeXlsx(await template('th', 2569)));
      execFileSync(PYTHON, ['-c', FILL, file], { stdio: 'pipe' });
      return fs.readFileSync(file);
    })());
    const { after } = await recompute(await loadXlsx(bytes), { lang });
    return after.getWorksheet(PROBLEMS[lang])!;
  })());

/** 1-based rows of the listed problems: below the header row 4, down to the last with a level. */
function problemRows(ws: ExcelJS.Worksheet): number[] {
  const rows: number[] = [];
  for (let r = 5; printed(ws.getCell(r, 4)) !== ''; r++) rows.push(r);
  return rows;
}

const withBoth = hasOpenpyxl && hasPrintFont ? it : it.skip;

describe('the problems sheet on paper, as a planner filled the template', () => {
  withBoth.each(['th', 'en'] as const)(
    '%s: nothing prints cut or overlapped: a code wraps in its narrow column, the stamp and its note each have room',
    async (lang) => {
      const ws = await problemsSheet(lang);
      // Text not wrapped runs on over the empty cells to its right, as the spreadsheets print it.
      expect(misfits(ws, 6, Infinity, 0.05, true)).toEqual([]);
      expect(problemRows(ws).length).toBeGreaterThanOrEqual(5);
    },
  );

  withBoth('every column of every problem says something: no column left empty for most rows', async () => {
    const ws = await problemsSheet();
    const empty = problemRows(ws).flatMap((r) =>
      [1, 2, 3, 4].filter((c) => printed(ws.getCell(r, c)) === '').map((c) => ws.getCell(r, c).address),
    );
    expect(empty).toEqual([]);
  });

  withBoth('the message does not start with the place its own column shows, with a link', async () => {
    const ws = await problemsSheet();
    const repeated = problemRows(ws).filter((r) => {
      const place = printed(ws.getCell(r, 2));
      return place.includes('!') && printed(ws.getCell(r, 3)).startsWith(place);
    });
    expect(repeated).toEqual([]);
  });

  withBoth('a level and a code read whole, at most as wide as they need', async () => {
    const ws = await problemsSheet();
    for (const r of problemRows(ws)) {
      const level = ws.getCell(r, 1);
      // "ข้อผิดพลาด" on one line: not "ข้อผิด/พลาด", as ICU's dictionary would let it break.
      expect(linesFor(printed(level), columnPoints(ws.getColumn(1).width!) * 0.95, 16, true)).toBe(1);
    }
    expect(ws.getColumn(4).width!).toBeLessThan(ws.getColumn(3).width! / 3);
  });
});

describe('a report sheet on paper', () => {
  (hasPrintFont ? it : it.skip)(
    'the plan report: no heading broken inside a word ("ลำดั/บ"), the stamp and its note print apart',
    async () => {
      const wb = await loadXlsx(await writeXlsx(seed001Workbook()));
      const snapshot = readWorkbook(wb);
      const doc = buildReport(analyzeWorkbook(snapshot, { today: '2023-04-05' }), 'plan', { lang: 'th' }).doc!;
      const { plan, sheet } = planReportSheet(doc, snapshot, COMPUTED_AT);
      applyPlan(wb, plan);
      const ws = (await loadXlsx(await writeXlsx(wb))).getWorksheet(sheet!)!;
      const lastCol = ws.columnCount;
      expect(brokenHeadings(ws, lastCol, ws.rowCount, 'FFE2EFDA', 14)).toEqual([]);
      const stampRow = ws.rowCount - 1;
      expect(printed(ws.getCell(stampRow, 1))).toBe(`ITA Planner: ${sheet}`);
      expect(
        misfits(ws, lastCol, Infinity, 0.05, true).filter((m) => Number(/\d+/.exec(m.cell)![0]) >= stampRow),
      ).toEqual([]);
    },
  );
});
