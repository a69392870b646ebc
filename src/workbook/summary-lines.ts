/**
 * The summary's sentences that are built from results rather than formulas: how the indicators
 * moved since last year, and the gap plan's routes as printable lines.
 */
import { pointWorths } from '../domain/framework';
import { Route, sameSteps } from '../domain/gap';
import { IndicatorResult } from '../domain/scoring';
import { AnalysisWithSources } from './analyze';
import { L } from './labels';

/** How many indicators rose and fell since last year, and the largest of each. */
export function changeLine(indicators: readonly IndicatorResult[], t: L): string {
  const changed = indicators.filter((i) => i.change !== undefined && i.change !== null) as (IndicatorResult & {
    change: number;
  })[];
  if (changed.length === 0) return t.noPrevious;
  const up = changed.filter((i) => i.change > 0).sort((x, y) => y.change - x.change);
  const down = changed.filter((i) => i.change < 0).sort((x, y) => x.change - y.change);
  const show = (i: { id: number; change: number }) =>
    `${t.indicatorShort} ${i.id} (${i.change > 0 ? '+' : ''}${i.change.toFixed(2)})`;
  return t.changeLine(up.length, down.length, up[0] ? show(up[0]) : '', down[0] ? show(down[0]) : '');
}

/** The gap plan as printable lines: a heading per goal, then one line per step of its route. */
export function gapLines(a: AnalysisWithSources, t: L): string[] {
  const gap = a.gap!;
  // Three steps a goal keep the route on the first page; the rest are counted.
  const steps = (r: typeof gap.toTarget) => [
    ...r.steps
      .slice(0, 3)
      .map(
        (s) =>
          `    ${t.indicatorShort} ${s.indicator}: ${s.from.toFixed(2)} → ${s.to.toFixed(2)} (+${s.points.toFixed(2)}; ${t.totalWord} +${s.totalGain.toFixed(2)})${s.items ? `: ${t.publishItems(s.items)}` : ''}`,
      ),
    ...(r.steps.length > 3 ? [`    ${t.andMore(r.steps.length - 3)}`] : []),
  ];
  const lines: string[] = [];
  const step = gap.perceptionStep;
  // A route this year cannot complete shows how far it gets, then says so plainly; a route
  // already listed for an earlier goal is not listed again.
  const listed: Route[] = [];
  const route = (r: Route, goal: number) => {
    const repeat = listed.some((x) => sameSteps(r, x));
    listed.push(r);
    return [
      ...(repeat ? [`    ${t.sameSteps}`] : steps(r)),
      ...(r.reachable ? [] : [`    ${t.unreachable(r, goal, step)}`]),
    ];
  };
  if (gap.toTarget.gap === 0) lines.push(t.atTarget(a.target));
  else lines.push(t.toTarget(a.target, gap.toTarget.gap, step), ...route(gap.toTarget, a.target));
  if (gap.nextGrade)
    lines.push(
      t.toGrade(gap.nextGrade.grade, gap.nextGrade.route.gap),
      ...route(gap.nextGrade.route, gap.nextGrade.min),
    );
  if (gap.nextRating) lines.push(t.toRating(gap.nextRating), ...route(gap.nextRating.route, gap.nextRating.minTotal));
  lines.push(t.worthLine(pointWorths(a.framework)));
  return lines;
}
