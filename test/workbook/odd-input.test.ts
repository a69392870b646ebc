/**
 * Right figures from odd input: a percent-formatted score means what it shows, and the live
 * formulas follow the add-in's rules when an input is later cleared or made text.
 */
import * as ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadXlsx, writeXlsx } from '../../src/xlsx';
import { itWithLibreOffice, LIBREOFFICE_TIMEOUT_MS, recalcWithLibreOffice } from '../helpers/lo-recalc';
import { chiangMai, itemLevel2565 } from './fixtures';
import { nameValue, recompute } from './helpers';

async function recalc(wb: ExcelJS.Workbook, label: string): Promise<ExcelJS.Workbook> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ita-odd-')), `${label}.xlsx`);
  fs.writeFileSync(file, await writeXlsx(wb));
  return loadXlsx(fs.readFileSync((await recalcWithLibreOffice(file))!));
}

/** Seed 003's layout with indicator 3 typed as a fraction in a percent-formatted cell. */
function percentChiangMai(format = '0.00%'): ExcelJS.Workbook {
  const wb = chiangMai();
  const cell = wb.getWorksheet('คะแนน')!.getCell('E5');
  cell.value = 0.9157;
  cell.numFmt = format;
  return wb;
}

describe('a percent-formatted score means what it shows', () => {
  it('0.9157 in a "0.00%" cell (shows 91.57%) is read as 91.57: the published 95.01 AA, no warning about it', async () => {
    const { analysis } = await recompute(percentChiangMai());
    expect(analysis.assessment?.indicators.find((i) => i.id === 3)?.shown).toBe(91.57);
    expect(analysis.assessment?.totalShown).toBe(95.01);
    expect(analysis.assessment?.grade).toBe('AA');
    expect(analysis.problems.filter((p) => p.sheet === 'คะแนน')).toEqual([]);
  });

  it('a "%" inside quotes or brackets is not a percentage format; "0%;[Red]-0%" is', async () => {
    const quoted = await recompute(percentChiangMai('0.0000" %"'));
    expect(quoted.analysis.assessment?.indicators.find((i) => i.id === 3)?.shown).toBe(0.92); // shows "0.9157 %"
    const red = await recompute(percentChiangMai('0%;[Red]-0%'));
    expect(red.analysis.assessment?.totalShown).toBe(95.01);
  });

  itWithLibreOffice(
    'the summary formula multiplies the percent cell by 100: LibreOffice recomputes 91.57 and 95.01',
    async () => {
      const { after } = await recompute(percentChiangMai());
      const lo = await recalc(after, 'percent');
      expect(nameValue(lo, 'ITA_IND_3')).toBeCloseTo(91.57, 2);
      expect(Number(nameValue(lo, 'ITA_TOTAL')).toFixed(2)).toBe('95.01');
    },
    LIBREOFFICE_TIMEOUT_MS,
  );
});

describe('live formulas never hide a cell the add-in would reject', () => {
  const isError = (v: unknown) => typeof v === 'object' && v !== null && 'error' in v;

  itWithLibreOffice(
    'a question score cleared or made text after the recompute: the indicator and the total show #N/A, not a shorter AVERAGE',
    async () => {
      const { after, analysis } = await recompute(itemLevel2565());
      expect(analysis.assessment?.indicators.find((i) => i.id === 1)?.source).toBe('items');
      const scores = after.getWorksheet('scores ITA')!;
      scores.getCell('C4').value = null; // I1, cleared
      const lo = await recalc(after, 'cleared');
      expect(isError(nameValue(lo, 'ITA_IND_1'))).toBe(true);
      expect(isError(nameValue(lo, 'ITA_TOTAL'))).toBe(true);
      expect(typeof nameValue(lo, 'ITA_IND_2')).toBe('number'); // the others still compute

      scores.getCell('C4').value = 'ดี';
      expect(isError(nameValue(await recalc(after, 'text'), 'ITA_IND_1'))).toBe(true);
    },
    LIBREOFFICE_TIMEOUT_MS,
  );

  itWithLibreOffice(
    'an indicator-level score cleared, or typed out of range, shows #N/A, never 0 or 120',
    async () => {
      const { after } = await recompute(chiangMai());
      const scores = after.getWorksheet('คะแนน')!;
      scores.getCell('E5').value = null;
      scores.getCell('E6').value = 120;
      const lo = await recalc(after, 'indicator');
      expect(isError(nameValue(lo, 'ITA_IND_3'))).toBe(true);
      expect(isError(nameValue(lo, 'ITA_IND_4'))).toBe(true);
      expect(isError(nameValue(lo, 'ITA_TOTAL'))).toBe(true);
    },
    LIBREOFFICE_TIMEOUT_MS,
  );

  itWithLibreOffice(
    'an OIT "published" cell cleared or given another word shows #N/A for the item, not "not published"',
    async () => {
      const { after } = await recompute(itemLevel2565());
      const oit = after.getWorksheet('การเปิดเผยข้อมูล')!;
      oit.getCell('C2').value = null; // O1
      const lo = await recalc(after, 'published');
      expect(isError(nameValue(lo, 'ITA_OIT'))).toBe(true);
      oit.getCell('C2').value = 'ไม่มี';
      expect(typeof nameValue(await recalc(after, 'published-no'), 'ITA_OIT')).toBe('number');
    },
    LIBREOFFICE_TIMEOUT_MS,
  );
});
