/**
 * Many agencies at once (issue 14): the district's or province's view. Each agency's figures
 * come from its ten indicators, its three tools, or its total only; the area's figures are
 * computed from the agencies' shown totals, as the NACC's national figures are.
 */
import type { IndicatorId } from './refs';
import { districtKeys, emptyGroup, groupBy, summarise } from './agencies-groups';
import { ceil2, round2 } from './decimal';
import { Framework, Grade, ToolId, TOOL_IDS } from './framework';
import { DEFAULT_PERCEPTION_STEP, isPerception } from './gap';
import { meetsTarget } from './grades';
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

const typeWritten = new Map<string, AgencyType | undefined>();

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
  if (written && written.trim() !== '') {
    // A few words, typed on thousands of rows: each is normalised once.
    if (!typeWritten.has(written)) {
      if (typeWritten.size > 1000) typeWritten.clear();
      typeWritten.set(written, TYPE_WORDS.get(normalizeKey(written)));
    }
    return typeWritten.get(written);
  }
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

/** What every agency of a framework shares, worked out once per area rather than per agency. */
interface Shape {
  /** Each tool's weight as a percentage (weight × 100, as scoring.ts multiplies it). */
  weight100: Record<ToolId, number>;
  /** Each tool's indicator ids, in the framework's order. */
  toolIndicators: Record<ToolId, IndicatorId[]>;
  indicatorIds: number[];
  /** Step candidates: each indicator, and each tool (for agencies that give only tools). */
  byIndicator: { kind: 'indicator'; id: number; tool: ToolId; worth: number }[];
  byTool: { kind: 'tool'; id: ToolId; tool: ToolId; worth: number }[];
  /** Grade bands, highest first. */
  bands: Framework['gradeBands'];
}

const shapes = new WeakMap<Framework, Shape>();

function shapeOf(fw: Framework): Shape {
  let s = shapes.get(fw);
  if (s) return s;
  const weight = (id: ToolId) => fw.tools.find((t) => t.id === id)!.weight;
  const toolIndicators = Object.fromEntries(
    TOOL_IDS.map((id) => [id, fw.indicators.filter((d) => d.tool === id).map((d) => d.id)]),
  ) as Record<ToolId, IndicatorId[]>;
  s = {
    weight100: Object.fromEntries(TOOL_IDS.map((id) => [id, weight(id) * 100])) as Record<ToolId, number>,
    toolIndicators,
    indicatorIds: fw.indicators.map((d) => d.id),
    byIndicator: fw.indicators.map((d) => ({
      kind: 'indicator' as const,
      id: d.id,
      tool: d.tool,
      worth: weight(d.tool) / toolIndicators[d.tool].length,
    })),
    byTool: TOOL_IDS.map((id) => ({ kind: 'tool' as const, id, tool: id, worth: weight(id) })),
    bands: [...fw.gradeBands].sort((x, y) => y.min - x.min),
  };
  shapes.set(fw, s);
  return s;
}

/** Each tool as the mean of its indicators, added in the framework's order (as `mean()` does). */
function toolsFromIndicators(shape: Shape, ind: Readonly<Record<number, number>>): Record<ToolId, number> {
  const out = {} as Record<ToolId, number>;
  for (const id of TOOL_IDS) {
    const ids = shape.toolIndicators[id];
    if (ids.length === 0) throw new Error('mean of nothing');
    let sum = 0;
    for (const i of ids) sum += ind[i];
    out[id] = sum / ids.length;
  }
  return out;
}

/** Σ weight × tool, the weight as a percentage divided last (as scoring.ts does). */
function totalOf(shape: Shape, tools: Readonly<Record<ToolId, number>>): number {
  let s = 0;
  for (const id of TOOL_IDS) s += (shape.weight100[id] * tools[id]) / 100;
  return s;
}

/** As gradeOf: the first band, highest first, the shown total reaches; else the lowest. */
function gradeFrom(shape: Shape, totalShown: number): Grade {
  for (const b of shape.bands) if (totalShown >= b.min) return b.grade;
  return shape.bands[shape.bands.length - 1].grade;
}

export function basisOf(a: AgencyInput): AgencyBasis {
  return a.indicators ? 'indicators' : a.tools ? 'tools' : 'total';
}

/** The lowest of `ids` by `score`, the first in order among equals. */
function weakest<K extends string | number>(ids: readonly K[], score: (id: K) => number): K | undefined {
  let best: K | undefined;
  let low = Infinity;
  for (const id of ids) {
    const v = score(id);
    if (best === undefined || v < low) {
      best = id;
      low = v;
    }
  }
  return best;
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
  const shape = shapeOf(fw);
  const candidates = a.indicators ? shape.byIndicator : shape.byTool;
  const scores: Readonly<Record<number | string, number>> = a.indicators ?? a.tools!;
  let best: AgencyStep | undefined;
  let bestOit = false;
  for (const c of candidates) {
    if (!(c.worth > 0)) continue; // a tool weighted 0 (a rules sheet may say so) lifts nothing
    const score = scores[c.id];
    const from = round2(score);
    const max = isPerception(c.tool) ? Math.min(100, round2(from + perceptionStep)) : 100;
    // Aimed at the target itself, not at a total that merely rounds up to it (as gap.ts does).
    const reaches = (points: number) => total + (round2(from + points) - score) * c.worth >= target - 1e-9;
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

export { districtKey } from './agencies-groups';

const NO_DISTRICT = bi('ไม่ระบุอำเภอ', 'No district given');

/** Every agency's figures, then the area's, per district and per type (issue 14). */
export function computeArea(fw: Framework, inputs: readonly AgencyInput[], options: AreaOptions = {}): AreaResult {
  const target = options.target ?? fw.passMark;
  const step = options.perceptionStep ?? DEFAULT_PERCEPTION_STEP;
  const shape = shapeOf(fw);
  const keyOf = districtKeys();
  const targetShown = round2(target);
  const agencies: AgencyResult[] = inputs.map((input, index) => {
    const basis = basisOf(input);
    const tools =
      basis === 'indicators'
        ? toolsFromIndicators(shape, input.indicators!)
        : basis === 'tools'
          ? { ...input.tools! }
          : undefined;
    const total = tools ? totalOf(shape, tools) : input.total!;
    const totalShown = round2(total);
    const r: AgencyResult = {
      index,
      input,
      basis,
      total,
      totalShown,
      grade: gradeFrom(shape, totalShown),
      pass: totalShown >= targetShown,
      rank: 0,
      districtKey: keyOf(input),
    };
    if (tools) {
      r.tools = tools;
      const rating = ratingOf(fw.ratingRules, total, tools);
      if (rating) r.rating = rating;
      r.weakestTool = weakest(TOOL_IDS, (id) => tools[id]);
    }
    if (input.indicators) r.weakestIndicator = weakest(shape.indicatorIds, (id) => input.indicators![id]);
    if (input.previousTotal !== undefined) r.change = round2(totalShown - round2(input.previousTotal));
    if (!r.pass) r.step = oneStep(fw, input, total, target, step) as AgencyStep | null;
    return r;
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
      'ยกตัวชี้วัดเดียวไม่พอ: ดูแผนยกระดับในสมุดงาน ITA ของหน่วยงานนั้น',
      'No single indicator is enough: see the route in that agency’s own ITA workbook',
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
