import { round2 } from './decimal';
import { RatingRule, ToolId, TOOL_IDS } from './framework';
import { bi, Bilingual } from './text';

export interface Rating {
  name: Bilingual;
  /** The tool whose score kept a higher level out of reach, or null. */
  cappedBy: ToolId | null;
  /** Why, when capped: "EIT 84.20 ต่ำกว่า 85 จึงได้ระดับผ่าน". */
  reason?: Bilingual;
}

/** Tools below their minimum for `rule`, judged on shown figures, in tool order. */
export function toolsShort(rule: RatingRule, tools: Readonly<Record<ToolId, number>>): ToolId[] {
  return TOOL_IDS.filter((id) => {
    const min = rule.minTool?.[id];
    return min !== undefined && round2(tools[id]) < round2(min);
  });
}

export function meetsRule(rule: RatingRule, total: number, tools: Readonly<Record<ToolId, number>>): boolean {
  if (round2(total) < round2(rule.minTotal)) return false;
  // As toolsShort(rule, tools).length === 0, without the list: once per level per agency (8,500).
  if (rule.minTool)
    for (const id of TOOL_IDS) {
      const min = rule.minTool[id];
      if (min !== undefined && round2(tools[id]) < round2(min)) return false;
    }
  return true;
}

/**
 * The named level (spec §7): the highest rule whose total and tool minimums are
 * all met. When the total alone would earn a higher level, the tools short of
 * that level's minimum capped it. Undefined when the framework has no levels,
 * or no level is met.
 */
export function ratingOf(
  rules: readonly RatingRule[],
  total: number,
  tools: Readonly<Record<ToolId, number>>,
): Rating | undefined {
  let reached = -1;
  for (let i = 0; i < rules.length; i++) if (meetsRule(rules[i], total, tools)) reached = i;
  if (reached < 0) return undefined;
  const name = rules[reached].name;
  const blocked = rules.slice(reached + 1).find((r) => round2(total) >= round2(r.minTotal));
  const short = blocked ? toolsShort(blocked, tools) : [];
  if (!blocked || short.length === 0) return { name, cappedBy: null };
  return { name, cappedBy: short[0], reason: capReason(blocked, short, tools, name) };
}

function capReason(
  blocked: RatingRule,
  short: ToolId[],
  tools: Readonly<Record<ToolId, number>>,
  name: Bilingual,
): Bilingual {
  const each = short.map((id) => ({ id, shown: round2(tools[id]).toFixed(2), min: blocked.minTool![id]! }));
  return bi(
    `${each.map((e) => `${e.id} ${e.shown} ต่ำกว่า ${e.min}`).join(' และ ')} จึงได้ระดับ${name.th}`,
    `${each.map((e) => `${e.id} ${e.shown} is below ${e.min}`).join(' and ')}, so the level is ${name.en}`,
  );
}

/** The level just above `current` (by position in the list), or the lowest when none is reached. */
export function nextRule(rules: readonly RatingRule[], current: Rating | undefined): RatingRule | undefined {
  if (!current) return rules[0];
  const i = rules.findIndex((r) => r.name.th === current.name.th);
  return i >= 0 ? rules[i + 1] : undefined;
}
