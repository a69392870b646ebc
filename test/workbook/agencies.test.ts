import { execFileSync } from 'child_process';
import * as ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { stepText } from '../../src/domain/agencies';
import { analyzeWorkbook } from '../../src/workbook';
import { AnalysisWithSources } from '../../src/workbook/analyze';
import { loadXlsx, readWorkbook } from '../../src/xlsx';
import { agencyLine, agencySheet, Cell, DISTRICT_30 } from '../fixtures/agencies/district-30';
import { hasOpenpyxl, PYTHON } from '../xlsx/corpus/producers';

const itWithOpenpyxl = hasOpenpyxl || process.env.CI === 'true' ? it : it.skip;

async function exceljsWorkbook(sheets: Record<string, Cell[][]>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const OPENPYXL = String.raw`
import json, sys
from openpyxl import Workbook
sheets = json.load(open(sys.argv[1], encoding='utf-8'))
wb = Workbook()
wb.remove(wb.active)
for name, rows in sheets.items():
    ws = wb.create_sheet(name)
    for row in rows:
        ws.append(row)
ws.merge_cells('A1:E1')
wb.save(sys.argv[2])
`;

function openpyxlWorkbook(sheets: Record<string, Cell[][]>): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agencies-'));
  const json = path.join(dir, 'sheets.json');
  const out = path.join(dir, 'agencies.xlsx');
  fs.writeFileSync(json, JSON.stringify(sheets));
  execFileSync(PYTHON, ['-c', OPENPYXL, json, out], { stdio: 'pipe' });
  return fs.readFileSync(out);
}

async function analyze(bytes: Buffer): Promise<AnalysisWithSources> {
  return analyzeWorkbook(readWorkbook(await loadXlsx(bytes)), { today: '2026-11-21' });
}

const settings = (lang: 'th' | 'en'): Cell[][] => [[lang === 'th' ? 'ปีงบประมาณ' : 'Fiscal year', 2568]];

/** The area figures worked out by hand in test/domain/agencies.test.ts. */
function expectDistrict30(a: AnalysisWithSources) {
  expect(a.problems.filter((p) => p.severity === 'error')).toEqual([]);
  const area = a.area!.result;
  expect(area.area.count).toBe(30);
  expect(area.area.meanShown).toBe(86.78);
  expect(area.area.passCount).toBe(19);
  expect(area.area.grades).toEqual({ AA: 6, A: 13, B: 7, C: 4, D: 0, E: 0, F: 0 });
  expect(area.byDistrict.map((d) => [d.district, d.count, d.meanShown])).toEqual([
    ['เมืองลำพูน', 10, 88.24],
    ['ป่าซาง', 10, 86.39],
    ['บ้านโฮ่ง', 10, 85.69],
  ]);
  expect(area.byType.map((t) => [t.type, t.count])).toEqual([
    ['pao', 1],
    ['town', 1],
    ['subdistrict', 3],
    ['sao', 25],
  ]);
  expect(stepText(area.below[area.below.length - 1].step).en).toBe('Raise the total by 0.01 (from 84.99 to 85.00)');
}

describe('issue 14: the Agencies sheet, found and read like the other sheets', () => {
  it('ExcelJS, Thai: a title row above the header, blank rows between, Thai digits; no Scores sheet needed', async () => {
    const rows = agencySheet('th');
    rows.splice(12, 0, [], [null, null, null, 'ป่าซาง']); // a blank row and a district's title line
    rows[5][18] = '๙๖.๕๐ คะแนน'; // อบต.ริมปิง's total, as the NACC's report prints it
    const a = await analyze(await exceljsWorkbook({ ตั้งค่า: settings('th'), หน่วยงาน: rows }));
    expect(a.found.find((f) => f.role === 'agencies')).toMatchObject({ sheet: 'หน่วยงาน', headerRow: 1 });
    expect(a.problems.some((p) => p.code === 'sheet.missing')).toBe(false);
    expectDistrict30(a);
    expect(a.textNumbers).toEqual([{ sheet: 'หน่วยงาน', cell: 'S6', found: '๙๖.๕๐ คะแนน', number: 96.5 }]);
    expect(a.sources.agencies![0]).toMatchObject({ nameCell: 'B3', indicators: { 1: { cell: 'F3' } } });
  });

  itWithOpenpyxl('openpyxl, English headers and sheet name: the same figures', async () => {
    const a = await analyze(openpyxlWorkbook({ Settings: settings('en'), Agencies: agencySheet('en') }));
    expect(a.lang).toBe('en');
    expectDistrict30(a);
  });

  it('every kind of bad row is located in Thai and English, and the area is not computed', async () => {
    const rows = agencySheet('th');
    const bad: Cell[][] = [
      // A bad value: a word where indicator 3 goes.
      agencyLine(
        { ...DISTRICT_30[1], name: 'อบต.คำผิด', ind: [90, 90, 'ดีมาก' as never, 90, 90, 90, 90, 90, 90, 90] },
        31,
      ),
      // The same agency again, in the same district and province, with a bad score of its own:
      // both are said in the one run.
      agencyLine({ ...DISTRICT_30[3], total: 'ดี' as never }, 32),
      // Five indicators only, nothing else.
      agencyLine({ ...DISTRICT_30[1], name: 'อบต.ครึ่งเดียว', ind: [90, 90, 90, 90, 90] }, 33),
      // Scores without a name.
      agencyLine({ ...DISTRICT_30[3], name: '' }, 34),
      // A name without a score, and a type nobody uses.
      agencyLine({ name: 'อบต.ว่าง', type: 'กรม', district: 'ลี้', province: 'ลำพูน' }, 35),
      // Out of range.
      agencyLine({ ...DISTRICT_30[3], name: 'อบต.เกินร้อย', total: 120 }, 36),
    ];
    const a = await analyze(await exceljsWorkbook({ ตั้งค่า: settings('th'), หน่วยงาน: [...rows, ...bad] }));
    expect(a.area).toBeUndefined();
    const at = (code: string) => a.problems.filter((p) => p.code === code).map((p) => [p.severity, p.cell]);
    expect(at('agencies.score')).toEqual([
      ['error', 'H33'],
      ['error', 'S34'],
      ['error', 'S38'],
    ]);
    expect(at('agencies.duplicate')).toEqual([['error', 'B34']]);
    expect(at('agencies.partial')).toEqual([['error', 'K35']]);
    expect(at('agencies.name')).toEqual([['error', 'B36']]);
    expect(at('agencies.no-score')).toEqual([['error', 'S37']]);
    expect(at('agencies.type')).toEqual([['warning', 'C37']]);
    const dup = a.problems.find((p) => p.code === 'agencies.duplicate')!;
    expect(dup.message.th).toContain('แถว 6 (B6) และแถว 34 (B34)');
    expect(dup.message.en).toBe(
      'อบต.ริมปิง (เมืองลำพูน, ลำพูน) is on two rows: row 6 (B6) and row 34 (B34); delete the duplicate, or correct the name or district',
    );
    const word = a.problems.find((p) => p.cell === 'H33')!;
    expect(word.message.en).toMatch(/^หน่วยงาน!H33 holds "ดีมาก"; expected a score from 0 to 100/);
    expect(word.message.th).toMatch(/^หน่วยงาน!H33 มี "ดีมาก" แต่ต้องการ คะแนน 0–100/);
    const partial = a.problems.find((p) => p.code === 'agencies.partial')!;
    expect(partial.message.en).toBe(
      'หน่วยงาน row 35 (อบต.ครึ่งเดียว): indicators 6, 7, 8, 9, 10 empty (K35, L35, M35, N35, O35); fill them all, or give the three tools IIT/EIT/OIT, or the total',
    );
  });

  it('figures given beside the indicators are checked: a tool or total that differs is a warning on its cell', async () => {
    const rows = agencySheet('th', [
      { ...DISTRICT_30[1], tools: [92, 86, 95], total: 91.1 }, // EIT is 85 by its indicators
      { ...DISTRICT_30[2], ind: [90, 90, 90, 90, 90] }, // partial indicators under full tools: a note
    ]);
    const a = await analyze(await exceljsWorkbook({ ตั้งค่า: settings('th'), หน่วยงาน: rows }));
    expect(a.problems.map((p) => [p.code, p.severity, p.cell])).toEqual([
      ['agencies.given-differs', 'warning', 'Q3'],
      ['agencies.partial-ignored', 'warning', 'K4'],
    ]);
    expect(a.area!.result.agencies.map((x) => x.totalShown)).toEqual([91.1, 87.6]);
  });
});
