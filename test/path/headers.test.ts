jest.setTimeout(60_000);

import * as ExcelJS from 'exceljs';
import { analyzeWorkbook } from '../../src/workbook';
import { readWorkbook } from '../../src/xlsx';
import { sheet } from '../workbook/fixtures';
import { THAMALING } from '../fixtures/planner/thamaling-2565';

const analyze = (wb: ExcelJS.Workbook) => analyzeWorkbook(readWorkbook(wb), { today: '2022-09-30' });

function scoresWorkbook(sheetName: string, headers: string[], withIndicator = true): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const rows = Array.from({ length: 10 }, (_, i) =>
    withIndicator ? [i + 1, THAMALING.typed[i + 1]] : [`ลำดับ ${i + 1}`, THAMALING.typed[i + 1]],
  );
  sheet(wb, sheetName, [headers, ...rows]);
  return wb;
}

describe('a missing required column is one message', () => {
  it('names the sheet, the column, its accepted headers and the headers found; no row-by-row errors', () => {
    const a = analyze(scoresWorkbook('คะแนน', ['ลำดับ', 'คะแนน'], false));
    const errors = a.problems.filter((p) => p.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'sheet.column-missing', sheet: 'คะแนน', cell: 'A1' });
    expect(errors[0].message.en).toMatch(/^Sheet คะแนน has no "Indicator" column/);
    expect(errors[0].message.en).toMatch(/Accepted headers: "ตัวชี้วัด", "Indicator", "ตัวชี้วัดที่"/);
    expect(errors[0].message.en).toMatch(/Headers found: "ลำดับ", "คะแนน"/);
    expect(errors[0].message.th).toMatch(/ไม่มีคอลัมน์ "ตัวชี้วัด"/);
  });
});

describe('headers and sheet names as planners type them', () => {
  it.each([
    ['units in brackets (Thai)', 'คะแนน', ['ตัวชี้วัด', 'คะแนน (ร้อยละ)']],
    ['units in brackets (English)', 'Scores', ['Indicator no.', 'Score (%)']],
    ['English abbreviation', 'Scores', ['Ind.', 'Points']],
    ['เ typed twice for แ in the sheet name and header', 'คะเเนน', ['ตัวชี้วัด', 'คะเเนน']],
    ['zero-width and non-breaking spaces, doubled spaces', 'คะแนน\u200b', ['ตัว\u00a0ชี้วัด', 'คะแนน  ที่ได้']],
  ])('%s', (_what, name, headers) => {
    const a = analyze(scoresWorkbook(name, headers));
    expect(a.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(a.assessment!.totalShown).toBe(THAMALING.asTyped.total);
  });

  it('a sheet named ผลคะแนน with a bracketed note in its header', () => {
    const a = analyze(scoresWorkbook('ผลคะแนน', ['ตัวชี้วัด', 'คะแนนที่ได้ (ร้อยละ)']));
    expect(a.found.find((f) => f.role === 'scores')!.sheet).toBe('ผลคะแนน');
    expect(a.assessment!.grade).toBe(THAMALING.asTyped.grade);
  });
});
