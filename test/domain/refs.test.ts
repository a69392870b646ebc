import { cellRef, indicatorId, isCellRef, isIndicatorId } from '../../src/domain/refs';
import { a1 } from '../../src/workbook/references';

describe('IndicatorId: an indicator number is made once, from a positive whole number', () => {
  it('accepts 1 to 10 and any further whole number', () => {
    expect(indicatorId(1)).toBe(1);
    expect(indicatorId(12)).toBe(12);
    expect(isIndicatorId(10)).toBe(true);
  });
  it.each([0, -1, 1.5, NaN, Infinity])('refuses %p', (n) => {
    expect(isIndicatorId(n)).toBe(false);
    expect(() => indicatorId(n)).toThrow(RangeError);
  });
  it('refuses what is not a number at all (an item code, a numeric string)', () => {
    expect(isIndicatorId('9')).toBe(false);
    expect(isIndicatorId('O9')).toBe(false);
  });
});

describe('CellRef: one cell of one sheet, in A1 form', () => {
  it('a1() gives a CellRef from 0-based row and column', () => {
    const c = a1(6, 2);
    expect(c).toBe('C7');
    expect(isCellRef(c)).toBe(true);
    expect(isCellRef(a1(1_048_575, 16_383))).toBe(true); // XFD1048576, the last cell of a sheet
  });
  it('cellRef() upper-cases and trims, and keeps absolute markers', () => {
    expect(cellRef(' c7 ')).toBe('C7');
    expect(cellRef('$C$7')).toBe('$C$7');
  });
  it.each(['C7:D9', "'คะแนน'!C7", 'คะแนน!C7', 'C0', '7C', '', 'ABCD1', 'C12345678'])('refuses %p', (s) => {
    expect(isCellRef(s)).toBe(false);
    expect(() => cellRef(s)).toThrow(RangeError);
  });
});
