/**
 * Our sheets are fitted into the user's package as text when they hold no rules (issue 14: a
 * DOM of 250,000 cells took most of a recompute). The text path must give what the DOM path
 * gives: the same cells, styles remapped the same way, shared strings inlined the same way.
 */
import * as ExcelJS from 'exceljs';
import { buildOwnSheets } from '../../src/xlsx/package/build';
import { fitCellsAsText, fitOurSheetDom } from '../../src/xlsx/package/our-sheet';
import { parseXml, serializeXml } from '../../src/xlsx/package/xml';
import { emptyPlan, WritePlan } from '../../src/workbook/plan';
import { loadXlsx, readWorkbook, writeXlsx } from '../../src/xlsx';
import { analyzeWorkbook, planResults } from '../../src/workbook';
import { agencySheet, Cell } from '../fixtures/agencies/district-30';

const canonical = (xml: string) => serializeXml(parseXml(xml, 'sheet.xml'));
const styles = { xf: (i: number) => i * 3 + 7, dxf: (i: number) => i };

async function district30Plan(): Promise<WritePlan> {
  const wb = new ExcelJS.Workbook();
  const add = (name: string, rows: Cell[][]) => {
    const ws = wb.addWorksheet(name);
    rows.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
  };
  add('ตั้งค่า', [['ปีงบประมาณ', 2568]]);
  add('หน่วยงาน', agencySheet('th'));
  const snap = readWorkbook(await loadXlsx(await writeXlsx(wb)));
  return planResults(analyzeWorkbook(snap, { today: '2026-11-21' }), snap, { computedAt: '2026-11-21T00:00:00Z' }).plan;
}

describe('our sheet as text, without a DOM', () => {
  it('gives the DOM path’s sheet: the area sheet of 30 agencies, and text that needs escaping or keeps its spaces', async () => {
    const plan = await district30Plan();
    const odd: WritePlan = {
      ...emptyPlan(),
      sheets: [{ name: 'X', columnWidths: [10, 12] }],
      blocks: [
        {
          sheet: 'X',
          top: 0,
          left: 0,
          cells: [
            [{ text: '  a < b & "c" > d  ' }, { text: '=1+1' }],
            [{ number: 1.5 }, { formula: 'A2*2', cached: 3 }],
            [null, { text: 'ไทย ๘๕.๖๖\nบรรทัดสอง' }],
          ],
        },
      ],
      styles: [
        { sheet: 'X', range: 'A1:B1', bold: true, fill: '#E2EFDA' },
        { sheet: 'X', range: 'B3', wrap: true },
      ],
    };
    for (const p of [plan, odd]) {
      const names = p.sheets.map((s) => s.name);
      const built = await buildOwnSheets(p, new Set(names.map((n) => n.toLowerCase())), false, []);
      for (const sheet of built.sheets) {
        expect(sheet.xml).not.toMatch(/<cfRule/);
        const text = fitCellsAsText(sheet.xml, built.strings, styles);
        expect({ sheet: sheet.name, xml: canonical(text) }).toEqual({
          sheet: sheet.name,
          xml: canonical(fitOurSheetDom(sheet.xml, sheet.part, built.strings, styles)),
        });
        expect(text).not.toMatch(/t="s"/);
      }
    }
  });
});
