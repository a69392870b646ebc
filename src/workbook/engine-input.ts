/**
 * From parsed rows to what the scoring engine takes, and back: indicator and item scores (this
 * year's and last year's) from the Scores and OIT sheets, and the cell each engine problem is about.
 */
import { Problem } from '../domain/problem';
import type { CellRef } from '../domain/refs';
import { OitRow } from './parse-oit';
import { ScoreRow } from './parse-scores';
import { a1 } from './snapshot';

export interface EngineInput {
  indicators: Record<number, number>;
  previous: Record<number, number>;
  items: Record<string, number>;
  previousItems: Record<string, number>;
}

/** Scores → engine input. Question rows that repeat are respondents: the question is their mean. */
export function engineInput(scores: ScoreRow[], oit: OitRow[]): EngineInput {
  const indicators: Record<number, number> = {};
  const previous: Record<number, number> = {};
  const itemSums: Sums = new Map();
  const previousItemSums: Sums = new Map();
  for (const r of scores) {
    if (r.item && r.previous) addTo(previousItemSums, r.item, r.previous.value);
    if (!r.score) {
      if (r.previous && !r.item) previous[r.indicator] = r.previous.value;
      continue;
    }
    if (r.item) {
      addTo(itemSums, r.item, r.score.value);
    } else {
      indicators[r.indicator] = r.score.value;
      if (r.previous) previous[r.indicator] = r.previous.value;
    }
  }
  const items = meansOf(itemSums);
  const previousItems = meansOf(previousItemSums);
  // The checklist decides OIT items; every listed item is 100 or 0.
  for (const o of oit) {
    items[o.item] = o.published ? 100 : 0;
    if (o.previouslyPublished !== undefined) previousItems[o.item] = o.previouslyPublished ? 100 : 0;
  }
  return { indicators, previous, items, previousItems };
}

/** Scoring speaks of indicators and items; the workbook speaks of cells. */
export function fieldLocator(
  scores: ScoreRow[],
  oit: OitRow[],
  scoreHeader: CellRef,
  scoresSheet?: string,
  oitSheet?: string,
) {
  return (p: Problem): Problem => {
    const { field: _field, subject, ...rest } = p;
    void _field;
    if (!subject) return p;
    if ('indicator' in subject) {
      const row = scores.find((r) => !r.item && r.indicator === subject.indicator);
      return { ...rest, sheet: scoresSheet, cell: row ? row.scoreCell : scoreHeader };
    }
    const key = subject.item;
    const o = oit.find((r) => r.item === key);
    if (o) return { ...rest, sheet: oitSheet, cell: o.itemCell };
    const row = scores.find((r) => r.item === key);
    return { ...rest, sheet: row ? scoresSheet : (oitSheet ?? scoresSheet), cell: row ? row.scoreCell : a1(0, 0) };
  };
}

type Sums = Map<string, { sum: number; n: number }>;

function addTo(sums: Sums, code: string, value: number): void {
  const acc = sums.get(code) ?? { sum: 0, n: 0 };
  acc.sum += value;
  acc.n += 1;
  sums.set(code, acc);
}

/** Question rows that repeat are respondents: the question is their mean. */
function meansOf(sums: Sums): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [code, { sum, n }] of sums) out[code] = sum / n;
  return out;
}
