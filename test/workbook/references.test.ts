import * as ExcelJS from 'exceljs';
import {
  a1,
  formulaString,
  FORMULA_LITERAL_MAX,
  hyperlinkFormula,
  parseA1,
  quoteSheet,
  sheetOfReference,
} from '../../src/workbook/references';
import { loadXlsx, readWorkbook, writeXlsx } from '../../src/xlsx';
import { cellRef } from '../../src/domain/refs';

describe('A1 references and sheet names (one module for both adapters)', () => {
  it('a1 and parseA1 are inverse, past column Z', () => {
    for (const [row, col] of [
      [0, 0],
      [6, 2],
      [99, 25],
      [4, 26],
      [1048575, 16383],
    ])
      expect(parseA1(a1(row, col))).toEqual({ row, col });
    expect(a1(4, 26)).toBe('AA5');
    expect(parseA1('$c$7')).toEqual({ row: 6, col: 2 });
  });

  it('the sheet of a reference: quoted, with doubled quotes, with "!" inside, bare; none for #REF!', () => {
    expect(sheetOfReference("'สรุปผล ITA'!$B$5")).toBe('สรุปผล ITA');
    expect(sheetOfReference("'It''s'!A1")).toBe("It's");
    expect(sheetOfReference("'Q&A!'!$A$1")).toBe('Q&A!');
    expect(sheetOfReference(`${quoteSheet("a'!b")}!C3`)).toBe("a'!b");
    expect(sheetOfReference('Data!$A$1:$B$2')).toBe('Data');
    expect(sheetOfReference('#REF!')).toBeUndefined();
    expect(sheetOfReference('Data!')).toBeUndefined();
    expect(sheetOfReference("'unclosed!A1")).toBeUndefined();
    expect(sheetOfReference('A1')).toBeUndefined();
  });

  it('a defined name on a sheet whose name holds "!" is read back onto that sheet (ExcelJS adapter)', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Q&A!').getCell('A1').value = 1;
    wb.definedNames.add("'Q&A!'!$A$1", 'ITA_TOTAL');
    const snapshot = readWorkbook(await loadXlsx(await writeXlsx(wb)));
    expect(snapshot.names.find((n) => n.name === 'ITA_TOTAL')?.sheet).toBe('Q&A!');
  });
});

describe('text inside formulas', () => {
  it('doubles quotes, and splits text past 255 characters into literals joined with &', () => {
    expect(formulaString('say "hi"')).toBe('"say ""hi"""');
    const long = 'ก'.repeat(600);
    const literals = formulaString(long).split('&');
    expect(literals.length).toBeGreaterThan(1);
    for (const l of literals) expect(l.length - 2).toBeLessThanOrEqual(FORMULA_LITERAL_MAX);
    expect(literals.map((l) => l.slice(1, -1)).join('')).toBe(long);
  });

  it('does not split a character outside the BMP', () => {
    const text = '😀'.repeat(300);
    const joined = formulaString(text)
      .split('&')
      .map((l) => l.slice(1, -1));
    for (const part of joined) expect(part).toBe('😀'.repeat(part.length / 2));
  });

  it('one HYPERLINK builder: a cell of this workbook, or a web address', () => {
    expect(hyperlinkFormula({ sheet: 'คะแนน', cell: cellRef('$C$7') }, 'คะแนน!C7')).toBe(
      `HYPERLINK("#'คะแนน'!C7","คะแนน!C7")`,
    );
    expect(hyperlinkFormula({ url: 'https://example.go.th/oit' }, 'OIT')).toBe(
      'HYPERLINK("https://example.go.th/oit","OIT")',
    );
    const long = hyperlinkFormula({ url: 'https://example.go.th/oit' }, 'ข'.repeat(300));
    expect(long).toMatch(/^HYPERLINK\("https:\/\/example\.go\.th\/oit","ข+"&"ข+"&"ข+"\)$/);
  });
});
