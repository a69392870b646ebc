import { SheetGeometry, assembleSheets, planReadSlices, resliceReads, sliceAddress } from '../../src/excel/chunks';
import { batchBytes, packBatches } from '../../src/excel/payload';

const sheet = (name: string, rowCount: number, columnCount: number, rowIndex = 0, columnIndex = 0): SheetGeometry => ({
  name,
  used: { rowIndex, columnIndex, rowCount, columnCount },
});

describe('planReadSlices', () => {
  it('reads a small used range in one slice at its own position', () => {
    const slices = planReadSlices([sheet('คะแนน', 10, 3, 2, 1)], 4 * 1024 * 1024);
    expect(slices).toHaveLength(1);
    expect(sliceAddress(slices[0])).toBe('B3:D12');
  });

  it('skips empty sheets', () => {
    expect(planReadSlices([{ name: 'ว่าง', used: null }], 1_000_000)).toEqual([]);
  });

  it('cuts a large used range into consecutive row slices, each fitting a request alone', () => {
    const budget = 1_000_000;
    const slices = planReadSlices([sheet('ข้อมูล', 100_000, 6)], budget);
    expect(slices.length).toBeGreaterThan(1);
    let next = 0;
    for (const s of slices) {
      expect(s.top).toBe(next);
      expect(batchBytes([s])).toBeLessThanOrEqual(budget);
      next += s.rows;
    }
    expect(next).toBe(100_000);
    for (const batch of packBatches(slices, budget)) expect(batchBytes(batch)).toBeLessThanOrEqual(budget);
  });

  it('keeps each load under the cell cap (Excel refuses gets over five million cells)', () => {
    const slices = planReadSlices([sheet('กว้าง', 10_000, 100)], 1e12, { maxCellsPerLoad: 50_000 });
    expect(Math.max(...slices.map((s) => s.rows * s.cols))).toBeLessThanOrEqual(50_000);
  });

  it('re-cuts slices to half the budget after a response came back too large', () => {
    const slices = planReadSlices([sheet('ข้อมูล', 100_000, 2)], 2_000_000);
    const smaller = resliceReads(slices, 1_000_000);
    expect(smaller.length).toBeGreaterThan(slices.length);
    expect(smaller.reduce((n, s) => n + s.rows, 0)).toBe(100_000);
  });
});

describe('assembleSheets', () => {
  it('puts slices back in row order and turns empty cells into null', () => {
    const geometry = [sheet('คะแนน', 4, 2, 1, 0), { name: 'ว่าง', used: null }];
    const slices = planReadSlices(geometry, 1e9, { maxCellsPerLoad: 4 });
    expect(slices).toHaveLength(2);
    const loaded = [
      { slice: slices[1], values: [[3, ''], [4, 'd']] },
      { slice: slices[0], values: [[1, 'a'], ['', 'b']] },
    ];
    expect(assembleSheets(geometry, loaded)).toEqual([
      { name: 'คะแนน', top: 1, left: 0, values: [[1, 'a'], [null, 'b'], [3, null], [4, 'd']] },
      { name: 'ว่าง', top: 0, left: 0, values: [] },
    ]);
  });
});
