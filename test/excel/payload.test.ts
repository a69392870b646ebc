import fc from 'fast-check';
import { BATCH_OVERHEAD_BYTES, batchBytes, jsonBytes, packBatches, withDefaults } from '../../src/excel/payload';

describe('jsonBytes', () => {
  it('counts ASCII JSON one byte a character', () => {
    expect(jsonBytes([[1, 'ab', true, null]])).toBe('[[1,"ab",true,null]]'.length);
  });

  it('counts each Thai character as a six-byte \\u escape, the most any encoding of it can take', () => {
    expect(jsonBytes('ก')).toBe(2 + 6);
    expect(jsonBytes(['คะแนน'])).toBe(4 + 5 * 6);
  });

  it('is never less than the UTF-8 size of the JSON, whatever the strings', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(
            fc.oneof(
              fc.string({ unit: 'grapheme' }),
              fc.double({ noNaN: true, noDefaultInfinity: true }),
              fc.boolean(),
              fc.constant(null),
            ),
          ),
        ),
        (grid) => {
          expect(jsonBytes(grid)).toBeGreaterThanOrEqual(Buffer.byteLength(JSON.stringify(grid), 'utf8'));
        },
      ),
    );
  });
});

describe('packBatches', () => {
  const items = (sizes: number[]) => sizes.map((bytes, i) => ({ id: i, bytes }));

  it('keeps order and keeps every batch within the budget, overhead included', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5000 }), { maxLength: 60 }), (sizes) => {
        const batches = packBatches(items(sizes), 10_000);
        expect(batches.flat().map((x) => x.id)).toEqual(sizes.map((_, i) => i));
        for (const b of batches) expect(batchBytes(b)).toBeLessThanOrEqual(10_000);
      }),
    );
  });

  it('sends an item larger than the budget alone rather than dropping it', () => {
    const batches = packBatches(items([100, 50_000, 100]), 10_000);
    expect(batches.map((b) => b.map((x) => x.id))).toEqual([[0], [1], [2]]);
  });

  it('counts the per-request overhead once per batch', () => {
    expect(batchBytes(items([10, 20]))).toBe(BATCH_OVERHEAD_BYTES + 30);
    expect(packBatches([], 100)).toEqual([]);
  });
});

describe('withDefaults', () => {
  it('keeps a default when the option is absent or explicitly undefined', () => {
    const defaults = { budgetBytes: 100, maxRetries: 3 };
    expect(
      withDefaults<{ budgetBytes?: number; maxRetries?: number }>(defaults, { budgetBytes: undefined, maxRetries: 1 }),
    ).toEqual({ budgetBytes: 100, maxRetries: 1 });
  });
});
