import { Framework, itemDef } from './framework';
import { Assessment } from './scoring';
import { Suggestion, suggestionsForIndicator, suggestionsForItem } from './suggestions';
import { Bilingual } from './text';

export interface IndicatorAdvice {
  indicator: number;
  suggestions: readonly Suggestion[];
  /** OIT items not published, each with what to publish. */
  items: { code: string; title: Bilingual; suggestions: readonly Suggestion[] }[];
}

/** Suggestions for every indicator below the target, and for every OIT item not published. */
export function adviseAssessment(a: Assessment, fw: Framework): IndicatorAdvice[] {
  const out: IndicatorAdvice[] = [];
  for (const ind of a.indicators) {
    const unpublished = ind.tool === 'OIT' ? ind.items.filter((i) => i.score < 100) : [];
    if (ind.status !== 'weakness' && unpublished.length === 0) continue;
    out.push({
      indicator: ind.id,
      suggestions: ind.status === 'weakness' ? suggestionsForIndicator(ind.id) : [],
      items: unpublished.map((i) => ({
        code: i.code,
        title: itemDef(fw, i.code)?.title ?? { th: i.code, en: i.code },
        suggestions: suggestionsForItem(fw.fiscalYear, i.code),
      })),
    });
  }
  return out;
}
