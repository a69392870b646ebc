import {
  CellSizes,
  MEASURED_MARGIN,
  SheetGeometry,
  assembleSheets,
  cutProbes,
  planReadSlices,
  resliceReads,
  sliceAddress,
} from '../../src/excel/chunks';
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

  it('re-cuts slices to a larger cell estimate (after a refusal or a measurement), keeping every row once', () => {
    const slices = planReadSlices([sheet('ข้อมูล', 100_000, 2)], 2_000_000);
    const smaller = resliceReads(slices, 2_000_000, {}, () => 64);
    for (const s of smaller) expect(s.bytes).toBeLessThanOrEqual(2_000_000);
    expect(smaller.length).toBeGreaterThan(slices.length);
    expect(smaller.reduce((n, s) => n + s.rows, 0)).toBe(100_000);
  });

  it('joins the consecutive slices of a sheet before re-cutting, so no small remainder of each costs a request', () => {
    const slices = planReadSlices([sheet('ข้อมูล', 100_000, 2), sheet('อื่น', 10, 2)], 2_000_000, {}, () => 40);
    const recut = resliceReads(slices, 2_000_000, {}, () => 64);
    // As few slices as one cut at 64 bytes a cell would make: no leftover piece per old slice.
    const once = planReadSlices([sheet('ข้อมูล', 100_000, 2), sheet('อื่น', 10, 2)], 2_000_000, {}, () => 64);
    expect(recut).toEqual(once);
    expect(recut.filter((s) => s.sheet === 0).length).toBe(Math.ceil(100_000 / recut[0].rows));
  });
});

describe('CellSizes: the per-sheet cell size, learned while reading', () => {
  const slice = planReadSlices([sheet('a', 10, 2), sheet('b', 10, 2)], 1e9);

  it('starts every sheet at the guess, and a measurement below the guess keeps it', () => {
    const sizes = new CellSizes(2, 32);
    expect(
      sizes.measured(
        slice[0],
        Array.from({ length: 10 }, () => [1, 2]),
      ),
    ).toBe(false);
    expect([sizes.of(0), sizes.of(1)]).toEqual([32, 32]);
  });

  it('raises a sheet to what its values measured, with the margin, counting Thai as \\uXXXX escapes', () => {
    const sizes = new CellSizes(2, 32);
    const cell = 'ก'.repeat(20); // 20 × 6 bytes + 2 quotes
    const values = Array.from({ length: 10 }, () => [cell, cell]);
    expect(sizes.measured(slice[1], values)).toBe(true);
    const perCell = JSON.stringify(values).length + 5 * 20 * 20;
    expect(sizes.of(1)).toBe(Math.ceil((perCell / 20) * MEASURED_MARGIN));
    expect(sizes.of(0)).toBe(32);
  });

  it('starts an unread sheet at the cautious size; its first response replaces it (never below the floor), later ones only raise it', () => {
    const sizes = new CellSizes(2, 32, 64);
    expect([sizes.of(0), sizes.of(1)]).toEqual([64, 64]);
    const short = Array.from({ length: 10 }, () => [1, 2]);
    expect(sizes.measured(slice[0], short)).toBe(true);
    expect(sizes.of(0)).toBe(32); // numbers measure less than the floor
    const cell = 'ก'.repeat(20);
    expect(
      sizes.measured(
        slice[1],
        Array.from({ length: 10 }, () => [cell, cell]),
      ),
    ).toBe(true);
    expect(sizes.of(1)).toBeGreaterThan(64);
    const later = sizes.of(1);
    expect(sizes.measured(slice[1], short)).toBe(false); // a later, shorter response does not lower it
    expect(sizes.of(1)).toBe(later);
  });

  it('doubles the sheets a refused request carried, and only those', () => {
    const sizes = new CellSizes(2, 32);
    sizes.refused([slice[1]]);
    expect([sizes.of(0), sizes.of(1)]).toEqual([32, 64]);
  });
});

describe('cutProbes', () => {
  it('cuts the first pending slice of each refused sheet into a probe of about probeCells cells and the rest', () => {
    const pending = planReadSlices([sheet('a', 50_000, 4), sheet('b', 100, 3)], 1_000_000);
    const { probes, rest } = cutProbes(pending, new Set([0]), 2_000);
    expect(probes).toHaveLength(1);
    expect(probes[0]).toMatchObject({ sheet: 0, top: 0, rows: 500, cols: 4 });
    const rowsOfA = rest.filter((s) => s.sheet === 0).reduce((n, s) => n + s.rows, 0);
    expect(rowsOfA).toBe(50_000 - 500);
    expect(rest.find((s) => s.sheet === 0)!.top).toBe(500);
    expect(rest.filter((s) => s.sheet === 1)).toEqual(pending.filter((s) => s.sheet === 1));
  });

  it('a probe is at least one row, and a slice smaller than the probe is read whole', () => {
    const wide = planReadSlices([sheet('wide', 10, 5_000)], 1e9);
    expect(cutProbes(wide, new Set([0]), 2_000).probes[0].rows).toBe(1);
    const small = planReadSlices([sheet('small', 3, 2)], 1e9);
    expect(cutProbes(small, new Set([0]), 2_000)).toEqual({ probes: small, rest: [] });
  });
});

describe('assembleSheets', () => {
  it('puts slices back in row order and turns empty cells into null', () => {
    const geometry = [sheet('คะแนน', 4, 2, 1, 0), { name: 'ว่าง', used: null }];
    const slices = planReadSlices(geometry, 1e9, { maxCellsPerLoad: 4 });
    expect(slices).toHaveLength(2);
    const loaded = [
      {
        slice: slices[1],
        values: [
          [3, ''],
          [4, 'd'],
        ],
      },
      {
        slice: slices[0],
        values: [
          [1, 'a'],
          ['', 'b'],
        ],
      },
    ];
    expect(assembleSheets(geometry, loaded)).toEqual([
      {
        name: 'คะแนน',
        top: 1,
        left: 0,
        values: [
          [1, 'a'],
          [null, 'b'],
          [3, null],
          [4, 'd'],
        ],
      },
      { name: 'ว่าง', top: 0, left: 0, values: [] },
    ]);
  });
});
