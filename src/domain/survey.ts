/**
 * The agency's own pre-assessment survey (issue #13): respondents' answers to the IIT and EIT
 * questions → question, indicator and tool scores, with how many answered and how.
 *
 * Spec §2: a question is the mean of its respondents' scores, an indicator the mean of its
 * questions, a tool the mean of its indicators. Spec §4 (provisional): 4-level answers score
 * 0 / 50 / 85 / 100, yes/no 100 / 0, and a reverse-worded question reads its scale the other way
 * round. Only counts and means come out of here: no respondent's row is ever kept.
 */
import type { IndicatorId } from './refs';
import { mean, round2 } from './decimal';
import { AnswerScale, Framework, indicatorDef, ToolId } from './framework';
import { ScoreInput } from './scoring';
import { Bilingual } from './text';
import { normalizeKey } from './parse/common';
import { parseNumber } from './parse/numbers';

/** A survey question with the scale it is answered on. */
export interface QuestionRule {
  code: string;
  indicator: IndicatorId;
  tool: ToolId;
  scale: AnswerScale;
  reverse: boolean;
  /** Answer spelling (normalised) → level, lowest score first as the scale lists them. */
  words: ReadonlyMap<string, number>;
}

/** Every IIT/EIT question of the year, with its scale: the framework's entry or its first scale. */
export function surveyQuestions(fw: Framework): QuestionRule[] {
  const byId = new Map(fw.answerScales.map((s) => [s.id, s]));
  const fallback = fw.answerScales[0];
  if (!fallback) return [];
  return fw.indicators
    .filter((ind) => ind.tool !== 'OIT' && !ind.subIndicators)
    .flatMap((ind) =>
      ind.items.map((code): QuestionRule => {
        const entry = fw.questionScales.find((q) => q.code === code);
        const scale = (entry && byId.get(entry.scale)) ?? fallback;
        return {
          code,
          indicator: ind.id,
          tool: ind.tool,
          scale,
          reverse: entry?.reverse === true,
          words: wordsOf(scale),
        };
      }),
    );
}

/** Answers as exports write them: "มากที่สุด", "มากที่สุด (4)", " Yes ". Brackets are notes. */
export function answerKey(text: string): string {
  return normalizeKey(text.replace(/[([（［【][^)\]）］】]*[)\]）］】]/g, ' '));
}

function wordsOf(scale: AnswerScale): Map<string, number> {
  const m = new Map<string, number>();
  scale.answers.forEach((a, level) => {
    for (const w of [a.label.th, a.label.en, ...a.words]) if (!m.has(answerKey(w))) m.set(answerKey(w), level);
  });
  return m;
}

/** The level an answer names, 'blank' for no answer (not a zero), 'unknown' when it is not on the scale. */
export function readAnswer(rule: QuestionRule, raw: unknown): number | 'blank' | 'unknown' {
  if (raw === null || raw === undefined) return 'blank';
  if (typeof raw === 'string') {
    if (raw.trim() === '') return 'blank';
    const level = rule.words.get(answerKey(raw));
    if (level !== undefined) return level;
  }
  if (typeof raw === 'number' || typeof raw === 'string') {
    // A number names the answer by its score on the scale as listed (0, 50, 85, 100; 100 or 0).
    const n = parseNumber(raw);
    if (n.ok) {
      const level = rule.scale.answers.findIndex((a) => a.score === n.value);
      if (level >= 0) return level;
    }
  }
  return 'unknown';
}

/**
 * A linear-scale question's number (Google Forms' and Microsoft Forms' "1 to 4"): 1 names the
 * scale's first answer (the least), n its last, on scales of more than two answers. Not read by
 * `readAnswer`: the caller says so in a warning, since the form could have run the other way.
 */
export function levelNumber(rule: QuestionRule, raw: unknown): number | undefined {
  const n = rule.scale.answers.length;
  if (n <= 2 || (typeof raw !== 'number' && typeof raw !== 'string')) return undefined;
  const v = parseNumber(raw);
  return v.ok && Number.isInteger(v.value) && v.value >= 1 && v.value <= n ? v.value - 1 : undefined;
}

/** The score a level earns on this question: a reverse-worded question reads the scale backwards. */
export function levelScore(rule: QuestionRule, level: number): number {
  const answers = rule.scale.answers;
  return answers[rule.reverse ? answers.length - 1 - level : level].score;
}

/** What a survey sheet gave: answers counted per level for each question, and respondents per tool. */
export interface SurveyTallies {
  /** Question code → count per level (index as the scale lists its answers). */
  counts: Readonly<Record<string, readonly number[]>>;
  /** Rows that answered at least one of the tool's questions. */
  respondents: Partial<Record<ToolId, number>>;
}

export interface SurveyLevel {
  /** The answer as the scale names it (for a reverse-worded question, the answer that earned `score`). */
  label: Bilingual;
  score: number;
  count: number;
}

export interface SurveyQuestionResult {
  code: string;
  indicator: IndicatorId;
  tool: ToolId;
  scale: string;
  reverse: boolean;
  /** Respondents who answered (blanks are not answers). */
  answered: number;
  /** Mean of the answers' scores; absent when nobody answered. */
  score?: number;
  shown?: number;
  /** Share of answers at the level that earns the most, percent, 2 decimals. */
  topShare?: number;
  /** Counts per answer, the best-scoring first. */
  levels: SurveyLevel[];
  /** Fewer answers than the minimum (when set), or fewer than half the tool's respondents. */
  few: boolean;
}

export interface SurveyIndicatorResult {
  id: IndicatorId;
  tool: ToolId;
  name: Bilingual;
  score: number;
  shown: number;
  /** Questions answered by someone, of the indicator's questions. */
  answeredQuestions: number;
  questions: number;
}

export interface SurveyToolResult {
  id: ToolId;
  respondents: number;
  score?: number;
  shown?: number;
  /** Against the rules sheet's minimum; absent when no minimum is set. */
  enough?: boolean;
}

export interface SurveyResult {
  questions: SurveyQuestionResult[];
  indicators: SurveyIndicatorResult[];
  tools: SurveyToolResult[];
  minRespondents?: number;
  /** The answered questions below 100 with the lowest scores, lowest first (ties in the framework's order). */
  lowest: string[];
}

/** How many of the lowest questions the summaries name. */
export const LOWEST_QUESTIONS = 5;

/** Question → indicator → tool means, with counts per answer (spec §2, §4). */
export function scoreSurvey(fw: Framework, tallies: SurveyTallies): SurveyResult {
  const rules = surveyQuestions(fw);
  const min = fw.minRespondents;
  const questions = rules.map((rule): SurveyQuestionResult => {
    const counts = tallies.counts[rule.code] ?? [];
    const n = rule.scale.answers.length;
    const levels: SurveyLevel[] = Array.from({ length: n }, (_, level) => ({
      label: rule.scale.answers[level].label,
      score: levelScore(rule, level),
      count: counts[level] ?? 0,
    })).sort((x, y) => y.score - x.score);
    const answered = levels.reduce((s, l) => s + l.count, 0);
    const respondents = tallies.respondents[rule.tool] ?? 0;
    const base = {
      code: rule.code,
      indicator: rule.indicator,
      tool: rule.tool,
      scale: rule.scale.id,
      reverse: rule.reverse,
      answered,
      levels,
      few: answered > 0 && ((min !== undefined && answered < min) || answered * 2 < respondents),
    };
    if (answered === 0) return base;
    const score = levels.reduce((s, l) => s + l.score * l.count, 0) / answered;
    return { ...base, score, shown: round2(score), topShare: round2((levels[0].count / answered) * 100) };
  });

  const indicators: SurveyIndicatorResult[] = [];
  for (const ind of fw.indicators) {
    const qs = questions.filter((q) => q.indicator === ind.id);
    const scored = qs.filter((q) => q.score !== undefined);
    if (qs.length === 0 || scored.length === 0) continue;
    const score = mean(scored.map((q) => q.score as number));
    indicators.push({
      id: ind.id,
      tool: ind.tool,
      name: ind.name,
      score,
      shown: round2(score),
      answeredQuestions: scored.length,
      questions: qs.length,
    });
  }

  const surveyTools = [...new Set(rules.map((r) => r.tool))];
  const tools = surveyTools.map((id): SurveyToolResult => {
    const inds = indicators.filter((i) => i.tool === id);
    const respondents = tallies.respondents[id] ?? 0;
    const score = inds.length > 0 ? mean(inds.map((i) => i.score)) : undefined;
    return {
      id,
      respondents,
      ...(score !== undefined ? { score, shown: round2(score) } : {}),
      ...(min !== undefined ? { enough: respondents >= min } : {}),
    };
  });

  const order = new Map(rules.map((r, i) => [r.code, i]));
  const lowest = questions
    .filter((q) => q.shown !== undefined && q.shown < 100) // at 100 there is nothing to raise
    .sort((x, y) => (x.shown as number) - (y.shown as number) || (order.get(x.code) ?? 0) - (order.get(y.code) ?? 0))
    .slice(0, LOWEST_QUESTIONS)
    .map((q) => q.code);

  return { questions, indicators, tools, ...(min !== undefined ? { minRespondents: min } : {}), lowest };
}

/**
 * The workbook's figures with the survey in place of the IIT/EIT figures of every tool it
 * covers: a question scored by the survey replaces that tool's indicator figures, the OIT and
 * any tool the survey does not cover stay as given. This is what the pre-assessment total is
 * computed from.
 */
export function preAssessmentInput(base: ScoreInput, survey: SurveyResult): ScoreInput {
  const fw = base.framework;
  const covered = new Set(survey.tools.filter((t) => t.score !== undefined).map((t) => t.id));
  const inCovered = (id: number) => covered.has(indicatorDef(fw, id)?.tool as ToolId);
  const indicators: Record<number, number> = {};
  for (const [id, v] of Object.entries(base.indicators ?? {})) if (!inCovered(Number(id))) indicators[Number(id)] = v;
  const items: Record<string, number> = {};
  for (const [code, v] of Object.entries(base.items ?? {}))
    if (!survey.questions.some((q) => q.code === code && covered.has(q.tool))) items[code] = v;
  for (const q of survey.questions) if (q.score !== undefined && covered.has(q.tool)) items[q.code] = q.score;
  return { ...base, indicators, items };
}

/** Said on every output of the survey's figures. */
export const PRE_ASSESSMENT_NOTE: Bilingual = {
  th: 'การประเมินล่วงหน้าจากแบบสำรวจของหน่วยงานเอง ไม่ใช่ผลการประเมินของ ป.ป.ช.',
  en: "A pre-assessment from the agency's own survey, not the NACC's result",
};

/** Said when the rules set no minimum number of respondents (none ships). */
export const NO_MINIMUM_NOTE: Bilingual = {
  th: 'ไม่ได้กำหนดจำนวนผู้ตอบขั้นต่ำ: ITA Planner ไม่มีตัวเลขขั้นต่ำของ ป.ป.ช. จึงไม่ได้ตั้งไว้ — กำหนดเองได้ในชีตเกณฑ์การประเมิน แถว "จำนวนผู้ตอบขั้นต่ำ"',
  en: 'No minimum number of respondents is set: ITA Planner knows of no NACC figure, so none is set. Set one on the Rules sheet, row "Minimum respondents"',
};
