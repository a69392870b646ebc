import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { emptyPlan, type WritePlan } from '../../src/workbook/plan';
import { a4Page, PRINT_FONT } from '../../src/workbook/print';
import { applyPlan, loadXlsx, readWorkbook, writeXlsx } from '../../src/xlsx';
import { cellRef } from '../../src/domain/refs';

const SUMMARY = 'สรุปผล ITA';

/** A user's workbook: input sheets, a leftover problems sheet and names from an earlier run. */
function userWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const scores = wb.addWorksheet('คะแนน');
  scores.addRow(['ตัวชี้วัด', 'ข้อ', 'คะแนน']);
  scores.addRow([1, 'I1', 96.5]);
  const problems = wb.addWorksheet('ปัญหา');
  problems.getCell('A1').value = 'คะแนน!C7 ไม่ใช่ตัวเลข';
  const measures = wb.addWorksheet('มาตรการ');
  measures.addRow(['มาตรการ', 'ผู้รับผิดชอบ']);
  measures.addRow(['เผยแพร่ข้อมูลบนเว็บไซต์', 'งานประชาสัมพันธ์']);
  measures.addRow(['ประชุมชี้แจง', 'สำนักปลัด']);
  wb.definedNames.add("'ปัญหา'!$A$1", 'ITA_PROBLEMS');
  wb.definedNames.add("'คะแนน'!$C$2", 'ITA_OLD');
  return wb;
}

function fullPlan(): WritePlan {
  return {
    sheets: [
      { name: SUMMARY, columnWidths: [30, 12, 14], freezeRows: 3, tabColor: '#1f4e79', page: a4Page('landscape') },
    ],
    deleteSheets: ['ปัญหา'],
    blocks: [
      {
        sheet: SUMMARY,
        top: 0,
        left: 0,
        cells: [
          [{ text: 'สรุปผลการประเมิน ITA' }, null, null],
          [{ text: 'คะแนนรวม' }, { formula: '=ROUND(B3*1,2)', cached: 95.01 }, { bool: true }],
          [{ text: '=1+1' }, { number: 95.01 }, { text: 'ไปที่คะแนน' }],
          [{ text: 'เว็บไซต์ ITA' }],
        ],
        numberFormats: [[], [null, '0.00'], [null, '0.00']],
      },
      { sheet: 'มาตรการ', top: 3, left: 0, cells: [[{ text: 'มาตรการใหม่' }, { text: 'กองคลัง' }]] },
    ],
    styles: [
      {
        sheet: SUMMARY,
        range: 'A1:C1',
        bold: true,
        fontSize: 16,
        fontColor: '#FFFFFF',
        fill: '#1F4E79',
        horizontal: 'center',
      },
      { sheet: SUMMARY, range: 'A2:C3', border: true, wrap: true, italic: true },
      { sheet: SUMMARY, range: 'A2', bold: true },
    ],
    merges: [{ sheet: SUMMARY, range: 'A1:C1' }],
    names: [
      { name: 'ITA_TOTAL', sheet: SUMMARY, ref: 'B2' },
      { name: 'ITA_PARTS', sheet: SUMMARY, ref: 'B2:B3' },
    ],
    deleteNames: ['ITA_OLD'],
    hyperlinks: [
      { sheet: SUMMARY, cell: cellRef('C3'), to: { sheet: 'คะแนน', cell: cellRef('C7') } },
      { sheet: SUMMARY, cell: cellRef('A4'), to: { url: 'https://itas.nacc.go.th' } },
    ],
    validations: [{ sheet: SUMMARY, range: 'D2:D10', list: ['ยังไม่เริ่ม', 'กำลังดำเนินการ', 'เสร็จแล้ว'] }],
    fixes: [],
    dataBars: [],
    charts: [],
    activate: SUMMARY,
  };
}

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return loadXlsx(await writeXlsx(wb));
}

describe('applyPlan: print features', () => {
  function printPlan(): WritePlan {
    const plan = fullPlan();
    plan.sheets[0] = {
      ...plan.sheets[0],
      font: PRINT_FONT,
      rowHeights: [
        { row: 0, points: 40 },
        { row: 2, points: 55.5 },
      ],
      page: a4Page('portrait', {
        titleRows: [1, 2],
        printColumns: 'A:C',
        header: { left: 'เทศบาลตำบลตัวอย่าง & ภาคี', right: 'ปีงบประมาณ 2569', size: 12 },
        footer: { center: 'หน้า {page} จาก {pages}' },
        breaksBefore: [3],
      }),
    };
    plan.dataBars.push({ sheet: SUMMARY, range: 'B2:B3', color: '#2E7D32', min: 0, max: 100 });
    return plan;
  }

  it('writes the font, row heights, A4 page, print titles and area, header, footer, breaks and data bars', async () => {
    const wb = userWorkbook();
    applyPlan(wb, printPlan());
    const buffer = await writeXlsx(wb);
    const ws = (await loadXlsx(buffer)).getWorksheet(SUMMARY)!;
    // Every written cell carries the font name, bold and sized ones included.
    for (const addr of ['A1', 'B2', 'C2', 'A3', 'C3', 'A4']) expect(ws.getCell(addr).font?.name).toBe('TH Sarabun New');
    expect(ws.getCell('B2').font?.size).toBe(16);
    expect(ws.getCell('A1').font?.size).toBe(16);
    expect(ws.getRow(1).height).toBe(40);
    expect(ws.getRow(3).height).toBe(55.5);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.margins).toMatchObject({ top: 0.6, left: 0.5, header: 0.25 });
    expect(ws.pageSetup.printArea).toBe('A1:C4');
    expect(ws.pageSetup.printTitlesRow).toBe('1:2');
    // "&" in the agency's name is doubled, so it prints as itself and starts no code.
    expect(ws.headerFooter.oddHeader).toBe(
      '&L&"TH Sarabun New,Regular"&12เทศบาลตำบลตัวอย่าง && ภาคี&R&"TH Sarabun New,Regular"&12ปีงบประมาณ 2569',
    );
    expect(ws.headerFooter.oddFooter).toBe('&C&"TH Sarabun New,Regular"&16หน้า &P จาก &N');
    // ExcelJS does not read page breaks back: look at the summary's XML.
    const zip = await JSZip.loadAsync(buffer);
    const sheets = await Promise.all(zip.file(/^xl\/worksheets\/sheet\d+\.xml$/).map((f) => f.async('string')));
    const xml = sheets.find((x) => x.includes('oddHeader'))!;
    expect(xml).toMatch(/<rowBreaks count="1" manualBreakCount="1"><brk id="3" max="16383" man="1"\/><\/rowBreaks>/);
    const bars = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string }[] }[] })
      .conditionalFormattings;
    expect(bars.map((c) => [c.ref, c.rules[0].type])).toEqual([['B2:B3', 'dataBar']]);
  });

  it('refuses data bars on a sheet it does not own, before any change', () => {
    const wb = userWorkbook();
    const plan = printPlan();
    plan.dataBars.push({ sheet: 'คะแนน', range: 'C2', color: '#2E7D32', min: 0, max: 100 });
    expect(() => applyPlan(wb, plan)).toThrow(/คะแนน/);
    expect(wb.getWorksheet(SUMMARY)).toBeUndefined();
  });
});

describe('applyPlan', () => {
  it('writes every kind of plan element, and each survives writing and loading the file', async () => {
    const wb = userWorkbook();
    applyPlan(wb, fullPlan());
    const out = await roundTrip(wb);
    const ws = out.getWorksheet(SUMMARY)!;

    // sheets: the problems sheet is gone, the summary added at the end, set up as planned
    expect(out.worksheets.map((s) => s.name)).toEqual(['คะแนน', 'มาตรการ', SUMMARY]);
    expect([1, 2, 3].map((c) => ws.getColumn(c).width)).toEqual([30, 12, 14]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(ws.properties.tabColor).toEqual({ argb: 'FF1F4E79' });
    expect(ws.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });

    // cells and number formats
    expect(ws.getCell('A1').value).toBe('สรุปผลการประเมิน ITA');
    expect(ws.getCell('B2').formula).toBe('ROUND(B3*1,2)');
    expect(ws.getCell('B2').result).toBe(95.01);
    expect(ws.getCell('B2').numFmt).toBe('0.00');
    expect(ws.getCell('C2').value).toBe(true);
    expect(ws.getCell('B3').value).toBe(95.01);

    // styles, added over one another
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 16, color: { argb: 'FFFFFFFF' } });
    expect(ws.getCell('C1').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } });
    expect(ws.getCell('A1').alignment).toMatchObject({ horizontal: 'center' });
    expect(ws.getCell('A2').font).toMatchObject({ bold: true, italic: true });
    expect(ws.getCell('A2').alignment).toMatchObject({ wrapText: true });
    expect(ws.getCell('C3').border).toMatchObject({
      top: { style: 'thin' },
      left: { style: 'thin' },
      bottom: { style: 'thin' },
      right: { style: 'thin' },
    });

    // merge
    expect(ws.getCell('C1').isMerged).toBe(true);
    expect(ws.getCell('C1').master.address).toBe('A1');

    // names: added, replaced, deleted, and dropped with the sheet they pointed into
    expect(readWorkbook(out).names).toEqual([
      { name: 'ITA_TOTAL', sheet: SUMMARY, ref: "'สรุปผล ITA'!$B$2" },
      { name: 'ITA_PARTS', sheet: SUMMARY, ref: "'สรุปผล ITA'!$B$2:$B$3" },
    ]);

    // hyperlinks keep the text the plan wrote
    expect(ws.getCell('C3').formula).toBe(`HYPERLINK("#'คะแนน'!C7","ไปที่คะแนน")`);
    expect(ws.getCell('C3').result).toBe('ไปที่คะแนน');
    expect(ws.getCell('A4').value).toEqual({ text: 'เว็บไซต์ ITA', hyperlink: 'https://itas.nacc.go.th' });

    // list validation over the whole range
    for (const cell of ['D2', 'D10']) {
      expect(ws.getCell(cell).dataValidation).toMatchObject({
        type: 'list',
        allowBlank: true,
        formulae: ['"ยังไม่เริ่ม,กำลังดำเนินการ,เสร็จแล้ว"'],
      });
    }
    expect(ws.getCell('D11').dataValidation).toBeUndefined();

    // the active tab
    expect(out.views[0].activeTab).toBe(2);

    // the append block filled the empty row of the user's sheet and nothing else
    const measures = readWorkbook(out).sheets.find((s) => s.name === 'มาตรการ')!;
    expect(measures.values).toEqual([
      ['มาตรการ', 'ผู้รับผิดชอบ'],
      ['เผยแพร่ข้อมูลบนเว็บไซต์', 'งานประชาสัมพันธ์'],
      ['ประชุมชี้แจง', 'สำนักปลัด'],
      ['มาตรการใหม่', 'กองคลัง'],
    ]);

    // and the summary reads back as the plan wrote it
    const summary = readWorkbook(out).sheets.find((s) => s.name === SUMMARY)!;
    expect(summary.values).toEqual([
      ['สรุปผลการประเมิน ITA'],
      ['คะแนนรวม', 95.01, true],
      ['=1+1', 95.01, 'ไปที่คะแนน'],
      ['เว็บไซต์ ITA'],
    ]);
  });

  it('writes text that looks like a formula as text', async () => {
    const looksLikeFormula = ['=1+1', '@SUM(A1)', '=HYPERLINK("http://x","y")', '+66 2 123 4567', '-5', "'quoted"];
    const wb = new ExcelJS.Workbook();
    const plan = emptyPlan();
    plan.sheets.push({ name: SUMMARY, columnWidths: [] });
    plan.blocks.push({ sheet: SUMMARY, top: 0, left: 0, cells: looksLikeFormula.map((text) => [{ text }]) });
    applyPlan(wb, plan);
    const ws = (await roundTrip(wb)).getWorksheet(SUMMARY)!;
    looksLikeFormula.forEach((text, i) => {
      const cell = ws.getCell(i + 1, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text);
    });
  });

  it('clears an owned sheet that exists and rewrites it at the same tab position, leaving nothing stale', async () => {
    const wb = userWorkbook();
    const old = wb.addWorksheet(SUMMARY);
    (old as ExcelJS.Worksheet & { orderNo: number }).orderNo = 1.5; // between คะแนน and ปัญหา; ExcelJS orders tabs by orderNo
    old.getCell('Z100').value = 'stale';
    old.getCell('B2').value = 'stale too';
    old.getCell('B2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
    old.mergeCells('A5:D5');
    old.getCell('A6').dataValidation = { type: 'list', formulae: ['"x,y"'] };
    old.getCell('A7').value = { text: 'old link', hyperlink: 'https://example.com' };
    const before = await roundTrip(wb);
    expect(before.worksheets.map((s) => s.name)).toEqual(['คะแนน', SUMMARY, 'ปัญหา', 'มาตรการ']);

    const plan = emptyPlan();
    plan.sheets.push({ name: SUMMARY, columnWidths: [20] });
    plan.blocks.push({ sheet: SUMMARY, top: 0, left: 0, cells: [[{ text: 'ใหม่' }]] });
    applyPlan(before, plan);
    const after = await roundTrip(before);

    expect(after.worksheets.map((s) => s.name)).toEqual(['คะแนน', SUMMARY, 'ปัญหา', 'มาตรการ']);
    const ws = after.getWorksheet(SUMMARY)!;
    expect(readWorkbook(after).sheets[1]).toEqual({ name: SUMMARY, values: [['ใหม่']], top: 0, left: 0 });
    expect(ws.getCell('B2').fill).toBeUndefined();
    expect(ws.getCell('B5').isMerged).toBe(false);
    expect(ws.getCell('A6').dataValidation).toBeUndefined();
    expect(ws.getCell('A7').hyperlink).toBeUndefined();
  });

  it('links text of any length: literals over 255 characters are joined with &', async () => {
    const long = 'ก'.repeat(300) + '"';
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('คะแนน');
    const plan = emptyPlan();
    plan.sheets.push({ name: 'ปัญหา', columnWidths: [] });
    plan.blocks.push({ sheet: 'ปัญหา', top: 0, left: 0, cells: [[{ text: long }]] });
    plan.hyperlinks.push({ sheet: 'ปัญหา', cell: cellRef('A1'), to: { sheet: 'คะแนน', cell: cellRef('C7') } });
    applyPlan(wb, plan);
    const cell = (await roundTrip(wb)).getWorksheet('ปัญหา')!.getCell('A1');
    const k = (n: number) => 'ก'.repeat(n);
    expect(cell.formula).toBe(`HYPERLINK("#'คะแนน'!C7","${k(127)}"&"${k(127)}"&"${k(46)}""")`);
    expect(cell.result).toBe(long);
  });

  it('gives the same workbook when the same plan is applied twice', async () => {
    const once = userWorkbook();
    applyPlan(once, fullPlan());
    const twice = await roundTrip(once);
    const plan = fullPlan();
    plan.blocks = plan.blocks.filter((b) => b.sheet === SUMMARY); // the measure row is in already
    applyPlan(twice, plan);
    expect(readWorkbook(await roundTrip(twice))).toEqual(readWorkbook(await roundTrip(once)));
  });

  it('refuses a block that would overwrite a filled cell of a sheet it does not own, before changing anything', () => {
    const wb = userWorkbook();
    const plan = fullPlan();
    plan.blocks.push({ sheet: 'มาตรการ', top: 2, left: 1, cells: [[{ text: 'ทับ' }]] });
    expect(() => applyPlan(wb, plan)).toThrow('write plan would overwrite มาตรการ!B3, which is not empty');
    // nothing happened: the owned sheet was not created, the problems sheet not deleted
    expect(wb.worksheets.map((s) => s.name)).toEqual(['คะแนน', 'ปัญหา', 'มาตรการ']);
    expect(wb.getWorksheet('มาตรการ')!.getCell('A4').value).toBeNull();
  });

  it('treats a merged cell of a sheet it does not own as filled', () => {
    const wb = userWorkbook();
    wb.getWorksheet('คะแนน')!.mergeCells('E1:F1');
    const plan = emptyPlan();
    plan.blocks.push({ sheet: 'คะแนน', top: 0, left: 5, cells: [[{ number: 1 }]] });
    expect(() => applyPlan(wb, plan)).toThrow('คะแนน!F1');
  });

  it('refuses a block for a sheet that does not exist and is not owned', () => {
    const plan = emptyPlan();
    plan.blocks.push({ sheet: 'ไม่มี', top: 0, left: 0, cells: [[{ number: 1 }]] });
    expect(() => applyPlan(userWorkbook(), plan)).toThrow('no sheet "ไม่มี"');
  });

  it('applies a named fix only while the cell still holds the text that was found', async () => {
    const wb = userWorkbook();
    const scores = wb.getWorksheet('คะแนน')!;
    scores.addRow([2, 'I7', '๙๓.๑๑']);
    scores.addRow([3, 'I13', '91.57']); // edited by the user since the plan was made
    scores.getCell('C3').numFmt = '0.00';
    const plan = emptyPlan();
    plan.fixes.push(
      { sheet: 'คะแนน', cell: cellRef('C3'), found: '๙๓.๑๑', number: 93.11 },
      { sheet: 'คะแนน', cell: cellRef('C4'), found: '๙๑.๕๗', number: 91.57 },
    );
    applyPlan(wb, plan);
    const out = (await roundTrip(wb)).getWorksheet('คะแนน')!;
    expect(out.getCell('C3').value).toBe(93.11);
    expect(out.getCell('C3').numFmt).toBe('0.00');
    expect(out.getCell('C4').value).toBe('91.57');
  });

  it('shows the planned sheet, and marks only that tab selected (Excel groups every selected tab)', async () => {
    const wb = userWorkbook();
    wb.getWorksheet('คะแนน')!.views = [{ tabSelected: true } as Partial<ExcelJS.WorksheetView>];
    wb.views = [{ x: 0, y: 0, width: 10000, height: 8000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
    applyPlan(wb, fullPlan());
    expect((await roundTrip(wb)).views[0].activeTab).toBe(2);
    // In memory: ExcelJS writes tabSelected but drops it when loading a frozen sheet's view.
    const selected = (ws: ExcelJS.Worksheet) =>
      (ws.views?.[0] as { tabSelected?: boolean } | undefined)?.tabSelected ?? false;
    expect(wb.worksheets.map(selected)).toEqual([false, false, true]);
  });

  it('keeps the active tab on the same sheet when a sheet before it is deleted', async () => {
    const wb = userWorkbook();
    wb.views = [{ x: 0, y: 0, width: 10000, height: 8000, firstSheet: 0, activeTab: 2, visibility: 'visible' }]; // มาตรการ
    const plan = emptyPlan();
    plan.deleteSheets.push('ปัญหา');
    applyPlan(wb, plan);
    const out = await roundTrip(wb);
    expect(out.worksheets[out.views[0].activeTab].name).toBe('มาตรการ');
  });

  it('refuses a plan that names a sheet that will not exist, before changing anything', () => {
    const wb = userWorkbook();
    const plan = fullPlan();
    plan.styles.push({ sheet: 'ปัญหา', range: 'A1', bold: true }); // deleted by the same plan
    expect(() => applyPlan(wb, plan)).toThrow('no sheet "ปัญหา"');
    expect(wb.worksheets.map((s) => s.name)).toEqual(['คะแนน', 'ปัญหา', 'มาตรการ']);
  });

  it('a name the plan replaces (the core proved it ours, see ownership.test.ts) is replaced whatever its case, never doubled', async () => {
    const wb = userWorkbook();
    wb.definedNames.add("'คะแนน'!$C$2", 'ita_total');
    const loaded = await roundTrip(wb);
    const plan = emptyPlan();
    plan.sheets.push({ name: SUMMARY, columnWidths: [] });
    plan.names.push({ name: 'ITA_TOTAL', sheet: SUMMARY, ref: 'B5' });
    applyPlan(loaded, plan);
    applyPlan(loaded, plan);
    const names = readWorkbook(await roundTrip(loaded)).names;
    expect(names.filter((n) => n.name.toLowerCase() === 'ita_total')).toEqual([
      { name: 'ITA_TOTAL', sheet: SUMMARY, ref: "'สรุปผล ITA'!$B$5" },
    ]);
    expect(names.map((n) => n.name)).toEqual(['ITA_PROBLEMS', 'ITA_OLD', 'ITA_TOTAL']);
  });
});
