import { ceil2, mean, round2 } from './decimal';
import { Framework, Grade, ToolId, TOOL_IDS } from './framework';
import { nextBand } from './grades';
import { nextRule } from './rating';
import { Assessment, pointWorth } from './scoring';
import { Bilingual } from './text';

export interface RouteStep {
  indicator: number;
  from: number;
  to: number;
  /** Points to gain on this indicator (2 decimals, rounded up). */
  points: number;
  /** What those points add to the total. */
  totalGain: number;
}

export interface Route {
  /** Total points needed on the total to get there, 0 when already there. */
  gap: number;
  reachable: boolean;
  steps: RouteStep[];
  /** Sum of steps' points: the cost of the route in indicator points. */
  points: number;
}

export interface IndicatorWorth {
  indicator: number;
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
  toTarget: Route;
  nextGrade?: { grade: Grade; min: number; route: Route };
  /** The cheapest route to the next named rating level (years with rating rules). */
  nextRating?: RatingRoute;
  worth: IndicatorWorth[];
}

interface Standing {
  id: number;
  tool: ToolId;
  score: number;
}

/**
 * The cheapest route in points: each indicator point is worth its tool's weight
 * divided by the tool's indicators, so spend points where they are worth most,
 * weakest indicator first among equals, never past 100.
 */
export function planRoute(a: Assessment, fw: Framework, goal: number): Route {
  return routeFrom(a.indicators, a.total, fw, goal);
}

function routeFrom(indicators: readonly Standing[], total: number, fw: Framework, goal: number): Route {
  // Judged on the shown total; the route aims at the goal itself, not at a total that merely rounds up to it.
  if (round2(total) >= round2(goal)) return { gap: 0, reachable: true, steps: [], points: 0 };
  let remaining = goal - total;
  const order = [...indicators].sort(
    (x, y) => pointWorth(fw, y.id) - pointWorth(fw, x.id) || x.score - y.score || x.id - y.id,
  );
  const steps: RouteStep[] = [];
  for (const ind of order) {
    if (remaining <= 0) break;
    const worth = pointWorth(fw, ind.id);
    const headroom = 100 - ind.score;
    if (headroom <= 0) continue;
    const points = Math.min(ceil2(remaining / worth), round2(headroom));
    if (points <= 0) continue;
    const totalGain = points * worth;
    const shown = round2(ind.score);
    steps.push({ indicator: ind.id, from: shown, to: round2(shown + points), points, totalGain: round2(totalGain) });
    remaining -= totalGain;
  }
  return {
    gap: round2(goal - round2(total)),
    reachable: remaining <= 1e-9,
    steps,
    points: round2(steps.reduce((s, st) => s + st.points, 0)),
  };
}

/**
 * The next named level: first lift every tool short of the level's minimum
 * (its weakest indicators first, as a tool is the mean of its indicators),
 * then the total by the cheapest route. Undefined at the top or without levels.
 */
export function planRatingRoute(a: Assessment, fw: Framework): RatingRoute | undefined {
  const rule = nextRule(fw.ratingRules, a.rating);
  if (!rule) return undefined;
  const standing = new Map(a.indicators.map((i) => [i.id, { id: i.id, tool: i.tool, score: i.score }]));
  const points = new Map<number, number>();
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
      const p = Math.min(ceil2(need), round2(100 - ind.score));
      if (p <= 0) continue;
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
  for (const st of rest.steps) points.set(st.indicator, (points.get(st.indicator) ?? 0) + st.points);
  const steps: RouteStep[] = a.indicators
    .filter((i) => points.has(i.id))
    .map((i) => {
      const p = round2(points.get(i.id)!);
      return {
        indicator: i.id,
        from: i.shown,
        to: round2(i.shown + p),
        points: p,
        totalGain: round2(p * pointWorth(fw, i.id)),
      };
    });
  return {
    name: rule.name,
    minTotal: rule.minTotal,
    tools,
    route: {
      gap: Math.max(0, round2(rule.minTotal - a.totalShown)),
      reachable: reachable && rest.reachable,
      steps,
      points: round2(steps.reduce((s, st) => s + st.points, 0)),
    },
  };
}

export function planGap(a: Assessment, fw: Framework): GapPlan {
  const next = nextBand(a.grade, fw.gradeBands);
  const nextRating = planRatingRoute(a, fw);
  return {
    target: a.target,
    toTarget: planRoute(a, fw, a.target),
    ...(next ? { nextGrade: { grade: next.grade, min: next.min, route: planRoute(a, fw, next.min) } } : {}),
    ...(nextRating ? { nextRating } : {}),
    worth: a.indicators.map((i) => ({ indicator: i.id, worth: pointWorth(fw, i.id), headroom: round2(100 - i.score) })),
  };
}
