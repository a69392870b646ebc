import { evaluate } from '../../src/domain';
import { Framework, isOitItem, itemDef, oitItemCodes } from '../../src/domain/framework';
import { FRAMEWORKS, frameworkFor, resolveFramework } from '../../src/domain/frameworks';
import { ratingOf } from '../../src/domain/rating';
import { scoreAssessment } from '../../src/domain/scoring';
import { suggestionsForItem, suggestionsForOitItem } from '../../src/domain/suggestions';

const fw = (year: number) => frameworkFor(year) as Framework;

/** Spec §7: the State Audit Office in 2568 — total 94.64, EIT below 85, rated only ผ่าน. */
const CAPPED_BY_EIT: Record<number, number> = {
  1: 97.93,
  2: 97.93,
  3: 97.94,
  4: 97.94,
  5: 97.93,
  6: 84.2,
  7: 84.2,
  8: 84.2,
  9: 100,
  10: 100,
};

describe('shipped frameworks 2567–2569 (spec §7)', () => {
  it('ships 2565 as final and 2566–2569 as provisional', () => {
    expect(FRAMEWORKS.map((f) => [f.fiscalYear, f.provisional])).toEqual([
      [2565, false],
      [2566, true],
      [2567, true],
      [2568, true],
      [2569, true],
    ]);
  });

  it('2567 keeps the 2566 arrangement of 43 items, every item inferred (?)', () => {
    const codes = oitItemCodes(fw(2567));
    expect(codes).toEqual(oitItemCodes(fw(2566)));
    expect(codes).toHaveLength(43);
    expect(codes.every((c) => itemDef(fw(2567), c)?.certainty === '?')).toBe(true);
    expect(fw(2567).tools.find((t) => t.id === 'IIT')?.certainty).toBe('1');
  });

  it.each([
    [2568, [5, 6, 2, 3, 4, 4, 2]],
    [2569, [5, 5, 2, 3, 4, 5, 2]],
  ])('%i has 26 OIT items grouped into 9.1–9.5 and 10.1–10.2 as spec §7 infers', (year, sizes) => {
    const f = fw(year);
    expect(oitItemCodes(f)).toEqual(Array.from({ length: 26 }, (_, i) => `O${i + 1}`));
    const subs = f.indicators.flatMap((i) => i.subIndicators ?? []);
    expect(subs.map((s) => s.id)).toEqual(['9.1', '9.2', '9.3', '9.4', '9.5', '10.1', '10.2']);
    expect(subs.map((s) => s.items.length)).toEqual(sizes);
    expect(subs.every((s) => s.certainty === '?')).toBe(true);
  });

  it('each 2568/2569 item carries its certainty: the titles spec §7 marks (?) are ?, the rest from one source', () => {
    expect(itemDef(fw(2568), 'O2')?.certainty).toBe('?');
    expect(itemDef(fw(2568), 'O6')?.certainty).toBe('?');
    expect(itemDef(fw(2568), 'O12')?.certainty).toBe('1');
    expect(itemDef(fw(2569), 'O5')?.certainty).toBe('1');
    expect(itemDef(fw(2569), 'O25')?.title.th).toBe('การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร');
  });

  it('an OIT item is known by its indicator, not by its letter', () => {
    expect(isOitItem(fw(2569), 'O26')).toBe(true);
    expect(isOitItem(fw(2569), 'O27')).toBe(false);
    expect(isOitItem(fw(2569), 'E3')).toBe(false);
  });

  it('a 2569 checklist item O26 scores (it was "not an item code of the 2569 framework")', () => {
    const items = Object.fromEntries(oitItemCodes(fw(2569)).map((c) => [c, c === 'O26' ? 0 : 100]));
    const out = scoreAssessment({ framework: fw(2569), indicators: CAPPED_BY_EIT, items });
    const ind10 = out.assessment?.indicators.find((i) => i.id === 10);
    // 10.1 all published, 10.2 one of two: (100 + 50) / 2
    expect(ind10?.shown).toBe(75);
  });

  it('2570 takes the newest framework (2569), marked as standing in', () => {
    const r = resolveFramework(2570);
    expect(r.ok && r.framework.basedOn).toBe(2569);
    expect(r.ok && oitItemCodes(r.framework)).toHaveLength(26);
  });

  it('a year before 2561 is refused, 2561 itself is not', () => {
    expect(resolveFramework(2542).ok).toBe(false);
    expect(resolveFramework(2560).ok).toBe(false);
    expect(resolveFramework(2561).ok).toBe(true);
  });
});

describe('named rating (spec §7 working rule, provisional)', () => {
  it('total 94.64 with EIT 84.20 is ผ่าน, capped by EIT, and says why', () => {
    const a = scoreAssessment({ framework: fw(2568), indicators: CAPPED_BY_EIT }).assessment!;
    expect(a.totalShown).toBe(94.64);
    expect(a.tools.EIT.shown).toBe(84.2);
    expect(a.rating?.name.th).toBe('ผ่าน');
    expect(a.rating?.cappedBy).toBe('EIT');
    expect(a.rating?.reason?.th).toBe('EIT 84.20 ต่ำกว่า 85 จึงได้ระดับผ่าน');
    expect(a.rating?.reason?.en).toBe('EIT 84.20 is below 85, so the level is Passed');
  });

  const rules = fw(2569).ratingRules;
  it.each([
    [84.99, { IIT: 90, EIT: 90, OIT: 90 }, 'ไม่ผ่าน', null],
    [84.995, { IIT: 90, EIT: 90, OIT: 90 }, 'ผ่านดี', null], // judged on the shown 85.00
    [92.43, { IIT: 90, EIT: 90, OIT: 95 }, 'ผ่านดี', null],
    [95, { IIT: 85, EIT: 85, OIT: 100 }, 'ผ่านดีเยี่ยม', null],
    [96, { IIT: 84.99, EIT: 99, OIT: 100 }, 'ผ่าน', 'IIT'],
    [90, { IIT: 80, EIT: 80, OIT: 100 }, 'ผ่าน', 'IIT'],
  ] as const)('total %p with tools %p → %s, capped by %p', (total, tools, name, cappedBy) => {
    const r = ratingOf(rules, total, tools);
    expect(r?.name.th).toBe(name);
    expect(r?.cappedBy).toBe(cappedBy);
  });

  it('two tools short are both named; cappedBy is the first in tool order', () => {
    const r = ratingOf(rules, 90, { IIT: 80, EIT: 84.2, OIT: 100 });
    expect(r?.reason?.th).toBe('IIT 80.00 ต่ำกว่า 85 และ EIT 84.20 ต่ำกว่า 85 จึงได้ระดับผ่าน');
  });

  it('2565 and 2566 have no named rating (AA–F only)', () => {
    const a = scoreAssessment({ framework: fw(2565), indicators: CAPPED_BY_EIT }).assessment!;
    expect(a.rating).toBeUndefined();
    expect(a.grade).toBe('A');
  });

  it('the gap planner gives the cheapest route to the next level: raise EIT to 85.00', () => {
    const ev = evaluate({ framework: fw(2568), indicators: CAPPED_BY_EIT });
    const nr = ev.gap?.nextRating;
    expect(nr?.name.th).toBe('ผ่านดี');
    expect(nr?.tools).toEqual([{ tool: 'EIT', from: 84.2, to: 85 }]);
    // EIT is the mean of three indicators: 3 × 0.80 = 2.40 points on one of them.
    expect(nr?.route.steps).toEqual([{ indicator: 6, from: 84.2, to: 86.6, points: 2.4, totalGain: 0.24 }]);
    expect(nr?.route.reachable).toBe(true);
  });

  it('below the pass mark the route to ผ่าน is the cheapest route to a total of 85', () => {
    const low = Object.fromEntries(Object.keys(CAPPED_BY_EIT).map((k) => [k, 80]));
    const ev = evaluate({ framework: fw(2569), indicators: low });
    expect(ev.assessment?.rating?.name.th).toBe('ไม่ผ่าน');
    expect(ev.gap?.nextRating?.name.th).toBe('ผ่าน');
    expect(ev.gap?.nextRating?.route.steps.map((s) => s.indicator)).toEqual(
      ev.gap?.toTarget.steps.map((s) => s.indicator),
    );
  });
});

describe("suggestions follow an item's meaning, not its 2565 code", () => {
  it("2569 O12 (annual procurement report) gets 2565 O24's suggestions; 2568 O6 merges four 2565 items", () => {
    expect(suggestionsForOitItem(fw(2569), 'O12')).toEqual(suggestionsForItem(2565, 'O24'));
    const merged = suggestionsForOitItem(fw(2568), 'O6').map((s) => s.id);
    for (const code of ['O10', 'O11', 'O18', 'O19'])
      for (const s of suggestionsForItem(2565, code)) expect(merged).toContain(s.id);
  });

  it('a 2565 code named in a text becomes the code of the same item in the year (O36 → 2569 O21)', () => {
    const texts = suggestionsForOitItem(fw(2569), 'O22').map((s) => s.text.en);
    expect(texts.some((t) => t.includes('named under O21'))).toBe(true);
    expect(texts.some((t) => t.includes('O36'))).toBe(false);
  });

  it("indicator 9's advice names the year's own items (O1–O19 in 2569, O1–O33 in 2565)", () => {
    const weak = Object.fromEntries(Object.keys(CAPPED_BY_EIT).map((k) => [k, 70]));
    const adv = (year: number) =>
      evaluate({ framework: fw(year), indicators: weak })
        .advice.find((a) => a.indicator === 9)!
        .suggestions.map((s) => s.text.en)
        .join(' ');
    expect(adv(2569)).toContain('O1–O19');
    expect(adv(2569)).not.toContain('O33');
    expect(adv(2565)).toContain('O1–O33');
  });
});
