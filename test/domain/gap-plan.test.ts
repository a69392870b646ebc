import fc from 'fast-check';
import { round2 } from '../../src/domain/decimal';
import { evaluate } from '../../src/domain';
import { FRAMEWORKS, resolveFramework } from '../../src/domain/frameworks';
import { oitItemCodes } from '../../src/domain/framework';
import { isPerception, planRoute, shortOfGoal } from '../../src/domain/gap';
import { scoreAssessment } from '../../src/domain/scoring';
import { parseScore } from '../../src/domain/parse/numbers';
import { THAMALING } from '../fixtures/planner/thamaling-2565';
import { randomCase } from '../helpers/random-framework';

const fw2565 = (() => {
  const r = resolveFramework(2565);
  if (!r.ok) throw new Error('2565 is shipped');
  return r.framework;
})();

/** ท่ามะลิ่ง's figures as typed (indicator 9 at 85): 83.66 B. */
const thamaling = () =>
  Object.fromEntries(
    Object.entries(THAMALING.typed).map(([id, v]) => {
      const s = parseScore(v);
      if (!s.ok) throw new Error(v);
      return [Number(id), s.value];
    }),
  );

describe('item 7: a gap plan a planner can take to an executive', () => {
  it('OIT first: ท่ามะลิ่ง at 83.66 reaches 85 by publishing more (indicator 9 85.00 → 91.72), no survey asked to jump', () => {
    const ev = evaluate({ framework: fw2565, indicators: thamaling() });
    expect(ev.assessment!.totalShown).toBe(THAMALING.asTyped.total);
    expect(ev.gap!.toTarget.steps).toEqual([{ indicator: 9, from: 85, to: 91.72, points: 6.72, totalGain: 1.34 }]);
    expect(ev.gap!.perceptionStep).toBe(5);
  });

  it('every indicator on the route gets its suggestions, whatever its status (85.00 counts as a strength)', () => {
    const ev = evaluate({ framework: fw2565, indicators: thamaling() });
    const nine = ev.assessment!.indicators.find((i) => i.id === 9)!;
    expect(nine.status).toBe('strength');
    const advice = ev.advice.find((a) => a.indicator === 9);
    expect(advice?.suggestions.length).toBeGreaterThan(0);
    for (const route of [ev.gap!.toTarget, ev.gap!.nextGrade!.route])
      for (const st of route.steps)
        expect(ev.advice.find((a) => a.indicator === st.indicator)?.suggestions.length).toBeGreaterThan(0);
  });

  it('perception indicators rise by the stated step at most, never past 100; the step is configurable', () => {
    const indicators = { 1: 99, 2: 80, 3: 80, 4: 80, 5: 80, 6: 97, 7: 80, 8: 80, 9: 100, 10: 100 };
    const a = scoreAssessment({ framework: fw2565, indicators }).assessment!;
    for (const step of [5, 3, 12.5]) {
      const route = planRoute(a, fw2565, 95, step);
      for (const st of route.steps) {
        expect(st.to).toBeLessThanOrEqual(100);
        const def = fw2565.indicators.find((d) => d.id === st.indicator)!;
        if (isPerception(def.tool)) expect(st.points).toBeLessThanOrEqual(step);
      }
      expect(route.steps.find((s) => s.indicator === 6)?.to ?? 97).toBeLessThanOrEqual(100);
      expect(route.steps.find((s) => s.indicator === 1)?.to ?? 99).toBeLessThanOrEqual(100);
    }
    const ev = evaluate({ framework: fw2565, indicators, perceptionStep: 3 });
    expect(ev.gap!.perceptionStep).toBe(3);
    expect(Math.max(...ev.gap!.toTarget.steps.map((s) => s.points))).toBeLessThanOrEqual(3);
  });

  it('says plainly when even the full step cannot reach the goal this year, with the figures', () => {
    const low = { 1: 80, 2: 80, 3: 80, 4: 80, 5: 80, 6: 80, 7: 80, 8: 80, 9: 80, 10: 95 };
    const a = scoreAssessment({ framework: fw2565, indicators: low }).assessment!;
    const route = planRoute(a, fw2565, 95);
    expect(route).toMatchObject({ reachable: false, best: 91 });
    const said = shortOfGoal(route, 95, 5);
    expect(said.en).toBe(
      'Not reachable this year: even with OIT at 100 and every IIT/EIT indicator up by the full 5.00 points a year, the total reaches 91.00, 4.00 short of 95.00; plan it over several years',
    );
    expect(said.th).toContain('ยังขาด 4.00');
  });

  it.each(FRAMEWORKS.map((f) => [f.fiscalYear, f] as const))(
    '%s: OIT steps come before perception steps (the framework is data)',
    (_year, fw) => {
      const indicators = Object.fromEntries(fw.indicators.map((d) => [d.id, 70]));
      const a = scoreAssessment({ framework: fw, indicators }).assessment!;
      const kinds = planRoute(a, fw, 85).steps.map((s) =>
        isPerception(fw.indicators.find((d) => d.id === s.indicator)!.tool),
      );
      expect(kinds).toEqual([...kinds].sort((x, y) => Number(x) - Number(y)));
    },
  );

  it('exact to 0.01 on any framework: a reachable route, typed as its shown figures, gives at least the goal (property)', () => {
    fc.assert(
      fc.property(
        randomCase,
        fc.integer({ min: 0, max: 10000 }),
        fc.integer({ min: 0, max: 2000 }),
        ({ fw, indicators, items }, goal100, step100) => {
          const goal = goal100 / 100;
          const step = step100 / 100;
          const a = scoreAssessment({ framework: fw, indicators, items }).assessment!;
          const route = planRoute(a, fw, goal, step);
          const kinds = route.steps.map((s) => isPerception(fw.indicators.find((d) => d.id === s.indicator)!.tool));
          expect(kinds).toEqual([...kinds].sort((x, y) => Number(x) - Number(y)));
          for (const st of route.steps) {
            expect(st.to).toBeLessThanOrEqual(100);
            if (isPerception(fw.indicators.find((d) => d.id === st.indicator)!.tool))
              expect(st.points).toBeLessThanOrEqual(step + 1e-9);
          }
          // Every indicator at its planned figure (the others as they are), scored again.
          const after = Object.fromEntries(a.indicators.map((i) => [i.id, i.score]));
          for (const st of route.steps) after[st.indicator] = st.to;
          const total = scoreAssessment({ framework: fw, indicators: after }).assessment!.totalShown;
          if (route.reachable) expect(total).toBeGreaterThanOrEqual(round2(goal));
          else {
            expect(route.best).toBeLessThan(round2(goal));
            expect(Math.abs(total - route.best!)).toBeLessThanOrEqual(0.01 + 1e-9);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('an OIT indicator scored from its checklist moves by whole items', () => {
  const checklist = (unpublished: string[]) =>
    Object.fromEntries(oitItemCodes(fw2565).map((code) => [code, unpublished.includes(code) ? 0 : 100]));
  const eight = { 1: 80, 2: 80, 3: 80, 4: 80, 5: 80, 6: 80, 7: 80, 8: 80 };

  it('the route names the items to publish, and publishing them gives exactly the figure it promises', () => {
    const unpublished = ['O1', 'O2', 'O3', 'O10', 'O11', 'O30', 'O31', 'O32', 'O33'];
    const a = scoreAssessment({ framework: fw2565, indicators: eight, items: checklist(unpublished) }).assessment!;
    const route = planRoute(a, fw2565, 85);
    const oit = route.steps.filter((st) => st.items);
    expect(oit.length).toBeGreaterThan(0);
    for (const st of oit) {
      expect(st.items!.every((code) => unpublished.includes(code))).toBe(true);
      const after = scoreAssessment({
        framework: fw2565,
        indicators: eight,
        items: checklist(unpublished.filter((code) => !st.items!.includes(code))),
      }).assessment!;
      expect(after.indicators.find((i) => i.id === st.indicator)!.shown).toBe(st.to);
    }
    // Indicator scores typed without a checklist still move by any amount.
    const typed = scoreAssessment({ framework: fw2565, indicators: { ...eight, 9: 70, 10: 70 } }).assessment!;
    expect(planRoute(typed, fw2565, 85).steps.every((st) => st.items === undefined)).toBe(true);
  });
});

describe('the rating route lifts an OIT floor by whole items too', () => {
  const fw2568 = (() => {
    const r = resolveFramework(2568);
    if (!r.ok) throw new Error('2568 is shipped');
    return r.framework;
  })();
  const checklist = (unpublished: string[]) =>
    Object.fromEntries(oitItemCodes(fw2568).map((code) => [code, unpublished.includes(code) ? 0 : 100]));
  const strong = { 1: 92, 2: 92, 3: 92, 4: 92, 5: 92, 6: 92, 7: 92, 8: 92 };

  it('OIT below the "Passed, good" floor of 85: the route names items, and publishing them gives its figures', () => {
    const codes = oitItemCodes(fw2568);
    const unpublished = codes.filter((_, i) => i % 6 === 0); // OIT 76.33: Passed (85.73), short of the floor
    const ev = evaluate({ framework: fw2568, indicators: strong, items: checklist(unpublished) });
    const nr = ev.gap!.nextRating!;
    expect(nr.tools.map((t) => t.tool)).toContain('OIT');
    const oit = nr.route.steps.filter((st) => st.items);
    expect(oit.length).toBeGreaterThan(0);
    const published = oit.flatMap((st) => st.items!);
    const after = scoreAssessment({
      framework: fw2568,
      indicators: strong,
      items: checklist(unpublished.filter((code) => !published.includes(code))),
    }).assessment!;
    for (const st of oit) expect(after.indicators.find((i) => i.id === st.indicator)!.shown).toBe(st.to);
    expect(after.tools.OIT.shown).toBeGreaterThanOrEqual(85);
  });
});
