/**
 * A district office's path: `template --agencies`, one row per agency typed as a planner types
 * (Thai digits, a blank type read from the name, a total only), recompute, the area sheet.
 */
jest.setTimeout(60_000);

import * as ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { AGENCIES_COLUMNS } from '../../src/workbook/agencies-columns';
import { SHEET_NAMES } from '../../src/workbook/owned';
import { runCli } from '../helpers/run-cli';

const dir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ita-area-template-'));

describe('template --agencies', () => {
  it('writes a how-to, the settings and an Agencies sheet whose every column is recognised', async () => {
    const file = path.join(dir(), 'area.xlsx');
    const r = await runCli(['template', '--agencies', '-o', file, '--lang', 'en']);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['How to', 'Settings', 'Agencies', 'Rules']);
    const header = (wb.getWorksheet('Agencies')!.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(AGENCIES_COLUMNS.map((c) => c.label.en));
    expect(wb.getWorksheet('Agencies')!.getCell('B2').dataValidation).toMatchObject({ type: 'list' });
  });

  it('blank, it says there is nothing to compute yet rather than "fix the errors"', async () => {
    const d = dir();
    const file = path.join(d, 'area.xlsx');
    await runCli(['template', '--agencies', '-o', file]);
    const r = await runCli(['recompute', file, '-o', path.join(d, 'out.xlsx'), '--lang', 'en']);
    expect(r.out).toContain('No results were written: there are no scores to compute yet');
    expect(r.out).not.toContain('fix the errors');
    expect(r.out).toContain('Sheet หน่วยงาน has no agency yet');
  });

  it('filled as a planner types it, it recomputes with no problem and writes the area sheet', async () => {
    const d = dir();
    const file = path.join(d, 'area.xlsx');
    await runCli(['template', '--agencies', '-o', file]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.getWorksheet('หน่วยงาน')!;
    const col = (key: string) => AGENCIES_COLUMNS.findIndex((c) => c.key === key) + 1;
    const put = (row: number, values: Record<string, string | number>) => {
      for (const [key, v] of Object.entries(values)) sheet.getCell(row, col(key)).value = v;
    };
    put(2, { name: 'อบต.ท่ามะลิ่ง', district: 'เมือง', province: 'ลำพูน', total: '๘๗.๕๐' });
    put(3, { name: 'เทศบาลตำบลป่าซาง', type: 'เทศบาลตำบล', district: 'ป่าซาง', province: 'ลำพูน', total: 79.25 });
    put(4, { name: 'อบต.บ้านธิ', district: 'บ้านธิ', province: 'ลำพูน', toolIIT: 90, toolEIT: 85, toolOIT: 70 });
    await wb.xlsx.writeFile(file);
    const out = path.join(d, 'out.xlsx');
    const r = await runCli(['recompute', file, '-o', out, '--lang', 'en']);
    expect(r.code).toBe(0);
    // The one warning: a total typed in Thai digits is read, and said to be text to formulas.
    expect(r.out).toContain('Problems: 0 errors, 1 warnings');
    expect(r.out).toContain('หน่วยงาน!R2 holds the text "๘๗.๕๐"');
    expect(r.out).toContain('3 agencies, mean 82.42');
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(out);
    expect(after.getWorksheet(SHEET_NAMES.en.agencies)).toBeDefined();
  });
});
