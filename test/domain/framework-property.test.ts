import fc from 'fast-check';
import { round2 } from '../../src/domain/decimal';
import { scoreAssessment } from '../../src/domain/scoring';
import { randomCase } from '../helpers/random-framework';

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

describe('any valid framework (property)', () => {
  it('total = Σ weight × tool score; a tool is the mean of its indicators; OIT nests items → sub-indicators → indicator', () => {
    fc.assert(
      fc.property(randomCase, ({ fw, indicators, items }) => {
        const a = scoreAssessment({ framework: fw, indicators, items }).assessment!;
        expect(a.indicators).toHaveLength(fw.indicators.length);
        const ind = (id: number) => {
          const def = fw.indicators.find((d) => d.id === id)!;
          if (!def.subIndicators) return indicators[id];
          return mean(def.subIndicators.map((s) => mean(s.items.map((c) => items[c]))));
        };
        let total = 0;
        for (const t of fw.tools) {
          const toolScore = mean(fw.indicators.filter((d) => d.tool === t.id).map((d) => ind(d.id)));
          expect(a.tools[t.id].score).toBeCloseTo(toolScore, 9);
          total += t.weight * toolScore;
        }
        expect(a.total).toBeCloseTo(total, 9);
        expect(a.totalShown).toBe(round2(total));
        expect(fw.tools.reduce((s, t) => s + t.weight, 0)).toBeCloseTo(1, 12);
      }),
      { numRuns: 300 },
    );
  });
});
