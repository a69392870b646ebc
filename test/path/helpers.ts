import * as ExcelJS from 'exceljs';
import { planTemplate } from '../../src/workbook';
import { applyPlan, loadXlsx, writeXlsx } from '../../src/xlsx';
import { THAMALING } from '../fixtures/planner/thamaling-2565';

/** The template as `ita-planner template` writes it, reloaded from its bytes. */
export async function template(lang: 'th' | 'en' = 'th', year = 2565): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  applyPlan(wb, planTemplate(year, lang));
  return loadXlsx(await writeXlsx(wb));
}

/**
 * Types ท่ามะลิ่ง's indicator scores into the template's Score column the way a planner does
 * (Thai digits, suffixes), leaving the OIT checklist untouched.
 */
export async function filledTemplate(
  opts: { lang?: 'th' | 'en'; ind9?: string; reported?: string } = {},
): Promise<ExcelJS.Workbook> {
  const lang = opts.lang ?? 'th';
  const wb = await template(lang);
  const scores = wb.getWorksheet(lang === 'th' ? 'คะแนน' : 'Scores')!;
  for (let id = 1; id <= 10; id++) {
    const typed = id === 9 && opts.ind9 !== undefined ? opts.ind9 : THAMALING.typed[id];
    expect(scores.getCell(id + 1, 1).value).toBe(id);
    scores.getCell(id + 1, 5).value = typed;
  }
  const settings = wb.getWorksheet(lang === 'th' ? 'ตั้งค่า' : 'Settings')!;
  settings.getCell('B2').value = THAMALING.agency;
  if (opts.reported !== undefined) {
    const row = findRow(settings, lang === 'th' ? 'คะแนนที่ประกาศ' : 'Reported total');
    settings.getCell(row, 2).value = opts.reported;
  }
  return loadXlsx(await writeXlsx(wb));
}

export function findRow(ws: ExcelJS.Worksheet, label: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === label) return r;
  throw new Error(`no row labelled ${label} on ${ws.name}`);
}
