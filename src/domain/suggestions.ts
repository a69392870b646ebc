/**
 * Looking up improvement suggestions: per indicator by number, and per OIT item by meaning, so
 * that other years' renumbered items find the suggestions written against 2565's codes.
 * The library itself is data in src/domain/suggestions/.
 */
import { Framework, itemDef } from './framework';
import { OIT_2565 } from './framework-2565';
import { FRAMEWORKS } from './frameworks';
import { INDICATOR_SUGGESTIONS } from './suggestions/indicators';
import type { Suggestion } from './suggestions/model';
import { OIT_2565_ITEM_SUGGESTIONS } from './suggestions/oit-2565';

export type { Suggestion };

function own<T>(table: Readonly<Record<string | number, T>>, key: string | number): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/** Suggestions for an indicator by its number; [] for an id the library does not know. */
export function suggestionsForIndicator(id: number): readonly Suggestion[] {
  return own(INDICATOR_SUGGESTIONS, id) ?? [];
}

/** Suggestions for an OIT item code (e.g. 'O7') of a shipped fiscal year (BE), by the item's meaning. */
export function suggestionsForItem(fiscalYearBE: number, code: string): readonly Suggestion[] {
  const fw = FRAMEWORKS.find((f) => f.fiscalYear === fiscalYearBE);
  return fw ? suggestionsForOitItem(fw, code) : [];
}

/** 2565's item codes by meaning: the library is written per 2565 item, and meanings outlive codes. */
const CODE_2565_BY_TOPIC = new Map(OIT_2565.flatMap((sub) => sub.items.map((it) => [it.topics![0], it.code] as const)));
const TOPIC_BY_CODE_2565 = new Map([...CODE_2565_BY_TOPIC].map(([topic, code]) => [code, topic] as const));

/**
 * Suggestions for an item of any framework, found through its meaning keys
 * (topics), so they follow an item the NACC renumbers or merges. A 2565 code
 * named inside a text becomes the code of the item with that meaning in `fw`.
 */
export function suggestionsForOitItem(fw: Framework, code: string): readonly Suggestion[] {
  const def = itemDef(fw, code.trim().toUpperCase());
  const topics = def?.topics ?? [];
  const lists = topics.map((t) => CODE_2565_BY_TOPIC.get(t)).map((c) => (c ? OIT_2565_ITEM_SUGGESTIONS[c] : undefined));
  const found = lists.filter((l): l is readonly Suggestion[] => !!l);
  if (found.length === 1 && fw.fiscalYear === 2565) return found[0];
  const codeNow = (old: string) => {
    const topic = TOPIC_BY_CODE_2565.get(old);
    return fw.items.find((i) => topic && i.topics?.includes(topic))?.code;
  };
  const rewrite = (t: string) => t.replace(/\bO(\d+)\b/g, (m) => codeNow(m) ?? m);
  return found.flat().map((sg) => ({ ...sg, text: { th: rewrite(sg.text.th), en: rewrite(sg.text.en) } }));
}
