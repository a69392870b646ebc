import { Bilingual, bi } from './text';
import { IndicatorId, indicatorId } from './refs';

export type { IndicatorId } from './refs';

export type ToolId = 'IIT' | 'EIT' | 'OIT';
export const TOOL_IDS: readonly ToolId[] = ['IIT', 'EIT', 'OIT'];
export type Grade = 'AA' | 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

/**
 * How sure we are of a fact (spec §7): '2' two or more independent sources,
 * '1' one source, '?' inferred. Absent: taken from the NACC's own material.
 */
export type Certainty = '2' | '1' | '?';

export interface ToolDef {
  id: ToolId;
  name: Bilingual;
  /** Share of the total, 0–1 (0.3 = 30 %). */
  weight: number;
  certainty?: Certainty;
}

export interface SubIndicatorDef {
  /** "9.1" */
  id: string;
  name: Bilingual;
  items: readonly string[];
  /** How sure we are that these items belong here. */
  certainty?: Certainty;
}

export interface IndicatorDef {
  id: IndicatorId;
  tool: ToolId;
  name: Bilingual;
  /** Other ways reports write the name (seed 003 writes "ใช้อำนาจ"). */
  aliases: readonly string[];
  /** Question or item codes, in order. Empty when the year's list is unknown. */
  items: readonly string[];
  /** OIT only: the indicator is the mean of these, each the mean of its items. */
  subIndicators?: readonly SubIndicatorDef[];
}

export interface ItemDef {
  code: string;
  indicator: IndicatorId;
  subIndicator?: string;
  title: Bilingual;
  /**
   * What the item asks for, as meaning keys that do not change when the NACC
   * renumbers ("procurement-report"): suggestions and year-over-year follow them.
   */
  topics?: readonly string[];
  certainty?: Certainty;
}

export interface GradeBand {
  grade: Grade;
  /** Lowest shown total (2 decimals) that earns this grade. */
  min: number;
}

/** One answer of a scale: its label, the score it earns, and the words respondents' exports write for it. */
export interface AnswerLevel {
  label: Bilingual;
  score: number;
  /** Accepted spellings (compared without case or spaces), the label's own words first. */
  words: readonly string[];
}

/** A survey answer scale: the score each answer earns (provisional, spec §4). */
export interface AnswerScale {
  id: string;
  name: Bilingual;
  /** From the lowest score to the highest: a reverse-worded question reads them the other way round. */
  answers: readonly AnswerLevel[];
  certainty?: Certainty;
}

/**
 * A survey question's scale where it is not the default (the framework's first scale), and
 * whether it is worded in reverse (the least answer earns the most: "does the agency conceal…").
 */
export interface QuestionScale {
  code: string;
  scale: string;
  reverse?: boolean;
  certainty?: Certainty;
}

/**
 * A named rating level (spec §3/§7, 2567 onward): reached when the shown
 * total is at least `minTotal` and every tool named in `minTool` is at least
 * its minimum. Levels are listed from lowest to highest.
 */
export interface RatingRule {
  name: Bilingual;
  minTotal: number;
  minTool?: Partial<Record<ToolId, number>>;
  certainty?: Certainty;
}

/** Where a framework's rules come from. */
export type RulesOrigin = 'shipped' | 'workbook';

export interface Framework {
  /** Buddhist Era fiscal year, e.g. 2565. */
  fiscalYear: number;
  provisional: boolean;
  source: string;
  /** Set when this year ships nothing and another year's framework stands in. */
  basedOn?: number;
  /** Shipped data, or (wholly or in part) the workbook's own rules sheet. */
  origin: RulesOrigin;
  tools: readonly ToolDef[];
  indicators: readonly IndicatorDef[];
  items: readonly ItemDef[];
  gradeBands: readonly GradeBand[];
  /** Default target (เกณฑ์ผ่าน); a workbook may set its own. */
  passMark: number;
  answerScales: readonly AnswerScale[];
  /** Questions whose scale is not the default, or that are reverse-worded. */
  questionScales: readonly QuestionScale[];
  /**
   * Respondents a tool's own pre-assessment survey should have (the rules sheet sets it). No
   * NACC figure is known to us, so none ships: absent means no minimum.
   */
  minRespondents?: number;
  /** Lowest to highest; empty where the year has no named rating (before 2567). */
  ratingRules: readonly RatingRule[];
}

/** An indicator before its items are known: number, tool, name. */
export interface IndicatorHead {
  id: number;
  tool: ToolId;
  name: Bilingual;
  aliases: readonly string[];
}

/** One OIT item of a year's table. */
export interface OitItemRow {
  code: string;
  title: Bilingual;
  topics?: readonly string[];
  certainty?: Certainty;
}

/** A year's OIT list: sub-indicators (id "9.1" names its indicator) and their items. */
export type OitTable = readonly {
  id: string;
  name: Bilingual;
  items: readonly OitItemRow[];
  certainty?: Certainty;
}[];

/** Survey questions: `perIndicator` codes with `prefix`, numbered on across the tool's indicators. */
export interface SurveySpec {
  tool: ToolId;
  prefix: string;
  perIndicator: number;
}

export interface FrameworkParts {
  fiscalYear: number;
  provisional: boolean;
  source: string;
  basedOn?: number;
  origin?: RulesOrigin;
  tools: readonly ToolDef[];
  indicators: readonly IndicatorHead[];
  surveys: readonly SurveySpec[];
  /** Omit to leave the OIT indicators without an item list (indicator-level scores only). */
  oit?: OitTable;
  gradeBands: readonly GradeBand[];
  passMark: number;
  answerScales?: readonly AnswerScale[];
  questionScales?: readonly QuestionScale[];
  minRespondents?: number;
  ratingRules?: readonly RatingRule[];
}

/** The indicator a sub-indicator id such as "10.2" belongs to. */
export function subIndicatorParent(id: string): IndicatorId {
  return indicatorId(Number(id.split('.')[0]));
}

/** Survey questions, numbered on across the tool's indicators (I1–I6 → 1, I7–I12 → 2, …). */
function surveyItems(spec: SurveySpec, indicators: readonly IndicatorHead[]): ItemDef[] {
  const mine = indicators.filter((i) => i.tool === spec.tool);
  const toolName = spec.tool;
  return mine.flatMap((ind, k) =>
    Array.from({ length: spec.perIndicator }, (_, j) => {
      const n = k * spec.perIndicator + j + 1;
      return {
        code: `${spec.prefix}${n}`,
        indicator: indicatorId(ind.id),
        title: bi(`ข้อคำถาม ${toolName} ข้อ ${n}`, `${toolName} question ${n}`),
      };
    }),
  );
}

/** Builds a framework from parts: shipped years, a workbook's rules sheet and tests all use it. */
export function buildFramework(parts: FrameworkParts): Framework {
  const oit = parts.oit ?? [];
  const oitItems: ItemDef[] = oit.flatMap((sub) =>
    sub.items.map((it) => ({
      code: it.code,
      indicator: subIndicatorParent(sub.id),
      subIndicator: sub.id,
      title: it.title,
      ...(it.topics ? { topics: it.topics } : {}),
      ...(it.certainty ? { certainty: it.certainty } : {}),
    })),
  );
  const items = [...parts.surveys.flatMap((s) => surveyItems(s, parts.indicators)), ...oitItems];
  const indicators: IndicatorDef[] = parts.indicators.map((ind) => {
    const subs = oit.filter((s) => subIndicatorParent(s.id) === ind.id);
    return {
      ...ind,
      id: indicatorId(ind.id),
      items: items.filter((it) => it.indicator === ind.id).map((it) => it.code),
      ...(ind.tool === 'OIT' && subs.length > 0
        ? {
            subIndicators: subs.map((s) => ({
              id: s.id,
              name: s.name,
              items: s.items.map((it) => it.code),
              ...(s.certainty ? { certainty: s.certainty } : {}),
            })),
          }
        : {}),
    };
  });
  return {
    fiscalYear: parts.fiscalYear,
    provisional: parts.provisional,
    source: parts.source,
    ...(parts.basedOn !== undefined ? { basedOn: parts.basedOn } : {}),
    origin: parts.origin ?? 'shipped',
    tools: parts.tools,
    indicators,
    items,
    gradeBands: parts.gradeBands,
    passMark: parts.passMark,
    answerScales: parts.answerScales ?? [],
    questionScales: parts.questionScales ?? [],
    ...(parts.minRespondents !== undefined ? { minRespondents: parts.minRespondents } : {}),
    ratingRules: parts.ratingRules ?? [],
  };
}

export function indicatorDef(fw: Framework, id: number): IndicatorDef | undefined {
  return fw.indicators.find((i) => i.id === id);
}

export function itemDef(fw: Framework, code: string): ItemDef | undefined {
  return fw.items.find((i) => i.code === code);
}

export function toolDef(fw: Framework, id: ToolId): ToolDef {
  const t = fw.tools.find((x) => x.id === id);
  if (!t) throw new Error(`framework ${fw.fiscalYear} has no tool ${id}`);
  return t;
}

/** OIT item codes in order. */
export function oitItemCodes(fw: Framework): string[] {
  return fw.indicators.filter((i) => i.tool === 'OIT').flatMap((i) => [...i.items]);
}

/** "1–10", or "1, 2, 4" when the numbers are not a run: the framework's indicator numbers. */
export function indicatorRange(fw: Framework): string {
  return codeRange(fw.indicators.map((i) => String(i.id)));
}

/**
 * A list of codes written short: runs of one prefix become "I1–I30", the rest are
 * listed ("O1–O26"; "1–10"). Used wherever messages name what a year allows.
 */
export function codeRange(codes: readonly string[]): string {
  const parts: string[] = [];
  let run: { prefix: string; from: number; to: number } | undefined;
  const flush = () => {
    if (!run) return;
    parts.push(run.from === run.to ? `${run.prefix}${run.from}` : `${run.prefix}${run.from}–${run.prefix}${run.to}`);
    run = undefined;
  };
  for (const code of codes) {
    const m = /^(\D*)(\d+)$/.exec(code);
    if (!m) {
      flush();
      parts.push(code);
      continue;
    }
    const [prefix, n] = [m[1], Number(m[2])];
    if (run && run.prefix === prefix && n === run.to + 1) run.to = n;
    else {
      flush();
      run = { prefix, from: n, to: n };
    }
  }
  flush();
  return parts.join(', ');
}

/** Codes of a tool's questions or items ("I1–I30"). */
export function toolItemRange(fw: Framework, tool: ToolId): string {
  return codeRange(fw.indicators.filter((i) => i.tool === tool).flatMap((i) => [...i.items]));
}

/** "30/30/40": the weights as percentages, in tool order. */
export function weightsText(fw: Framework): string {
  return TOOL_IDS.map((id) => String(Number((toolDef(fw, id).weight * 100).toPrecision(12)))).join('/');
}

/** Every question and item code of the year, written short: "I1–I30, E1–E15, O1–O26". */
export function itemRanges(fw: Framework): string {
  return TOOL_IDS.map((t) => toolItemRange(fw, t))
    .filter((r) => r !== '')
    .join(', ');
}

/** True for an OIT checklist item (by its indicator's tool, not by its code's letter). */
export function isOitItem(fw: Framework, code: string): boolean {
  const def = itemDef(fw, code);
  return !!def && indicatorDef(fw, def.indicator)?.tool === 'OIT';
}

/** What one indicator point adds to the total, per tool (weight ÷ the tool's indicators), most first. */
export function pointWorths(fw: Framework): { tool: ToolId; worth: number }[] {
  return TOOL_IDS.map((tool) => {
    const count = fw.indicators.filter((i) => i.tool === tool).length;
    return { tool, worth: count === 0 ? 0 : Math.round((toolDef(fw, tool).weight / count) * 10000) / 10000 };
  }).sort((x, y) => y.worth - x.worth);
}
