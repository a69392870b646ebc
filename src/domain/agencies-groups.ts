/**
 * The area's figures and the same per district and per type (issue 14): one pass over each
 * group's agencies, and groups found in one pass over all of them, so the cost is linear in
 * agencies.
 */
import type { AgencyInput, AgencyResult, GroupSummary } from './agencies';
import { Framework, TOOL_IDS } from './framework';
import { round2 } from './decimal';
import { normalizeKey } from './parse/common';
import { Bilingual } from './text';

/** The zeros and blanks a group starts from, made once per framework and copied per group. */
const blanks = new WeakMap<Framework, Pick<GroupSummary, 'ratings' | 'indicatorMeans'>>();

export function emptyGroup(key: string, label: Bilingual, fw: Framework): GroupSummary {
  let blank = blanks.get(fw);
  if (!blank) {
    blank = {
      ratings: Object.fromEntries(fw.ratingRules.map((r) => [r.name.th, 0])),
      indicatorMeans: Object.fromEntries(fw.indicators.map((d) => [d.id, undefined])),
    };
    blanks.set(fw, blank);
  }
  return {
    key,
    label,
    count: 0,
    mean: 0,
    meanShown: 0,
    passCount: 0,
    passShare: 0,
    belowTarget: 0,
    grades: { AA: 0, A: 0, B: 0, C: 0, D: 0, E: 0, F: 0 },
    ratings: { ...blank.ratings },
    indicatorMeans: { ...blank.indicatorMeans },
    toolMeans: { IIT: undefined, EIT: undefined, OIT: undefined },
  };
}

/**
 * Count, mean of the shown totals, passes, grades, ratings and the mean of each indicator and
 * tool, in one pass. Sums run in the agencies' order, as `mean()` adds them, so the figures are
 * the same to the last bit.
 */
export function summarise(group: GroupSummary, members: readonly AgencyResult[], fw: Framework): GroupSummary {
  const n = members.length;
  group.count = n;
  if (n === 0) return group;
  const ids = fw.indicators.map((d) => d.id);
  const indSum = new Float64Array(ids.length);
  const toolSum = [0, 0, 0];
  let sum = 0;
  let passCount = 0;
  let withIndicators = 0;
  let withTools = 0;
  for (const m of members) {
    sum += m.totalShown;
    if (m.pass) passCount++;
    group.grades[m.grade] += 1;
    if (m.rating) group.ratings[m.rating.name.th] = (group.ratings[m.rating.name.th] ?? 0) + 1;
    const ind = m.input.indicators;
    if (ind) {
      withIndicators++;
      for (let i = 0; i < ids.length; i++) indSum[i] += ind[ids[i]];
    }
    const tools = m.tools;
    if (tools) {
      withTools++;
      toolSum[0] += tools.IIT;
      toolSum[1] += tools.EIT;
      toolSum[2] += tools.OIT;
    }
  }
  group.mean = sum / n;
  group.meanShown = round2(group.mean);
  group.passCount = passCount;
  group.passShare = passCount / n;
  group.belowTarget = n - passCount;
  ids.forEach((id, i) => (group.indicatorMeans[id] = withIndicators > 0 ? indSum[i] / withIndicators : undefined));
  TOOL_IDS.forEach((id, i) => (group.toolMeans[id] = withTools > 0 ? toolSum[i] / withTools : undefined));
  return group;
}

/** Groups in order of first appearance, the agencies without a key last. */
export function groupBy(
  results: readonly AgencyResult[],
  keyOf: (r: AgencyResult) => string,
  make: (r: AgencyResult | undefined, key: string) => GroupSummary,
  fw: Framework,
): GroupSummary[] {
  const members = new Map<string, AgencyResult[]>();
  for (const r of results) {
    const k = keyOf(r);
    const list = members.get(k);
    if (list) list.push(r);
    else members.set(k, [r]);
  }
  const keys = [...members.keys()].sort((x, y) => Number(x === '') - Number(y === ''));
  return keys.map((k) => summarise(make(members.get(k)![0], k), members.get(k)!, fw));
}

/** District and province as one key: อำเภอเมือง is in every province. */
export function districtKey(a: Pick<AgencyInput, 'district' | 'province'>): string {
  if (!a.district?.trim()) return '';
  return `${normalizeKey(a.district)}\u0000${normalizeKey(a.province ?? '')}`;
}

/**
 * `districtKey` for many agencies: thousands of agencies share a few hundred districts, so each
 * district and province as written is normalised once.
 */
export function districtKeys(): (a: Pick<AgencyInput, 'district' | 'province'>) => string {
  const seen = new Map<string, string>();
  return (a) => {
    const raw = `${a.district ?? ''}\u0000${a.province ?? ''}`;
    let key = seen.get(raw);
    if (key === undefined) seen.set(raw, (key = districtKey(a)));
    return key;
  };
}
