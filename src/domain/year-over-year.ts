/**
 * Year over year across frameworks (spec §7): the NACC renumbers items, so an
 * item's change is given only where last year's code names the same item.
 */
import { Framework, ItemDef, itemDef } from './framework';
import { resolveFramework } from './frameworks';

/** Last year's rules, or none before the ITA began. */
export function previousFramework(fw: Framework): Framework | undefined {
  const prev = resolveFramework(fw.fiscalYear - 1);
  return prev.ok ? prev.framework : undefined;
}

/**
 * Whether `code` names the same item this year and last: both carry meaning
 * keys and share one; or neither does (survey questions, generic item lists)
 * and the code sits in the same indicator and sub-indicator. Where one year
 * knows the meaning and the other does not, we cannot tell, so it is not.
 */
export function sameItem(current: Framework, previous: Framework, code: string): boolean {
  const now = itemDef(current, code);
  const then = itemDef(previous, code);
  if (!now || !then) return false;
  const [a, b] = [meaningOf(now), meaningOf(then)];
  if (a && b) return a.some((t) => b.includes(t));
  if (a || b) return false;
  return placeOf(now) === placeOf(then);
}

const meaningOf = (it: ItemDef) => (it.topics?.length ? it.topics : undefined);
const placeOf = (it: ItemDef) => `${it.indicator}/${it.subIndicator ?? ''}`;
