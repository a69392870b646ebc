import { ceil2, round2 } from './decimal';
import { Framework, Grade } from './framework';
import { nextBand } from './grades';
import { Assessment, pointWorth } from './scoring';

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

export interface GapPlan {
  target: number;
  toTarget: Route;
  nextGrade?: { grade: Grade; min: number; route: Route };
  worth: IndicatorWorth[];
}

/**
 * The cheapest route in points: each indicator point is worth its tool's weight
 * divided by the tool's indicators, so spend points where they are worth most,
 * weakest indicator first among equals, never past 100.
 */
export function planRoute(a: Assessment, fw: Framework, goal: number): Route {
  // Judged on the shown total; the route aims at the goal itself, not at a total that merely rounds up to it.
  if (round2(a.total) >= round2(goal)) return { gap: 0, reachable: true, steps: [], points: 0 };
  let remaining = goal - a.total;
  const order = [...a.indicators].sort(
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
    steps.push({
      indicator: ind.id,
      from: ind.shown,
      to: round2(ind.shown + points),
      points,
      totalGain: round2(totalGain),
    });
    remaining -= totalGain;
  }
  return {
    gap: round2(goal - round2(a.total)),
    reachable: remaining <= 1e-9,
    steps,
    points: round2(steps.reduce((s, st) => s + st.points, 0)),
  };
}

export function planGap(a: Assessment, fw: Framework): GapPlan {
  const next = nextBand(a.grade, fw.gradeBands);
  return {
    target: a.target,
    toTarget: planRoute(a, fw, a.target),
    ...(next ? { nextGrade: { grade: next.grade, min: next.min, route: planRoute(a, fw, next.min) } } : {}),
    worth: a.indicators.map((i) => ({ indicator: i.id, worth: pointWorth(fw, i.id), headroom: round2(100 - i.score) })),
  };
}
