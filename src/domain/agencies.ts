/**
 * Many agencies at once (issue 14): the district's or province's view. Each agency's figures
 * come from its ten indicators, its three tools, or its total only; the area's figures are
 * computed from the agencies' shown totals, as the NACC's national figures are.
 */
import { ceil2, mean, round2 } from './decimal';
import { Framework, Grade, ToolId, TOOL_IDS } from './framework';
import { DEFAULT_PERCEPTION_STEP, isPerception } from './gap';
import { gradeOf, meetsTarget } from './grades';
import { Rating, ratingOf } from './rating';
import { bi, Bilingual } from './text';
import { normalizeKey } from './parse/common';

/** Local administrative organisations by kind (อบจ., เทศบาลนคร/เมือง/ตำบล, อบต.), and the rest. */
export type AgencyType = 'pao' | 'city' | 'town' | 'subdistrict' | 'sao' | 'other';

export const AGENCY_TYPES: readonly { id: AgencyType; label: Bilingual; words: readonly string[] }[] = [
  {
    id: 'pao',
    label: bi('อบจ.', 'Provincial administrative organisation'),
    words: ['อบจ', 'องค์การบริหารส่วนจังหวัด', 'PAO', 'Provincial administrative organisation'],
  },
  { id: 'city', label: bi('เทศบาลนคร', 'City municipality'), words: ['เทศบาลนคร', 'ทน', 'City municipality'] },
  { id: 'town', label: bi('เทศบาลเมือง', 'Town municipality'), words: ['เทศบาลเมือง', 'ทม', 'Town municipality'] },
  {
    id: 'subdistrict',
    label: bi('เทศบาลตำบล', 'Subdistrict municipality'),
    words: ['เทศบาลตำบล', 'ทต', 'Subdistrict municipality'],
  },
  {
    id: 'sao',
    label: bi('อบต.', 'Subdistrict administrative organisation'),
    words: ['อบต', 'องค์การบริหารส่วนตำบล', 'SAO', 'Subdistrict administrative organisation'],
  },
  { id: 'other', label: bi('อื่น ๆ', 'Other'), words: ['อื่นๆ', 'อื่น', 'Other'] },
];

const TYPE_WORDS = new Map(AGENCY_TYPES.flatMap((t) => t.words.map((w) => [normalizeKey(w), t.id] as const)));

/** Thai words of three letters or more, longest first: "ทต" could begin a place name. */
const NAME_PREFIXES = AGENCY_TYPES.filter((t) => t.id !== 'other')
  .flatMap((t) => t.words.map((w) => ({ id: t.id, w: normalizeKey(w) })))
  .filter((p) => /[\u0e00-\u0e7f]/.test(p.w) && p.w.length > 2)
  .sort((a, b) => b.w.length - a.w.length);

/**
 * The type as written ("อบต.", "เทศบาลตำบล", "Town municipality"); when the cell is empty,
 * the name's own prefix ("อบต.ท่ามะลิ่ง", "เทศบาลเมืองลำพูน"). Undefined when neither says.
 */
export function agencyTypeOf(written: string | undefined, name: string): AgencyType | undefined {
  if (written && written.trim() !== '') return TYPE_WORDS.get(normalizeKey(written));
  const n = normalizeKey(name);
  return NAME_PREFIXES.find((p) => n.startsWith(p.w))?.id ?? 'other';
}

export function agencyTypeLabel(t: AgencyType): Bilingual {
  return AGENCY_TYPES.find((x) => x.id === t)!.label;
}

/** One agency's scores as read: all indicators, or the three tools, or the total. */
export interface AgencyInput {
  name: string;
  type: AgencyType;
  district?: string;
  province?: string;
  indicators?: Readonly<Record<number, number>>;
  tools?: Readonly<Record<ToolId, number>>;
  total?: number;
  previousTotal?: number;
}

export type AgencyBasis = 'indicators' | 'tools' | 'total';

/** The one raise that lifts an agency to the target: an indicator, a tool, or (total only) the total. */
export interface AgencyStep {
  kind: 'indicator' | 'tool' | 'total';
  /** Indicator number or tool; absent for the total. */
  id?: number | ToolId;
  from: number;
  to: number;
  /** Points on that indicator, tool or total (2 decimals, rounded up). */
  points: number;
}

export interface AgencyResult {
  /** Position in the input list. */
  index: number;
  input: AgencyInput;
  basis: AgencyBasis;
  /** Full precision, from the indicators or as given; absent for a total only. */
  tools?: Record<ToolId, number>;
  total: number;
  totalShown: number;
  grade: Grade;
  /** Needs the tools (a total alone cannot say whether a tool capped the level). */
  rating?: Rating;
  pass: boolean;
  weakestTool?: ToolId;
  weakestIndicator?: number;
  /** Shown total minus shown last year's total. */
  change?: number;
  /** 1 = highest shown total; equal totals share a rank (as Excel's RANK). */
  rank: number;
  /** Below the target only: the one step that lifts it there, or null when no single step does. */
  step?: AgencyStep | null;
  /** Its district group's key (districtKey), computed once. */
  districtKey: string;
}

export interface GroupSummary {
  /** '' for the agencies that give no district (or type). */
  key: string;
  label: Bilingual;
  district?: string;
  province?: string;
  type?: AgencyType;
  count: number;
  /** Mean of the shown totals, full precision; `meanShown` rounded. */
  mean: number;
  meanShown: number;
  passCount: number;
  /** 0–1. */
  passShare: number;
  belowTarget: number;
  grades: Record<Grade, number>;
  /** By the rating's Thai name; agencies without tools are not counted. */
  ratings: Record<string, number>;
  /** Mean of each indicator over the agencies that give indicators. */
  indicatorMeans: Record<number, number | undefined>;
  /** Mean of each tool over the agencies whose tools are known. */
  toolMeans: Record<ToolId, number | undefined>;
}

export interface AreaResult {
  target: number;
  agencies: AgencyResult[];
  area: GroupSummary;
  byDistrict: GroupSummary[];
  byType: GroupSummary[];
  /** Below the target, lowest total first. */
  below: AgencyResult[];
}

export interface AreaOptions {
  target?: number;
  /** Most points an IIT/EIT indicator (or tool) is raised by in one step; default 5. */
  perceptionStep?: number;
}

const GRADES: readonly Grade[] = ['AA', 'A', 'B', 'C', 'D', 'E', 'F'];

function toolsFromIndicators(fw: Framework, ind: Readonly<Record<number, number>>): Record<ToolId, number> {
  const out = {} as Record<ToolId, number>;
  for (const id of TOOL_IDS) out[id] = mean(fw.indicators.filter((d) => d.tool === id).map((d) => ind[d.id]));
  return out;
}

/** Σ weight × tool, the weight as a percentage divided last (as scoring.ts does). */
function totalOf(fw: Framework, tools: Readonly<Record<ToolId, number>>): number {
  return TOOL_IDS.reduce((s, id) => s + (fw.tools.find((t) => t.id === id)!.weight * 100 * tools[id]) / 100, 0);
}

export function basisOf(a: AgencyInput): AgencyBasis {
  return a.indicators ? 'indicators' : a.tools ? 'tools' : 'total';
}

/** The lowest, first in order among equals. */
function weakest<K>(entries: readonly (readonly [K, number])[]): K | undefined {
  let best: readonly [K, number] | undefined;
  for (const e of entries) if (!best || e[1] < best[1]) best = e;
  return best?.[0];
}

/**
 * The one raise that lifts the shown total to the target: each indicator (or tool) alone, OIT
 * up to 100 and IIT/EIT by the perception step at most; the fewest points win, OIT first and
 * then the lower number among equals. With the total only, the total itself.
 */
export function oneStep(
  fw: Framework,
  a: AgencyInput,
  total: number,
  target: number,
  perceptionStep = DEFAULT_PERCEPTION_STEP,
): AgencyStep | null | undefined {
  if (meetsTarget(total, target)) return undefined;
  const gap = target - total;
  if (basisOf(a) === 'total') {
    const from = round2(total);
    return { kind: 'total', from, to: round2(target), points: round2(round2(target) - from) };
  }
  const candidates: { kind: 'indicator' | 'tool'; id: number | ToolId; tool: ToolId; score: number; worth: number }[] =
    a.indicators
      ? fw.indicators.map((d) => ({
          kind: 'indicator' as const,
          id: d.id,
          tool: d.tool,
          score: a.indicators![d.id],
          worth: fw.tools.find((t) => t.id === d.tool)!.weight / fw.indicators.filter((x) => x.tool === d.tool).length,
        }))
      : TOOL_IDS.map((id) => ({
          kind: 'tool' as const,
          id,
          tool: id,
          score: a.tools![id],
          worth: fw.tools.find((t) => t.id === id)!.weight,
        }));
  let best: AgencyStep | undefined;
  let bestOit = false;
  for (const c of candidates) {
    if (!(c.worth > 0)) continue; // a tool weighted 0 (a rules sheet may say so) lifts nothing
    const from = round2(c.score);
    const max = isPerception(c.tool) ? Math.min(100, round2(from + perceptionStep)) : 100;
    // Aimed at the target itself, not at a total that merely rounds up to it (as gap.ts does).
    const reaches = (points: number) => total + (round2(from + points) - c.score) * c.worth >= target - 1e-9;
    let points = ceil2(gap / c.worth);
    while (points > 0.01 && reaches(round2(points - 0.01))) points = round2(points - 0.01);
    while (!reaches(points)) points = round2(points + 0.01);
    const to = round2(from + points);
    if (to > max) continue;
    const oit = c.tool === 'OIT';
    if (!best || points < best.points || (points === best.points && oit && !bestOit)) {
      best = { kind: c.kind, id: c.id, from, to, points };
      bestOit = oit;
    }
  }
  return best ?? null;
}

function emptyGroup(key: string, label: Bilingual, fw: Framework): GroupSummary {
  return {
    key,
    label,
    count: 0,
    mean: 0,
    meanShown: 0,
    passCount: 0,
    passShare: 0,
    belowTarget: 0,
    grades: Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<Grade, number>,
    ratings: Object.fromEntries(fw.ratingRules.map((r) => [r.name.th, 0])),
    indicatorMeans: Object.fromEntries(fw.indicators.map((d) => [d.id, undefined])),
    toolMeans: { IIT: undefined, EIT: undefined, OIT: undefined },
  };
}

function summarise(group: GroupSummary, members: readonly AgencyResult[], fw: Framework): GroupSummary {
  group.count = members.length;
  if (members.length === 0) return group;
  group.mean = mean(members.map((m) => m.totalShown));
  group.meanShown = round2(group.mean);
  group.passCount = members.filter((m) => m.pass).length;
  group.passShare = group.passCount / members.length;
  group.belowTarget = members.length - group.passCount;
  for (const m of members) {
    group.grades[m.grade] += 1;
    if (m.rating) group.ratings[m.rating.name.th] = (group.ratings[m.rating.name.th] ?? 0) + 1;
  }
  // One pass: sums and counts per indicator and per tool.
  const indSum = new Map<number, { sum: number; n: number }>(fw.indicators.map((d) => [d.id, { sum: 0, n: 0 }]));
  const toolSum = { IIT: { sum: 0, n: 0 }, EIT: { sum: 0, n: 0 }, OIT: { sum: 0, n: 0 } };
  for (const m of members) {
    if (m.input.indicators)
      for (const [id, acc] of indSum) {
        acc.sum += m.input.indicators[id];
        acc.n += 1;
      }
    if (m.tools)
      for (const id of TOOL_IDS) {
        toolSum[id].sum += m.tools[id];
        toolSum[id].n += 1;
      }
  }
  for (const [id, acc] of indSum) group.indicatorMeans[id] = acc.n > 0 ? acc.sum / acc.n : undefined;
  for (const id of TOOL_IDS) group.toolMeans[id] = toolSum[id].n > 0 ? toolSum[id].sum / toolSum[id].n : undefined;
  return group;
}

const NO_DISTRICT = bi('ไม่ระบุอำเภอ', 'No district given');

/** Groups in order of first appearance, the agencies without a key last. */
function groupBy(
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

/** Every agency's figures, then the area's, per district and per type (issue 14). */
export function computeArea(fw: Framework, inputs: readonly AgencyInput[], options: AreaOptions = {}): AreaResult {
  const target = options.target ?? fw.passMark;
  const step = options.perceptionStep ?? DEFAULT_PERCEPTION_STEP;
  const agencies: AgencyResult[] = inputs.map((input, index) => {
    const basis = basisOf(input);
    const tools =
      basis === 'indicators'
        ? toolsFromIndicators(fw, input.indicators!)
        : basis === 'tools'
          ? { ...input.tools! }
          : undefined;
    const total = tools ? totalOf(fw, tools) : input.total!;
    const totalShown = round2(total);
    const rating = tools ? ratingOf(fw.ratingRules, total, tools) : undefined;
    const s = oneStep(fw, input, total, target, step);
    return {
      index,
      input,
      basis,
      ...(tools ? { tools } : {}),
      total,
      totalShown,
      grade: gradeOf(total, fw.gradeBands),
      ...(rating ? { rating } : {}),
      pass: meetsTarget(total, target),
      ...(tools ? { weakestTool: weakest(TOOL_IDS.map((id) => [id, tools[id]] as const)) } : {}),
      ...(input.indicators
        ? { weakestIndicator: weakest(fw.indicators.map((d) => [d.id, input.indicators![d.id]] as const)) }
        : {}),
      ...(input.previousTotal !== undefined ? { change: round2(totalShown - round2(input.previousTotal)) } : {}),
      rank: 0,
      ...(s !== undefined ? { step: s } : {}),
      districtKey: districtKey(input),
    };
  });
  // Rank: 1 + how many show a higher total (sorted once: linear in agencies after the sort).
  const byTotal = [...agencies].sort((x, y) => y.totalShown - x.totalShown);
  byTotal.forEach(
    (a, i) => (a.rank = i > 0 && byTotal[i - 1].totalShown === a.totalShown ? byTotal[i - 1].rank : i + 1),
  );

  const area = summarise(emptyGroup('*', bi('ทั้งพื้นที่', 'Whole area'), fw), agencies, fw);
  const byDistrict = groupBy(
    agencies,
    (r) => r.districtKey,
    (r, key) => {
      const g = emptyGroup(key, key === '' || !r ? NO_DISTRICT : districtLabel(r.input), fw);
      if (key !== '' && r) {
        g.district = r.input.district!.trim();
        if (r.input.province?.trim()) g.province = r.input.province.trim();
      }
      return g;
    },
    fw,
  );
  const byType = groupBy(
    agencies,
    (r) => r.input.type,
    (r, key) => ({ ...emptyGroup(key, agencyTypeLabel(key as AgencyType), fw), type: key as AgencyType }),
    fw,
  ).sort((x, y) => AGENCY_TYPES.findIndex((t) => t.id === x.type) - AGENCY_TYPES.findIndex((t) => t.id === y.type));
  const below = agencies.filter((a) => !a.pass).sort((x, y) => x.total - y.total || x.index - y.index);
  return { target, agencies, area, byDistrict, byType, below };
}

function districtLabel(a: AgencyInput): Bilingual {
  const d = a.district!.trim();
  const p = a.province?.trim();
  return p ? bi(`${d} (${p})`, `${d} (${p})`) : bi(d, d);
}

/** "ตัวชี้วัดที่ 9 จาก 80.00 เป็น 86.72" — the step in words. */
export function stepText(s: AgencyStep | null | undefined): Bilingual {
  if (s === undefined) return bi('', '');
  if (s === null)
    return bi(
      'ยกตัวชี้วัดเดียวไม่พอ: ต้องยกหลายตัวชี้วัด (ดูแผนรายหน่วยงาน)',
      'No single indicator is enough: several must rise (see the agency’s own plan)',
    );
  const f = (x: number) => x.toFixed(2);
  if (s.kind === 'total')
    return bi(
      `เพิ่มคะแนนรวมอีก ${f(s.points)} (จาก ${f(s.from)} เป็น ${f(s.to)})`,
      `Raise the total by ${f(s.points)} (from ${f(s.from)} to ${f(s.to)})`,
    );
  const what = s.kind === 'indicator' ? bi(`ตัวชี้วัดที่ ${s.id}`, `indicator ${s.id}`) : bi(`คะแนน ${s.id}`, `${s.id}`);
  return bi(
    `ยก${what.th} จาก ${f(s.from)} เป็น ${f(s.to)} (+${f(s.points)})`,
    `Raise ${what.en} from ${f(s.from)} to ${f(s.to)} (+${f(s.points)})`,
  );
}
