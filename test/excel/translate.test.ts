import {
  blockGrids,
  borderEdges,
  cellInput,
  cellValueFromExcel,
  columnWidthPoints,
  columnWidthRuns,
  definedName,
  guardText,
  horizontalAlignment,
  hyperlinkFormula,
  hyperlinkInput,
  listSource,
  needsTextGuard,
  parseRange,
  planTextAt,
  rangeAddress,
} from '../../src/excel/translate';
import { sheetOfReference } from '../../src/workbook/references';
import { cellRef } from '../../src/domain/refs';

describe('text that must stay text', () => {
  it.each([
    ['=SUM(A1)', 'starts like a formula'],
    ['+66 81 234 5678', 'starts with a plus'],
    ['-', 'starts with a minus'],
    ['@home', 'starts with an at sign'],
    ["'quoted", 'starts with the apostrophe Excel would eat'],
    ['#N/A', 'reads as an error value'],
    ['TRUE', 'reads as a Boolean'],
    [' false ', 'reads as a Boolean after trimming'],
    ['0012', 'reads as a number and loses its zeros'],
    ['85%', 'reads as a percentage'],
    ['1/2', 'reads as a date or a fraction'],
    ['12:30 PM', 'reads as a time'],
    ['1 Jan 2024', 'reads as a date'],
    ['1 ม.ค. 2568', 'reads as a date in a Thai locale'],
    ['1 มกราคม 2568', 'reads as a date in a Thai locale (full month name)'],
    ['15 กรกฏาคม 2568', 'is a date with a month spelling the parser knows (one month table for both)'],
    ['1 September 2024', 'reads as a date (English month name)'],
    ['฿1,000', 'reads as an amount'],
    ['(1,000)', 'reads as a negative amount'],
    ['1e5', 'reads as a number in scientific notation'],
    ['๘๕', 'is made of Thai digits'],
  ])('%j is guarded: it %s', (text) => {
    expect(needsTextGuard(text)).toBe(true);
    expect(guardText(text)).toBe(`'${text}`);
  });

  it.each([['ตัวชี้วัดที่ 1'], ['85 คะแนน'], ['ร้อยละ ๘๕'], ['I1'], ['ปกติ'], ['Published'], ['']])(
    '%j is written as it is: Excel keeps it as text anyway',
    (text) => {
      expect(needsTextGuard(text)).toBe(false);
      expect(guardText(text)).toBe(text);
    },
  );
});

describe('cellInput', () => {
  it('writes a formula with its leading "=", and only one', () => {
    expect(cellInput({ formula: 'SUM(B2:B11)', cached: 1 })).toBe('=SUM(B2:B11)');
    expect(cellInput({ formula: '=A1', cached: 1 })).toBe('=A1');
  });

  it('writes numbers and Booleans as values, null as "leave the cell alone"', () => {
    expect(cellInput({ number: 85.66 })).toBe(85.66);
    expect(cellInput({ bool: false })).toBe(false);
    expect(cellInput(null)).toBeNull();
  });

  it('refuses a number Excel cannot hold instead of writing a wrong cell', () => {
    expect(() => cellInput({ number: NaN })).toThrow(/NaN/);
  });
});

describe('blockGrids', () => {
  it('pads ragged rows with null so the grid matches the range', () => {
    const g = blockGrids({ sheet: 'S', top: 0, left: 0, cells: [[{ number: 1 }], [{ number: 2 }, { text: 'x' }]] });
    expect(g).toEqual({
      rows: 2,
      cols: 2,
      formulas: [
        [1, null],
        [2, 'x'],
      ],
    });
  });

  it('sends number formats only when the block sets one', () => {
    const cells = [[{ number: 1 }, { number: 2 }]];
    expect(
      blockGrids({ sheet: 'S', top: 0, left: 0, cells, numberFormats: [[null, null]] }).numberFormats,
    ).toBeUndefined();
    expect(blockGrids({ sheet: 'S', top: 0, left: 0, cells, numberFormats: [[null, '0.00']] }).numberFormats).toEqual([
      [null, '0.00'],
    ]);
  });

  it('names the cell whose number cannot be written', () => {
    expect(() => blockGrids({ sheet: 'สรุปผล ITA', top: 4, left: 1, cells: [[{ number: Infinity }]] })).toThrow(
      "'สรุปผล ITA'!B5",
    );
  });
});

describe('addresses', () => {
  it('builds and parses A1 ranges', () => {
    expect(rangeAddress(0, 0, 1, 1)).toBe('A1');
    expect(rangeAddress(1, 0, 10, 3)).toBe('A2:C11');
    expect(parseRange('A2:C11')).toEqual({ top: 1, left: 0, rows: 10, cols: 3 });
    expect(parseRange('$B$5')).toEqual({ top: 4, left: 1, rows: 1, cols: 1 });
  });
});

describe('column widths', () => {
  it('turns characters into points: 7 px a character plus 5 px padding, 0.75 pt a pixel', () => {
    expect(columnWidthPoints(10)).toBe(56.25);
    expect(columnWidthPoints(8.43)).toBe(48); // Excel's default width is 64 px
    expect(columnWidthPoints(0)).toBe(0);
  });

  it('sets runs of equal widths in one call each', () => {
    expect(columnWidthRuns([30, 12, 12, 12, 20])).toEqual([
      { address: 'A1', points: 161.25 },
      { address: 'B1:D1', points: 66.75 },
      { address: 'E1', points: 108.75 },
    ]);
    expect(columnWidthRuns([])).toEqual([]);
  });
});

describe('formats', () => {
  it('draws inside borders only where a range has inner lines', () => {
    expect(borderEdges('B2')).toEqual(['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight']);
    expect(borderEdges('A1:C1')).toContain('InsideVertical');
    expect(borderEdges('A1:C1')).not.toContain('InsideHorizontal');
    expect(borderEdges('A1:A5')).toContain('InsideHorizontal');
  });

  it('maps alignment to Office.js names', () => {
    expect([horizontalAlignment('left'), horizontalAlignment('center'), horizontalAlignment('right')]).toEqual([
      'Left',
      'Center',
      'Right',
    ]);
  });
});

describe('hyperlinks', () => {
  const internal = { sheet: 'ปัญหา ITA', cell: cellRef('B3'), to: { sheet: 'คะแนน', cell: cellRef('C7') } };
  const web = { sheet: 'ปัญหา ITA', cell: cellRef('B4'), to: { url: 'https://example.go.th/oit' } };
  const run = {
    sheet: 'ปัญหา ITA',
    cell: cellRef('B5'),
    to: { sheet: 'OIT', cell: cellRef('D2'), through: cellRef('D44') },
  };

  it('links inside the workbook by a quoted sheet reference', () => {
    expect(hyperlinkInput(internal, 'คะแนน!C7')).toEqual({
      documentReference: "'คะแนน'!C7",
      textToDisplay: 'คะแนน!C7',
    });
    expect(hyperlinkInput(web)).toEqual({ address: 'https://example.go.th/oit' });
  });

  it('a link to a grouped problem selects its whole run of cells', () => {
    expect(hyperlinkInput(run)).toEqual({ documentReference: "'OIT'!D2:D44" });
    expect(hyperlinkFormula(run)).toBe(`=HYPERLINK("#'OIT'!D2:D44","OIT!D2:D44")`);
  });

  it('falls back to a HYPERLINK formula with "#" for places in the workbook and doubled quotes', () => {
    expect(hyperlinkFormula(internal)).toBe(`=HYPERLINK("#'คะแนน'!C7","คะแนน!C7")`);
    expect(hyperlinkFormula(web, 'say "hi"')).toBe(`=HYPERLINK("https://example.go.th/oit","say ""hi""")`);
  });

  it('finds the text the plan writes in the linked cell, so the link keeps it', () => {
    const blocks = [{ sheet: 'ปัญหา ITA', top: 2, left: 1, cells: [[{ text: 'คะแนน!C7' }], [{ number: 5 }]] }];
    expect(planTextAt(blocks, 'ปัญหา ITA', 'B3')).toBe('คะแนน!C7');
    expect(planTextAt(blocks, 'ปัญหา ITA', 'B4')).toBe('5');
    expect(planTextAt(blocks, 'ปัญหา ITA', 'C3')).toBeUndefined();
  });
});

describe('listSource', () => {
  it('joins items with commas', () => {
    expect(listSource(['มี', 'ไม่มี'])).toEqual({ ok: true, source: 'มี,ไม่มี' });
  });

  it('refuses an item with a comma, an empty list, and a list over 255 characters', () => {
    expect(listSource(['a,b']).ok).toBe(false);
    expect(listSource([]).ok).toBe(false);
    expect(listSource(['x'.repeat(256)]).ok).toBe(false);
  });
});

describe('reading values and names', () => {
  it("turns Excel's '' for an empty cell into null and keeps serial dates as numbers", () => {
    expect(cellValueFromExcel('')).toBeNull();
    expect(cellValueFromExcel(45292)).toBe(45292);
    expect(cellValueFromExcel(true)).toBe(true);
    expect(cellValueFromExcel('#N/A')).toBe('#N/A');
  });

  it('finds the sheet a range name points into, quoted or not', () => {
    expect(sheetOfReference("'สรุปผล ITA'!$B$5")).toBe('สรุปผล ITA');
    expect(sheetOfReference("'It''s'!A1")).toBe("It's");
    expect(sheetOfReference('Sheet1!$A$1:$B$2')).toBe('Sheet1');
    expect(sheetOfReference('#REF!')).toBeUndefined();
  });

  it('keeps a non-range name without a sheet', () => {
    expect(definedName('ITA_TOTAL', 'Range', "='สรุปผล ITA'!$B$5")).toEqual({
      name: 'ITA_TOTAL',
      sheet: 'สรุปผล ITA',
      ref: "'สรุปผล ITA'!$B$5",
    });
    expect(definedName('RATE', 'Double', 0.5)).toEqual({ name: 'RATE', ref: '0.5' });
  });
});
