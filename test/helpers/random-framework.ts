import fc from 'fast-check';
import { buildFramework, Framework, IndicatorHead, OitTable, ToolId } from '../../src/domain/framework';
import { GRADE_BANDS, RATING_WORKING_RULE, SURVEYS } from '../../src/domain/framework-common';
import { bi } from '../../src/domain/text';

/** A random valid framework and scores for it: indicator counts, weights, sub-indicators and items all vary. */
export interface RandomCase {
  fw: Framework;
  /** IIT/EIT indicator scores. */
  indicators: Record<number, number>;
  /** OIT items: 100 published, 0 not. */
  items: Record<string, number>;
}

const score = fc.integer({ min: 0, max: 10000 }).map((n) => n / 100);

export const randomCase: fc.Arbitrary<RandomCase> = fc
  .record({
    counts: fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 })),
    w1: fc.integer({ min: 5, max: 60 }),
    w2: fc.integer({ min: 5, max: 35 }),
    // per OIT indicator: item counts of its sub-indicators
    subs: fc.array(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }), {
      minLength: 3,
      maxLength: 3,
    }),
    scores: fc.array(score, { minLength: 9, maxLength: 9 }),
    published: fc.array(fc.boolean(), { minLength: 36, maxLength: 36 }),
  })
  .map(({ counts, w1, w2, subs, scores, published }) => {
    const tools: ToolId[] = ['IIT', 'EIT', 'OIT'];
    const heads: IndicatorHead[] = [];
    tools.forEach((tool, t) => {
      for (let k = 0; k < counts[t]; k++) {
        const id = heads.length + 1;
        heads.push({ id, tool, name: bi(`ตัวชี้วัดทดสอบ ${id}`, `Test indicator ${id}`), aliases: [] });
      }
    });
    let n = 0;
    const oit: OitTable = heads
      .filter((h) => h.tool === 'OIT')
      .flatMap((h, i) =>
        subs[i].map((size, k) => ({
          id: `${h.id}.${k + 1}`,
          name: bi(`ย่อย ${h.id}.${k + 1}`, `Sub ${h.id}.${k + 1}`),
          items: Array.from({ length: size }, () => {
            n++;
            return { code: `O${n}`, title: bi(`ข้อทดสอบ O${n}`, `Test item O${n}`) };
          }),
        })),
      );
    const fw = buildFramework({
      fiscalYear: 2569,
      provisional: true,
      source: 'property test',
      tools: [
        { id: 'IIT', name: bi('IIT', 'IIT'), weight: w1 / 100 },
        { id: 'EIT', name: bi('EIT', 'EIT'), weight: w2 / 100 },
        { id: 'OIT', name: bi('OIT', 'OIT'), weight: (100 - w1 - w2) / 100 },
      ],
      indicators: heads,
      surveys: SURVEYS,
      oit,
      gradeBands: GRADE_BANDS,
      passMark: 85,
      ratingRules: RATING_WORKING_RULE,
    });
    const indicators: Record<number, number> = {};
    heads.filter((h) => h.tool !== 'OIT').forEach((h, i) => (indicators[h.id] = scores[i]));
    const items: Record<string, number> = {};
    oit.flatMap((s) => s.items).forEach((it, i) => (items[it.code] = published[i] ? 100 : 0));
    return { fw, indicators, items };
  });
