import { agencyTypeOf, computeArea, oneStep, stepText } from '../../src/domain/agencies';
import { frameworkFor } from '../../src/domain/frameworks';
import { TOOL_IDS } from '../../src/domain/framework';
import { nationalFor } from '../../src/domain/national';
import { district30Inputs } from '../fixtures/agencies/district-30';

const fw = frameworkFor(2568)!;

const area = computeArea(fw, district30Inputs());
const byName = (n: string) => area.agencies.find((a) => a.input.name === n)!;

describe('issue 14: a 30-agency district, figures worked out by hand', () => {
  it('each agency’s total from its indicators (30/30/40 of tool means), its tools, or as given', () => {
    // เทศบาลเมืองลำพูน: IIT (96+94+92+90+88)/5 = 92, EIT (80+85+90)/3 = 85, OIT (100+90)/2 = 95;
    // 0.3×92 + 0.3×85 + 0.4×95 = 27.6 + 25.5 + 38 = 91.10.
    expect(byName('เทศบาลเมืองลำพูน').totalShown).toBe(91.1);
    // ทต.เวียงยอง tools 88/84/90: 26.4 + 25.2 + 36 = 87.60.
    expect(byName('ทต.เวียงยอง').totalShown).toBe(87.6);
    expect(byName('อบต.ริมปิง').totalShown).toBe(96.5);
    expect(byName('อบต.แม่ตืน').totalShown).toBe(77.5); // 21 + 22.5 + 34
    expect(area.agencies.map((a) => a.basis).filter((b) => b === 'indicators')).toHaveLength(10);
    expect(area.agencies.map((a) => a.basis).filter((b) => b === 'tools')).toHaveLength(9);
    expect(area.agencies.map((a) => a.basis).filter((b) => b === 'total')).toHaveLength(11);
  });

  it('grade and pass on the shown total; 85.00 passes and 84.99 does not', () => {
    expect([byName('อบต.บ้านแป้น').grade, byName('อบต.บ้านแป้น').pass]).toEqual(['A', true]);
    expect([byName('อบต.ต้นธง').grade, byName('อบต.ต้นธง').pass]).toEqual(['B', false]);
  });

  it('the rating needs the tools: a tool under 85 caps it at ผ่าน; a total alone has none', () => {
    expect(byName('ทต.เวียงยอง').rating).toMatchObject({ name: { th: 'ผ่าน' }, cappedBy: 'EIT' });
    expect(byName('อบต.อุโมงค์').rating?.name.th).toBe('ผ่านดีเยี่ยม');
    expect(byName('อบต.ริมปิง').rating).toBeUndefined();
  });

  it('weakest tool and indicator (the lowest, the first among equals), change and rank', () => {
    expect(byName('เทศบาลเมืองลำพูน')).toMatchObject({ weakestTool: 'EIT', weakestIndicator: 6 });
    expect(byName('อบต.ประตูป่า')).toMatchObject({ weakestTool: 'OIT', weakestIndicator: 10 });
    expect(byName('ทต.เวียงยอง').weakestIndicator).toBeUndefined();
    expect(byName('อบจ.ลำพูน').change).toBe(2); // 94.00 − 92.00
    expect(byName('อบต.ต้นธง').change).toBe(-1.11); // 84.99 − 86.10
    // Two at 100.00 share rank 1; the next is 3rd, as Excel's RANK counts.
    expect([byName('อบต.สันกลาง').rank, byName('อบต.บ้านโฮ่ง').rank, byName('อบต.ป่าพลู').rank]).toEqual([1, 1, 3]);
    expect([byName('อบต.นครเจดีย์').rank, byName('อบต.เหล่ายาว').rank, byName('อบต.ห้วยปันจ๊อย').rank]).toEqual([28, 28, 30]);
  });

  it('area: 30 agencies, mean of the shown totals 2603.25 / 30 = 86.775 → 86.78, 19 of 30 at 85 or above', () => {
    // District sums: 882.39 + 863.94 + 856.92 = 2603.25.
    expect(area.area.count).toBe(30);
    expect(area.area.meanShown).toBe(86.78);
    expect(area.area.passCount).toBe(19);
    expect(area.area.passShare).toBeCloseTo(19 / 30, 12);
    expect(area.area.grades).toEqual({ AA: 6, A: 13, B: 7, C: 4, D: 0, E: 0, F: 0 });
    // 19 agencies give tools or indicators; the 11 totals only carry no rating.
    expect(area.area.ratings).toEqual({ ไม่ผ่าน: 6, ผ่าน: 3, ผ่านดี: 6, ผ่านดีเยี่ยม: 4 });
  });

  it('area means per tool (19 agencies) and per indicator (10 agencies)', () => {
    const r2 = (x: number | undefined) => Math.round(x! * 100) / 100;
    expect(r2(area.area.toolMeans.IIT)).toBe(87.37); // 1660 / 19
    expect(r2(area.area.toolMeans.EIT)).toBe(86.32); // 1640 / 19
    expect(r2(area.area.toolMeans.OIT)).toBe(89.58); // 1702 / 19
    expect(area.area.indicatorMeans[1]).toBeCloseTo(87.8, 10); // 878 / 10
    expect(area.area.indicatorMeans[6]).toBeCloseTo(86.5, 10); // 865 / 10
    expect(area.area.indicatorMeans[9]).toBeCloseTo(90.8, 10); // 908 / 10
    expect(area.area.indicatorMeans[10]).toBeCloseTo(88, 10); // 880 / 10
  });

  it('per district (district and province together) and per type', () => {
    expect(area.byDistrict.map((d) => [d.label.th, d.count, d.meanShown, d.passCount])).toEqual([
      ['เมืองลำพูน (ลำพูน)', 10, 88.24, 7], // 882.39 / 10
      ['ป่าซาง (ลำพูน)', 10, 86.39, 6], // 863.94 / 10
      ['บ้านโฮ่ง (ลำพูน)', 10, 85.69, 6], // 856.92 / 10
    ]);
    expect(area.byType.map((t) => [t.type, t.count, t.meanShown, t.passCount])).toEqual([
      ['pao', 1, 94, 1],
      ['town', 1, 91.1, 1],
      ['subdistrict', 3, 92.33, 3], // (87.6 + 97 + 92.4) / 3
      ['sao', 25, 85.65, 14], // 2141.15 / 25
    ]);
  });

  it('per district: grades, ratings and the means per tool and indicator (ป่าซาง by hand)', () => {
    const d = area.byDistrict.find((x) => x.district === 'ป่าซาง')!;
    // Totals: 97 AA, 78.50 B, 84.60 B, 90 A, 89 A, 85 A, 70 C, 100 AA, 77.50 B, 92.34 A.
    expect(d.grades).toEqual({ AA: 2, A: 4, B: 3, C: 1, D: 0, E: 0, F: 0 });
    // Six give tools or indicators: 97 and 100 ผ่านดีเยี่ยม, ท่าตุ้ม 90 ผ่านดี, น้ำดิบ 89 ผ่าน (EIT 80),
    // มะกอก 84.60 and แม่ตืน 77.50 ไม่ผ่าน; the four totals only carry no rating.
    expect(d.ratings).toEqual({ ไม่ผ่าน: 2, ผ่าน: 1, ผ่านดี: 1, ผ่านดีเยี่ยม: 2 });
    // IIT (95 + 80 + 90 + 90 + 100 + 70) / 6, EIT (95 + 82 + 90 + 80 + 100 + 75) / 6, OIT (100 + 90 + 90 + 95 + 100 + 85) / 6.
    expect(d.toolMeans.IIT).toBeCloseTo(87.5, 10);
    expect(d.toolMeans.EIT).toBeCloseTo(87, 10);
    expect(d.toolMeans.OIT).toBeCloseTo(560 / 6, 10);
    // Indicators: the three that give them (95s, 90s, แม่ตืน's 70/75/90/80).
    expect(d.indicatorMeans[1]).toBeCloseTo(85, 10);
    expect(d.indicatorMeans[6]).toBeCloseTo(260 / 3, 10);
    expect(d.indicatorMeans[9]).toBeCloseTo(280 / 3, 10);
    expect(d.indicatorMeans[10]).toBeCloseTo(90, 10);
    const sao = area.byType.find((x) => x.type === 'sao')!;
    expect(sao.grades).toEqual({ AA: 5, A: 9, B: 7, C: 4, D: 0, E: 0, F: 0 });
    expect(Object.values(sao.grades).reduce((n, k) => n + k, 0)).toBe(sao.count);
  });

  it('below the target, lowest first, each with the one step that lifts it there', () => {
    expect(area.below.map((a) => [a.input.name, a.totalShown, stepText(a.step).en])).toEqual([
      ['อบต.ห้วยปันจ๊อย', 65, 'Raise the total by 20.00 (from 65.00 to 85.00)'],
      ['อบต.นครเจดีย์', 70, 'Raise the total by 15.00 (from 70.00 to 85.00)'],
      ['อบต.เหล่ายาว', 70, expect.stringMatching(/^No single indicator/)],
      ['อบต.ประตูป่า', 74, expect.stringMatching(/^No single indicator/)],
      ['อบต.แม่ตืน', 77.5, expect.stringMatching(/^No single indicator/)],
      ['อบต.แม่แรง', 78.5, 'Raise the total by 6.50 (from 78.50 to 85.00)'],
      ['อบต.หนองปลาสะวาย', 81.25, 'Raise the total by 3.75 (from 81.25 to 85.00)'],
      // 2.00 short; one point on an OIT indicator is 0.4 / 2 = 0.2 of the total: 10 points.
      ['อบต.หนองช้างคืน', 83, 'Raise indicator 9 from 80.00 to 90.00 (+10.00)'],
      ['อบต.วังดิน', 84, 'Raise indicator 9 from 84.00 to 89.00 (+5.00)'],
      // 0.40 short; a point of the OIT tool is 0.4 of the total.
      ['อบต.มะกอก', 84.6, 'Raise OIT from 90.00 to 91.00 (+1.00)'],
      ['อบต.ต้นธง', 84.99, 'Raise the total by 0.01 (from 84.99 to 85.00)'],
    ]);
    expect(byName('อบต.ท่าตุ้ม').step).toBeUndefined();
  });

  it('one step: IIT/EIT rise by the perception step at most, OIT to 100; the target itself, not a total that rounds to it', () => {
    // 84.60 with tools 80/82/90: OIT +1.00 reaches 85.00; +0.99 gives 84.996, shown 85.00 but short.
    const s = oneStep(fw, { name: 'x', type: 'sao', tools: { IIT: 80, EIT: 82, OIT: 90 } }, 84.6, 85);
    expect(s).toEqual({ kind: 'tool', id: 'OIT', from: 90, to: 91, points: 1 });
    // OIT already at 100, 0.40 short: IIT or EIT (0.3 a point) needs 1.34, within a step of 5; the first tool among equals.
    const e = oneStep(
      fw,
      { name: 'x', type: 'sao', tools: { IIT: 82, EIT: 80, OIT: 100 } },
      0.3 * 82 + 0.3 * 80 + 40,
      89,
    );
    expect(e).toEqual({ kind: 'tool', id: 'IIT', from: 82, to: 83.34, points: 1.34 });
    expect(oneStep(fw, { name: 'x', type: 'sao', tools: { IIT: 80, EIT: 80, OIT: 100 } }, 88, 90)).toBeNull();
    // A larger perception step makes one step enough.
    expect(oneStep(fw, { name: 'x', type: 'sao', tools: { IIT: 80, EIT: 80, OIT: 100 } }, 88, 90, 10)).toMatchObject({
      id: 'IIT',
    });
  });

  it('the type from the Type column, else from the name’s prefix', () => {
    expect(agencyTypeOf('เทศบาลตำบล', 'ทต.เวียงยอง')).toBe('subdistrict');
    expect(agencyTypeOf('', 'เทศบาลเมืองลำพูน')).toBe('town');
    expect(agencyTypeOf(undefined, 'องค์การบริหารส่วนตำบลท่ามะลิ่ง')).toBe('sao');
    expect(agencyTypeOf(undefined, 'ทมเมือง')).toBe('other'); // two letters could begin a place name
    expect(agencyTypeOf('Town municipality', 'x')).toBe('town');
    expect(agencyTypeOf('กรม', 'x')).toBeUndefined();
  });

  it('national figures of spec §7: 2568 as published, 2569 falls back to 2568', () => {
    expect(nationalFor(2568)).toMatchObject({ agencies: 8317, mean: 93.82, passShare: 0.9417 });
    expect(nationalFor(2569)?.fiscalYear).toBe(2568);
    expect(nationalFor(2566)).toBeUndefined();
    expect(TOOL_IDS).toHaveLength(3);
  });
});
