import { evaluate } from '../domain';
import { round2 } from '../domain/decimal';
import { itemDef, oitItemCodes } from '../domain/framework';
import { previousFramework } from '../domain/year-over-year';
import { DEFAULT_PERCEPTION_STEP } from '../domain/gap';
import { NEWEST_FRAMEWORK, notShippedMessage, resolveFramework } from '../domain/frameworks';
import { Problem } from '../domain/problem';
import { bi, Bilingual, Lang } from '../domain/text';
import { IsoDate } from '../domain/parse/common';
import { FiscalYear } from '../domain/parse/years';
import { Analysis, ColumnChoice, ColumnFound, MeasuresSummary, SheetChoice, SheetFound, TextNumber } from './analysis';
import { cellAt, cellProblem, isEmpty, locatedProblem } from './cells';
import { computeArea } from '../domain/agencies';
import { AgencySourceRow, parseAgencies } from './agencies-parse';
import { detectSheets, nearMisses } from './detect';
import { groupProblems } from './group';
import { parseMeasures } from './parse-measures';
import { OitRow, parseOit } from './parse-oit';
import { parseScores, ScoreRow } from './parse-scores';
import { parseSettings, Settings } from './parse-settings';
import { ownedSheets } from './owned';
import { REPORTED_CODES, reportedFigures, reportedProblem } from './reported-check';
import { applyRulesSheet } from './rules-sheet';
import { a1, SheetSnapshot, WorkbookSnapshot } from './snapshot';
import { findSurveySheets, summarizeSurvey } from './survey-sheet';

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

  for (const miss of nearMisses(snapshot, found, notInput))
    problems.push(
      locatedProblem(
        'warning',
        'sheet.name-near-miss',
        miss.sheet,
        'A1',
        bi(
          `ชีต "${miss.sheet}" ชื่อคล้ายชีต "${miss.name}" แต่ไม่ตรง จึงไม่ได้อ่านเป็นชีต "${miss.role.label.th}" — ถ้าใช่ ให้เปลี่ยนชื่อเป็น "${miss.name}" แล้วคำนวณใหม่`,
          `Sheet "${miss.sheet}" is named like "${miss.name}" but not quite, so it was not read as the "${miss.role.label.en}" sheet; if it is, rename it "${miss.name}" and recompute`,
        ),
        miss.sheet,
      ),
    );
  const settingsSheet = sheetOf(role('settings'));
  const settings = settingsSheet ? parseSettings(settingsSheet, problems) : {};
  const year: FiscalYear = settings.fiscalYear ?? {
    be: NEWEST_FRAMEWORK.fiscalYear,
    ce: NEWEST_FRAMEWORK.fiscalYear - 543,
  };
  // The year's own cell, wherever its label put it; the Settings sheet's B1 only when no year was given.
  const yearAt = settings.fiscalYearAt ?? { sheet: settingsSheet?.name ?? '', cell: 'B1', raw: null };
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
  for (const s of snapshot.sheets) {
    if (!s.truncated) continue;
    const { used, read } = s.truncated;
    problems.push(
      locatedProblem(
        'warning',
        'sheet.truncated',
        s.name,
        read,
        bi(
          `ชีต "${s.name}" มีช่วงที่ใช้ ${used} ใหญ่เกินกว่าที่ ITA Planner อ่านได้ จึงอ่านเฉพาะ ${read} มักเกิดจากค่าหลงอยู่ไกลจากข้อมูล กด Ctrl+End เพื่อดูเซลล์สุดท้าย ลบแถวและคอลัมน์ว่างที่เกินมา แล้วคำนวณใหม่`,
          `Sheet "${s.name}" uses ${used}, more than ITA Planner reads, so only ${read} was read. A stray value far from the data usually causes this: press Ctrl+End to see the last cell, delete the extra rows and columns, and recompute`,
        ),
        used,
      ),
    );
  }

  // A workbook of many agencies needs no single agency's Scores sheet.
  const manyAgencies = !!role('agencies').sheet;

  for (const f of found) {
    if (f.required && !f.sheet && !manyAgencies) {
      problems.push({
        severity: 'error',
        code: 'sheet.missing',
        found: '',
        message: bi(
          `ไม่พบชีต "${f.label.th}" (หรือชีตที่มีหัวคอลัมน์ ตัวชี้วัด และ คะแนน)`,
          `No "${f.label.en}" sheet was found (nor a sheet with Indicator and Score headers)`,
        ),
      });
    }
    if (f.sheetChoice) problems.push(sheetChoiceProblem(f.sheet!, f.label, f.sheetChoice));
    if (f.columnChoice) problems.push(columnChoiceProblem(f.sheet!, f.columnChoice, year.be));
    const undecided = f.columnChoice && !f.columnChoice.chosen;
    if (f.sheet)
      for (const m of f.missingDetail ?? [])
        if (!(undecided && m.label === f.columnChoice?.candidates[0].label)) problems.push(missingColumnProblem(f, m));
  }
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
  const hasOitItems = oitItemCodes(framework).length > 0;
  if (oitAt && !hasOitItems) {
    problems.push(
      locatedProblem(
        'warning',
        'oit.no-item-list',
        oitAt.sheet.name,
        'A1',
        bi(
          `ปี ${framework.fiscalYear} ยังไม่มีรายการข้อ OIT ในโปรแกรม จึงไม่ใช้ชีตนี้ ให้กรอกคะแนนตัวชี้วัดที่ 9 และ 10 ในชีตคะแนน`,
          `There is no OIT item list for ${framework.fiscalYear}, so this sheet is not used; give indicators 9 and 10 on the Scores sheet`,
        ),
      ),
    );
  }
  const untouched = oitAt && hasOitItems && isUntouchedChecklist(oitAt.sheet, oitAt.f);
  if (oitAt && untouched) {
    problems.push(
      locatedProblem(
        'warning',
        'oit.untouched',
        oitAt.sheet.name,
        oitAt.f.columns.find((c) => c.key === 'published')?.cell ?? 'A1',
        bi(
          `ชีต ${oitAt.sheet.name} ยังไม่ได้กรอก (ไม่มีข้อใดเลือก มี/ไม่มี) จึงไม่ใช้รายการตรวจ OIT: ตัวชี้วัดที่ 9 และ 10 ใช้คะแนนจากชีตคะแนน — ถ้ามีผลรายข้อ ให้เลือก มี/ไม่มี ให้ครบทุกข้อ`,
          `The ${oitAt.sheet.name} checklist is untouched (no item marked มี/ไม่มี), so it is not used: indicators 9 and 10 come from the Scores sheet. To score item by item, mark every item`,
        ),
      ),
    );
  }
  const oit = oitAt && hasOitItems && !untouched ? parseOit(oitAt.sheet, oitAt.f, framework, problems) : [];

  // Scores → engine input. Question rows that repeat are respondents: the question is their mean.
  const indicators: Record<number, number> = {};
  const previous: Record<number, number> = {};
  const itemSums = new Map<string, { sum: number; n: number }>();
  const previousItemSums = new Map<string, { sum: number; n: number }>();
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
  if (oit.length > 0)
    for (const o of oit) {
      items[o.item] = o.published ? 100 : 0;
      if (o.previouslyPublished !== undefined) previousItems[o.item] = o.previouslyPublished ? 100 : 0;
    }
  // An indicator row may leave its score empty only when items give the indicator.
  const fromItems = new Set(Object.keys(items).map((code) => itemDef(framework, code)?.indicator));
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

  const scoreHeader = scoresAt?.f.columns.find((c) => c.key === 'score')?.cell ?? 'A1';
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
      p.code === 'indicator.missing' && p.subject && 'indicator' in p.subject && rejected.has(p.subject.indicator);
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
  let measures: MeasuresSummary | undefined;
  if (measuresAt) {
    const rows = parseMeasures(measuresAt.sheet, measuresAt.f, framework, year, asOf, problems);
    const count = (s: string | undefined) => rows.filter((r) => r.status === s).length;
    const weak = ev.assessment?.indicators.filter((i) => i.status === 'weakness').map((i) => i.id) ?? [];
    const served = new Set(rows.flatMap((r) => r.indicators));
    measures = {
      sheet: measuresAt.sheet.name,
      rows,
      total: rows.length,
      done: count('done'),
      inProgress: count('in-progress'),
      notStarted: count('not-started'),
      unknown: count(undefined),
      overdue: rows.filter((r) => r.overdue).length,
      percentDone: rows.length === 0 ? 0 : round2((count('done') / rows.length) * 100),
      uncoveredWeakIndicators: weak.filter((id) => !served.has(id)),
    };
  }

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

/** One message per missing column: the sheet, the column, the headers it accepts, the headers found. */
function missingColumnProblem(f: SheetFound, m: NonNullable<SheetFound['missingDetail']>[number]): Problem {
  const accepted = m.accepted.map((h) => `"${h}"`).join(', ');
  const found = (f.headersFound ?? []).map((h) => `"${h}"`).join(', ');
  const row = f.headerRow === undefined ? 'A1' : `A${f.headerRow + 1}`;
  return locatedProblem(
    'error',
    'sheet.column-missing',
    f.sheet as string,
    row,
    bi(
      `ชีต ${f.sheet} ไม่มีคอลัมน์ "${m.label.th}" ในแถวหัวตาราง (ภายใน 10 แถวแรก) หัวคอลัมน์ที่ใช้ได้: ${accepted} · หัวคอลัมน์ที่พบ: ${found || 'ไม่มี'} — เพิ่มคอลัมน์นี้หรือเปลี่ยนหัวคอลัมน์ให้ตรงกับชื่อใดชื่อหนึ่ง`,
      `Sheet ${f.sheet} has no "${m.label.en}" column in its header row (within the first 10 rows). Accepted headers: ${accepted}. Headers found: ${found || 'none'}. Add the column, or rename its header to one of these`,
    ),
    found,
  );
}

/**
 * A checklist nobody filled in (the template's, or one pasted with titles only): every
 * Published and URL cell below the header is empty. It means "no checklist", not 43 errors.
 */
function isUntouchedChecklist(sheet: SheetSnapshot, f: SheetFound): boolean {
  const cols = f.columns.filter((c) => c.key === 'published' || c.key === 'url').map((c) => c.col);
  for (let r = (f.headerRow ?? 0) + 1; r < sheet.top + sheet.values.length; r++)
    if (cols.some((c) => !isEmpty(cellAt(sheet, r, c)))) return false;
  return true;
}

/** Thai unless every input sheet found is named without Thai letters. */
function workbookLanguage(found: SheetFound[]): Lang {
  const names = found.filter((f) => f.sheet).map((f) => f.sheet as string);
  return names.length > 0 && names.every((n) => !/[\u0e00-\u0e7f]/.test(n)) ? 'en' : 'th';
}

/** Errors first, then a reported result that disagrees, then by sheet and row, so lists read top to bottom. */
function sortProblems(problems: Problem[]): Problem[] {
  const rowOf = (p: Problem) => Number(/\d+$/.exec(p.cell ?? '')?.[0] ?? 0);
  return problems
    .map((p, i) => ({ p, i }))
    .sort(
      (x, y) =>
        (x.p.severity === y.p.severity ? 0 : x.p.severity === 'error' ? -1 : 1) ||
        Number(!REPORTED_CODES.includes(x.p.code)) - Number(!REPORTED_CODES.includes(y.p.code)) ||
        (x.p.sheet ?? '').localeCompare(y.p.sheet ?? '') ||
        rowOf(x.p) - rowOf(y.p) ||
        x.i - y.i,
    )
    .map(({ p }) => p);
}

/** Scoring speaks of indicators and items; the workbook speaks of cells. */
function fieldLocator(scores: ScoreRow[], oit: OitRow[], scoreHeader: string, scoresSheet?: string, oitSheet?: string) {
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

/**
 * Several columns could be the score: a warning naming the one used (and last year's), or, when
 * the rule picks none, an error naming them all.
 */
/** Several sheets could have had this role: which one is read, by which rule, and what to do if it is the wrong one. */
function sheetChoiceProblem(sheet: string, role: Bilingual, c: SheetChoice): Problem {
  const others = c.others.map((s) => `"${s}"`).join(', ');
  const why =
    c.rule === 'visible'
      ? bi(`ชีตที่มองเห็น "${sheet}"`, `the visible sheet "${sheet}"`)
      : bi(`ชีตแรกตามลำดับแท็บ "${sheet}"`, `the first sheet in tab order, "${sheet}",`);
  const notRead =
    c.rule === 'visible' ? bi(`ชีตที่ซ่อนไว้ ${others}`, `the hidden ${others}`) : bi(`ชีต ${others}`, `${others}`);
  return locatedProblem(
    'warning',
    'sheets.chosen',
    sheet,
    'A1',
    bi(
      `มีหลายชีตที่อาจเป็นชีต "${role.th}" จึงอ่าน${why.th} ไม่อ่าน${notRead.th} — ถ้าไม่ถูกต้อง ให้ลบหรือเปลี่ยนชื่อชีตที่ไม่ใช้ แล้วคำนวณใหม่`,
      `Several sheets could be the "${role.en}" sheet, so ${why.en} is read and ${notRead.en} is not; if that is wrong, delete or rename the sheet that should not be read and recompute`,
    ),
    [sheet, ...c.others].join(', '),
  );
}

function columnChoiceProblem(sheet: string, c: ColumnChoice, be: number): Problem {
  const list = (xs: ColumnFound[]) => xs.map((x) => `${x.cell} "${x.header}"`).join(', ');
  const all = list(c.candidates);
  if (!c.chosen)
    return locatedProblem(
      'error',
      'columns.ambiguous',
      sheet,
      c.candidates[0].cell,
      bi(
        `ชีต ${sheet} มีหลายคอลัมน์ที่อาจเป็นคะแนน: ${all} และไม่มีคอลัมน์ใดระบุปีงบประมาณ ${be} — ตั้งชื่อหัวคอลัมน์คะแนนปีนี้ว่า "คะแนน" หรือ "คะแนน ${be}" แล้วคำนวณใหม่`,
        `Sheet ${sheet} has several columns that could be the score: ${all}, and none names fiscal year ${be}; head this year's scores "Score" or "Score ${be}" and recompute`,
      ),
      all,
    );
  const others = c.candidates.filter((x) => x.cell !== c.chosen!.cell && x.cell !== c.previous?.cell);
  const prev = c.previous
    ? { th: ` และ ${list([c.previous])} เป็นคะแนนปีก่อน`, en: `, and ${list([c.previous])} as last year's` }
    : { th: '', en: '' };
  const rest = others.length
    ? { th: ` ไม่ใช้ ${list(others)}`, en: `; ${list(others)} is not used` }
    : { th: '', en: '' };
  return locatedProblem(
    'warning',
    'columns.chosen',
    sheet,
    c.chosen.cell,
    bi(
      `ชีต ${sheet} มีหลายคอลัมน์ที่อาจเป็นคะแนน จึงใช้ ${list([c.chosen])} เป็นคะแนนปีงบประมาณ ${be}${prev.th}${rest.th} — ถ้าไม่ถูกต้อง ให้แก้หัวคอลัมน์`,
      `Sheet ${sheet} has several columns that could be the score, so ${list([c.chosen])} is read as fiscal year ${be}${prev.en}${rest.en}; if that is wrong, rename the headers`,
    ),
    all,
  );
}
