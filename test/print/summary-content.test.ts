/**
 * What the executive summary says, beyond its layout: dates in the digits the planner types,
 * and measure counts that stay live when a status changes (recalculated by LibreOffice).
 */
import * as ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadXlsx, writeXlsx } from '../../src/xlsx';
import { itWithLibreOffice, LIBREOFFICE_TIMEOUT_MS, recalcWithLibreOffice } from '../helpers/lo-recalc';
import { itemLevel2565, measuresSheet } from '../workbook/fixtures';
import { nameValue, recompute } from '../workbook/helpers';

const SAMPLE = path.resolve(__dirname, '../../assets/sample/sample.xlsx');
const SUMMARY = 'สรุปผล ITA';
const stampLine = (wb: ExcelJS.Workbook) => String(wb.getWorksheet(SUMMARY)!.getCell('A3').value);

describe('the summary in the planner’s own digits', () => {
  it('Thai digits typed on the Settings sheet ("พ.ศ. ๒๕๖๖") put the dates in Thai digits', async () => {
    const { after } = await recompute(await loadXlsx(fs.readFileSync(SAMPLE)));
    expect(stampLine(after)).toContain('ข้อมูล ณ วันที่ ๑๕ พ.ค. ๒๕๖๖');
    expect(stampLine(after)).toContain('คำนวณเมื่อ ๒๑ พ.ย. ๒๕๖๙ ๑๖:๐๐');
  });

  it('Arabic digits on the Settings sheet keep Arabic digits, in the Buddhist Era', async () => {
    const { after } = await recompute(itemLevel2565());
    expect(stampLine(after)).toContain('ข้อมูล ณ วันที่ 30 มิ.ย. 2565');
    expect(stampLine(after)).not.toMatch(/[๐-๙]/);
  });
});

describe('live measure counts', () => {
  itWithLibreOffice(
    'marking an overdue measure done on the Measures sheet moves the counts when the workbook recalculates',
    async () => {
      const { analysis, after } = await recompute(await loadXlsx(fs.readFileSync(SAMPLE)));
      const m = analysis.measures!;
      expect([m.done, m.overdue]).toEqual([2, 3]);
      // Row 4: "จัดทำทะเบียนการยืมคืน…", in progress, due by the end of March 2566: overdue on 15 May.
      after.getWorksheet('มาตรการ')!.getCell('F4').value = 'ดำเนินการแล้วเสร็จ';
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ita-counts-')), 'counts.xlsx');
      fs.writeFileSync(file, await writeXlsx(after));
      const lo = await loadXlsx(fs.readFileSync((await recalcWithLibreOffice(file))!));
      expect(nameValue(lo, 'ITA_MEASURES_TOTAL')).toBe(7);
      expect(nameValue(lo, 'ITA_MEASURES_DONE')).toBe(3);
      expect(nameValue(lo, 'ITA_MEASURES_OVERDUE')).toBe(2);
    },
    LIBREOFFICE_TIMEOUT_MS,
  );

  it('a status the add-in reads but COUNTIF would not (a trailing space) keeps that count a fixed value, never a wrong formula', async () => {
    const wb = itemLevel2565();
    measuresSheet(wb).getCell('F4').value = 'ดำเนินการแล้วเสร็จ ';
    const { after } = await recompute(wb);
    const summary = after.getWorksheet(SUMMARY)!;
    const cellOf = (name: string) => {
      const model = (after.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
      return /!\$?([A-Z]+)\$?(\d+)$/
        .exec(model.find((n) => n.name === name)!.ranges[0])!
        .slice(1)
        .join('');
    };
    expect(summary.getCell(cellOf('ITA_MEASURES_DONE')).value).toBe(3);
    // The total still counts the measures live: it does not depend on the status words.
    expect(summary.getCell(cellOf('ITA_MEASURES_TOTAL')).formula).toMatch(/^COUNTIF\(/);
  });
});
