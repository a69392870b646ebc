import * as ExcelJS from 'exceljs';
import { oitItemCodes, itemDef } from '../../src/domain/framework';
import { frameworkFor } from '../../src/domain/frameworks';
import { planTemplate } from '../../src/workbook';
import { applyPlan, loadXlsx, readWorkbook, writeXlsx } from '../../src/xlsx';
import { analyzeWorkbook } from '../../src/workbook';
import { Row, sheet } from './fixtures';
import { recompute } from './helpers';

const CAPPED = [97.93, 97.93, 97.94, 97.94, 97.93, 84.2, 84.2, 84.2];

/** A 2569 workbook: indicators 1–8 as scores, the 26-item checklist with O26 not published, and a rules sheet. */
function withRules(rules: Row[], year = 2569): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  sheet(wb, 'ตั้งค่า', [['ปีงบประมาณ', year]]);
  sheet(wb, 'คะแนน', [['ตัวชี้วัด', 'คะแนน'], ...CAPPED.map((s, i): Row => [i + 1, s])]);
  const oit: Row[] = [['ข้อ', 'เผยแพร่', 'URL']];
  for (let i = 1; i <= 26; i++) oit.push([`O${i}`, i === 26 ? 'ไม่มี' : 'มี', `https://www.example.go.th/o${i}`]);
  sheet(wb, 'OIT', oit);
  sheet(wb, 'เกณฑ์การประเมิน', rules);
  return wb;
}

/** The 2569 item table as a planner would copy it, with `edit` applied to each row. */
function itemRows(edit: (row: Row) => Row = (r) => r): Row[] {
  const fw = frameworkFor(2569)!;
  return oitItemCodes(fw).map((code) => {
    const it = itemDef(fw, code)!;
    return edit([code, it.title.th, it.subIndicator!]);
  });
}

describe('rules sheet (เกณฑ์การประเมิน)', () => {
  it('rules as shipped are the shipped rules (still provisional); one title corrected makes them the workbook’s own', async () => {
    const asShipped = await recompute(withRules([['ข้อ OIT'], ['ข้อ', 'หัวข้อ', 'ตัวชี้วัดย่อย'], ...itemRows()]));
    expect([asShipped.analysis.framework.origin, asShipped.analysis.framework.provisional]).toEqual(['shipped', true]);
    const retitled = itemRows((r) => (r[0] === 'O2' ? [r[0], 'ข้อมูลผู้บริหารและคณะกรรมการ', r[2]] : r));
    const edited = await recompute(withRules([['ข้อ OIT'], ['ข้อ', 'หัวข้อ', 'ตัวชี้วัดย่อย'], ...retitled]));
    expect(edited.analysis.framework.origin).toBe('workbook');
    expect(itemDef(edited.analysis.framework, 'O2')?.title.th).toBe('ข้อมูลผู้บริหารและคณะกรรมการ');
  });

  it('2569: two item titles corrected and one item moved replace the shipped list, in part', async () => {
    const rows = itemRows((r) =>
      r[0] === 'O2'
        ? [r[0], 'ข้อมูลผู้บริหารและคณะกรรมการ', r[2]]
        : r[0] === 'O6'
          ? [r[0], 'แผนการดำเนินงานประจำปี', r[2]]
          : r[0] === 'O25'
            ? [r[0], r[1], '10.1']
            : r,
    );
    const { analysis } = await recompute(withRules([['ข้อ OIT'], ['ข้อ', 'หัวข้อ', 'ตัวชี้วัดย่อย'], ...rows]));
    expect(analysis.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const fw = analysis.framework;
    expect(fw.origin).toBe('workbook');
    expect(fw.provisional).toBe(true); // the rest is still the shipped, provisional 2569
    expect(itemDef(fw, 'O2')?.title.th).toBe('ข้อมูลผู้บริหารและคณะกรรมการ');
    expect(itemDef(fw, 'O6')?.title.th).toBe('แผนการดำเนินงานประจำปี');
    expect(itemDef(fw, 'O25')?.subIndicator).toBe('10.1');
    // 10.2 now holds O26 alone (not published): indicator 10 = (100 + 0) / 2.
    const ind10 = analysis.assessment!.indicators.find((i) => i.id === 10)!;
    expect(ind10.subIndicators!.map((s) => [s.id, s.items.length, s.shown])).toEqual([
      ['10.1', 6, 100],
      ['10.2', 1, 0],
    ]);
    expect(ind10.shown).toBe(50);
    // Weights and the rating were not in the sheet: still the shipped ones.
    expect(fw.tools.map((t) => t.weight)).toEqual([0.3, 0.3, 0.4]);
    expect(analysis.assessment!.rating?.name.th).toBe('ไม่ผ่าน');
  });

  const errorCases: [string, Row[], { cell: string; text: RegExp }][] = [
    [
      'weights not summing to 100 %',
      [['เครื่องมือและน้ำหนัก'], ['แบบ', 'น้ำหนัก (%)'], ['IIT', 30], ['EIT', 30], ['OIT', 30]],
      { cell: 'B3', text: /add up to 90 %/ },
    ],
    [
      'an item in two sub-indicators',
      [['ข้อ OIT'], ['ข้อ', 'ตัวชี้วัดย่อย'], ['O1', '9.1'], ['O2', '9.1'], ['O1', '9.2']],
      { cell: 'A5', text: /O1 is in two sub-indicators: 9\.1 \(at A3\) and 9\.2/ },
    ],
    [
      // "0.1" has the shape of a sub-indicator but names no indicator: a located error, never a throw.
      'a sub-indicator of indicator 0',
      [['ข้อ OIT'], ['ข้อ', 'ตัวชี้วัดย่อย'], ['O1', '0.1']],
      { cell: 'B3', text: /a sub-indicator of an OIT indicator, e\.g\. 9\.1/ },
    ],
    [
      'a duplicate code',
      [['ข้อ OIT'], ['ข้อ', 'ตัวชี้วัดย่อย'], ['O1', '9.1'], ['O1', '9.1']],
      { cell: 'A4', text: /O1 is a duplicate/ },
    ],
    [
      'an indicator without a tool',
      [['ตัวชี้วัด'], ['ตัวชี้วัด', 'แบบ', 'ชื่อ'], [1, 'IIT', 'ก'], [2, null, 'ข'], [6, 'EIT', 'ค'], [9, 'OIT', 'ง']],
      { cell: 'B4', text: /the tool indicator 2 belongs to/ },
    ],
    [
      'rating levels out of order',
      [
        ['ระดับผลการประเมิน'],
        ['ระดับ', 'ชื่ออังกฤษ', 'คะแนนรวมขั้นต่ำ', 'EIT ขั้นต่ำ'],
        ['ไม่ผ่าน', 'Not passed', 0],
        ['ผ่านดี', 'Passed, good', 90, 85],
        ['ผ่าน', 'Passed', 85],
      ],
      { cell: 'C5', text: /"Passed" must rank above "Passed, good".*85 is below 90/ },
    ],
  ];
  it.each(errorCases)('%s is an error at its cell, and nothing is scored', async (_label, rules, want) => {
    const { analysis, result } = await recompute(withRules(rules));
    const errors = analysis.problems.filter((p) => p.code === 'rules.invalid');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ severity: 'error', sheet: 'เกณฑ์การประเมิน', cell: want.cell });
    expect(errors[0].message.en).toMatch(want.text);
    expect(result.wroteResults).toBe(false);
  });

  it('template --year 2569 writes the rules sheet, provisional rows marked, and reads back as the same rules', async () => {
    const wb = new ExcelJS.Workbook();
    applyPlan(wb, planTemplate(2569, 'th'));
    const back = await loadXlsx(await writeXlsx(wb));
    const ws = back.getWorksheet('เกณฑ์การประเมิน')!;
    const values = ws.getSheetValues().flat(2);
    expect(values).toContain('ข้อ OIT');
    expect(values).toContain('ผ่านดีเยี่ยม');
    const analysis = analyzeWorkbook(readWorkbook(back), { today: '2026-11-21' });
    const fw = analysis.framework;
    const shipped = frameworkFor(2569)!;
    // Unedited, the sheet is the shipped rules: still provisional, not "the workbook's own".
    expect(fw).toBe(shipped);
    expect([fw.origin, fw.provisional]).toEqual(['shipped', true]);
    expect(analysis.problems.map((p) => p.code)).not.toContain('rules.workbook');
    expect(oitItemCodes(fw)).toEqual(oitItemCodes(shipped));
    expect(fw.items.map((i) => [i.code, i.subIndicator, i.title.th, i.certainty])).toEqual(
      shipped.items.map((i) => [i.code, i.subIndicator, i.title.th, i.certainty]),
    );
    expect(fw.ratingRules.map((r) => [r.name, r.minTotal, r.minTool])).toEqual(
      shipped.ratingRules.map((r) => [r.name, r.minTotal, r.minTool]),
    );
    expect(fw.tools.map((t) => t.weight)).toEqual([0.3, 0.3, 0.4]);
    // A row we are not sure of is shaded.
    const o2 = ws.getColumn(1).values.findIndex((v) => v === 'O2');
    expect(ws.getCell(o2, 1).fill).toMatchObject({ fgColor: { argb: expect.stringMatching(/FFF2CC$/i) } });
  });
});
