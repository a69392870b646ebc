import { indicatorId } from '../../src/domain/refs';
import * as ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { round2 } from '../../src/domain/decimal';
import { itemDef } from '../../src/domain/framework';
import { analyzeWorkbook, planAppendMeasure, planMissingSheets, planNumberFix, planTemplate } from '../../src/workbook';
import { applyPlan, loadXlsx, readWorkbook, writeXlsx } from '../../src/xlsx';
import { itWithLibreOffice, LIBREOFFICE_TIMEOUT_MS, recalcWithLibreOffice } from '../helpers/lo-recalc';
import { chiangMai, itemLevel2565, measuresSheet, sheet } from './fixtures';
import { cellsOf, nameValue, recompute } from './helpers';

const SAMPLE = path.resolve(__dirname, '../../assets/sample/sample.xlsx');
const loadSample = async () => loadXlsx(fs.readFileSync(SAMPLE));
const codes = (ps: { code: string }[]) => ps.map((p) => p.code);

describe("reading the seeds' layouts", () => {
  it('seed 003 layout (merged title, names only, tool written once per group, extra columns) gives the published 95.01 AA', async () => {
    const { analysis, result } = await recompute(chiangMai());
    const scores = analysis.found.find((f) => f.role === 'scores')!;
    expect(scores.sheet).toBe('คะแนน');
    expect(scores.headerRow).toBe(1);
    expect(scores.columns.map((c) => c.key).sort()).toEqual(['indicator', 'score', 'tool']);
    expect(analysis.assessment?.totalShown).toBe(95.01);
    expect(analysis.assessment?.grade).toBe('AA');
    expect(analysis.fiscalYear).toBe(2564);
    expect(result.wroteResults).toBe(true);
    expect(codes(result.problems)).toEqual(['settings.year-not-shipped']);
  });

  it("seed 003's own slip (91.31 for indicator 3) computes 94.99 A and says the reported 95.01 disagrees", async () => {
    const { analysis } = await recompute(chiangMai(91.31));
    expect(analysis.assessment?.totalShown).toBe(94.99);
    expect(analysis.assessment?.grade).toBe('A');
    const p = analysis.problems.find((x) => x.code === 'settings.reported-total')!;
    expect(p).toMatchObject({ severity: 'warning', sheet: 'ตั้งค่า', cell: 'B3' });
    expect(p.message.en).toContain('95.01');
    expect(p.message.en).toContain('94.99');
  });

  it('item-level IIT, Thai-digit and suffixed scores, indicator names and a 43-item checklist: OIT nests 9.1 to 97.78', async () => {
    const { analysis } = await recompute(itemLevel2565(['O5']));
    expect(analysis.fiscalYear).toBe(2565);
    expect(analysis.found.find((f) => f.role === 'scores')?.sheet).toBe('scores ITA');
    expect(analysis.found.find((f) => f.role === 'oit')?.sheet).toBe('การเปิดเผยข้อมูล');
    const a = analysis.assessment!;
    expect(a.indicators.find((i) => i.id === 9)?.shown).toBe(97.78);
    expect(a.indicators.find((i) => i.id === 10)?.shown).toBe(100);
    expect(a.indicators.find((i) => i.id === 6)?.shown).toBe(88.5);
    expect(a.indicators.find((i) => i.id === 7)?.shown).toBe(81.25);
    expect(a.indicators.find((i) => i.id === 1)?.source).toBe('items');
    expect(analysis.textNumbers.map((t) => t.cell)).toEqual(['C35', 'C36']);
  });

  it("OIT titles on the summary: the NACC's for a final framework (2565), the checklist's own for a provisional one (2566)", async () => {
    const titleOf = (wb: ExcelJS.Workbook, code: string) => {
      const ws = wb.getWorksheet('สรุปผล ITA')!;
      let title: unknown;
      ws.eachRow((row) => {
        if (row.getCell(1).value === code && row.getCell(3).value !== null) title = row.getCell(2).value;
      });
      return title;
    };
    const final = await recompute(itemLevel2565());
    expect(titleOf(final.after, 'O7')).not.toBe('หัวข้อ O7');
    expect(titleOf(final.after, 'O7')).toBe(itemDef(final.analysis.framework, 'O7')!.title.th);

    const wb = itemLevel2565();
    wb.getWorksheet('Settings')!.getCell('B1').value = 2023; // fiscal year 2566, whose item titles are generic
    const provisional = await recompute(wb);
    expect(provisional.analysis.framework.provisional).toBe(true);
    expect(titleOf(provisional.after, 'O7')).toBe('หัวข้อ O7');
  });

  it('measures in seed 000/002 columns: every period shape, statuses written three ways, overdue as of the Settings date', async () => {
    const wb = itemLevel2565();
    measuresSheet(wb);
    const { analysis } = await recompute(wb);
    const m = analysis.measures!;
    expect(m.total).toBe(6); // the continuation row of a merged measure is not a measure
    expect([m.done, m.inProgress, m.notStarted, m.unknown]).toEqual([2, 2, 1, 1]);
    // As of 2022-06-30: ต.ค.64-มี.ค.65 is done; ม.ค.-เม.ย.๖๕ ended in progress; ต.ค.64-ก.ย.65 has not ended.
    expect(m.rows.filter((r) => r.overdue).map((r) => r.cell)).toEqual(['B4']);
    expect(m.rows.find((r) => r.cell === 'B7')?.period).toEqual({ start: '2021-10-01', end: '2022-09-30' });
    expect(m.rows.find((r) => r.cell === 'B8')?.period).toEqual({ start: '2021-03-01', end: '2022-09-30' });
    expect(m.rows.find((r) => r.cell === 'B6')?.indicators).toEqual([4, 5]);
    expect(m.rows.find((r) => r.cell === 'B7')?.indicators).toEqual([7]); // E6 is indicator 7's first question
    const warnings = analysis.problems.filter((p) => p.sheet === 'มาตรการ').map((p) => [p.code, p.cell]);
    expect(warnings).toEqual([
      ['measures.responsible', 'E7'],
      ['measures.status', 'F8'],
      ['measures.period', 'D9'],
    ]);
    expect(m.uncoveredWeakIndicators).toEqual([1, 3]);
  });

  it.each([
    [
      'seed 002',
      [
        'ประเด็นที่ต้องปรับปรุงแก้ไข/ ประเด็นที่ต้องพัฒนา',
        'ผู้รับผิดชอบ',
        'ขั้นตอนหรือวิธีการ/มาตรการ',
        'การรายงานผลและการกำกับติดตาม กำหนดเวลาแล้วเสร็จ',
        'การดำเนินการ',
      ],
      { measure: 'A', responsible: 'B', method: 'C', period: 'D', status: 'E' },
    ],
    [
      'seed 004',
      [
        'มาตรการ/กิจกรรม',
        'วิธีดำเนินการ',
        'ระยะเวลา ดำเนินการ',
        'ผู้รับผิดชอบ',
        'ผลการดำเนินการ',
        'ผลลัพธ์หรือความสำเร็จ ของการดำเนินการ',
      ],
      { measure: 'A', method: 'B', period: 'C', responsible: 'D', result: 'E', outcome: 'F' },
    ],
    [
      'seed 000',
      ['ตัวชี้วัด', 'แนวทางในการยกระดับการประเมิน', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'ความก้าวหน้าผลการดำเนินการ'],
      { indicator: 'A', measure: 'B', responsible: 'C', period: 'D', status: 'E' },
    ],
  ])('the measure table headers of %s are recognised', (_seed, headers, expected) => {
    const wb = itemLevel2565();
    sheet(wb, 'แผนงาน', [headers as string[]]);
    const a = analyzeWorkbook(readWorkbook(wb), { today: '2026-01-01' });
    const found = a.found.find((f) => f.role === 'measures')!;
    expect(found.sheet).toBe('แผนงาน'); // found by its headers, whatever the sheet is called
    expect(Object.fromEntries(found.columns.map((c) => [c.key, c.cell.replace(/\d+$/, '')]))).toEqual(expected);
  });

  it("seed 000's progress row: an indicator cell with its score, and a pasted tick-box status list", () => {
    const wb = itemLevel2565();
    sheet(wb, 'มาตรการ', [
      ['ตัวชี้วัด', 'แนวทางในการยกระดับการประเมิน', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'ความก้าวหน้าผลการดำเนินการ'],
      [
        'ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ คะแนน ๙๕.๑๗',
        'ลดขั้นตอนการปฏิบัติงาน',
        'ทุกส่วนราชการ',
        'ปีงบประมาณ ๒๕๖๖',
        '☑ ดำเนินการแล้วเสร็จ ☐ ยังไม่ได้ดำเนินการ ☐ อยู่ระหว่างดำเนินการ',
      ],
    ]);
    const a = analyzeWorkbook(readWorkbook(wb), { today: '2026-01-01' });
    expect(a.measures?.rows[0]).toMatchObject({
      indicators: [1],
      status: 'done',
      period: { start: '2022-10-01', end: '2023-09-30' },
    });
  });

  it('a header row is accepted anywhere in the first 10 rows, and not below', async () => {
    const wb = new ExcelJS.Workbook();
    const rows = Array.from({ length: 10 }, () => [null]) as (string | number | null)[][];
    rows.push(['ตัวชี้วัด', 'คะแนน']);
    sheet(wb, 'คะแนน', rows);
    const a = analyzeWorkbook(readWorkbook(wb), { today: '2026-01-01' });
    expect(codes(a.problems)).toContain('sheet.column-missing');
  });
});

describe('validation', () => {
  function workbook(scores: (string | number | null)[][], extra?: (wb: ExcelJS.Workbook) => void) {
    const wb = new ExcelJS.Workbook();
    sheet(wb, 'ตั้งค่า', [['ปีงบประมาณ', 2565]]);
    sheet(wb, 'คะแนน', [['ตัวชี้วัด', 'เครื่องมือ', 'คะแนน'], ...scores]);
    extra?.(wb);
    return analyzeWorkbook(readWorkbook(wb), { today: '2026-01-01' });
  }
  const ten = () => Array.from({ length: 10 }, (_, i) => [i + 1, null, 90] as (string | number | null)[]);

  it('a missing Scores sheet and a missing required column are errors naming the sheet and column', () => {
    const wb = new ExcelJS.Workbook();
    sheet(wb, 'Notes', [['hello']]);
    expect(analyzeWorkbook(readWorkbook(wb), { today: '2026-01-01' }).problems[0]).toMatchObject({
      code: 'sheet.missing',
      severity: 'error',
    });
    const wb2 = new ExcelJS.Workbook();
    sheet(wb2, 'คะแนน', [
      ['ตัวชี้วัด', 'ชื่อ'],
      [1, 'x'],
    ]);
    const p = analyzeWorkbook(readWorkbook(wb2), { today: '2026-01-01' }).problems.find(
      (x) => x.code === 'sheet.column-missing',
    )!;
    expect(p.sheet).toBe('คะแนน');
    expect(p.message.th).toContain('"คะแนน"');
    expect(p.message.en).toContain('"Score"');
  });

  it('unreadable and out-of-range scores are errors with the cell, what was found and what was expected', () => {
    const rows = ten();
    rows[1][2] = 'ดีมาก';
    rows[2][2] = 120;
    const a = workbook(rows);
    const [p1, p2] = a.problems.filter((p) => p.code === 'scores.score');
    expect(p1).toMatchObject({ severity: 'error', sheet: 'คะแนน', cell: 'C3', found: 'ดีมาก' });
    expect(p1.message.en).toMatch(/^คะแนน!C3 holds "ดีมาก"; expected a score from 0 to 100/);
    expect(p1.message.th).toMatch(/^คะแนน!C3 มี "ดีมาก" แต่ต้องการ/);
    expect(p2).toMatchObject({ cell: 'C4', found: '120' });
    expect(a.assessment).toBeUndefined();
  });

  it('an indicator unknown to the framework, a duplicated row and a Tool that contradicts the indicator are errors', () => {
    const rows = ten();
    rows.push([11, null, 50], [3, null, 70], [4, 'EIT', 80]);
    rows[3][1] = 'IIT';
    const a = workbook(rows);
    expect(a.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.cell])).toEqual([
      ['scores.indicator', 'A12'],
      ['scores.duplicate', 'A13'],
      ['scores.tool', 'B14'],
    ]);
    expect(a.problems.find((p) => p.code === 'scores.duplicate')?.message.en).toContain('คะแนน!A4');
  });

  it('checklist problems: unknown item, published without URL, a URL that is not http(s), items missing from the list', () => {
    const a = workbook(ten(), (wb) =>
      sheet(wb, 'OIT', [
        ['ข้อ', 'เผยแพร่', 'URL'],
        ['O44', 'มี', 'https://a.go.th'],
        ['O1', 'มี', null],
        ['O2', 'มี', 'www.a.go.th/o2'],
        ['O3', 'บางส่วน', null],
        ['O2', 'ไม่มี', null],
      ]),
    );
    const found = a.problems.map((p) => [p.severity, p.code, p.sheet, p.cell]);
    expect(found.filter(([, code, sheetName]) => sheetName === 'OIT' && code !== 'oit.items-missing')).toEqual([
      ['error', 'oit.item', 'OIT', 'A2'],
      ['error', 'oit.published', 'OIT', 'B5'],
      ['error', 'oit.duplicate', 'OIT', 'A6'],
      ['warning', 'oit.url-missing', 'OIT', 'C3'],
      ['warning', 'oit.url-scheme', 'OIT', 'C4'],
    ]);
    // O3 is unreadable and O4–O33 are absent: reported, and scored 0 as not published. The list
    // names no item of indicator 10, so its indicator-level score stands.
    const missing = a.problems.filter((p) => p.code === 'oit.items-missing');
    expect(missing.map((p) => p.items?.[0])).toEqual(['O3']);
    expect(missing[0].items).toHaveLength(31);
    expect(missing[0].found).toBe(missing[0].items?.join(', '));
    expect(a.problems.find((p) => p.code === 'oit.url-scheme')?.expected?.en).toContain('https://www.a.go.th/o2');
  });

  it('a recompute that finds errors writes the problems sheet and nothing else new', async () => {
    const wb = new ExcelJS.Workbook();
    sheet(wb, 'คะแนน', [
      ['ตัวชี้วัด', 'คะแนน'],
      [1, 'ดีมาก'],
    ]);
    const { result, after } = await recompute(wb);
    expect(result.wroteResults).toBe(false);
    expect(after.worksheets.map((w) => w.name)).toEqual(['คะแนน', 'ปัญหาที่พบ ITA']);
    expect(nameValue(after, 'ITA_TOTAL')).toBeUndefined();
    const problemsSheet = after.getWorksheet('ปัญหาที่พบ ITA')!;
    const link = problemsSheet
      .getColumn(2)
      .values.find((v) => typeof v === 'object' && v !== null && (v as { result?: string }).result === 'คะแนน!B2');
    expect(link).toMatchObject({ formula: `HYPERLINK("#'คะแนน'!B2","คะแนน!B2")` });
  });
});

describe("the contract's promises", () => {
  it('every cell of every input sheet is the same after a recompute', async () => {
    const { before, after } = await recompute(await loadSample());
    for (const ws of before.worksheets) expect(cellsOf(after.getWorksheet(ws.name)!)).toEqual(cellsOf(ws));
  });

  it('recomputing the output again gives the same cells', async () => {
    const first = await recompute(await loadSample());
    const second = await recompute(first.after);
    for (const ws of first.after.worksheets) expect(cellsOf(second.after.getWorksheet(ws.name)!)).toEqual(cellsOf(ws));
    expect(second.after.worksheets.map((w) => w.name)).toEqual(first.after.worksheets.map((w) => w.name));
  });

  it("a sheet with the summary's name that the add-in did not create is never overwritten: the run stops and says so", async () => {
    const wb = await loadSample();
    sheet(wb, 'สรุปผล ITA', [['my own notes']]);
    const { result, after } = await recompute(wb);
    expect(result.wroteResults).toBe(false);
    expect(result.problems[0]).toMatchObject({ severity: 'error', code: 'sheet.not-owned', sheet: 'สรุปผล ITA' });
    expect(result.plan.sheets).toEqual([]);
    expect(cellsOf(after.getWorksheet('สรุปผล ITA')!)).toEqual([['A1', 'my own notes']]);
  });

  it('text from the workbook is written back as text: "=1+1", "@SUM(A1)" and a HYPERLINK formula stay strings', async () => {
    const wb = itemLevel2565();
    wb.getWorksheet('Settings')!.getCell('B2').value = '=HYPERLINK("http://evil.example","click")';
    sheet(wb, 'Measures', [
      ['Measure', 'Responsible', 'Period', 'Status'],
      ['=1+1', '@SUM(A1)', 'Oct 2021 - Jan 2022', 'not started'],
      ['+cmd|x', '-2+3', '1 ต.ค. 64 - 31 ม.ค. 65', 'ยังไม่ได้ดำเนินการ'],
    ]);
    const { after } = await recompute(wb);
    const summary = after.getWorksheet('สรุปผล ITA')!;
    const texts: string[] = [];
    summary.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') texts.push(cell.value);
        expect(cell.formula ?? '').not.toMatch(/evil|1\+1|SUM\(A1\)/);
      }),
    );
    expect(texts).toContain('=1+1');
    expect(texts).toContain('+cmd|x');
    expect(texts.some((t) => t.includes('=HYPERLINK("http://evil.example","click")'))).toBe(true);
  });

  it('recomputing in the other language replaces the owned summary instead of adding a second', async () => {
    const th = await recompute(await loadSample(), { lang: 'th' });
    const en = await recompute(th.after, { lang: 'en' });
    const names = en.after.worksheets.map((w) => w.name);
    expect(names).toContain('ITA Summary');
    expect(names).not.toContain('สรุปผล ITA');
  });

  it('the named fix turns text numbers into numbers, and only those cells; afterwards the formulas are live', async () => {
    const wb = itemLevel2565();
    const { analysis } = await recompute(wb);
    const work = await loadXlsx(await writeXlsx(wb));
    applyPlan(work, planNumberFix(analysis));
    const fixed = work.getWorksheet('scores ITA')!;
    expect(fixed.getCell('C35').value).toBe(88.5);
    expect(fixed.getCell('C36').value).toBe(81.25);
    const again = await recompute(work);
    expect(again.analysis.textNumbers).toEqual([]);
    expect(codes(again.result.problems)).not.toContain('formula.text-number');
  });

  it('a number typed as text is said to become a fixed value only when results are written, with both ways to fix it', async () => {
    const wb = itemLevel2565();
    const written = await recompute(wb);
    // Two such cells on one sheet: one warning that lists them, not one per cell.
    const warnings = written.result.problems.filter((p) => p.code === 'formula.text-number');
    expect(warnings).toHaveLength(1);
    const [warning] = warnings;
    expect(warning).toMatchObject({ sheet: 'scores ITA', cell: 'C35', count: 2, items: ['C35', 'C36'] });
    expect(warning.message.en).toMatch(/^Sheet scores ITA: 2 cells hold numbers typed as text \(C35 ".+", C36 ".+"\)/);
    expect(warning.message.th).toContain(
      'กด "แปลงข้อความเป็นตัวเลข" ในบานหน้าต่าง ITA Planner (หรือ ita-planner recompute --fix-numbers) หรือพิมพ์ตัวเลขใหม่',
    );
    expect(warning.message.en).toContain('or run ita-planner recompute --fix-numbers), or retype the numbers');
    // An error elsewhere stops the results: nothing is written "as a fixed value", so nothing says so.
    wb.getWorksheet('scores ITA')!.getCell('C4').value = 'ดีมาก'; // I1
    const blocked = await recompute(wb);
    expect(blocked.result.wroteResults).toBe(false);
    expect(codes(blocked.result.problems)).not.toContain('formula.text-number');
  });
});

describe('template, missing sheets and "add to measures"', () => {
  it('the template is a workbook ready to fill: its own sheets are recognised with every column', async () => {
    const wb = new ExcelJS.Workbook();
    applyPlan(wb, planTemplate(2565, 'th'));
    const reloaded = await loadXlsx(await writeXlsx(wb));
    const a = analyzeWorkbook(readWorkbook(reloaded), { today: '2026-01-01' });
    expect(a.found.map((f) => [f.role, f.sheet, f.missingColumns.length])).toEqual([
      ['settings', 'ตั้งค่า', 0],
      ['scores', 'คะแนน', 0],
      ['oit', 'OIT', 0],
      ['measures', 'มาตรการ', 0],
      ['rules', 'เกณฑ์การประเมิน', 0],
      ['agencies', undefined, 0], // one agency's template: no Agencies sheet
    ]);
    expect(a.fiscalYear).toBe(2565);
    // Every column a report prints has its place in the template, the NACC form's monitoring too.
    const measures = a.found.find((f) => f.role === 'measures')!;
    expect(measures.columns.map((c) => c.key)).toEqual(
      expect.arrayContaining([
        'measure',
        'method',
        'responsible',
        'period',
        'status',
        'indicator',
        'monitoring',
        'result',
        'outcome',
      ]),
    );
    expect(reloaded.getWorksheet('OIT')!.getCell('D2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"มี,ไม่มี"'],
    });
  });

  it('missing sheets are created from the template, existing ones never touched', () => {
    const wb = itemLevel2565();
    const snap = readWorkbook(wb);
    const plan = planMissingSheets(analyzeWorkbook(snap, { today: '2026-01-01' }), snap, 'th');
    expect(plan.sheets.map((s) => s.name)).toEqual(['มาตรการ']);
  });

  it('"add to measures" appends below the last row and never overwrites one', async () => {
    const wb = itemLevel2565();
    measuresSheet(wb);
    const snap = readWorkbook(wb);
    const a = analyzeWorkbook(snap, { today: '2026-01-01' });
    const plan = planAppendMeasure(
      a,
      snap,
      { measure: 'จัดทำคู่มือ', indicator: indicatorId(4), responsible: 'กองคลัง' },
      'th',
    );
    expect(plan.sheets).toEqual([]);
    expect(plan.blocks[0]).toMatchObject({ sheet: 'มาตรการ', top: 9 });
    applyPlan(wb, plan);
    const ws = wb.getWorksheet('มาตรการ')!;
    expect([ws.getCell('B10').value, ws.getCell('E10').value, ws.getCell('G10').value]).toEqual([
      'จัดทำคู่มือ',
      'กองคลัง',
      'ตัวชี้วัดที่ 4',
    ]);
    expect(ws.getCell('B9').value).toBe('ประชุมชี้แจง');
    const again = analyzeWorkbook(readWorkbook(wb), { today: '2026-01-01' });
    expect(again.measures?.total).toBe(7);
  });

  it('a measure added for a year’s result is planned for the next fiscal year, so it is not overdue at once', () => {
    const wb = itemLevel2565();
    const snap = readWorkbook(wb);
    const today = '2022-12-01'; // fiscal year 2566, when a planner answers the 2565 result
    const plan = planAppendMeasure(
      analyzeWorkbook(snap, { today }),
      snap,
      { measure: 'จัดทำคู่มือ', indicator: indicatorId(4) },
      'th',
    );
    applyPlan(wb, plan);
    expect(wb.getWorksheet('มาตรการ')!.getCell('D2').value).toBe('ปีงบประมาณ 2566');
    const row = analyzeWorkbook(readWorkbook(wb), { today }).measures?.rows[0];
    expect(row).toMatchObject({ measure: 'จัดทำคู่มือ', overdue: false });
  });

  it('"add to measures" creates the Measures sheet when there is none', () => {
    const wb = itemLevel2565();
    const snap = readWorkbook(wb);
    const plan = planAppendMeasure(
      analyzeWorkbook(snap, { today: '2026-01-01' }),
      snap,
      { measure: 'x', indicator: indicatorId(7) },
      'en',
    );
    applyPlan(wb, plan);
    expect(wb.getWorksheet('Measures')!.getCell('A2').value).toBe('x');
  });
});

describe('LibreOffice recalculation reproduces every ITA_* name to 0.01', () => {
  const NAMES = [
    'ITA_TOTAL',
    'ITA_IIT',
    'ITA_EIT',
    'ITA_OIT',
    ...Array.from({ length: 10 }, (_, i) => `ITA_IND_${i + 1}`),
  ];

  async function check(wb: ExcelJS.Workbook, label: string) {
    const { analysis, after } = await recompute(wb);
    const a = analysis.assessment!;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-lo-'));
    const file = path.join(dir, `${label}.xlsx`);
    fs.writeFileSync(file, await writeXlsx(after));
    const recalculated = await recalcWithLibreOffice(file);
    const lo = await loadXlsx(fs.readFileSync(recalculated!));
    const expected: Record<string, number | string | boolean> = {
      ITA_TOTAL: a.totalShown,
      ITA_GRADE: a.grade,
      ITA_PASS: a.pass,
      ITA_IIT: a.tools.IIT.score,
      ITA_EIT: a.tools.EIT.score,
      ITA_OIT: a.tools.OIT.score,
      ...Object.fromEntries(a.indicators.map((i) => [`ITA_IND_${i.id}`, i.score])),
    };
    for (const n of NAMES) {
      const v = nameValue(lo, n);
      expect([n, round2(Number(v))]).toEqual([n, round2(expected[n] as number)]);
    }
    expect(nameValue(lo, 'ITA_GRADE')).toBe(a.grade);
    expect(nameValue(lo, 'ITA_PASS')).toBe(a.pass);
    if (analysis.measures) {
      expect(nameValue(lo, 'ITA_MEASURES_TOTAL')).toBe(analysis.measures.total);
      expect(nameValue(lo, 'ITA_MEASURES_OVERDUE')).toBe(analysis.measures.overdue);
    }
  }

  itWithLibreOffice('on the bundled sample', async () => check(await loadSample(), 'sample'), LIBREOFFICE_TIMEOUT_MS);
  itWithLibreOffice('on the seed 003 layout', async () => check(chiangMai(), 'chiang-mai'), LIBREOFFICE_TIMEOUT_MS);
  itWithLibreOffice(
    'on item-level scores with a 43-item checklist and measures',
    async () => {
      const wb = itemLevel2565(['O5', 'O11', 'O40']);
      measuresSheet(wb);
      await check(wb, 'item-level');
    },
    LIBREOFFICE_TIMEOUT_MS,
  );
});

describe('the problems sheet on paper', () => {
  it('prints landscape with its header row repeated and "page x of y" in the footer', async () => {
    const wb = itemLevel2565();
    wb.getWorksheet('scores ITA')!.getCell('C4').value = 'ดีมาก';
    const { result } = await recompute(wb);
    const spec = result.plan.sheets.find((s) => s.name === 'ปัญหาที่พบ ITA')!;
    expect(spec.page).toMatchObject({ orientation: 'landscape', titleRows: [4, 4] });
    expect(spec.page!.footer!.center).toBe('หน้า {page} จาก {pages}');
  });
});
