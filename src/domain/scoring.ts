import { isIndicatorId } from './refs';
import type { IndicatorId } from './refs';
import { differsWhenShown, mean, round2 } from './decimal';
import {
  codeRange,
  Framework,
  Grade,
  IndicatorDef,
  indicatorDef,
  indicatorRange,
  itemDef,
  ToolId,
  TOOL_IDS,
} from './framework';
import { gradeOf, meetsTarget } from './grades';
import { Problem } from './problem';
import { Rating, ratingOf } from './rating';
import { Bilingual, bi } from './text';
import { sameItem } from './year-over-year';

/** Scores as plain numbers, already read and range-checked by the caller. */
export interface ScoreInput {
  framework: Framework;
  /** Pass mark; default the framework's (85). */
  target?: number;
  /** Indicator id → score given at indicator level. */
  indicators?: Readonly<Record<number, number>>;
  /** Question/item code → score (mean of respondents; OIT 100 or 0). */
  items?: Readonly<Record<string, number>>;
  /** Indicator id → last year's score. */
  previous?: Readonly<Record<number, number>>;
  /** Question/item code → last year's score, as typed on this year's code. */
  previousItems?: Readonly<Record<string, number>>;
  /** Last year's rules (default: this year's): its weights give last year's total, its codes say which items compare. */
  previousFramework?: Framework;
  /** Most points the gap plan raises a perception indicator (IIT/EIT) by in a year; default 5. */
  perceptionStep?: number;
}

export type Status = 'strength' | 'weakness';

export interface ItemScore {
  code: string;
  score: number;
  /** True when the item was absent and scored 0 as not published (OIT). */
  missing: boolean;
  /** Last year's score, given only where last year's code names the same item. */
  previous?: number;
  /** Shown score minus shown previous score. */
  change?: number;
}

export interface SubIndicatorResult {
  id: string;
  name: Bilingual;
  score: number;
  shown: number;
  items: ItemScore[];
}

export interface IndicatorResult {
  id: IndicatorId;
  tool: ToolId;
  name: Bilingual;
  /** Full precision. */
  score: number;
  /** Rounded half up to 2 decimals: every judgement uses this. */
  shown: number;
  status: Status;
  /** 'items' when computed from questions/items, else 'indicator'. */
  source: 'items' | 'indicator';
  /** The indicator-level figure the user also gave, when computed from items. */
  reported?: number;
  items: ItemScore[];
  subIndicators?: SubIndicatorResult[];
  previous?: number;
  /** Shown score minus shown previous score. */
  change?: number;
}

export interface ToolResult {
  id: ToolId;
  name: Bilingual;
  weight: number;
  score: number;
  shown: number;
  /** weight × score, full precision; `weightedShown` rounded. */
  weighted: number;
  weightedShown: number;
  status: Status;
}

export interface Assessment {
  fiscalYear: number;
  provisional: boolean;
  target: number;
  total: number;
  totalShown: number;
  grade: Grade;
  /** The named level (2567 onward, from the framework's rating rules); absent where the year has none. */
  rating?: Rating;
  pass: boolean;
  tools: Record<ToolId, ToolResult>;
  indicators: IndicatorResult[];
  previousTotal?: number;
  previousGrade?: Grade;
  totalChange?: number;
}

export interface ScoreOutcome {
  assessment?: Assessment;
  problems: Problem[];
}

/** Where a problem about an item or indicator is: typed for the workbook, a JSON path for the command line. */
function aboutItem(code: string): Pick<Problem, 'subject' | 'field'> {
  return { subject: { item: code }, field: `items.${code}` };
}
function aboutIndicator(key: number | string): Pick<Problem, 'subject' | 'field'> {
  const id = Number(key);
  return { ...(isIndicatorId(id) ? { subject: { indicator: id } } : {}), field: `indicators.${key}` };
}

function indicatorFromItems(
  def: IndicatorDef,
  items: Readonly<Record<string, number>>,
  problems: Problem[],
): Pick<IndicatorResult, 'score' | 'items' | 'subIndicators'> | undefined {
  const given = def.items.filter((code) => items[code] !== undefined);
  if (given.length === 0) return undefined;

  if (def.subIndicators) {
    // OIT: items → sub-indicator means → indicator = mean of sub-indicators (spec §2).
    const missing: string[] = [];
    const subIndicators = def.subIndicators.map((sub) => {
      const subItems = sub.items.map((code): ItemScore => {
        const v = items[code];
        if (v === undefined) missing.push(code);
        return { code, score: v ?? 0, missing: v === undefined };
      });
      const score = mean(subItems.map((i) => i.score));
      return { id: sub.id, name: sub.name, score, shown: round2(score), items: subItems };
    });
    if (missing.length > 0) {
      problems.push({
        severity: 'warning',
        code: 'oit.items-missing',
        ...aboutItem(missing[0]),
        found: missing.join(', '),
        items: missing,
        message: bi(
          `ตัวชี้วัดที่ ${def.id}: ไม่พบข้อ ${missing.join(', ')} ในรายการ OIT จึงนับเป็นไม่เผยแพร่ (0 คะแนน)`,
          `Indicator ${def.id}: items ${missing.join(', ')} are missing from the OIT list, so they count as not published (0)`,
        ),
      });
    }
    return {
      score: mean(subIndicators.map((s) => s.score)),
      items: subIndicators.flatMap((s) => s.items),
      subIndicators,
    };
  }

  // IIT / EIT: indicator = mean of its questions.
  if (given.length < def.items.length) {
    const absent = def.items.filter((c) => items[c] === undefined);
    problems.push({
      severity: 'warning',
      code: 'survey.items-missing',
      ...aboutItem(absent[0]),
      found: absent.join(', '),
      items: absent,
      message: bi(
        `ตัวชี้วัดที่ ${def.id}: ไม่มีคะแนนข้อ ${absent.join(', ')} จึงคำนวณจาก ${given.length} ข้อที่มี`,
        `Indicator ${def.id}: no score for ${absent.join(', ')}; computed from the ${given.length} questions given`,
      ),
    });
  }
  const itemScores = given.map((code) => ({ code, score: items[code], missing: false }));
  return { score: mean(itemScores.map((i) => i.score)), items: itemScores };
}

/**
 * Question → (sub-indicator) → indicator → tool → weighted total (spec §2–3).
 * Full precision throughout; rounding only for what is shown and judged.
 */
export function scoreAssessment(input: ScoreInput): ScoreOutcome {
  const fw = input.framework;
  const target = input.target ?? fw.passMark;
  const given = input.indicators ?? {};
  const items = input.items ?? {};
  const previous = input.previous ?? {};
  const problems: Problem[] = [];

  for (const code of Object.keys(items)) {
    if (!itemDef(fw, code)) {
      problems.push({
        severity: 'error',
        code: 'item.unknown',
        ...aboutItem(code),
        found: code,
        message: bi(
          `ไม่รู้จักข้อ "${code}" ในกรอบการประเมินปี ${fw.fiscalYear}`,
          `Item "${code}" is not in the ${fw.fiscalYear} framework`,
        ),
      });
    }
  }
  for (const key of [...Object.keys(given), ...Object.keys(previous)]) {
    if (!indicatorDef(fw, Number(key))) {
      problems.push({
        severity: 'error',
        code: 'indicator.unknown',
        ...aboutIndicator(key),
        found: key,
        message: bi(
          `ไม่มีตัวชี้วัดที่ "${key}" (มี ${indicatorRange(fw)})`,
          `There is no indicator "${key}" (expected ${indicatorRange(fw)})`,
        ),
      });
    }
  }

  const indicators: IndicatorResult[] = [];
  for (const def of fw.indicators) {
    const fromItems = indicatorFromItems(def, items, problems);
    const reported = given[def.id];
    let score: number;
    if (fromItems) {
      score = fromItems.score;
      if (reported !== undefined && differsWhenShown(reported, score)) {
        problems.push({
          severity: 'warning',
          code: 'indicator.reported-differs',
          ...aboutIndicator(def.id),
          found: String(reported),
          message: bi(
            `ตัวชี้วัดที่ ${def.id}: คะแนนที่กรอกไว้ ${round2(reported).toFixed(2)} ไม่ตรงกับที่คำนวณจากรายข้อ ${round2(score).toFixed(2)} จึงใช้ ${round2(score).toFixed(2)} จากรายข้อ — ตรวจรายข้อที่กรอก หรือถ้าคะแนนที่กรอกถูกต้อง ให้ลบรายข้อของตัวชี้วัดนี้`,
            `Indicator ${def.id}: the given score ${round2(reported).toFixed(2)} differs from ${round2(score).toFixed(2)} computed from its items, so ${round2(score).toFixed(2)} from the items is used; check the items, or if the given score is right, remove this indicator's items`,
          ),
        });
      }
    } else if (reported !== undefined) {
      score = reported;
    } else {
      problems.push({
        severity: 'error',
        code: 'indicator.missing',
        ...aboutIndicator(def.id),
        found: '',
        message: bi(
          `ไม่มีคะแนนตัวชี้วัดที่ ${def.id} ${def.name.th} (ต้องมีครบ ${fw.indicators.length} ตัวชี้วัด)`,
          `No score for indicator ${def.id} ${def.name.en} (all ${fw.indicators.length} indicators are needed)`,
        ),
      });
      continue;
    }
    const shown = round2(score);
    const prev = previous[def.id];
    indicators.push({
      id: def.id,
      tool: def.tool,
      name: def.name,
      score,
      shown,
      status: meetsTarget(score, target) ? 'strength' : 'weakness',
      source: fromItems ? 'items' : 'indicator',
      ...(fromItems && reported !== undefined ? { reported } : {}),
      items: fromItems?.items ?? [],
      ...(fromItems?.subIndicators ? { subIndicators: fromItems.subIndicators } : {}),
      ...(prev !== undefined ? { previous: prev, change: round2(shown - round2(prev)) } : {}),
    });
  }

  const prevFw = input.previousFramework ?? fw;
  compareItems(fw, prevFw, indicators, input.previousItems ?? {}, problems);

  if (problems.some((p) => p.severity === 'error')) return { problems };

  const tools = toolResults(
    fw,
    indicators.map((i) => ({ id: i.id, tool: i.tool, score: i.score })),
    target,
  );
  const total = weightedTotal(tools);
  const rating = ratingOf(fw.ratingRules, total, toolScores(tools));
  const assessment: Assessment = {
    fiscalYear: fw.fiscalYear,
    provisional: fw.provisional,
    target,
    total,
    totalShown: round2(total),
    grade: gradeOf(total, fw.gradeBands),
    ...(rating ? { rating } : {}),
    pass: meetsTarget(total, target),
    tools,
    indicators,
  };

  // Last year's total by last year's rules: its indicators, tools and weights.
  if (prevFw.indicators.every((d) => previous[d.id] !== undefined)) {
    const prevTools = toolResults(
      prevFw,
      prevFw.indicators.map((d) => ({ id: d.id, tool: d.tool, score: previous[d.id] })),
      target,
    );
    const previousTotal = weightedTotal(prevTools);
    assessment.previousTotal = round2(previousTotal);
    assessment.previousGrade = gradeOf(previousTotal, prevFw.gradeBands);
    assessment.totalChange = round2(assessment.totalShown - round2(previousTotal));
  }
  return { assessment, problems };
}

/**
 * Gives each item its change where last year's code names the same item, and
 * says once which items were left out because the NACC renumbered them.
 */
function compareItems(
  fw: Framework,
  prevFw: Framework,
  indicators: IndicatorResult[],
  previousItems: Readonly<Record<string, number>>,
  problems: Problem[],
): void {
  const notCompared: string[] = [];
  for (const ind of indicators)
    for (const item of ind.items) {
      const prev = previousItems[item.code];
      if (prev === undefined) continue;
      if (!sameItem(fw, prevFw, item.code)) {
        notCompared.push(item.code);
        continue;
      }
      item.previous = prev;
      item.change = round2(round2(item.score) - round2(prev));
    }
  if (notCompared.length === 0) return;
  const codes = codeRange(notCompared);
  problems.push({
    severity: 'warning',
    code: 'items.previous-not-comparable',
    ...aboutItem(notCompared[0]),
    found: notCompared.join(', '),
    message: bi(
      `คะแนนปีก่อนของข้อ ${codes} ไม่นำมาเทียบรายข้อ เพราะรหัสเดียวกันในปี ${prevFw.fiscalYear} เป็นคนละเรื่องกับปี ${fw.fiscalYear} (หรือบอกไม่ได้ว่าเป็นเรื่องเดียวกัน) — การเปลี่ยนแปลงรายตัวชี้วัดยังคำนวณตามปกติ`,
      `Last year's figures for ${codes} are not compared item by item: in ${prevFw.fiscalYear} the same codes named other items (or we cannot tell that they are the same); the change per indicator is still given`,
    ),
  });
}

function toolResults(
  fw: Framework,
  indicators: readonly { id: number; tool: ToolId; score: number }[],
  target: number,
): Record<ToolId, ToolResult> {
  const out = {} as Record<ToolId, ToolResult>;
  for (const id of TOOL_IDS) {
    const def = fw.tools.find((t) => t.id === id);
    if (!def) throw new Error(`framework ${fw.fiscalYear} has no tool ${id}`);
    const score = mean(indicators.filter((i) => i.tool === id).map((i) => i.score));
    // Weight as a percentage, divided last: 30 × 92.53 / 100 carries less binary noise than 0.3 × 92.53.
    const weighted = (def.weight * 100 * score) / 100;
    out[id] = {
      id,
      name: def.name,
      weight: def.weight,
      score,
      shown: round2(score),
      weighted,
      weightedShown: round2(weighted),
      status: meetsTarget(score, target) ? 'strength' : 'weakness',
    };
  }
  return out;
}

export function toolScores(tools: Record<ToolId, ToolResult>): Record<ToolId, number> {
  return { IIT: tools.IIT.score, EIT: tools.EIT.score, OIT: tools.OIT.score };
}

function weightedTotal(tools: Record<ToolId, ToolResult>): number {
  return TOOL_IDS.reduce((sum, id) => sum + tools[id].weighted, 0);
}

/** What one point on an indicator adds to the total: tool weight ÷ indicators in the tool. */
export function pointWorth(fw: Framework, indicatorId: number): number {
  const def = indicatorDef(fw, indicatorId);
  if (!def) throw new Error(`unknown indicator ${indicatorId}`);
  const tool = fw.tools.find((t) => t.id === def.tool);
  const count = fw.indicators.filter((i) => i.tool === def.tool).length;
  return round4((tool?.weight ?? 0) / count);
}

function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}
