import { RatingRule, ToolId, TOOL_IDS } from '../domain/framework';
import { Lang } from '../domain/text';

/** A text constant inside a formula. */
function str(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** The condition for one level: the shown total and each tool it names at their minimums. */
function levelCondition(rule: RatingRule, total: string, tool: (id: ToolId) => string): string {
  const parts = [
    `${total}>=${rule.minTotal}`,
    ...TOOL_IDS.filter((id) => rule.minTool?.[id] !== undefined).map(
      (id) => `ROUND(${tool(id)},2)>=${rule.minTool![id]}`,
    ),
  ];
  return parts.length === 1 ? parts[0] : `AND(${parts.join(',')})`;
}

/**
 * The named rating as a live formula: the highest level whose conditions hold,
 * "" when none does (the same rule as domain/rating.ts, from the framework's levels).
 */
export function ratingFormula(rules: readonly RatingRule[], total: string, tool: (id: ToolId) => string, lang: Lang) {
  return rules.reduce((inner, r) => `IF(${levelCondition(r, total, tool)},${str(r.name[lang])},${inner})`, '""');
}

const CAP_WORDS: Record<Lang, { and: string; below: string; so: string }> = {
  th: { and: ' และ ', below: ' ต่ำกว่า ', so: ' จึงได้ระดับ' },
  en: { and: ' and ', below: ' is below ', so: ', so the level is ' },
};

/**
 * Why a tool capped the level, live: for the level reached, the lowest level
 * above it whose total is met names the tools short of their minimum
 * ("EIT 84.20 ต่ำกว่า 85 จึงได้ระดับผ่าน"); "" when nothing capped it.
 */
export function ratingReasonFormula(
  rules: readonly RatingRule[],
  rating: string,
  total: string,
  tool: (id: ToolId) => string,
  lang: Lang,
): string {
  const w = CAP_WORDS[lang];
  const shortTools = (r: RatingRule) =>
    TOOL_IDS.filter((id) => r.minTool?.[id] !== undefined)
      .map((id) => {
        const min = r.minTool![id]!;
        return `IF(ROUND(${tool(id)},2)<${min},${str(`${w.and}${id} `)}&TEXT(ROUND(${tool(id)},2),"0.00")&${str(`${w.below}${min}`)},"")`;
      })
      .join('&');
  const reasonFor = (i: number): string =>
    rules
      .slice(i + 1)
      .filter((r) => r.minTool && Object.keys(r.minTool).length > 0)
      .reduceRight(
        (inner, r) =>
          `IF(${total}>=${r.minTotal},MID(${shortTools(r)},${w.and.length + 1},999)&${str(`${w.so}${rules[i].name[lang]}`)},${inner})`,
        '""',
      );
  return rules.reduceRight(
    (inner, r, i) => (reasonFor(i) === '""' ? inner : `IF(${rating}=${str(r.name[lang])},${reasonFor(i)},${inner})`),
    '""',
  );
}
