/**
 * The summary's tables as a planner reads them on paper: the figures at the NACC's two decimals,
 * an overdue measure's status whole on its line, and a link whose printed text says where to look.
 */
import * as ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { loadXlsx } from '../../src/xlsx';
import { recompute } from '../workbook/helpers';
import { brokenHeadings, columnPoints, hasPrintFont, linesFor, misfits, printed, spanChars } from './fit';

const SAMPLE = path.resolve(__dirname, '../../assets/sample/sample.xlsx');
const SUMMARY = 'สรุปผล ITA';

const samples: Partial<Record<'th' | 'en', Promise<ExcelJS.Worksheet>>> = {};
const summary = (lang: 'th' | 'en' = 'th') =>
  (samples[lang] ??= (async () => {
    const { after } = await recompute(await loadXlsx(fs.readFileSync(SAMPLE)), { lang });
    return after.getWorksheet(lang === 'th' ? SUMMARY : 'ITA Summary')!;
  })());

/** 1-based rows whose column A reads `text`. */
function rowOf(ws: ExcelJS.Worksheet, text: string): number {
  let found = 0;
  ws.getColumn(1).eachCell((c, r) => {
    if (!found && printed(c) === text) found = r;
  });
  return found;
}

describe('the summary’s tables on paper', () => {
  it('the tools table shows the weighted scores at two decimals, as the NACC and the command line do (25.93, not 25.927)', async () => {
    const ws = await summary();
    const head = rowOf(ws, 'แบบ');
    expect(printed(ws.getCell(head, 6))).toBe('ถ่วงน้ำหนัก');
    const shown = [1, 2, 3].map((i) => printed(ws.getCell(head + i, 6)));
    expect(shown).toEqual(['25.93', '25.51', '37.59']);
    // The value keeps full precision: only the format rounds.
    const iit = ws.getCell(head + 1, 6).value as { result?: number };
    expect(iit.result).toBeCloseTo(25.9272, 4);
    for (const i of [1, 2, 3]) expect(ws.getCell(head + i, 6).numFmt).toBe('0.00');
  });

  it('an overdue measure’s link prints which row of the Measures sheet to look at, and still goes to its cell', async () => {
    const ws = await summary();
    const head = rowOf(ws, 'มาตรการ');
    const links: { text: string; to: string }[] = [];
    for (let r = head + 1; r <= head + 3; r++)
      ws.getRow(r).eachCell((c) => {
        // A link is written as a HYPERLINK formula, its text cached.
        const f = (c.value as { formula?: string } | null)?.formula ?? '';
        const to = /^HYPERLINK\("([^"]*)"/.exec(f)?.[1];
        if (to) links.push({ text: printed(c), to });
      });
    expect(links.map((l) => l.text)).toEqual(['ดูแถว 4', 'ดูแถว 5', 'ดูแถว 8']);
    expect(links.map((l) => l.to.replace(/'/g, ''))).toEqual(['#มาตรการ!B4', '#มาตรการ!B5', '#มาตรการ!B8']);
    // No printed cell of the table is a bare address.
    for (let r = head; r <= head + 3; r++)
      ws.getRow(r).eachCell((c) => expect(printed(c)).not.toMatch(/!\$?[A-Z]+\$?\d+$/));
  });

  (hasPrintFont ? it : it.skip)(
    'an overdue measure’s status prints whole on one line ("ยังไม่ได้ดำเนินการ", never "ยังไม่ได้ดำเนิน/การ")',
    async () => {
      const ws = await summary();
      const head = rowOf(ws, 'มาตรการ');
      let statusCol = 0;
      ws.getRow(head).eachCell((c, col) => {
        if (!statusCol && printed(c) === 'สถานะ') statusCol = col; // a merged cell reads the same in each column
      });
      const statuses = [1, 2, 3].map((i) => ({ row: head + i, text: printed(ws.getCell(head + i, statusCol)) }));
      expect(statuses.map((s) => s.text)).toEqual(['อยู่ระหว่างดำเนินการ', 'ยังไม่ได้ดำเนินการ', 'ยังไม่ได้ดำเนินการ']);
      for (const s of statuses)
        expect(linesFor(s.text, columnPoints(spanChars(ws, s.row, statusCol)) * 0.95, 13, false)).toBe(1);
    },
  );
});

describe('the summary’s headings, in both languages', () => {
  for (const lang of ['th', 'en'] as const)
    (hasPrintFont ? it : it.skip)(
      `${lang}: no heading is wider than its column(s) by a word ("Sub-indicato" printed cut), and nothing prints cut`,
      async () => {
        const ws = await summary(lang);
        const lastRow = Number(/\$?(\d+)$/.exec(String(ws.pageSetup.printArea))![1]);
        const broken = brokenHeadings(ws, 7, lastRow, 'FFF2F2F2', 13);
        expect(broken).toEqual([]);
        expect(misfits(ws, 7, lastRow)).toEqual([]);
      },
    );
});
