/**
 * Report sheets are the add-in's own: writing one never changes an input cell, writing again
 * replaces only that sheet, and a user's sheet bearing its name is never written over.
 */
import * as ExcelJS from 'exceljs';
import { buildReport, ReportKind, REPORT_KINDS } from '../../src/reports';
import { planReportSheet } from '../../src/reports/sheet';
import { analyzeWorkbook } from '../../src/workbook';
import { SHEET_NAMES } from '../../src/workbook/owned';
import { applyPlan, loadXlsx, readWorkbook, writeXlsx } from '../../src/xlsx';
import { cellsOf, COMPUTED_AT } from '../workbook/helpers';
import { seed001Workbook } from './fixtures';

/** Writes the report into a copy of `wb` the way the command line does, and reloads it. */
async function writeReport(wb: ExcelJS.Workbook, kind: ReportKind, lang: 'th' | 'en' = 'th') {
  const work = await loadXlsx(await writeXlsx(wb));
  const snapshot = readWorkbook(work);
  const analysis = analyzeWorkbook(snapshot, { today: '2023-04-05' });
  const doc = buildReport(analysis, kind, { lang }).doc!;
  const result = planReportSheet(doc, snapshot, COMPUTED_AT);
  applyPlan(work, result.plan);
  return { result, after: await loadXlsx(await writeXlsx(work)) };
}

const inputs = ['ตั้งค่า', 'คะแนน', 'OIT', 'มาตรการ'];

describe('report sheets', () => {
  it.each(REPORT_KINDS)('writing the %s report changes no input cell and adds only its own sheet', async (kind) => {
    const wb = seed001Workbook();
    const { result, after } = await writeReport(wb, kind);
    expect(result.problems).toEqual([]);
    expect(after.worksheets.map((w) => w.name)).toEqual([...inputs, SHEET_NAMES.th[kind]]);
    for (const name of inputs) expect(cellsOf(after.getWorksheet(name)!)).toEqual(cellsOf(wb.getWorksheet(name)!));
  });

  it('the sheet’s closing line gives the time on Thailand’s clock, not UTC', () => {
    const snapshot = readWorkbook(seed001Workbook());
    const doc = buildReport(analyzeWorkbook(snapshot, { today: '2023-04-05' }), 'plan', { lang: 'en' }).doc!;
    const plan = planReportSheet(doc, snapshot, '2026-12-02T19:27:00.000Z').plan;
    const texts = plan.blocks.flatMap((b) => b.cells.flat()).flatMap((c) => (c && 'text' in c ? [c.text] : []));
    expect(texts).toContain('ITA Planner · 3 Dec 2026 02:27');
  });

  it('writing again replaces only our sheet: the same sheets, the same cells', async () => {
    const once = (await writeReport(seed001Workbook(), 'plan')).after;
    const twice = (await writeReport(once, 'plan')).after;
    expect(twice.worksheets.map((w) => w.name)).toEqual(once.worksheets.map((w) => w.name));
    for (const ws of once.worksheets) expect(cellsOf(twice.getWorksheet(ws.name)!)).toEqual(cellsOf(ws));
  });

  it('the same report in the other language replaces ours; the other reports stay', async () => {
    const th = (await writeReport(seed001Workbook(), 'analysis')).after;
    const withPlan = (await writeReport(th, 'plan')).after;
    const en = (await writeReport(withPlan, 'analysis', 'en')).after;
    expect(en.worksheets.map((w) => w.name)).toEqual([...inputs, SHEET_NAMES.th.plan, SHEET_NAMES.en.analysis]);
  });

  it('a user’s sheet bearing the report’s name is not written over: one message, nothing planned', async () => {
    const wb = seed001Workbook();
    wb.addWorksheet(SHEET_NAMES.th['six-month']).getCell('A1').value = 'บันทึกของฉัน';
    const { result, after } = await writeReport(wb, 'six-month');
    expect(result.sheet).toBeUndefined();
    expect(result.plan.sheets).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0].message.th).toContain('ITA Planner ไม่ได้สร้าง');
    expect(result.problems[0].message.en).toContain('did not create');
    expect(after.getWorksheet(SHEET_NAMES.th['six-month'])!.getCell('A1').value).toBe('บันทึกของฉัน');
  });

  it('a report sheet is never read back as input (its measure table is not a measures sheet)', async () => {
    const { after } = await writeReport(seed001Workbook(), 'plan');
    after.removeWorksheet(after.getWorksheet('มาตรการ')!.id);
    const a = analyzeWorkbook(readWorkbook(after), { today: '2023-04-05' });
    expect(a.measures).toBeUndefined();
  });
});
