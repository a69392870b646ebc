/**
 * Issue 14: an area sheet left by an earlier good run must not pass for current after a later
 * run is blocked by errors: marked out of date the way the summary is (src/workbook/stale.ts).
 */
import * as ExcelJS from 'exceljs';
import { AREA_STALE_NAME } from '../../src/workbook/stale';
import { agencySheet, Cell } from '../fixtures/agencies/district-30';
import { nameValue, recompute } from './helpers';

jest.setTimeout(60_000); // several .xlsx round trips on a shared machine

const OVERVIEW = 'ภาพรวมหน่วยงาน ITA';

function district30(lang: 'th' | 'en' = 'th'): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const add = (name: string, rows: Cell[][]) => {
    const ws = wb.addWorksheet(name);
    rows.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
  };
  add(lang === 'th' ? 'ตั้งค่า' : 'Settings', [
    [lang === 'th' ? 'ปีงบประมาณ' : 'Fiscal year', 2568],
    [lang === 'th' ? 'เป้าหมาย' : 'Target', 85],
  ]);
  add(lang === 'th' ? 'หน่วยงาน' : 'Agencies', agencySheet(lang));
  return wb;
}

describe('the area sheet is marked out of date when a later run is blocked', () => {
  it('banner in A4 and ITA_AGENCIES_STALE = TRUE after a blocked run; the old figures stay; the next good run unmarks it', async () => {
    const good = await recompute(district30());
    expect(good.result.wroteResults).toBe(true);
    const sheet = good.after.getWorksheet(OVERVIEW)!;
    expect(sheet.getCell('A4').value).toBeNull();
    expect(nameValue(good.after, AREA_STALE_NAME)).toBeNull();

    // A score typed as a word: the run is blocked and writes only the problems sheet.
    good.after.getWorksheet('หน่วยงาน')!.getCell('S6').value = 'ดีมาก';
    const blocked = await recompute(good.after);
    expect(blocked.result.wroteResults).toBe(false);
    const old = blocked.after.getWorksheet(OVERVIEW)!;
    expect(String(old.getCell('A4').value)).toMatch(/^⚠ ภาพรวมนี้ล้าสมัย: การคำนวณเมื่อ .* พบข้อผิดพลาด/);
    expect(nameValue(blocked.after, AREA_STALE_NAME)).toBe(true);
    expect(nameValue(blocked.after, 'ITA_AGENCIES_MEAN')).toBe(86.78);
    expect(old.getCell('B7').value).toEqual(sheet.getCell('B7').value);

    // A second blocked run keeps the mark; a good one rewrites the sheet without it.
    const again = await recompute(blocked.after);
    expect(String(again.after.getWorksheet(OVERVIEW)!.getCell('A4').value)).toMatch(/ล้าสมัย/);
    again.after.getWorksheet('หน่วยงาน')!.getCell('S6').value = 96.5;
    const fixed = await recompute(again.after);
    expect(fixed.result.wroteResults).toBe(true);
    expect(fixed.after.getWorksheet(OVERVIEW)!.getCell('A4').value).toBeNull();
    expect(nameValue(fixed.after, AREA_STALE_NAME)).toBeNull();
  });

  it('in English too', async () => {
    const good = await recompute(district30('en'), { lang: 'en' });
    expect(good.result.wroteResults).toBe(true);
    good.after.getWorksheet('Agencies')!.getCell('S6').value = 'very good';
    const blocked = await recompute(good.after, { lang: 'en' });
    expect(blocked.result.wroteResults).toBe(false);
    expect(String(blocked.after.getWorksheet('ITA Agencies Overview')!.getCell('A4').value)).toMatch(
      /^⚠ OUT OF DATE: the recompute of .* found errors/,
    );
  });
});
