import * as ExcelJS from 'exceljs';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as path from 'path';
import { loadXlsx, readWorkbook, writeXlsx } from '../../src/xlsx';
import { isoDatesAsSerials, withReferences } from '../../src/xlsx/package/readable';

/** A hand-made report: merged title, header on row 3, data from column B, blank row inside. */
function reportWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('คะแนน ITA');
  ws.mergeCells('B1:F1');
  ws.getCell('B1').value = 'ผลคะแนน ITA ปีงบประมาณ พ.ศ. 2567';
  ws.getRow(3).values = [undefined, 'ตัวชี้วัด', 'คะแนน', 'ผ่าน', 'วันที่', 'หมายเหตุ'];
  ws.getCell('B4').value = 1;
  ws.getCell('C4').value = 96.5;
  ws.getCell('D4').value = true;
  ws.getCell('E4').value = new Date(Date.UTC(2024, 8, 30));
  ws.getCell('F4').value = { richText: [{ text: 'ตัวชี้วัด', font: { bold: true } }, { text: 'ที่ ๑' }] };
  // row 5 left blank on purpose
  ws.getCell('B6').value = 2;
  ws.getCell('C6').value = { formula: 'ROUND(93.105,2)', result: 93.11 } as ExcelJS.CellFormulaValue;
  ws.getCell('D6').value = { formula: 'C6>=85', result: true } as ExcelJS.CellFormulaValue;
  ws.getCell('E6').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
  ws.getCell('F6').value = { text: 'ลิงก์', hyperlink: 'https://www.nacc.go.th' };
  ws.getCell('B7').value = 3;
  ws.getCell('C7').value = { sharedFormula: 'C6', result: 91.57 } as ExcelJS.CellSharedFormulaValue;
  ws.getCell('E7').value = { formula: 'E4+1', result: new Date(Date.UTC(2024, 9, 1)) } as ExcelJS.CellFormulaValue;
  ws.getCell('E7').numFmt = 'd/m/yyyy';
  ws.getCell('E4').numFmt = 'd/m/yyyy';
  ws.getCell('F7').value = '';
  // Styled but empty: ExcelJS counts it in its dimensions; it is not part of the used range.
  ws.getCell('K20').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };

  wb.addWorksheet('ว่าง');
  wb.definedNames.add("'คะแนน ITA'!$C$4", 'ITA_IND_1');
  wb.definedNames.add("'คะแนน ITA'!$C$4:$C$7", 'ITA_SCORES');
  return wb;
}

describe('readWorkbook', () => {
  it('reads the used range of each sheet from its non-empty cells, not from ExcelJS dimensions', async () => {
    const snap = readWorkbook(await loadXlsx(await writeXlsx(reportWorkbook())));
    const scores = snap.sheets[0];
    expect(scores.name).toBe('คะแนน ITA');
    expect([scores.top, scores.left]).toEqual([0, 1]); // B1
    expect(scores.values).toHaveLength(7); // rows 1..7; K20 holds only a style
    expect(snap.sheets[1]).toEqual({ name: 'ว่าง', values: [], top: 0, left: 0 });
  });

  it('gives plain values: numbers, text, booleans, dates, rich text as text, formulas as their cached result', async () => {
    const [scores] = readWorkbook(await loadXlsx(await writeXlsx(reportWorkbook()))).sheets;
    expect(scores.values).toEqual([
      ['ผลคะแนน ITA ปีงบประมาณ พ.ศ. 2567'], // merged B1:F1: only the master holds it; rows are ragged
      [],
      ['ตัวชี้วัด', 'คะแนน', 'ผ่าน', 'วันที่', 'หมายเหตุ'],
      [1, 96.5, true, new Date(Date.UTC(2024, 8, 30)), 'ตัวชี้วัดที่ ๑'],
      [], // blank row in the middle
      [2, 93.11, true, '#DIV/0!', 'ลิงก์'],
      [3, 91.57, null, new Date(Date.UTC(2024, 9, 1))], // shared formula; "" counts as empty
    ]);
  });

  it('reads workbook names with the sheet they point into', async () => {
    const { names } = readWorkbook(await loadXlsx(await writeXlsx(reportWorkbook())));
    expect(names).toEqual([
      { name: 'ITA_IND_1', sheet: 'คะแนน ITA', ref: "'คะแนน ITA'!$C$4" },
      { name: 'ITA_SCORES', sheet: 'คะแนน ITA', ref: "'คะแนน ITA'!$C$4:$C$7" },
    ]);
  });

  it('loads an .xlsx from a Buffer, an ArrayBuffer or a Uint8Array', async () => {
    const buf = await writeXlsx(reportWorkbook());
    const bytes = new Uint8Array(buf);
    const arrayBuffer = bytes.slice().buffer;
    for (const data of [buf, bytes, arrayBuffer]) {
      const wb = await loadXlsx(data);
      expect(wb.worksheets.map((ws) => ws.name)).toEqual(['คะแนน ITA', 'ว่าง']);
    }
  });
});

describe('rows and cells without r (optional in the schema; a row or cell then follows the one before)', () => {
  it('are given their place before ExcelJS reads them: gaps after an explicit r, self-closing cells', () => {
    const xml =
      '<sheetData><row><c t="s"><v>0</v></c><c/><c r="E1"><v>1</v></c><c><v>2</v></c></row>' +
      '<row r="5"><c><v>3</v></c></row><row><c r="C7"><v>4</v></c></row></sheetData>';
    expect(withReferences(xml)).toBe(
      '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"/><c r="E1"><v>1</v></c><c r="F1"><v>2</v></c></row>' +
        '<row r="5"><c r="A5"><v>3</v></c></row><row r="6"><c r="C7"><v>4</v></c></row></sheetData>',
    );
    const complete = '<sheetData><row r="2"><c r="B2"><v>1</v></c></row></sheetData>';
    expect(withReferences(complete)).toBe(complete); // nothing to add: the same string
  });

  it('the sample with every r removed reads as the same values', async () => {
    const sample = fs.readFileSync(path.resolve(__dirname, '../../assets/sample/sample.xlsx'));
    const zip = await JSZip.loadAsync(sample);
    for (const part of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
      const xml = await zip.file(part)!.async('string');
      zip.file(part, xml.replace(/(<c) r="[A-Z]+\d+"/g, '$1').replace(/(<row) r="\d+"/g, '$1'));
    }
    const bare = await zip.generateAsync({ type: 'uint8array' });
    expect(readWorkbook(await loadXlsx(bare))).toEqual(readWorkbook(await loadXlsx(sample)));
  });
});

describe('date cells of type "d" (ISO 8601 text, as Strict Open XML files hold dates)', () => {
  it('are read as their dates, not as the 2,023rd day of 1900', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = new Date(Date.UTC(2000, 0, 1)); // its style is a date format
    const zip = await JSZip.loadAsync((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const part = 'xl/worksheets/sheet1.xml';
    const xml = await zip.file(part)!.async('string');
    zip.file(
      part,
      xml.replace(/<c r="A1"([^>]*)><v>[^<]*<\/v><\/c>/, '<c r="A1"$1 t="d"><v>2023-03-31T00:00:00</v></c>'),
    );
    const read = readWorkbook(await loadXlsx(await zip.generateAsync({ type: 'uint8array' })));
    expect(read.sheets[0].values).toEqual([[new Date(Date.UTC(2023, 2, 31))]]);
  });

  it('count from the workbook’s date system; times of day and text that is not a date are kept right', () => {
    const cell = (v: string) => `<c r="A1" s="1" t="d"><v>${v}</v></c>`;
    expect(isoDatesAsSerials(cell('2023-03-31'))).toBe('<c r="A1" s="1"><v>45016</v></c>');
    expect(isoDatesAsSerials(cell('2023-03-31'), true)).toBe('<c r="A1" s="1"><v>43554</v></c>');
    expect(isoDatesAsSerials(cell('2023-03-31T18:00:00Z'))).toBe('<c r="A1" s="1"><v>45016.75</v></c>');
    expect(isoDatesAsSerials(cell('T06:00:00'))).toBe('<c r="A1" s="1"><v>0.25</v></c>');
    expect(isoDatesAsSerials(cell('31/3/2566'))).toBe(cell('31/3/2566'));
    // An empty date cell closes itself: the next cell is not taken for its value.
    const empty = '<c r="A1" t="d"/><c r="B1" t="d"><v>2000-01-01</v></c>';
    expect(isoDatesAsSerials(empty)).toBe('<c r="A1" t="d"/><c r="B1"><v>36526</v></c>');
    const plain = '<c r="A1" t="s"><v>3</v></c>';
    expect(isoDatesAsSerials(plain)).toBe(plain);
  });
});
