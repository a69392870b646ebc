/**
 * Where the summary's pages end: the first page shrinks to stay one page, and a heading never
 * ends a page away from what it heads. Pure arithmetic over row heights; summary-pdf.test.ts and
 * the sample's PDF show the same on paper.
 */
import { a4Page, keepWithNextBreaks, linePoints, PRINT_FONT, scaleToFitPage } from '../../src/workbook/print';

const page = a4Page('portrait', { fitToWidth: false, titleRows: [1, 1] });
/** A4 portrait less 0.6" top and bottom margins, less the 2% slack. */
const PRINTABLE = (842 - 1.2 * 72) * 0.98;
const rows = (...points: number[]) => points.map((p, row) => ({ row, points: p }));

describe('print scale: a long first page prints smaller and stays one page', () => {
  it('keeps the house scale when page 1 fits at it', () => {
    expect(scaleToFitPage(page, rows(...Array(20).fill(24)), 20, PRINT_FONT, 78)).toBe(78);
  });

  it('shrinks to the largest whole percent at which page 1 fits', () => {
    const heights = rows(...Array(40).fill(25)); // 1,000 points: 78% would need 780
    const scale = scaleToFitPage(page, heights, 40, PRINT_FONT, 78);
    expect(scale).toBe(Math.floor((PRINTABLE * 100) / 1000));
    expect((1000 * scale) / 100).toBeLessThanOrEqual(PRINTABLE);
    expect((1000 * (scale + 1)) / 100).toBeGreaterThan(PRINTABLE);
  });

  it('counts only the rows before the first break, and rows without a height as one line', () => {
    const heights = rows(...Array(40).fill(25)).filter((r) => r.row % 2 === 0);
    const content = 20 * 25 + 20 * (linePoints(PRINT_FONT.size) + 2);
    expect(scaleToFitPage(page, heights, 40, PRINT_FONT, 100)).toBe(Math.floor((PRINTABLE * 100) / content));
    expect(scaleToFitPage(page, rows(...Array(80).fill(25)), 20, PRINT_FONT, 78)).toBe(78);
  });

  it('never goes below the floor, where text is too small to read', () => {
    expect(scaleToFitPage(page, rows(...Array(200).fill(25)), 200, PRINT_FONT, 78)).toBe(65);
  });
});

describe('pagination: a heading stays on the page of the row it heads', () => {
  const at100 = { ...page, scale: 100 };
  it('moves a heading that would end a page onto the next page with its text', () => {
    // Title 20, then rows of 100: page 1 holds the title and 7 rows (720 ≤ 740.5); row 7 is a heading.
    const heights = rows(20, ...Array(12).fill(100));
    expect(keepWithNextBreaks(at100, heights, 13, new Set([7]), PRINT_FONT)).toEqual([7]);
  });

  it('adds nothing when the page ends after the heading’s text, or the last row is no heading', () => {
    const heights = rows(20, ...Array(12).fill(100));
    expect(keepWithNextBreaks(at100, heights, 13, new Set([6, 9]), PRINT_FONT)).toEqual([]);
  });

  it('starts counting afresh at the sheet’s own breaks, with the title rows repeated', () => {
    const heights = rows(20, ...Array(12).fill(100));
    // A break before row 3: page 2 is the title (20) and rows 3–9 (700); row 9 then ends it.
    const breaks = keepWithNextBreaks({ ...at100, breaksBefore: [3] }, heights, 13, new Set([9, 7]), PRINT_FONT);
    expect(breaks).toEqual([9]);
  });

  it('counts at the print scale: at 50% twice the rows fit a page', () => {
    const heights = rows(20, ...Array(30).fill(100));
    expect(keepWithNextBreaks({ ...page, scale: 50 }, heights, 31, new Set([14]), PRINT_FONT)).toEqual([14]);
  });
});
