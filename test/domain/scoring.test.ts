import fc from 'fast-check';
import { evaluate } from '../../src/domain';
import { ceil2, format2, round2 } from '../../src/domain/decimal';
import { Framework, Grade } from '../../src/domain/framework';
import { FRAMEWORKS, frameworkFor, resolveFramework } from '../../src/domain/frameworks';
import { planGap, planRoute } from '../../src/domain/gap';
import { gradeOf } from '../../src/domain/grades';
import { pointWorth, scoreAssessment, ScoreInput } from '../../src/domain/scoring';

const fw2565 = frameworkFor(2565) as Framework;

/** Seed 003, เทศบาลนครเชียงใหม่: published total 95.01, AA (spec §2 worked example). */
const CHIANG_MAI: Record<number, number> = {
  1: 96.5,
  2: 93.11,
  3: 91.57,
  4: 89.02,
  5: 92.45,
  6: 93.93,
  7: 89.78,
  8: 93.24,
  9: 97.78,
  10: 100,
};

function score(input: Omit<ScoreInput, 'framework'>, fw: Framework = fw2565) {
  const out = scoreAssessment({ framework: fw, ...input });
  if (!out.assessment) throw new Error(JSON.stringify(out.problems));
  return out.assessment;
}

/** Every OIT 2565 item published, except those listed. */
function oitItems(unpublished: string[] = []): Record<string, number> {
  const items: Record<string, number> = {};
  for (const it of fw2565.items.filter((i) => i.code.startsWith('O')))
    items[it.code] = unpublished.includes(it.code) ? 0 : 100;
  return items;
}

describe('frameworks as data', () => {
  it('2565 ships O1–O43 in seven sub-indicators, I1–I30 and E1–E15', () => {
    const codes = fw2565.items.map((i) => i.code);
    for (let n = 1; n <= 43; n++) expect(codes).toContain(`O${n}`);
    for (let n = 1; n <= 30; n++) expect(codes).toContain(`I${n}`);
    for (let n = 1; n <= 15; n++) expect(codes).toContain(`E${n}`);
    expect(codes).toHaveLength(88);
    const subs = fw2565.indicators.flatMap((i) => i.subIndicators ?? []);
    expect(subs.map((s) => [s.id, s.items.length])).toEqual([
      ['9.1', 9],
      ['9.2', 8],
      ['9.3', 7],
      ['9.4', 4],
      ['9.5', 5],
      ['10.1', 8],
      ['10.2', 2],
    ]);
    expect(fw2565.provisional).toBe(false);
  });

  it('IIT questions go six per indicator and EIT five per indicator, in order', () => {
    const ind = (code: string) => fw2565.items.find((i) => i.code === code)?.indicator;
    expect([ind('I1'), ind('I6'), ind('I7'), ind('I30')]).toEqual([1, 1, 2, 5]);
    expect([ind('E1'), ind('E5'), ind('E6'), ind('E15')]).toEqual([6, 6, 7, 8]);
  });

  it('2566 is shipped as provisional with its re-arranged 43 items', () => {
    const fw = frameworkFor(2566) as Framework;
    expect(fw.provisional).toBe(true);
    const subs = fw.indicators.flatMap((i) => i.subIndicators ?? []);
    expect(subs.find((s) => s.id === '10.1')?.items).toEqual([
      'O31',
      'O32',
      'O33',
      'O34',
      'O35',
      'O36',
      'O37',
      'O38',
      'O39',
      'O40',
      'O41',
    ]);
    expect(subs.reduce((n, s) => n + s.items.length, 0)).toBe(43);
  });

  it('a framework is picked by fiscal year in BE or CE', () => {
    expect(frameworkFor(2565)?.fiscalYear).toBe(2565);
    expect(frameworkFor(2022)?.fiscalYear).toBe(2565);
    expect(frameworkFor(2023)?.fiscalYear).toBe(2566);
    expect(frameworkFor(2570)).toBeUndefined();
  });

  it('a year without a shipped framework (2570) takes the newest one, provisional, saying which', () => {
    const r = resolveFramework(2570);
    if (!r.ok) throw new Error('expected a framework');
    expect(r.shipped).toBe(false);
    expect(r.framework.fiscalYear).toBe(2570);
    expect(r.framework.basedOn).toBe(2569);
    expect(r.framework.provisional).toBe(true);
    expect(r.framework.items.filter((i) => i.indicator >= 9)).toHaveLength(26);
  });

  it('a year before the ITA began (2561) is an error, not a guess', () => {
    const r = resolveFramework(2542);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.en).toContain('2561');
    expect(resolveFramework(2561).ok).toBe(true);
  });

  it('weights are 30/30/40 and sum to one in every shipped year', () => {
    for (const fw of FRAMEWORKS) {
      expect(fw.tools.map((t) => [t.id, t.weight])).toEqual([
        ['IIT', 0.3],
        ['EIT', 0.3],
        ['OIT', 0.4],
      ]);
    }
  });
});

describe('rounding half up to 2 decimals, free of binary error', () => {
  it('95.005 shows 95.01 and 84.995 shows 85.00', () => {
    expect(round2(95.005)).toBe(95.01);
    expect(format2(84.995)).toBe('85.00');
    expect(round2(1.005)).toBe(1.01); // 1.005 is 1.00499999999999989… as a double
  });

  it('binary noise does not tip a half: 92.53 × 3 / 10 is 27.759000000000004 in doubles and rounds as 27.759', () => {
    expect((92.53 * 3) / 10).not.toBe(27.759);
    expect(round2((92.53 * 3) / 10)).toBe(27.76);
    expect(1.005 * 100).toBeLessThan(100.5); // the double just under the half
    expect(round2(1.005)).toBe(1.01);
  });

  it('negative changes round symmetrically', () => {
    expect(round2(-7.825)).toBe(-7.83);
    expect(round2(-0.001)).toBe(0);
  });

  it('ceil2 never rounds a whole hundredth up', () => {
    expect(ceil2(0.1 + 0.2)).toBe(0.3);
    expect(ceil2(4.971)).toBe(4.98);
    expect(ceil2(1.34 / 0.2)).toBe(6.7); // 6.700000000000001 in doubles
  });
});

describe('scoring (spec §2–3)', () => {
  it('reproduces the worked example: seed 003 Chiang Mai totals 95.01, AA', () => {
    const a = score({ indicators: CHIANG_MAI });
    expect(a.tools.IIT.shown).toBe(92.53);
    expect(a.tools.EIT.shown).toBe(92.32);
    expect(a.tools.OIT.shown).toBe(98.89);
    expect(round2(a.tools.IIT.weighted * 1000) / 1000).toBeCloseTo(27.759, 9);
    expect(a.tools.EIT.weighted).toBeCloseTo(27.695, 9);
    expect(a.tools.OIT.weighted).toBeCloseTo(39.556, 9);
    expect(a.totalShown).toBe(95.01);
    expect(a.grade).toBe('AA');
    expect(a.pass).toBe(true);
  });

  it('OIT indicator is the mean of sub-indicators, not of items: one item missing in 9.1 gives 97.78', () => {
    const a = score({ indicators: { ...CHIANG_MAI, 9: undefined as unknown as number }, items: oitItems(['O5']) });
    const ind9 = a.indicators.find((i) => i.id === 9)!;
    expect(ind9.source).toBe('items');
    expect(ind9.subIndicators?.find((s) => s.id === '9.1')?.shown).toBe(88.89);
    expect(ind9.shown).toBe(97.78);
    expect(ind9.shown).not.toBe(round2((32 / 33) * 100)); // 96.97, the mean of items
  });

  it('IIT/EIT indicators are the mean of their questions', () => {
    const items: Record<string, number> = { I1: 90, I2: 80, I3: 85, I4: 95, I5: 100, I6: 70 };
    const a = score({ indicators: CHIANG_MAI, items });
    const ind1 = a.indicators.find((i) => i.id === 1)!;
    expect(ind1.shown).toBe(86.67);
    expect(ind1.reported).toBe(96.5);
  });

  it('an indicator given as items and as its own row is computed from items, and a difference over 0.01 is reported', () => {
    const out = scoreAssessment({ framework: fw2565, indicators: CHIANG_MAI, items: oitItems(['O5']) });
    expect(out.assessment?.indicators.find((i) => i.id === 9)?.shown).toBe(97.78);
    expect(out.problems.filter((p) => p.code === 'indicator.reported-differs')).toHaveLength(0);
    const off = scoreAssessment({
      framework: fw2565,
      indicators: { ...CHIANG_MAI, 9: 96.97 },
      items: oitItems(['O5']),
    });
    const p = off.problems.find((x) => x.code === 'indicator.reported-differs');
    // It says which figure counts and what to do, not only that they differ.
    expect(p?.message.en).toBe(
      "Indicator 9: the given score 96.97 differs from 97.78 computed from its items, so 97.78 from the items is used; check the items, or if the given score is right, remove this indicator's items",
    );
    expect(p?.message.th).toContain('จึงใช้ 97.78 จากรายข้อ');
    expect(p?.field).toBe('indicators.9');
    // Typed for the workbook, which places it on indicator 9's cell without parsing the path.
    expect(p?.subject).toEqual({ indicator: 9 });
    const unknownItem = scoreAssessment({ framework: fw2565, indicators: CHIANG_MAI, items: { O99: 100 } });
    expect(unknownItem.problems.find((x) => x.code === 'item.unknown')?.subject).toEqual({ item: 'O99' });
  });

  it('OIT items absent from the list count as not published, and are reported', () => {
    const items = oitItems();
    delete items.O43;
    const out = scoreAssessment({ framework: fw2565, indicators: CHIANG_MAI, items });
    const ind10 = out.assessment!.indicators.find((i) => i.id === 10)!;
    expect(ind10.shown).toBe(75); // 10.1 = 100, 10.2 = 50
    expect(out.problems.find((p) => p.code === 'oit.items-missing')?.found).toBe('O43');
  });

  it('a missing indicator is an error naming it, never a silent zero', () => {
    const partial = { ...CHIANG_MAI } as Record<number, number>;
    delete partial[7];
    const out = scoreAssessment({ framework: fw2565, indicators: partial });
    expect(out.assessment).toBeUndefined();
    expect(out.problems).toEqual([
      expect.objectContaining({ severity: 'error', code: 'indicator.missing', field: 'indicators.7' }),
    ]);
  });

  it('the grade comes from the shown total: 84.995 shows 85.00, is an A and passes', () => {
    // IIT 84.995 weighted .3, EIT and OIT chosen so the total is exactly 84.995.
    const ind = { 1: 84.99, 2: 85, 3: 85, 4: 85, 5: 85, 6: 84.99, 7: 85, 8: 85, 9: 85, 10: 85 };
    const a = score({ indicators: ind });
    expect(a.total).toBeLessThan(85);
    expect(format2(a.total)).toBe('85.00');
    expect(a.grade).toBe('A');
    expect(a.pass).toBe(true);
  });

  it.each<[number, Grade]>([
    [95, 'AA'],
    [94.99, 'A'],
    [85, 'A'],
    [84.99, 'B'],
    [75, 'B'],
    [74.99, 'C'],
    [65, 'C'],
    [64.99, 'D'],
    [55, 'D'],
    [54.99, 'E'],
    [50, 'E'],
    [49.99, 'F'],
    [0, 'F'],
  ])('grade band edge: %d is %s', (total, grade) => {
    expect(gradeOf(total, fw2565.gradeBands)).toBe(grade);
  });

  it('a total just under a band edge that rounds up earns the higher grade: 94.995 is AA, 94.9949 is A', () => {
    expect(gradeOf(94.995, fw2565.gradeBands)).toBe('AA');
    expect(gradeOf(94.9949, fw2565.gradeBands)).toBe('A');
  });

  it('an indicator at exactly 85 is a strength, 84.99 a weakness (seed 001 lists indicator 9 at 85 among strengths)', () => {
    const a = score({ indicators: { ...CHIANG_MAI, 9: 85, 4: 84.99 } });
    expect(a.indicators.find((i) => i.id === 9)?.status).toBe('strength');
    expect(a.indicators.find((i) => i.id === 4)?.status).toBe('weakness');
  });

  it('each tool passes or not against the target, on its shown score', () => {
    const a = score({ indicators: { ...CHIANG_MAI, 6: 80, 7: 80, 8: 80 } });
    expect(a.tools.EIT.status).toBe('weakness');
    expect(a.tools.IIT.status).toBe('strength');
  });

  it('the target is a setting: an agency aiming for 95 fails at 94.99', () => {
    const a = score({ indicators: CHIANG_MAI, target: 95.02 });
    expect(a.pass).toBe(false);
    expect(a.target).toBe(95.02);
  });

  it('change against the previous year is shown score minus shown previous score (seed 004: "เพิ่มขึ้น ๗.๘๒ คะแนน")', () => {
    const previous = Object.fromEntries(Object.entries(CHIANG_MAI).map(([k, v]) => [k, v - 7.82]));
    const a = score({ indicators: CHIANG_MAI, previous });
    expect(a.indicators.every((i) => i.change === 7.82)).toBe(true);
    expect(a.totalChange).toBe(7.82);
    expect(a.previousGrade).toBe('A');
  });
});

describe('gap planner', () => {
  it('one point is worth 0.2 on an OIT indicator, 0.1 on EIT, 0.06 on IIT', () => {
    expect(pointWorth(fw2565, 9)).toBe(0.2);
    expect(pointWorth(fw2565, 7)).toBe(0.1);
    expect(pointWorth(fw2565, 3)).toBe(0.06);
  });

  const LOW: Record<number, number> = { 1: 80, 2: 80, 3: 80, 4: 80, 5: 80, 6: 80, 7: 80, 8: 80, 9: 80, 10: 95 };

  it('the route spends points on OIT first, weakest indicator first, within headroom to 100; IIT/EIT by the step at most', () => {
    const a = score({ indicators: LOW }); // total 0.3*80 + 0.3*80 + 0.4*87.5 = 83
    expect(a.totalShown).toBe(83);
    const route = planRoute(a, fw2565, 85);
    expect(route.gap).toBe(2);
    expect(route.reachable).toBe(true);
    expect(route.steps).toEqual([{ indicator: 9, from: 80, to: 90, points: 10, totalGain: 2 }]);
    const far = planRoute(a, fw2565, 95);
    // OIT: 9 takes its full 20 points (4.00), 10 its 5 (1.00); then every EIT and IIT indicator +5 at most.
    expect(far.steps.map((s) => [s.indicator, s.points])).toEqual([
      [9, 20],
      [10, 5],
      [6, 5],
      [7, 5],
      [8, 5],
      [1, 5],
      [2, 5],
      [3, 5],
      [4, 5],
      [5, 5],
    ]);
    expect(far).toMatchObject({ reachable: false, best: 91 });
    // Without the yearly limit (a step of 100) the old cheapest route returns.
    expect(planRoute(a, fw2565, 95, 100).steps.map((s) => [s.indicator, s.points])).toEqual([
      [9, 20],
      [10, 5],
      [6, 20],
      [7, 20],
      [8, 20],
      [1, 16.67],
    ]);
  });

  it('a goal above what 100 everywhere gives is unreachable', () => {
    const a = score({ indicators: LOW });
    expect(planRoute(a, fw2565, 100.01).reachable).toBe(false);
  });

  it('points to the next grade are measured from the shown total', () => {
    const plan = planGap(score({ indicators: LOW }), fw2565);
    expect(plan.nextGrade).toMatchObject({ grade: 'A', min: 85 });
    expect(plan.nextGrade?.route.gap).toBe(2);
    expect(plan.toTarget.gap).toBe(2);
    expect(plan.worth.find((w) => w.indicator === 10)).toEqual({ indicator: 10, worth: 0.2, headroom: 5 });
  });

  it('at the goal there is nothing to do; at AA there is no next grade', () => {
    const plan = planGap(score({ indicators: CHIANG_MAI }), fw2565);
    expect(plan.toTarget).toEqual({ gap: 0, reachable: true, steps: [], points: 0 });
    expect(plan.nextGrade).toBeUndefined();
  });
});

describe('suggestions are chosen for weak indicators and unpublished OIT items', () => {
  it('a weak indicator gets its suggestions; an unpublished item gets what to publish', () => {
    const ev = evaluate({ framework: fw2565, indicators: { ...CHIANG_MAI, 7: 80 }, items: oitItems(['O11']) });
    // 8 and 9 are strengths, but the route to AA raises them, so they are advised too (item 7 of #9).
    const route = ev.gap!.nextGrade!.route.steps.map((s) => s.indicator);
    expect(route).toEqual(expect.arrayContaining([8, 9]));
    expect(ev.advice.map((a) => a.indicator)).toEqual([7, 8, 9]);
    for (const a of ev.advice) expect(a.suggestions.length).toBeGreaterThan(0);
    expect(ev.advice[2].items.map((i) => i.code)).toEqual(['O11']);
    expect(ev.advice[2].items[0].suggestions.length).toBeGreaterThan(0);
  });

  it('strengths off every route (at AA, past the target) get no suggestions', () => {
    const ev = evaluate({ framework: fw2565, indicators: { ...CHIANG_MAI } });
    expect(ev.gap!.nextGrade).toBeUndefined();
    expect(ev.gap!.toTarget.steps).toEqual([]);
    expect(ev.advice).toEqual([]);
  });
});

describe('properties', () => {
  const scoreArb = fc.integer({ min: 0, max: 10000 }).map((n) => n / 100);
  const indicatorsArb = fc.array(scoreArb, { minLength: 10, maxLength: 10 });
  const asInput = (xs: number[]) => Object.fromEntries(xs.map((v, i) => [i + 1, v]));

  it('the total stays within 0–100', () => {
    fc.assert(
      fc.property(indicatorsArb, (xs) => {
        const a = score({ indicators: asInput(xs) });
        return a.totalShown >= 0 && a.totalShown <= 100;
      }),
    );
  });

  it('the grade never falls when a score rises', () => {
    const order = ['F', 'E', 'D', 'C', 'B', 'A', 'AA'];
    fc.assert(
      fc.property(indicatorsArb, fc.integer({ min: 0, max: 9 }), scoreArb, (xs, i, bump) => {
        const before = score({ indicators: asInput(xs) });
        const raised = [...xs];
        raised[i] = Math.min(100, raised[i] + bump);
        const after = score({ indicators: asInput(raised) });
        return order.indexOf(after.grade) >= order.indexOf(before.grade) && after.totalShown >= before.totalShown;
      }),
    );
  });
});
