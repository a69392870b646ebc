import type { IndicatorId } from './refs';
import { ceil2, mean, round2 } from './decimal';
import { Framework, Grade, ToolId, TOOL_IDS } from './framework';
import { nextBand } from './grades';
import { nextRule } from './rating';
import { Assessment, pointWorth } from './scoring';
import { Bilingual } from './text';

/** How far a perception indicator (IIT/EIT) can be planned to rise in one year unless told otherwise. */
export const DEFAULT_PERCEPTION_STEP = 5;

export interface RouteStep {
  indicator: IndicatorId;
  from: number;
  to: number;
  /** Points to gain on this indicator (2 decimals, rounded up). */
  points: number;
  /** What those points add to the total. */
  totalGain: number;
  /** An OIT indicator scored from its checklist: the items to publish, which set `to`. */
  items?: string[];
}

export interface Route {
  /** Total points needed on the total to get there, 0 when already there. */
  gap: number;
  /** Whether this year's route gets there: OIT to 100 at most, IIT/EIT up by the step at most. */
  reachable: boolean;
  steps: RouteStep[];
  /** Sum of steps' points: the cost of the route in indicator points. */
  points: number;
  /** When not reachable: the shown total the whole route reaches this year. */
  best?: number;
}

/**
 * True when two routes take the same steps (often the target's and the next grade's): a list of
 * goals says "the same steps as above" rather than printing the route again.
 */
export function sameSteps(a: Route, b: Route | undefined): boolean {
  return (
    !!b &&
    a.steps.length > 0 &&
    a.steps.length === b.steps.length &&
    a.steps.every((s, i) => s.indicator === b.steps[i].indicator && s.to === b.steps[i].to)
  );
}

export interface IndicatorWorth {
  indicator: IndicatorId;
  /** Total points per indicator point: OIT 0.2, EIT 0.1, IIT 0.06 under 30/30/40. */
  worth: number;
  headroom: number;
}

/** A tool that must reach a rating level's minimum of its own. */
export interface ToolRaise {
  tool: ToolId;
  from: number;
  to: number;
}

export interface RatingRoute {
  name: Bilingual;
  minTotal: number;
  /** Tools below the level's minimum, to raise first ("raise EIT to 85.00"). */
  tools: ToolRaise[];
  /** Indicator points, tools first, then the total; one step per indicator. */
  route: Route;
}

export interface GapPlan {
  target: number;
  /** Most points a perception indicator (IIT/EIT) is raised by in a year on every route. */
  perceptionStep: number;
  toTarget: Route;
  nextGrade?: { grade: Grade; min: number; route: Route };
  /** The cheapest route to the next named rating level (years with rating rules). */
  nextRating?: RatingRoute;
  worth: IndicatorWorth[];
}

interface Standing {
  id: IndicatorId;
  tool: ToolId;
  score: number;
  /** The highest figure this indicator can be planned at this year. */
  max: number;
  /**
   * An OIT indicator scored from its checklist moves only by whole items: each unpublished item
   * and what publishing it adds to the indicator, the largest gain first.
   */
  unpublished?: { code: string; gain: number }[];
}

/**
 * Perception indicators (IIT, EIT) measure what respondents think: a year moves them a few
 * points at most. OIT items are published by the agency itself, so OIT may go to 100.
 */
export function isPerception(tool: ToolId): boolean {
  return tool !== 'OIT';
}

function standings(a: Assessment, step: number): Standing[] {
  return a.indicators.map((i) => {
    const subs = i.source === 'items' && !isPerception(i.tool) ? i.subIndicators : undefined;
    return {
      id: i.id,
      tool: i.tool,
      score: i.score,
      max: isPerception(i.tool) ? Math.min(100, round2(i.shown + step)) : 100,
      ...(subs
        ? {
            unpublished: subs
              .flatMap((sub) =>
                sub.items
                  .filter((it) => it.score < 100)
                  .map((it) => ({
                    code: it.code,
                    // An item is one of its sub-indicator's items, a sub-indicator one of the indicator's.
                    gain: (100 - it.score) / sub.items.length / subs.length,
                  })),
              )
              .sort((x, y) => y.gain - x.gain),
          }
        : {}),
    };
  });
}

/** O2 before O10. */
const byItemNumber = (x: string, y: string) => x.localeCompare(y, 'en', { numeric: true });

/** The checklist items to publish for the indicator to gain `need` points, and the score they give. */
function itemsFor(ind: Standing, need: number): { to: number; gain: number; items: string[] } {
  const items: string[] = [];
  let score = ind.score;
  for (const it of ind.unpublished ?? []) {
    if (score - ind.score >= need - 1e-9) break;
    items.push(it.code);
    score += it.gain;
  }
  return { to: round2(score), gain: score - ind.score, items: items.sort(byItemNumber) };
}

/** What one point on the indicator adds to the total, unrounded (pointWorth is for display). */
function exactWorth(fw: Framework, id: number): number {
  const tool = fw.indicators.find((i) => i.id === id)?.tool;
  const weight = fw.tools.find((t) => t.id === tool)?.weight ?? 0;
  return weight / fw.indicators.filter((i) => i.tool === tool).length;
}

/**
 * This year's route to a goal: OIT first (in the agency's own hands), then the perception
 * indicators, each raised by the step at most; within each, the points worth most on the
 * total first (a tool's weight over its indicators), weakest indicator first among equals.
 */
export function planRoute(a: Assessment, fw: Framework, goal: number, step = DEFAULT_PERCEPTION_STEP): Route {
  return routeFrom(standings(a, step), a.total, fw, goal);
}

function routeFrom(indicators: readonly Standing[], total: number, fw: Framework, goal: number): Route {
  // Judged on the shown total; the route aims at the goal itself, not at a total that merely rounds up to it.
  if (round2(total) >= round2(goal)) return { gap: 0, reachable: true, steps: [], points: 0 };
  let remaining = goal - total;
  const order = [...indicators].sort(
    (x, y) =>
      Number(isPerception(x.tool)) - Number(isPerception(y.tool)) ||
      exactWorth(fw, y.id) - exactWorth(fw, x.id) ||
      x.score - y.score ||
      x.id - y.id,
  );
  const steps: RouteStep[] = [];
  let reached = total;
  for (const ind of order) {
    if (remaining <= 1e-9) break;
    const worth = exactWorth(fw, ind.id);
    const shown = round2(ind.score);
    // The 2-decimal figure to reach, so that typing it gives what the route promises; from a
    // checklist, the figure whole items give.
    const published = ind.unpublished ? itemsFor(ind, remaining / worth) : undefined;
    const to = published ? published.to : Math.min(ceil2(ind.score + remaining / worth), ind.max);
    const gain = (to - ind.score) * worth;
    if (to <= shown || gain <= 0) continue;
    const points = round2(to - shown);
    steps.push({
      indicator: ind.id,
      from: shown,
      to,
      points,
      totalGain: round2(points * worth),
      ...(published ? { items: published.items } : {}),
    });
    remaining -= gain;
    reached += gain;
  }
  const reachable = remaining <= 1e-9 || round2(reached) >= round2(goal);
  return {
    gap: round2(goal - round2(total)),
    reachable,
    steps,
    points: round2(steps.reduce((s, st) => s + st.points, 0)),
    ...(reachable ? {} : { best: round2(reached) }),
  };
}

/**
 * The next named level: first lift every tool short of the level's minimum
 * (its weakest indicators first, as a tool is the mean of its indicators),
 * then the total by the cheapest route. Undefined at the top or without levels.
 */
export function planRatingRoute(a: Assessment, fw: Framework, step = DEFAULT_PERCEPTION_STEP): RatingRoute | undefined {
  const rule = nextRule(fw.ratingRules, a.rating);
  if (!rule) return undefined;
  const standing = new Map(standings(a, step).map((i) => [i.id, i]));
  const points = new Map<number, number>();
  /** Checklist items each OIT indicator publishes on this route, when its checklist scores it. */
  const published = new Map<number, string[]>();
  const publish = (id: number, items: readonly string[]) => published.set(id, [...(published.get(id) ?? []), ...items]);
  const tools: ToolRaise[] = [];
  let reachable = true;
  for (const tool of TOOL_IDS) {
    const min = rule.minTool?.[tool];
    const mine = [...standing.values()].filter((i) => i.tool === tool);
    const now = mean(mine.map((i) => i.score));
    if (min === undefined || round2(now) >= round2(min)) continue;
    tools.push({ tool, from: round2(now), to: min });
    let need = (min - now) * mine.length;
    for (const ind of [...mine].sort((x, y) => x.score - y.score || x.id - y.id)) {
      if (need <= 1e-9) break;
      // From a checklist, whole items: the ones published here are not offered again below.
      const items = ind.unpublished ? itemsFor(ind, need) : undefined;
      const p = items ? items.gain : Math.min(ceil2(need), round2(ind.max - ind.score));
      if (p <= 0) continue;
      if (items) {
        publish(ind.id, items.items);
        ind.unpublished = ind.unpublished!.filter((it) => !items.items.includes(it.code));
      }
      ind.score += p;
      points.set(ind.id, (points.get(ind.id) ?? 0) + p);
      need -= p;
    }
    if (need > 1e-9) reachable = false;
  }
  const after = [...standing.values()];
  const total = TOOL_IDS.reduce((sum, id) => {
    const w = fw.tools.find((t) => t.id === id)?.weight ?? 0;
    return sum + (w * 100 * mean(after.filter((i) => i.tool === id).map((i) => i.score))) / 100;
  }, 0);
  const rest = routeFrom(after, total, fw, rule.minTotal);
  for (const st of rest.steps) {
    const before = standing.get(st.indicator)!.score;
    // A checklist's step is what its items add to the exact score, not to the shown one.
    points.set(st.indicator, (points.get(st.indicator) ?? 0) + (st.items ? st.to - before : st.points));
    if (st.items) publish(st.indicator, st.items);
  }
  const steps: RouteStep[] = a.indicators
    .filter((i) => points.has(i.id))
    .map((i) => {
      const items = published.get(i.id);
      const to = items ? round2(i.score + points.get(i.id)!) : round2(i.shown + round2(points.get(i.id)!));
      const p = round2(to - i.shown);
      return {
        indicator: i.id,
        from: i.shown,
        to,
        points: p,
        totalGain: round2(p * exactWorth(fw, i.id)),
        ...(items ? { items: [...items].sort(byItemNumber) } : {}),
      };
    });
  const done = reachable && rest.reachable;
  return {
    name: rule.name,
    minTotal: rule.minTotal,
    tools,
    route: {
      gap: Math.max(0, round2(rule.minTotal - a.totalShown)),
      reachable: done,
      steps,
      points: round2(steps.reduce((s, st) => s + st.points, 0)),
      ...(done
        ? {}
        : { best: round2(a.total + steps.reduce((s, st) => s + st.points * exactWorth(fw, st.indicator), 0)) }),
    },
  };
}

export function planGap(a: Assessment, fw: Framework, step = DEFAULT_PERCEPTION_STEP): GapPlan {
  const next = nextBand(a.grade, fw.gradeBands);
  const nextRating = planRatingRoute(a, fw, step);
  return {
    target: a.target,
    perceptionStep: step,
    toTarget: planRoute(a, fw, a.target, step),
    ...(next ? { nextGrade: { grade: next.grade, min: next.min, route: planRoute(a, fw, next.min, step) } } : {}),
    ...(nextRating ? { nextRating } : {}),
    worth: a.indicators.map((i) => ({ indicator: i.id, worth: pointWorth(fw, i.id), headroom: round2(100 - i.score) })),
  };
}

/** The indicators any route of the plan raises, in id order: each gets its suggestions. */
export function routeIndicators(plan: GapPlan): number[] {
  const routes = [plan.toTarget, plan.nextGrade?.route, plan.nextRating?.route];
  return [...new Set(routes.flatMap((r) => r?.steps.map((s) => s.indicator) ?? []))].sort((x, y) => x - y);
}

/** The plain statement for a route this year cannot complete. */
export function shortOfGoal(route: Route, goal: number, step: number): Bilingual {
  const best = (route.best ?? 0).toFixed(2);
  const short = round2(goal - (route.best ?? 0)).toFixed(2);
  const s = step.toFixed(2);
  return {
    th: `ปีนี้ยังไม่ถึง ${goal.toFixed(2)}: แม้ OIT ได้ 100 และตัวชี้วัด IIT/EIT เพิ่มเต็มที่ปีละ ${s} คะแนน คะแนนรวมจะได้ ${best} ยังขาด ${short} — ตั้งเป้าเป็นขั้น ๆ หลายปี`,
    en: `Not reachable this year: even with OIT at 100 and every IIT/EIT indicator up by the full ${s} points a year, the total reaches ${best}, ${short} short of ${goal.toFixed(2)}; plan it over several years`,
  };
}
