jest.setTimeout(60_000);

import { indicatorId } from '../../src/domain/refs';
import * as ExcelJS from 'exceljs';
import { digitSlips, likelySlips } from '../../src/domain/reported';
import { resolveFramework } from '../../src/domain/frameworks';
import { analyzeWorkbook } from '../../src/workbook';
import { readWorkbook } from '../../src/xlsx';
import { sheet } from '../workbook/fixtures';
import { THAMALING } from '../fixtures/planner/thamaling-2565';
import { filledTemplate, findRow, template } from './helpers';

const analyze = (wb: ExcelJS.Workbook) => analyzeWorkbook(readWorkbook(wb), { today: '2022-09-30' });
const fw2565 = () => {
  const r = resolveFramework(2565);
  if (!r.ok) throw new Error('no 2565');
  return r.framework;
};

describe('item 5: the reported result is a row of the template settings sheet', () => {
  it.each([
    ['th', 'ตั้งค่า', ['คะแนนที่ประกาศ', 'คะแนนที่ประกาศ IIT', 'คะแนนที่ประกาศ EIT', 'คะแนนที่ประกาศ OIT']],
    ['en', 'Settings', ['Reported total', 'Reported IIT', 'Reported EIT', 'Reported OIT']],
  ] as const)('%s template has the rows, with a note, and its how-to names them', async (lang, name, labels) => {
    const wb = await template(lang);
    const settings = wb.getWorksheet(name)!;
    for (const label of labels) {
      const row = findRow(settings, label);
      expect(settings.getCell(row, 2).value).toBeNull();
      expect(String(settings.getCell(row, 3).value)).toMatch(lang === 'th' ? /ป\.ป\.ช\./ : /NACC/);
    }
    const howto = wb.worksheets[0];
    const text = howto.getColumn(1).values.join('\n');
    expect(text).toContain(labels[0]);
  });

  it('a reported 85.66 with indicator 9 typed ๘๕: the first problem names indicator 9 and its cell', async () => {
    const a = analyze(await filledTemplate({ reported: '85.66' }));
    expect(a.assessment!.totalShown).toBe(THAMALING.asTyped.total);
    const first = a.problems[0];
    expect(first).toMatchObject({ severity: 'warning', code: 'settings.reported-total', sheet: 'ตั้งค่า' });
    expect(first.message.en).toContain('Indicator 9 at 85.00 (คะแนน!E10) would need 95.00 to give 85.66');
    expect(first.message.en).toContain('total 85.66 (computed 83.66)');
    expect(first.message.th).toContain('ตัวชี้วัดที่ 9 ที่กรอก 85.00 (คะแนน!E10) ถ้าเป็น 95.00 จะได้ 85.66');
    // Indicator 10's ๘๗.๕๐ for ๙๗.๕๐ would explain the total equally: named after 9, not hidden.
    expect(first.message.en).toContain('(or indicator 10 at 87.50 (คะแนน!E11) would need 97.50, or indicator 6');
  });

  it('the published EIT and OIT narrow it down: indicator 6 (78.35→98.35) is ruled out by EIT', async () => {
    const wb = await filledTemplate({ reported: '85.66' });
    const settings = wb.getWorksheet('ตั้งค่า')!;
    settings.getCell(findRow(settings, 'คะแนนที่ประกาศ EIT'), 2).value = THAMALING.published.eit;
    settings.getCell(findRow(settings, 'คะแนนที่ประกาศ OIT'), 2).value = THAMALING.published.oit;
    const first = analyze(wb).problems[0];
    expect(first.message.en).toContain('OIT 91.25 (computed 86.25)');
    expect(first.message.en).not.toMatch(/indicator 6 /);
    expect(first.message.en).toMatch(/Indicator 9 at 85\.00 .*would need 95\.00/);
  });

  it('with indicator 9 at ๙๕ the reported 85.66 agrees: no warning, 85.66 A', async () => {
    const a = analyze(await filledTemplate({ reported: '85.66', ind9: THAMALING.corrected9 }));
    expect(a.assessment).toMatchObject({ totalShown: 85.66, grade: 'A' });
    expect(a.problems.filter((p) => /reported/.test(p.code))).toEqual([]);
    expect(a.reported).toEqual([{ scope: 'total', value: 85.66, sheet: 'ตั้งค่า', cell: 'B5' }]);
  });

  it('an old settings row labelled คะแนนรวม keeps working', () => {
    const wb = new ExcelJS.Workbook();
    sheet(wb, 'ตั้งค่า', [
      ['ปีงบประมาณ', 2565],
      ['คะแนนรวม', 85.66],
    ]);
    sheet(wb, 'คะแนน', [['ตัวชี้วัด', 'คะแนน'], ...Object.entries(THAMALING.typed).map(([id, v]) => [Number(id), v])]);
    const first = analyze(wb).problems[0];
    expect(first).toMatchObject({ code: 'settings.reported-total', cell: 'B2' });
    expect(first.message.en).toContain('Indicator 9 at 85.00 (คะแนน!B10) would need 95.00 to give 85.66');
  });

  it('with no digit slip, the single indicator whose value in 0–100 explains it is named; none when several could', () => {
    const fw = fw2565();
    const indicators = { 1: 90, 2: 90, 3: 90, 4: 90, 5: 90, 6: 90, 7: 90, 8: 90, 9: 40, 10: 100 };
    // Total now 90×0.6 + 70×0.4 = 82; reported 90.13: only indicator 9 (OIT, 0.2 a point) can reach it, at 80.65.
    const slips = likelySlips(
      { framework: fw, indicators },
      [{ scope: 'total', value: 90.13 }],
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(indicatorId),
    );
    expect(slips).toEqual([{ indicator: 9, from: 40, to: 80.65, kind: 'value' }]);
    // A difference of 0.37 is within reach of every indicator: no single cell stands out.
    expect(
      likelySlips({ framework: fw, indicators }, [{ scope: 'total', value: 82.37 }], [1, 2, 9].map(indicatorId)),
    ).toEqual([]);
  });

  it('digit slips: one digit changed or two neighbours swapped, within 0–100', () => {
    const s = digitSlips(85);
    expect(s).toEqual(expect.arrayContaining([95, 75, 58, 85.1, 80]));
    expect(s).not.toContain(85);
    expect(s.every((v) => v >= 0 && v <= 100)).toBe(true);
  });
});

describe('item 4: pasted NACC summary rows in the scores sheet are reported figures, not errors', () => {
  const pasted = (ind9: string, summary: [string, string | number][]) => {
    const wb = new ExcelJS.Workbook();
    sheet(wb, 'ตั้งค่า', [['ปีงบประมาณ', 2565]]);
    const rows: (string | number)[][] = Object.entries(THAMALING.typed).map(([id, v]) => [
      Number(id),
      Number(id) === 9 ? ind9 : v,
    ]);
    sheet(wb, 'คะแนน', [['ตัวชี้วัด', 'คะแนน (ร้อยละ)'], ...rows, ...summary]);
    return analyze(wb);
  };
  const SUMMARY: [string, string | number][] = [
    ['IIT', '๘๑.๑๒'],
    ['แบบวัด EIT', 82.73],
    ['การเปิดเผยข้อมูลสาธารณะ (OIT)', '91.25 คะแนน'],
    ['คะแนนรวม', 85.66],
  ];

  it('agreeing summary rows: no error, no warning about them, read as reported', () => {
    const a = pasted(THAMALING.corrected9, SUMMARY);
    expect(a.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(a.problems.filter((p) => /reported|indicator/.test(p.code))).toEqual([]);
    expect(a.assessment).toMatchObject({ totalShown: 85.66, grade: 'A' });
    expect(a.reported!.map((r) => [r.scope, r.cell])).toEqual([
      ['total', 'B15'],
      ['IIT', 'B12'],
      ['EIT', 'B13'],
      ['OIT', 'B14'],
    ]);
  });

  it('disagreeing summary rows are cross-checked: one warning at the pasted total, naming the likely cell', () => {
    const a = pasted('๘๕', SUMMARY);
    expect(a.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(a.problems[0]).toMatchObject({
      severity: 'warning',
      code: 'scores.reported-total',
      sheet: 'คะแนน',
      cell: 'B15',
    });
    expect(a.problems[0].message.en).toContain('Indicator 9 at 85.00 (คะแนน!B10) would need 95.00 to give 85.66');
    expect(a.problems.filter((p) => /reported/.test(p.code))).toHaveLength(1);
  });

  it.each(['Total', 'รวม', 'ITA'])('the English and short labels (%s) are a total', (label) => {
    const a = pasted(THAMALING.corrected9, [[label, 85.66]]);
    expect(a.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(a.reported?.[0]).toMatchObject({ scope: 'total', value: 85.66 });
  });

  it('a numbered indicator row that names its tool ("9. การเปิดเผยข้อมูล (OIT)") is still indicator 9', () => {
    const wb = new ExcelJS.Workbook();
    const rows = Object.entries(THAMALING.typed).map(([id, v]) =>
      id === '9' ? ['9. การเปิดเผยข้อมูล (OIT)', THAMALING.corrected9] : [Number(id), v],
    );
    sheet(wb, 'คะแนน', [['ตัวชี้วัด', 'คะแนน'], ...rows]);
    const a = analyze(wb);
    expect(a.reported).toBeUndefined();
    expect(a.assessment!.totalShown).toBe(85.66);
  });

  it('an unreadable figure on a summary row is a warning at its cell, not an error', () => {
    const a = pasted(THAMALING.corrected9, [['คะแนนรวม', 'ดีมาก']]);
    expect(a.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(a.problems.find((p) => p.code === 'scores.reported')).toMatchObject({ cell: 'B12', severity: 'warning' });
  });
});

describe('item 4: ํา (nikhahit + sara aa) typed for ำ in a header', () => {
  it('a Measures header วิธีดําเนินการ is the Method column', () => {
    const wb = new ExcelJS.Workbook();
    sheet(wb, 'มาตรการ', [
      ['มาตรการ', 'วิธีด\u0e4d\u0e32เนินการ', 'ผู้รับผิดชอบ'],
      ['ประชุมชี้แจง', 'จัดประชุม', 'สำนักปลัด'],
    ]);
    const measures = analyze(wb).found.find((f) => f.role === 'measures')!;
    expect(measures.columns.find((c) => c.key === 'method')?.cell).toBe('B1');
  });
});
