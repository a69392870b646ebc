import * as ExcelJS from 'exceljs';
import { mkdtemp, readFile, writeFile } from 'fs/promises';
import { tmpdir } from 'os';
import * as path from 'path';
import { emptyPlan, type WritePlan } from '../../src/workbook/plan';
import { applyPlan, loadXlsx, readWorkbook, writeXlsx } from '../../src/xlsx';
import { itWithLibreOffice, LIBREOFFICE_TIMEOUT_MS, recalcWithLibreOffice } from '../helpers/lo-recalc';
import { cellRef } from '../../src/domain/refs';

const SUMMARY = 'สรุปผล ITA';

/** Write the workbook, let LibreOffice recalculate every formula, load what it saved. */
async function recalculated(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'ita-xlsx-')), 'in.xlsx');
  await writeFile(file, await writeXlsx(wb));
  const out = await recalcWithLibreOffice(file);
  if (!out) throw new Error('LibreOffice is not installed');
  return loadXlsx(await readFile(out));
}

describe('scripts/lo-recalc.js', () => {
  itWithLibreOffice(
    'recalculates on load: a stale cached value is replaced by what the formula computes',
    async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = 20;
      ws.getCell('A2').value = { formula: 'A1*2+2', result: 999 };
      const out = await recalculated(wb);
      expect(out.getWorksheet('S')?.getCell('A2').result).toBe(42);
    },
    LIBREOFFICE_TIMEOUT_MS,
  );
});

describe('formulas written by applyPlan, recalculated by LibreOffice', () => {
  // Seed 003 (เทศบาลนครเชียงใหม่) as worked in spec/ita-scoring.md: total 95.01, AA.
  const indicators = [96.5, 93.11, 91.57, 89.02, 92.45, 93.93, 89.78, 93.24, 97.78, 100];

  itWithLibreOffice(
    'give the worked example total of 95.01 from the indicator scores (seed 003)',
    async () => {
      const wb = new ExcelJS.Workbook();
      const scores = wb.addWorksheet('คะแนน');
      scores.addRow(['ตัวชี้วัด', 'เครื่องมือ', 'คะแนน']);
      indicators.forEach((score, i) => scores.addRow([i + 1, i < 5 ? 'IIT' : i < 8 ? 'EIT' : 'OIT', score]));

      const plan: WritePlan = {
        ...emptyPlan(),
        sheets: [{ name: SUMMARY, columnWidths: [24, 12] }],
        blocks: [
          {
            sheet: SUMMARY,
            top: 0,
            left: 0,
            cells: [
              [{ text: 'IIT' }, { formula: "AVERAGE('คะแนน'!C2:C6)", cached: 92.53 }],
              [{ text: 'EIT' }, { formula: "AVERAGE('คะแนน'!C7:C9)", cached: 92.3167 }],
              [{ text: 'OIT' }, { formula: "AVERAGE('คะแนน'!C10:C11)", cached: 98.89 }],
              [{ text: 'รวม' }, { formula: 'ROUND(0.3*B1+0.3*B2+0.4*B3,2)', cached: 95.01 }],
              [{ text: 'ระดับ' }, { formula: 'IF(ITA_TOTAL>=95,"AA",IF(ITA_TOTAL>=85,"A","B"))', cached: 'AA' }],
              [{ text: 'ผ่าน' }, { formula: 'ITA_TOTAL>=85', cached: true }],
              // a wrong cached value: proves LibreOffice recalculated rather than kept ours
              [{ text: 'check' }, { formula: '1+1', cached: 0 }],
              [{ text: '=1+1' }, { text: '@SUM(B1:B3)' }],
            ],
          },
        ],
        names: [{ name: 'ITA_TOTAL', sheet: SUMMARY, ref: 'B4' }],
      };
      applyPlan(wb, plan);
      const out = await recalculated(wb);

      const ws = out.getWorksheet(SUMMARY)!;
      const result = (a1: string) => ws.getCell(a1).result;
      expect(result('B1')).toBeCloseTo(92.53, 2);
      expect(result('B2')).toBeCloseTo(92.3167, 2);
      expect(result('B3')).toBeCloseTo(98.89, 2);
      expect(result('B4')).toBeCloseTo(95.01, 2);
      expect(result('B5')).toBe('AA');
      expect(result('B6')).toBe(true);
      expect(result('B7')).toBe(2);
      // text that looks like a formula is still text after LibreOffice saved the file
      expect(ws.getCell('A8').value).toBe('=1+1');
      expect(ws.getCell('B8').value).toBe('@SUM(B1:B3)');
      expect(readWorkbook(out).names).toEqual([
        { name: 'ITA_TOTAL', sheet: SUMMARY, ref: expect.stringMatching(/!\$B\$4$/) },
      ]);
    },
    LIBREOFFICE_TIMEOUT_MS,
  );

  itWithLibreOffice(
    'read a published flag given as TRUE, "มี", "YES" or 1 as published (OIT checklist)',
    async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('OIT');
      const flags: [ExcelJS.CellValue, number][] = [
        [true, 100],
        ['มี', 100],
        ['YES', 100],
        [1, 100],
        [' มี ', 100],
        ['true', 100],
        ['1', 100],
        [false, 0],
        ['ไม่มี', 0],
        ['no', 0],
        [0, 0],
        [null, 0],
      ];
      flags.forEach(([flag], i) => {
        const row = i + 1;
        ws.getCell(row, 1).value = flag;
        ws.getCell(row, 2).value = {
          formula: `IF(ISNUMBER(MATCH(TRIM(A${row}&""),{"มี","yes","1","true"},0)),100,0)`,
          result: -1, // wrong on purpose
        } as ExcelJS.CellFormulaValue;
      });
      const out = (await recalculated(wb)).getWorksheet('OIT')!;
      // LibreOffice gives TRUE&"" = "1" (Excel: "TRUE"); the list holds both "1" and "true",
      // and MATCH ignores case, so the formula agrees in both programs.
      expect(flags.map((_, i) => out.getCell(i + 1, 2).result)).toEqual(flags.map(([, want]) => want));
    },
    LIBREOFFICE_TIMEOUT_MS,
  );

  itWithLibreOffice(
    'keep an internal link working: the link survives LibreOffice and keeps its text',
    async () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('คะแนน ITA').getCell('C7').value = 'x';
      const plan = emptyPlan();
      plan.sheets.push({ name: 'ปัญหา', columnWidths: [] });
      plan.blocks.push({ sheet: 'ปัญหา', top: 0, left: 0, cells: [[{ text: 'คะแนน ITA!C7 "ไม่ใช่ตัวเลข"' }]] });
      plan.hyperlinks.push({ sheet: 'ปัญหา', cell: cellRef('A1'), to: { sheet: 'คะแนน ITA', cell: cellRef('C7') } });
      applyPlan(wb, plan);
      const cell = (await recalculated(wb)).getWorksheet('ปัญหา')!.getCell('A1');
      expect(cell.formula).toBe(`HYPERLINK("#'คะแนน ITA'!C7","คะแนน ITA!C7 ""ไม่ใช่ตัวเลข""")`);
      expect(cell.result).toBe('คะแนน ITA!C7 "ไม่ใช่ตัวเลข"');
    },
    LIBREOFFICE_TIMEOUT_MS,
  );
});
