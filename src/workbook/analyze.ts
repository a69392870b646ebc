import { evaluate } from '../domain';
import { itemDef } from '../domain/framework';
import { previousFramework } from '../domain/year-over-year';
import { DEFAULT_PERCEPTION_STEP } from '../domain/gap';
import { NEWEST_FRAMEWORK, notShippedMessage, resolveFramework } from '../domain/frameworks';
import { Problem } from '../domain/problem';
import { bi, Lang } from '../domain/text';
import { IsoDate } from '../domain/parse/common';
import { FiscalYear } from '../domain/parse/years';
import { Analysis, SheetFound, TextNumber } from './analysis';
import { cellProblem, locatedProblem } from './cells';
import { computeArea } from '../domain/agencies';
import { AgencySourceRow, parseAgencies } from './agencies-parse';
import { detectSheets, nearMisses } from './detect';
import { groupProblems, sortProblems } from './group';
import { engineInput, fieldLocator } from './engine-input';
import { foundProblems, nearMissProblem, surveyAloneProblem, truncatedProblem } from './sheet-problems';
import { parseMeasures, summarizeMeasures } from './parse-measures';
import { OitRow, readChecklist } from './parse-oit';
import { parseScores, ScoreRow } from './parse-scores';
import { parseSettings, Settings } from './parse-settings';
import { ownedSheets } from './owned';
import { reportedFigures, reportedProblem } from './reported-check';
import { applyRulesSheet } from './rules-sheet';
import { SheetSnapshot, WorkbookSnapshot } from './snapshot';
import { findSurveySheets } from './survey-sheet';
import { summarizeSurvey } from './survey-result';
import { cellRef, TOP_LEFT } from '../domain/refs';

export interface AnalyzeOptions {
  /** Today, for overdue checks when Settings gives no "as of" date. */
  today: IsoDate;
  /** Overrides the Settings sheet's "as of" date (the command line's --as-of). */
  asOf?: IsoDate;
  /** Output language; default: Thai unless every input sheet is named in English. */
  lang?: Lang;
  /** Overrides the Settings sheet's perception step per year (the command line's --step). */
  perceptionStep?: number;
}

/** Where each score came from, so formulas can point at it. */
export interface Sources {
  scores: ScoreRow[];
  oit: OitRow[];
  settings: Settings;
  /** The Agencies sheet's rows, when there is one. */
  agencies?: AgencySourceRow[];
}

export interface AnalysisWithSources extends Analysis {
  sources: Sources;
}

/** Detect, parse, validate and compute: everything short of writing. */
export function analyzeWorkbook(snapshot: WorkbookSnapshot, options: AnalyzeOptions): AnalysisWithSources {
  const problems: Problem[] = [];
  const textNumbers: TextNumber[] = [];
  const owned = ownedSheets(snapshot);
  // The survey's responses sheet goes by its name; its headers are questions, never another role's.
  const surveySheets = findSurveySheets(snapshot, owned);
  const notInput = new Set([...owned, ...surveySheets.map((s) => s.name)]);
  let found = detectSheets(snapshot, notInput);
  const sheetOf = (f: SheetFound | undefined): SheetSnapshot | undefined =>
    snapshot.sheets.find((s) => s.name === f?.sheet);
  const role = (r: string) => found.find((f) => f.role === r) as SheetFound;

  for (const miss of nearMisses(snapshot, found, notInput)) problems.push(nearMissProblem(miss));
  const settingsSheet = sheetOf(role('settings'));
  const settings = settingsSheet ? parseSettings(settingsSheet, problems) : {};
  const year: FiscalYear = settings.fiscalYear ?? {
    be: NEWEST_FRAMEWORK.fiscalYear,
    ce: NEWEST_FRAMEWORK.fiscalYear - 543,
  };
  // The year's own cell, wherever its label put it; the Settings sheet's B1 only when no year was given.
  const yearAt = settings.fiscalYearAt ?? { sheet: settingsSheet?.name ?? '', cell: cellRef('B1'), raw: null };
  // Which of several score columns is this year's depends on the year (detect.ts).
  if (found.some((f) => f.columnChoice)) found = detectSheets(snapshot, notInput, year.be);
  const resolved = resolveFramework(year.be);
  const yearRejected = !resolved.ok;
  if (!resolved.ok)
    problems.push({
      ...cellProblem('error', resolved.code, yearAt.sheet, yearAt.cell, yearAt.raw, resolved.expected),
      message: resolved.message,
    });
  const shipped = resolved.ok ? resolved.framework : NEWEST_FRAMEWORK;
  // The workbook's own rules sheet replaces the shipped rules for its year, wholly or in part.
  const rulesSheet = sheetOf(role('rules'));
  const framework = rulesSheet ? applyRulesSheet(rulesSheet, shipped, problems) : shipped;
  if (resolved.ok && !resolved.shipped)
    problems.push(
      locatedProblem(
        'warning',
        'settings.year-not-shipped',
        yearAt.sheet,
        yearAt.cell,
        notShippedMessage(framework),
        String(year.be),
      ),
    );
  const target = settings.target?.value ?? framework.passMark;
  const asOf = options.asOf ?? settings.asOf ?? options.today;
  const perceptionStep = options.perceptionStep ?? settings.perceptionStep?.value ?? DEFAULT_PERCEPTION_STEP;

  // A used range too large to read whole (Office.js): only its top-left part was read.
  for (const s of snapshot.sheets) if (s.truncated) problems.push(truncatedProblem(s.name, s.truncated));

  // A workbook of many agencies needs no single agency's Scores sheet.
  const manyAgencies = !!role('agencies').sheet;

  // Nor does the agency's own survey, taken before the NACC's result is out: its pre-assessment
  // is worked out alone, and a note says what is missing.
  const surveyAlone = surveySheets.length > 0 && !manyAgencies && !role('scores').sheet;
  problems.push(...foundProblems(found, manyAgencies || surveyAlone, year.be));
  if (surveyAlone) problems.push(surveyAloneProblem(surveySheets.map((s) => s.name)));
  const usable = (r: string) => {
    const f = role(r);
    return f.sheet && f.missingColumns.length === 0 ? { f, sheet: sheetOf(f) as SheetSnapshot } : undefined;
  };

  const scoresAt = usable('scores');
  const {
    rows: scores,
    rejected,
    reported: reportedRows,
  } = scoresAt
    ? parseScores(scoresAt.sheet, scoresAt.f, framework, problems, textNumbers)
    : { rows: [], rejected: new Set<number>(), reported: [] };
  const oitAt = usable('oit');
  const unmarked = new Set<string>();
  const oit = oitAt ? readChecklist(oitAt.sheet, oitAt.f, framework, problems, unmarked) : [];

  const { indicators, previous, items, previousItems } = engineInput(scores, oit);
  // An indicator row may leave its score empty only when items give the indicator, or will once
  // its unmarked OIT items (errors of their own) are marked; till then its "no score" would repeat them.
  const indicatorOf = (code: string) => itemDef(framework, code)?.indicator;
  const fromItems = new Set(Object.keys(items).map(indicatorOf));
  for (const code of unmarked) {
    const id = indicatorOf(code);
    if (id === undefined || fromItems.has(id)) continue;
    rejected.add(id);
    fromItems.add(id);
  }
  for (const r of scores) {
    if (r.score || fromItems.has(r.indicator) || !scoresAt) continue;
    rejected.add(r.indicator); // its "no score for indicator N" would only repeat this
    problems.push(
      cellProblem(
        'error',
        'scores.score',
        scoresAt.sheet.name,
        r.scoreCell,
        null,
        bi(
          `คะแนน 0–100 ของตัวชี้วัดที่ ${r.indicator} (หรือคะแนนรายข้อของตัวชี้วัดนี้)`,
          `a score from 0 to 100 for indicator ${r.indicator} (or its item scores)`,
        ),
      ),
    );
  }

  const scoreHeader = scoresAt?.f.columns.find((c) => c.key === 'score')?.cell ?? TOP_LEFT;
  const fieldCell = fieldLocator(scores, oit, scoreHeader, scoresAt?.sheet.name, oitAt?.sheet.name);
  const ev =
    scoresAt && !yearRejected
      ? evaluate({
          framework,
          target,
          indicators,
          items,
          previous,
          previousItems,
          previousFramework: previousFramework(framework),
          perceptionStep,
        })
      : { advice: [], problems: [] as Problem[] };
  for (const p of ev.problems) {
    const repeatsRowError =
      (p.code === 'indicator.missing' && p.subject && 'indicator' in p.subject && rejected.has(p.subject.indicator)) ||
      (p.code === 'oit.items-missing' && !!p.items?.every((code) => unmarked.has(code)));
    if (!repeatsRowError) problems.push(fieldCell(p));
  }

  // The agency's own survey: a pre-assessment beside the figures above, never in their place.
  const survey =
    surveySheets.length > 0 && !yearRejected
      ? summarizeSurvey(surveySheets, { framework, target, indicators, items, perceptionStep }, problems, !!scoresAt)
      : undefined;

  const reported = reportedFigures(settings, reportedRows);
  const reportedOff = ev.assessment
    ? reportedProblem(ev.assessment, { framework, target, indicators, items, previous }, reported, scores)
    : undefined;
  if (reportedOff) problems.push(reportedOff);

  const measuresAt = usable('measures');
  const weak = ev.assessment?.indicators.filter((i) => i.status === 'weakness').map((i) => i.id) ?? [];
  const measures = measuresAt
    ? summarizeMeasures(
        measuresAt.sheet.name,
        parseMeasures(measuresAt.sheet, measuresAt.f, framework, year, asOf, problems),
        weak,
      )
    : undefined;

  const agenciesAt = usable('agencies');
  const agencies = agenciesAt
    ? parseAgencies(agenciesAt.sheet, agenciesAt.f, framework, problems, textNumbers)
    : undefined;
  const area =
    agencies && !agencies.failed && agencies.rows.length > 0 && !yearRejected
      ? computeArea(
          framework,
          agencies.rows.map((r) => r.input),
          { target, perceptionStep },
        )
      : undefined;

  return {
    lang: options.lang ?? workbookLanguage(found),
    ...(settings.agency ? { agency: settings.agency } : {}),
    fiscalYear: framework.fiscalYear,
    framework,
    target,
    asOf,
    found,
    ...(ev.assessment ? { assessment: ev.assessment } : {}),
    ...('gap' in ev && ev.gap ? { gap: ev.gap } : {}),
    advice: ev.advice,
    ...(measures ? { measures } : {}),
    ...(area && agencies ? { area: { sheet: agencies.sheet, result: area } } : {}),
    ...(survey ? { survey } : {}),
    textNumbers,
    ...(reported.length > 0
      ? {
          reported: reported.map((r) => ({
            scope: r.scope,
            value: r.figure.value,
            sheet: r.figure.sheet,
            cell: r.figure.cell,
          })),
        }
      : {}),
    problems: groupProblems(sortProblems(problems)),
    sources: { scores, oit, settings, ...(agencies ? { agencies: agencies.rows } : {}) },
  };
}

/** Thai unless every input sheet found is named without Thai letters. */
function workbookLanguage(found: SheetFound[]): Lang {
  const names = found.filter((f) => f.sheet).map((f) => f.sheet as string);
  return names.length > 0 && names.every((n) => !/[\u0e00-\u0e7f]/.test(n)) ? 'en' : 'th';
}
