import fc from 'fast-check';
import { round2 } from '../../src/domain/decimal';

/** The rule as first written: cut to 15 significant digits, then round half up. */
function slowRound2(x: number): number {
  const scaled = Number((Math.abs(x) * 100).toPrecision(15));
  const rounded = Math.round(scaled) / 100;
  return x < 0 && rounded !== 0 ? -rounded : rounded;
}

describe('round2 takes its fast path only where the 15-digit cut cannot change the result', () => {
  it('equals the 15-digit rule on the worked examples and on halves with binary noise', () => {
    for (const x of [95.005, 1.005, 0.3 * 92.53, 27.759, 86.775, 2603.25 / 30, -0.005, -84.995, 0, 100, 1e7 + 0.005])
      expect([x, round2(x)]).toEqual([x, slowRound2(x)]);
  });

  it('equals the 15-digit rule on sums, means and weighted sums of 2-decimal scores', () => {
    const score = fc.integer({ min: 0, max: 10000 }).map((n) => n / 100);
    fc.assert(
      fc.property(fc.array(score, { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 9 }), (xs, w) => {
        const mean = xs.reduce((s, v) => s + v, 0) / xs.length;
        for (const x of [mean, (w * 10 * mean) / 100, mean * 0.3 + xs[0] * 0.4, -mean, mean / 7])
          if (round2(x) !== slowRound2(x)) return false;
        return true;
      }),
      { numRuns: 20000 },
    );
  });
});
