import type { IndicatorId } from './refs';
import { codeRange, Framework, indicatorDef, itemDef } from './framework';
import { Assessment } from './scoring';
import { Suggestion, suggestionsForIndicator, suggestionsForOitItem } from './suggestions';
import { Bilingual } from './text';

export interface IndicatorAdvice {
  indicator: IndicatorId;
  suggestions: readonly Suggestion[];
  /** OIT items not published, each with what to publish. */
  items: { code: string; title: Bilingual; suggestions: readonly Suggestion[] }[];
}

/**
 * Suggestions for every indicator below the target or on the gap plan's route (whatever its
 * status: 85.00 is a strength, yet the route may raise it), and for every OIT item not published.
 */
export function adviseAssessment(a: Assessment, fw: Framework, onRoute: readonly number[] = []): IndicatorAdvice[] {
  const out: IndicatorAdvice[] = [];
  for (const ind of a.indicators) {
    const unpublished = ind.tool === 'OIT' ? ind.items.filter((i) => i.score < 100) : [];
    const wanted = ind.status === 'weakness' || onRoute.includes(ind.id);
    if (!wanted && unpublished.length === 0) continue;
    out.push({
      indicator: ind.id,
      suggestions: wanted ? withItemRange(suggestionsForIndicator(ind.id), fw, ind.id) : [],
      items: unpublished.map((i) => ({
        code: i.code,
        title: itemDef(fw, i.code)?.title ?? { th: i.code, en: i.code },
        suggestions: suggestionsForOitItem(fw, i.code),
      })),
    });
  }
  return out;
}

/** A range of items written in a suggestion ("O1–O33", 2565's indicator 9) becomes the year's own. */
function withItemRange(list: readonly Suggestion[], fw: Framework, indicator: IndicatorId): readonly Suggestion[] {
  const items = indicatorDef(fw, indicator)?.items ?? [];
  if (items.length === 0) return list;
  const range = codeRange(items);
  const fix = (t: string) => t.replace(/\bO\d+–O\d+\b/g, range);
  return list.map((sg) =>
    /O\d+–O\d+/.test(sg.text.en) ? { ...sg, text: { th: fix(sg.text.th), en: fix(sg.text.en) } } : sg,
  );
}
