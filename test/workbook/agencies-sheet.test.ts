import * as ExcelJS from 'exceljs';
import { mkdtemp, readFile, writeFile } from 'fs/promises';
import { tmpdir } from 'os';
import * as path from 'path';
import { loadXlsx, writeXlsx } from '../../src/xlsx';
import { district30Workbook } from '../fixtures/agencies/district-30-workbook';
import { itWithLibreOffice, LIBREOFFICE_TIMEOUT_MS, recalcWithLibreOffice } from '../helpers/lo-recalc';
import { nameValue, recompute } from './helpers';

const OVERVIEW = 'ภาพรวมหน่วยงาน ITA';

async function recalculated(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'agencies-lo-')), 'in.xlsx');
  await writeFile(file, await writeXlsx(wb));
  const out = await recalcWithLibreOffice(file);
  if (!out) throw new Error('LibreOffice is not installed');
  return loadXlsx(await readFile(out));
}

/** Every formula cell of a sheet: address, formula and the value cached with it. */
function formulaCells(ws: ExcelJS.Worksheet): { at: string; formula: string; result: unknown }[] {
  const out: { at: string; formula: string; result: unknown }[] = [];
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const v = cell.value as { formula?: string; result?: unknown } | null;
      if (v && typeof v === 'object' && 'formula' in v && v.formula)
        out.push({ at: cell.address, formula: v.formula, result: v.result });
    }),
  );
  return out;
}

/** 1-based rows whose column A reads `label`, top to bottom. */
function rowsLabelled(ws: ExcelJS.Worksheet, label: string): number[] {
  const out: number[] = [];
  ws.getColumn(1).eachCell((c, row) => {
    const v = c.value as { result?: unknown } | string | null;
    if ((typeof v === 'object' && v !== null ? v.result : v) === label) out.push(row);
  });
  return out;
}

/** A group table's row as header → value: the header is the nearest row above headed "กลุ่ม". */
function groupRow(ws: ExcelJS.Worksheet, row: number): Record<string, unknown> {
  let head = row - 1;
  while (head > 0 && ws.getCell(head, 1).value !== 'กลุ่ม') head--;
  const out: Record<string, unknown> = {};
  for (let c = 2; ws.getCell(head, c).value; c++) {
    const v = ws.getCell(row, c).value as { formula?: string; result?: unknown } | null;
    // ExcelJS reads a formula's cached 0 back as no result.
    out[String(ws.getCell(head, c).value)] =
      v !== null && typeof v === 'object' ? (v.result ?? (v.formula ? 0 : v.result)) : v;
  }
  return out;
}

describe('issue 14: the area sheet we own, and its names', () => {
  it('the 30-agency district writes the area sheet, its names and no summary (no Scores sheet)', async () => {
    const { result, after } = await recompute(district30Workbook());
    expect(result.wroteResults).toBe(true);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(after.getWorksheet(OVERVIEW)).toBeDefined();
    expect(after.getWorksheet('สรุปผล ITA')).toBeUndefined();
    expect(nameValue(after, 'ITA_AGENCIES_COUNT')).toBe(30);
    expect(nameValue(after, 'ITA_AGENCIES_MEAN')).toBe(86.78);
    expect(nameValue(after, 'ITA_AGENCIES_PASS_SHARE')).toBeCloseTo(19 / 30, 12);
    expect(nameValue(after, 'ITA_PLANNER_AGENCIES')).toBe('ภาพรวมผลการประเมิน ITA รายหน่วยงาน');
    const ws = after.getWorksheet(OVERVIEW)!;
    // The national figures of spec §7 beside the area's.
    expect([ws.getCell('C6').value, ws.getCell('C7').value, ws.getCell('C8').value]).toEqual([8317, 93.82, 0.9417]);
    // Below the target, lowest first, with the one step (as the agency table shows it).
    const below = rowsLabelled(ws, 'หน่วยงานที่ต่ำกว่าเป้าหมาย (คะแนนต่ำสุดก่อน) และก้าวเดียวที่ยกถึงเป้าหมาย')[0] + 2;
    expect(ws.getCell(below, 1).result).toBe('อบต.ห้วยปันจ๊อย');
    expect(ws.getCell(below, 6).result).toBe('เพิ่มคะแนนรวมอีก 20.00 (จาก 65.00 เป็น 85.00)');
  });

  it('recomputing twice gives the same sheet, and the names stay ours', async () => {
    const once = await recompute(district30Workbook());
    const twice = await recompute(once.after);
    expect(twice.result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const cells = (wb: ExcelJS.Workbook) =>
      formulaCells(wb.getWorksheet(OVERVIEW)!).map((c) => [c.at, c.formula, c.result]);
    expect(cells(twice.after)).toEqual(cells(once.after));
  });

  itWithLibreOffice(
    'LibreOffice recalculating every formula of the sheet gets the add-in’s figures, and follows an edited input',
    async () => {
      const { after } = await recompute(district30Workbook());
      const ours = formulaCells(after.getWorksheet(OVERVIEW)!);
      expect(ours.length).toBeGreaterThan(400);
      const lo = await recalculated(after);
      const theirs = new Map(formulaCells(lo.getWorksheet(OVERVIEW)!).map((c) => [c.at, c.result]));
      const differ = ours.filter((c) => {
        const r = theirs.get(c.at);
        return typeof c.result === 'number'
          ? !(typeof r === 'number' && Math.abs(r - c.result) < 1e-9)
          : r !== c.result;
      });
      expect(differ.map((c) => [c.at, c.formula, c.result, theirs.get(c.at)])).toEqual([]);

      // The group tables as LibreOffice computes them: ป่าซาง and the อบต. by grade and rating, and their means.
      const sheet = lo.getWorksheet(OVERVIEW)!;
      const [, grades, means] = rowsLabelled(sheet, 'ป่าซาง (ลำพูน)');
      expect(groupRow(sheet, grades)).toEqual({
        AA: 2,
        A: 4,
        B: 3,
        C: 1,
        D: 0,
        E: 0,
        F: 0,
        ผ่านดีเยี่ยม: 2,
        ผ่านดี: 1,
        ผ่าน: 1,
        ไม่ผ่าน: 2,
      });
      expect(groupRow(sheet, means)).toMatchObject({ IIT: 87.5, EIT: 87, OIT: 93.33, 'ตัวชี้วัดที่ 6': 86.67 });
      const [, saoGrades] = rowsLabelled(sheet, 'อบต.');
      expect(groupRow(sheet, saoGrades)).toMatchObject({ AA: 5, A: 9, B: 7, C: 4 });
      const [areaOverview, areaGrades] = rowsLabelled(sheet, 'ทั้งพื้นที่');
      expect(groupRow(sheet, areaOverview)).toMatchObject({ จำนวนหน่วยงาน: 30, คะแนนเฉลี่ย: 86.78, ผ่าน: 19 });
      expect(groupRow(sheet, areaGrades)).toMatchObject({ AA: 6, A: 13, B: 7, C: 4 });

      // Live: อบต.ริมปิง's total typed again as 60 moves the area's figures in LibreOffice.
      after.getWorksheet('หน่วยงาน')!.getCell('S6').value = 60;
      const edited = await recalculated(after);
      // (2603.25 − 96.50 + 60) / 30 = 85.5583… → 85.56; 18 of 30 at 85 or above.
      expect(nameValue(edited, 'ITA_AGENCIES_MEAN')).toBe(85.56);
      expect(nameValue(edited, 'ITA_AGENCIES_PASS_SHARE')).toBeCloseTo(18 / 30, 12);
      expect(nameValue(edited, 'ITA_AGENCIES_COUNT')).toBe(30);
    },
    LIBREOFFICE_TIMEOUT_MS,
  );
});
