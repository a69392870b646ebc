import { Framework, itemDef, oitItemCodes } from '../../src/domain/framework';
import { FRAMEWORKS, frameworkFor } from '../../src/domain/frameworks';
import { scoreAssessment } from '../../src/domain/scoring';
import { previousFramework, sameItem } from '../../src/domain/year-over-year';

const fw = (year: number) => frameworkFor(year) as Framework;
const SCORES: Record<number, number> = { 1: 90, 2: 88, 3: 91, 4: 86, 5: 89, 6: 80, 7: 82, 8: 84, 9: 70, 10: 75 };

describe('year over year across frameworks (issue 10 item 5)', () => {
  it('an item compares only where last year’s code names the same item: same meaning keys', () => {
    // 2569 kept O1–O10 in place and renumbered the rest (framework-2568.ts).
    expect(sameItem(fw(2569), fw(2568), 'O1')).toBe(true);
    const renumbered = oitItemCodes(fw(2569)).filter((c) => !sameItem(fw(2569), fw(2568), c));
    expect(renumbered.length).toBeGreaterThan(0);
    for (const code of renumbered) {
      const [now, then] = [itemDef(fw(2569), code)!, itemDef(fw(2568), code)!];
      expect(now.topics!.some((t) => then.topics!.includes(t))).toBe(false);
    }
  });

  it('items without meaning keys compare by place (2566 → 2567 keeps the arrangement; survey questions)', () => {
    expect(oitItemCodes(fw(2567)).every((c) => sameItem(fw(2567), fw(2566), c))).toBe(true);
    expect(sameItem(fw(2569), fw(2568), 'I1')).toBe(true);
    expect(sameItem(fw(2569), fw(2568), 'E15')).toBe(true);
  });

  it('where one year knows an item’s meaning and the other does not, it is not compared (2565 → 2566)', () => {
    expect(oitItemCodes(fw(2566)).some((c) => sameItem(fw(2566), fw(2565), c))).toBe(false);
  });

  it('last year’s rules: the shipped year before, the newest for a year after the last shipped, none before the ITA', () => {
    expect(previousFramework(fw(2569))?.fiscalYear).toBe(2568);
    expect(previousFramework({ ...fw(2569), fiscalYear: 2571, basedOn: 2569 })?.basedOn).toBe(2569);
    expect(previousFramework({ ...fw(2565), fiscalYear: 2561 })).toBeUndefined();
    // Consecutive shipped years: whatever compares sits in the same indicator.
    for (const cur of FRAMEWORKS.slice(1)) {
      const prev = previousFramework(cur)!;
      for (const it of cur.items.filter((i) => sameItem(cur, prev, i.code)))
        expect(itemDef(prev, it.code)?.indicator).toBe(it.indicator);
    }
  });

  it('scores: comparable items carry their change; renumbered ones are named once in a warning; indicators still change', () => {
    const cur = fw(2569);
    const renumbered = oitItemCodes(cur).find((c) => !sameItem(cur, fw(2568), c))!;
    const items = Object.fromEntries(oitItemCodes(cur).map((c) => [c, c === 'O1' ? 100 : 0]));
    const { assessment, problems } = scoreAssessment({
      framework: cur,
      previousFramework: fw(2568),
      indicators: { 1: 90, 2: 88, 3: 91, 4: 86, 5: 89, 6: 80, 7: 82, 8: 84 },
      items,
      previous: SCORES,
      previousItems: { O1: 0, O2: 100, [renumbered]: 100 },
    });
    const oit = assessment!.indicators.filter((i) => i.tool === 'OIT').flatMap((i) => i.items);
    expect(oit.find((i) => i.code === 'O1')).toMatchObject({ previous: 0, change: 100 });
    expect(oit.find((i) => i.code === 'O2')).toMatchObject({ previous: 100, change: -100 });
    expect(oit.find((i) => i.code === renumbered)?.change).toBeUndefined();
    const w = problems.filter((p) => p.code === 'items.previous-not-comparable');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ severity: 'warning', field: `items.${renumbered}`, found: renumbered });
    expect(w[0].message.th).toContain('2568');
    expect(assessment!.indicators.find((i) => i.id === 1)).toMatchObject({ previous: 90, change: 0 });
  });

  it('last year’s total is weighed by last year’s rules', () => {
    const prev: Framework = {
      ...fw(2568),
      tools: fw(2568).tools.map((t) => ({ ...t, weight: t.id === 'OIT' ? 0.5 : t.id === 'IIT' ? 0.2 : 0.3 })),
    };
    const { assessment } = scoreAssessment({
      framework: fw(2569),
      previousFramework: prev,
      indicators: SCORES,
      previous: SCORES,
    });
    // IIT mean 88.8, EIT 82, OIT 72.5: 0.2·88.8 + 0.3·82 + 0.5·72.5 = 78.61 (30/30/40 gives 80.24).
    expect(assessment!.previousTotal).toBe(78.61);
    expect(assessment!.totalShown).toBe(80.24);
    expect(assessment!.totalChange).toBe(1.63);
  });
});
