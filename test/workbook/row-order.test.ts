import fc from 'fast-check';
import * as ExcelJS from 'exceljs';
import { analyzeWorkbook } from '../../src/workbook';
import { readWorkbook } from '../../src/xlsx';
import { Row, sheet } from './fixtures';

/**
 * Rule: row order never matters. The same scores typed in any order give the same assessment,
 * because rows are matched by their indicator number or item code, never by position.
 */
const INDICATOR_ROWS: Row[] = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => [n, 70 + n * 3.17]);
const ITEM_ROWS: Row[] = Array.from({ length: 43 }, (_, i) => [
  `O${i + 1}`,
  i % 5 === 2 ? 'ไม่มี' : 'มี',
  i % 5 === 2 ? null : `https://www.example.go.th/o${i + 1}`,
]);

function assess(indicatorRows: Row[], itemRows: Row[]) {
  const wb = new ExcelJS.Workbook();
  sheet(wb, 'ตั้งค่า', [
    ['ปีงบประมาณ', 2565],
    ['หน่วยงาน', 'อบต.ทดสอบ'],
  ]);
  sheet(wb, 'คะแนน', [['ตัวชี้วัด', 'คะแนน'], ...indicatorRows]);
  sheet(wb, 'การเปิดเผยข้อมูล', [['ข้อ', 'ผล', 'ลิงก์'], ...itemRows]);
  const analysis = analyzeWorkbook(readWorkbook(wb), { today: '2026-11-21' });
  if (!analysis.assessment) throw new Error(JSON.stringify(analysis.problems));
  const a = analysis.assessment;
  return { total: a.total, grade: a.grade, indicators: a.indicators.map((i) => [i.id, i.score]) };
}

describe('row order never matters', () => {
  const inOrder = assess(INDICATOR_ROWS, ITEM_ROWS);

  it('the fixture scores differ per indicator and some OIT items are missing (else a shuffle could not show)', () => {
    const scores = inOrder.indicators.map(([, s]) => s);
    expect(new Set(scores).size).toBe(scores.length);
    expect(inOrder.indicators.find(([id]) => id === 9)?.[1]).toBeLessThan(100);
  });

  it('shuffled indicator rows and OIT item rows give the same scores, total and grade', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(INDICATOR_ROWS, { minLength: INDICATOR_ROWS.length }),
        fc.shuffledSubarray(ITEM_ROWS, { minLength: ITEM_ROWS.length }),
        (indicatorRows, itemRows) => {
          expect(assess(indicatorRows, itemRows)).toEqual(inOrder);
        },
      ),
      { numRuns: 40 },
    );
  });
});
