import { IndicatorAdvice } from './advice';
import { round2 } from './decimal';
import { GapPlan } from './gap';
import { Problem } from './problem';
import { Assessment } from './scoring';
import { ToolId, TOOL_IDS } from './framework';

/**
 * The assessment as plain JSON for scripts: every figure rounded half up to
 * 2 decimals, as shown; judgements as computed from the shown figures.
 */
export function assessmentJson(
  a: Assessment,
  gap: GapPlan,
  advice: readonly IndicatorAdvice[],
  problems: readonly Problem[],
) {
  const tools = {} as Record<ToolId, { score: number; weight: number; weighted: number; status: string }>;
  for (const id of TOOL_IDS) {
    const t = a.tools[id];
    tools[id] = { score: t.shown, weight: t.weight, weighted: t.weightedShown, status: t.status };
  }
  return {
    fiscalYear: a.fiscalYear,
    provisional: a.provisional,
    target: a.target,
    total: a.totalShown,
    grade: a.grade,
    rating: a.rating
      ? {
          th: a.rating.name.th,
          en: a.rating.name.en,
          cappedBy: a.rating.cappedBy,
          ...(a.rating.reason ? { reason: a.rating.reason } : {}),
        }
      : null,
    pass: a.pass,
    tools,
    indicators: a.indicators.map((i) => {
      const adv = advice.find((x) => x.indicator === i.id);
      return {
        id: i.id,
        tool: i.tool,
        name: i.name,
        score: i.shown,
        status: i.status,
        source: i.source,
        ...(i.reported !== undefined ? { reported: round2(i.reported) } : {}),
        previous: i.previous !== undefined ? round2(i.previous) : null,
        change: i.change ?? null,
        // Only items whose code names the same item last year (year-over-year.ts).
        itemChanges: i.items
          .filter((it) => it.change !== undefined)
          .map((it) => ({ code: it.code, score: round2(it.score), previous: round2(it.previous!), change: it.change })),
        ...(i.subIndicators
          ? { subIndicators: i.subIndicators.map((s) => ({ id: s.id, name: s.name, score: s.shown })) }
          : {}),
        suggestions: (adv?.suggestions ?? []).map((s) => ({ id: s.id, ...s.text })),
        unpublishedItems: (adv?.items ?? []).map((it) => ({
          code: it.code,
          title: it.title,
          suggestions: it.suggestions.map((s) => ({ id: s.id, ...s.text })),
        })),
      };
    }),
    strengths: a.indicators.filter((i) => i.status === 'strength').map((i) => i.id),
    weaknesses: a.indicators.filter((i) => i.status === 'weakness').map((i) => i.id),
    previousTotal: a.previousTotal ?? null,
    previousGrade: a.previousGrade ?? null,
    totalChange: a.totalChange ?? null,
    gap,
    problems,
  };
}
