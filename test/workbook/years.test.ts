import * as ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writeXlsx, loadXlsx } from '../../src/xlsx';
import { itWithLibreOffice, LIBREOFFICE_TIMEOUT_MS, recalcWithLibreOffice } from '../helpers/lo-recalc';
import { Row, sheet } from './fixtures';
import { nameValue, recompute } from './helpers';

/** Indicator scores giving total 94.64 with EIT 84.20 (spec §7: the 2568 State Audit Office case). */
const CAPPED = [97.93, 97.93, 97.94, 97.94, 97.93, 84.2, 84.2, 84.2];

/** A workbook for `year` (its label on row 2, so the year sits in B2) with indicator scores 1–8 and a checklist. */
function yearWorkbook(year: number | string, oit: (code: string) => string, itemCount = 26): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  sheet(wb, 'ตั้งค่า', [
    ['หน่วยงาน', 'เทศบาลตำบลทดสอบ'],
    ['ปีงบประมาณ', year],
  ]);
  sheet(wb, 'คะแนน', [['ตัวชี้วัด', 'คะแนน'], ...CAPPED.map((s, i): Row => [i + 1, s])]);
  const rows: Row[] = [['ข้อ', 'เผยแพร่', 'URL']];
  for (let i = 1; i <= itemCount; i++)
    rows.push([`O${i}`, oit(`O${i}`), oit(`O${i}`) === 'มี' ? `https://www.example.go.th/o${i}` : null]);
  sheet(wb, 'OIT', rows);
  return wb;
}

describe('fiscal years 2567–2570 in a workbook', () => {
  it('a 2568 workbook with a 26-item checklist scores; the named rating is capped by EIT', async () => {
    const { analysis, after } = await recompute(yearWorkbook(2568, () => 'มี'));
    expect(analysis.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const a = analysis.assessment!;
    expect(a.fiscalYear).toBe(2568);
    expect(a.totalShown).toBe(94.64);
    expect(a.rating).toMatchObject({ name: { th: 'ผ่าน' }, cappedBy: 'EIT' });
    expect(nameValue(after, 'ITA_RATING')).toBe('ผ่าน');
    const summary = after.getWorksheet('สรุปผล ITA')!;
    const texts = summary
      .getSheetValues()
      .flat(2)
      .map((v) => (v && typeof v === 'object' && 'result' in v ? v.result : v));
    expect(texts).toContain('EIT 84.20 ต่ำกว่า 85 จึงได้ระดับผ่าน');
    expect(texts.some((t) => typeof t === 'string' && t.startsWith('เกณฑ์ชั่วคราว'))).toBe(true);
  });

  it('2570: the newest framework (2569) with a warning at the year cell where it is (B2, not B1)', async () => {
    const { analysis } = await recompute(yearWorkbook(2570, () => 'มี'));
    const w = analysis.problems.find((p) => p.code === 'settings.year-not-shipped');
    expect(w).toMatchObject({ severity: 'warning', sheet: 'ตั้งค่า', cell: 'B2' });
    expect(w?.message.th).toContain('2569');
    expect(analysis.assessment?.fiscalYear).toBe(2570);
    expect(analysis.framework.basedOn).toBe(2569);
  });

  it('1999 (B.E. 2542) is an error at its cell and nothing is scored', async () => {
    const { analysis, result } = await recompute(yearWorkbook(1999, () => 'มี'));
    const e = analysis.problems.find((p) => p.code === 'year.before-ita');
    expect(e).toMatchObject({ severity: 'error', sheet: 'ตั้งค่า', cell: 'B2', found: '1999' });
    expect(e?.message.en).toContain('2561');
    expect(analysis.assessment).toBeUndefined();
    expect(result.wroteResults).toBe(false);
  });

  it("a 2569 checklist beyond its 26 items names the year's range", async () => {
    const { analysis } = await recompute(yearWorkbook(2569, () => 'มี', 27));
    const e = analysis.problems.find((p) => p.code === 'oit.item');
    expect(e).toMatchObject({ sheet: 'OIT', cell: 'A28' });
    expect(e?.expected?.en).toContain('O1–O26');
  });

  itWithLibreOffice(
    'ITA_RATING and its reason are live: LibreOffice recalculates ผ่าน and the EIT cap',
    async () => {
      const { analysis, after } = await recompute(yearWorkbook(2569, () => 'มี'));
      // Break the cached values, so only a recalculation can restore them.
      const ws = after.getWorksheet('สรุปผล ITA')!;
      for (const a1 of ['G6', 'A9']) {
        const v = ws.getCell(a1).value as ExcelJS.CellFormulaValue;
        expect(v.formula).toBeTruthy();
        ws.getCell(a1).value = { formula: v.formula, result: 'stale' } as ExcelJS.CellFormulaValue;
      }
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ita-years-')), 'rating.xlsx');
      fs.writeFileSync(file, await writeXlsx(after));
      const lo = await loadXlsx(fs.readFileSync((await recalcWithLibreOffice(file))!));
      expect(nameValue(lo, 'ITA_RATING')).toBe(analysis.assessment!.rating!.name.th);
      expect(nameValue(lo, 'ITA_TOTAL')).toBe(94.64);
      const reason = lo.getWorksheet('สรุปผล ITA')!.getCell('A9').result;
      expect(reason).toBe('EIT 84.20 ต่ำกว่า 85 จึงได้ระดับผ่าน');
    },
    LIBREOFFICE_TIMEOUT_MS,
  );
});
