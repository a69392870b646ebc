import * as ExcelJS from 'exceljs';
import { buildReport } from '../../src/reports';
import { analyzeWorkbook } from '../../src/workbook';
import { loadXlsx, readWorkbook, writeXlsx } from '../../src/xlsx';
import { agencySheet, Cell } from '../fixtures/agencies/district-30';

async function analyzed(sheets: Record<string, Cell[][]>) {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
  }
  return analyzeWorkbook(readWorkbook(await loadXlsx(await writeXlsx(wb))), { today: '2026-11-21' });
}

describe('a report asked of a many-agencies workbook', () => {
  it('says reports are for one agency and where the area view is, not "0 errors in its scores"', async () => {
    const a = await analyzed({ ตั้งค่า: [['ปีงบประมาณ', 2568]], หน่วยงาน: agencySheet('th') });
    expect(a.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const { doc, problem } = buildReport(a, 'analysis', { lang: 'th' });
    expect(doc).toBeUndefined();
    expect(problem?.message.th).toContain('รายงานเป็นของหน่วยงานเดียว');
    expect(problem?.message.th).not.toMatch(/ข้อผิดพลาด 0 รายการ/);
    expect(problem?.message.en).toContain('the area view is the "ITA Agencies Overview" sheet');
  });
});
