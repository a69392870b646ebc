/**
 * Checking the scores entered against the result the NACC published, and finding the cell that
 * most likely explains a difference: a one-digit typing slip (๘๕ for ๙๕), else the one indicator
 * whose change to a value within 0–100 would make every reported figure agree.
 */
import type { IndicatorId } from './refs';
import { differsWhenShown, round2 } from './decimal';
import { indicatorDef, ToolId } from './framework';
import { Assessment, pointWorth, scoreAssessment, ScoreInput } from './scoring';

export type ReportedScope = 'total' | ToolId;

export interface Reported {
  scope: ReportedScope;
  value: number;
}

/** An indicator whose value `to` (instead of `from`) would give every reported figure. */
export interface LikelySlip {
  indicator: IndicatorId;
  from: number;
  to: number;
  /** 'digit': one digit typed wrong or two swapped; 'value': the only indicator that can explain it. */
  kind: 'digit' | 'value';
}

export function computedFor(a: Assessment, scope: ReportedScope): number {
  return scope === 'total' ? a.total : a.tools[scope].score;
}

/** The reported figures that differ from the computed ones by more than 0.01 once shown. */
export function differing(a: Assessment, reported: readonly Reported[]): Reported[] {
  return reported.filter((r) => differsWhenShown(r.value, computedFor(a, r.scope)));
}

/** Every reported figure shown exactly as computed with this input. */
function agrees(input: ScoreInput, reported: readonly Reported[]): boolean {
  const a = scoreAssessment(input).assessment;
  return a !== undefined && reported.every((r) => round2(r.value) === round2(computedFor(a, r.scope)));
}

/** The value typed with one digit changed, or two neighbouring digits swapped, within 0–100. */
export function digitSlips(value: number): number[] {
  const text = round2(value).toFixed(2);
  const out = new Set<number>();
  const add = (t: string) => {
    const n = Number(t);
    if (n >= 0 && n <= 100 && n !== round2(value)) out.add(n);
  };
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '.') continue;
    for (let d = 0; d <= 9; d++) add(text.slice(0, i) + d + text.slice(i + 1));
    const j = text[i + 1] === '.' ? i + 2 : i + 1;
    if (j < text.length && text[j] !== text[i])
      add(text.slice(0, i) + text[j] + text.slice(i + 1, j) + text[i] + text.slice(j + 1));
  }
  return [...out];
}

/** How far a slip is from what was typed: a neighbouring digit (8→9) is likelier than 7→9. */
function slipRank(from: number, to: number): number {
  const a = round2(from).toFixed(2);
  const b = round2(to).toFixed(2);
  const diff = [...a].map((c, i) => (c === b[i] ? 0 : Math.abs(Number(c) - Number(b[i]))));
  const changed = diff.filter((d) => d > 0);
  return changed.length === 1 ? changed[0] : 10;
}

/**
 * The likely slips behind reported figures that disagree: one-digit slips on indicators given
 * directly (ranked by likelihood), else the single indicator whose needed value lies in 0–100.
 * Empty when nothing single explains the difference.
 */
export function likelySlips(
  input: ScoreInput,
  reported: readonly Reported[],
  editable: readonly IndicatorId[],
): LikelySlip[] {
  const given = input.indicators ?? {};
  const withValue = (id: number, v: number): ScoreInput => ({ ...input, indicators: { ...given, [id]: v } });
  const digit: (LikelySlip & { rank: number })[] = [];
  for (const id of editable) {
    const from = given[id];
    if (from === undefined) continue;
    const hits = digitSlips(from).filter((v) => agrees(withValue(id, v), reported));
    for (const to of hits)
      digit.push({ indicator: id, from: round2(from), to, kind: 'digit', rank: slipRank(from, to) });
  }
  if (digit.length > 0)
    return digit
      .sort((x, y) => x.rank - y.rank || Math.abs(x.to - x.from) - Math.abs(y.to - y.from) || x.indicator - y.indicator)
      .map(({ rank: _rank, ...s }) => (void _rank, s));

  const a = scoreAssessment(input).assessment;
  const first = a ? differing(a, reported)[0] : undefined;
  if (!a || !first) return [];
  const values: LikelySlip[] = [];
  for (const id of editable) {
    const from = given[id];
    const def = indicatorDef(input.framework, id);
    if (from === undefined || !def) continue;
    // Points on this indicator that move the first differing figure by what it lacks.
    const lack = first.value - computedFor(a, first.scope);
    const perPoint =
      first.scope === 'total'
        ? pointWorth(input.framework, id)
        : def.tool === first.scope
          ? 1 / input.framework.indicators.filter((i) => i.tool === def.tool).length
          : 0;
    if (perPoint === 0) continue;
    const guess = round2(from + lack / perPoint);
    const to = [guess, round2(guess - 0.01), round2(guess + 0.01)].find(
      (v) => v >= 0 && v <= 100 && agrees(withValue(id, v), reported),
    );
    if (to !== undefined) values.push({ indicator: id, from: round2(from), to, kind: 'value' });
  }
  return values.length === 1 ? values : [];
}
