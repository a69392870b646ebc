/**
 * The route to each goal, as the summary and the command line print it: a route an earlier goal
 * already lists is not listed again (the target of 85 is often grade A's floor too).
 */
import { analyzeWorkbook } from '../../src/workbook';
import { gapLines } from '../../src/workbook/summary-lines';
import { labels } from '../../src/workbook/labels';
import { recomputeReport } from '../../src/cli/recompute-report';
import type { WorkbookSnapshot } from '../../src/workbook/snapshot';

/** Total 83.66 (grade B) in 2565: the target 85 and grade A (85) take the same steps. */
const WEAK = [90, 88, 80, 86, 87, 84, 86, 88, 70, 90];
const snapshot: WorkbookSnapshot = {
  names: [],
  sheets: [
    { name: 'ตั้งค่า', top: 0, left: 0, values: [['ปีงบประมาณ', 2565]] },
    { name: 'คะแนน', top: 0, left: 0, values: [['ตัวชี้วัด', 'คะแนน'], ...WEAK.map((v, i) => [i + 1, v])] },
  ],
};
const analysis = analyzeWorkbook(snapshot, { today: '2022-12-01' });

describe('a route two goals share is listed once', () => {
  it('the summary: the grade says "the same steps as above"', () => {
    const lines = gapLines(analysis, labels('en'));
    const steps = lines.filter((l) => /^ {4}indicator 9: /i.test(l));
    expect(steps).toHaveLength(1);
    const grade = lines.findIndex((l) => l.startsWith('To reach A'));
    expect(lines[grade + 1]).toBe('    the same steps as above');
  });

  it('the command line: the same', () => {
    const text = recomputeReport(analysis, analysis.problems, true, 'in.xlsx', null, 'th');
    expect(text.match(/ตัวชี้วัดที่ 9 70\.00 →/g)).toHaveLength(1);
    expect(text).toContain('ถึงระดับ A ต้องเพิ่มอีก 1.34:\n  ขั้นตอนเดียวกับข้างบน');
  });
});
