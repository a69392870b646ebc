/**
 * How many lines a wrapped cell takes, as the row heights are sized (print.ts), and which columns
 * each field of a table spans on a sheet whose widths are fixed (table-spans.ts).
 */
import { columnTextPoints, textPoints, widestWordPoints, wrappedLines } from '../../src/workbook/print';
import { fitSpans, leastPoints } from '../../src/workbook/table-spans';

const SIZE = 13;

describe('wrapped lines: breaks where the spreadsheets break, no more room kept than the 5 % margin', () => {
  const step = 'ยกตัวชี้วัดที่ 9 จาก 78.05 เป็น 94.37 (+16.32)';
  const width = columnTextPoints(28); // the area table's step column

  it('a step that fits two lines at its spaces takes two, not three (a tenth of each line was kept spare)', () => {
    expect(textPoints(step, SIZE)).toBeLessThan(2 * width * 0.95);
    expect(wrappedLines(step, width, SIZE)).toBe(2);
  });

  it('a space at the end of a line hangs past it: a line filled up to its last space still holds', () => {
    const word = 'ก'.repeat(10);
    const w = textPoints(word, SIZE);
    // Two words and the space between fit a line only if the space after the second one is not counted.
    const room = (2 * w + textPoints(' ', SIZE)) / 0.95 + 0.01;
    expect(wrappedLines(`${word} ${word} ${word}`, room, SIZE)).toBe(2);
  });

  it('a Thai run wider than the line breaks between its dictionary words, on the line it starts', () => {
    const run = 'รายงานผลการดำเนินการป้องกันการทุจริตประจำปี';
    const w = textPoints(run, SIZE);
    expect(wrappedLines(run, w / 0.95 + 1, SIZE)).toBe(1);
    expect(wrappedLines(run, w * 0.6, SIZE)).toBe(2);
    // After a short word the run goes on on the same line (Thai breaks inside a run, not only at spaces).
    expect(wrappedLines(`ข้อ ${run}`, w * 0.75, SIZE)).toBe(2);
  });

  it('keeps the 5 % margin: text filling 96 % of the width wraps, 94 % does not', () => {
    const text = 'ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต';
    const w = textPoints(text, SIZE);
    expect(wrappedLines(text, w / 0.94, SIZE)).toBe(1);
    expect(wrappedLines(text, w / 0.96, SIZE)).toBe(2);
  });

  it('a word wider than the line breaks anywhere; paragraphs count their own lines', () => {
    expect(wrappedLines('https://example.go.th/' + 'x'.repeat(60), 60, SIZE)).toBeGreaterThan(3);
    expect(wrappedLines('หนึ่ง\nสอง', 200, SIZE)).toBe(2);
  });

  it('the widest word of Thai prose is a dictionary word, not the run between spaces', () => {
    const run = 'จัดทำทะเบียนการยืมคืนทรัพย์สินของราชการ';
    expect(widestWordPoints(run, SIZE)).toBeLessThan(textPoints(run, SIZE) / 3);
    expect(widestWordPoints('Publish the report', SIZE)).toBe(textPoints('Publish', SIZE));
  });
});

describe('table spans on the summary’s fixed columns: no field narrower than its least', () => {
  const SUMMARY = [6, 43, 10, 12, 12, 15, 19];

  it('a status never breaks inside ("ยังไม่ได้ดำเนิน/การ"): the overdue table gives it two columns', () => {
    const status = leastPoints(['ยังไม่ได้ดำเนินการ', 'อยู่ระหว่างดำเนินการ'], SIZE, true);
    // One of the summary's columns is narrower than the status: the old layout broke it.
    expect(columnTextPoints(15)).toBeLessThan(status);
    const spans = fitSpans(SUMMARY, [
      leastPoints(['จัดทำทะเบียนการยืมคืนทรัพย์สินของราชการ'], SIZE, false),
      leastPoints(['30 เม.ย. 2566'], SIZE, true),
      status,
      leastPoints(['ดูแถว 4'], SIZE, true),
    ]);
    expect(spans.reduce((s, n) => s + n, 0)).toBe(SUMMARY.length);
    const at = (j: number) => spans.slice(0, j).reduce((s, n) => s + n, 0);
    const room = (j: number) => columnTextPoints(SUMMARY.slice(at(j), at(j) + spans[j]).reduce((s, w) => s + w, 0));
    expect(room(2)).toBeGreaterThanOrEqual(status);
    expect(room(1)).toBeGreaterThanOrEqual(leastPoints(['30 เม.ย. 2566'], SIZE, true));
    expect(spans).toEqual([2, 2, 2, 1]);
  });

  it('the first field takes what the others leave; when nothing fits, the layout short by the fewest points', () => {
    expect(fitSpans([10, 10, 10], [0, 0])).toEqual([2, 1]);
    expect(fitSpans([10, 10, 10], [0, columnTextPoints(15)])).toEqual([1, 2]);
    expect(fitSpans([10, 10], [1000, 1000])).toEqual([1, 1]);
  });
});

describe('without a Thai dictionary (a webview without Intl.Segmenter, Safari before 14.1)', () => {
  it('breaks a Thai run anywhere and keeps a tenth of each line for the word breaks it cannot see', () => {
    const intl = Intl as unknown as { Segmenter?: unknown };
    const saved = intl.Segmenter;
    delete intl.Segmenter;
    try {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh copy of the module, loaded without the dictionary
        const p = require('../../src/workbook/print') as typeof import('../../src/workbook/print');
        expect(p.HAS_THAI_WORDS).toBe(false);
        const width = p.columnTextPoints(28);
        expect(p.wrappedLines('ยกตัวชี้วัดที่ 9 จาก 78.05 เป็น 94.37 (+16.32)', width, SIZE)).toBe(3);
        const run = 'จัดทำทะเบียนการยืมคืนทรัพย์สินของราชการ';
        expect(p.widestWordPoints(run, SIZE)).toBe(p.textPoints(run, SIZE));
        // A paragraph that fits one line needs no break, dictionary or not.
        expect(p.wrappedLines(run, p.textPoints(run, SIZE) / 0.94, SIZE)).toBe(1);
      });
    } finally {
      intl.Segmenter = saved;
    }
  });
});
