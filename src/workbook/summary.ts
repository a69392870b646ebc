import { round2 } from '../domain/decimal';
import { nextBand } from '../domain/grades';
import { Problem } from '../domain/problem';
import { IndicatorResult } from '../domain/scoring';
import { bi, Lang } from '../domain/text';
import { Digits, formatDate, formatDateTime } from '../domain/thai-date';
import { AnalysisWithSources } from './analyze';
import { scoreFormula } from './formulas';
import { formula, Grid, num, text } from './grid';
import { labels } from './labels';
import { ratingFormula, ratingReasonFormula } from './rating-formulas';
import { PlanBlock, PlanName, WritePlan } from './plan';
import {
  a4Page,
  agencyHeaderFooter,
  fitRowHeights,
  keepWithNextBreaks,
  PRINT_FONT,
  scaleToFitPage,
  TABLE_POINTS,
} from './print';
import {
  PageContext,
  sectionHeading,
  writeMeasures,
  writeOitTable,
  LAST_PRINTED_COL,
  SCORE_FORMAT,
  SUMMARY_WIDTHS,
  writeSuggestions,
} from './summary-pages';
import { IndRow, PASS, ROW, TARGET, TOTAL, toolCell, toolRow, writeIndicators, writeTools } from './summary-tables';
import { reserveStaleRow } from './stale';
import { writeSurvey } from './summary-survey';
import { changeLine, gapLines } from './summary-lines';

/**
 * A print scale, not "fit to width": Excel and LibreOffice ignore manual page breaks on a sheet
 * scaled to fit, and the later sections need pages of their own. This one is the most; a long
 * first page prints a little smaller so that it stays one page.
 */
const WIDTHS = SUMMARY_WIDTHS;
const PRINT_SCALE = 78;
const GREEN = '#1E4620';
const PASS_FILL = '#C6EFCE';
const PASS_TEXT = '#006100';
const FAIL_FILL = '#FFC7CE';
const FAIL_TEXT = '#9C0006';
const BAR = '#63BE7B';
const OFF_PAGE_POINTS = 10;

/**
 * The summary sheet: live formulas over the input cells with their cached values, laid out to
 * print on A4 for an executive: the result on page 1, then suggestions, measures and the OIT
 * table each from a new page. Returns warnings for inputs that formulas could not read.
 */
export function writeSummary(
  plan: WritePlan,
  a: AnalysisWithSources,
  sheet: string,
  lang: Lang,
  computedAt: string,
  digits: Digits = 'arabic',
): Problem[] {
  const assessment = a.assessment!;
  const fw = a.framework;
  const t = labels(lang);
  const g = new Grid(sheet, WIDTHS.length);
  const warnings: Problem[] = [];
  const named = namer(plan, sheet);
  const indRow: IndRow = (id) => ROW.indHeader + 1 + fw.indicators.findIndex((d) => d.id === id);
  const firstInd = indRow(fw.indicators[0].id);
  const lastInd = indRow(fw.indicators[fw.indicators.length - 1].id);
  const across = (row: number, s: string) => acrossPage(g, row, s);
  const yearLine = writeHeading(plan, g, a, lang, computedAt, digits);

  // The result in large type: total, grade, pass or fail, rating. Grade and pass are judged on the shown total.
  const bands = [...fw.gradeBands].sort((x, y) => x.min - y.min);
  const top = bands[bands.length - 1];
  const mins = bands.map((b) => b.min).join(',');
  const total = assessment.totalShown;
  const next = nextBand(assessment.grade, fw.gradeBands);
  const box = (label: string, col: number, toCol: number) => {
    g.put(ROW.bigLabels, col, text(label));
    g.merge(ROW.bigLabels, col, toCol);
    g.merge(ROW.big, col, toCol);
  };
  box(t.total, 0, 1);
  box(t.gradeShort, 2, 3);
  box(t.passVsTarget, 4, 5);
  box(t.rating, 6, 6);
  g.style(`A${ROW.bigLabels + 1}:G${ROW.bigLabels + 1}`, {
    fontSize: TABLE_POINTS,
    fontColor: '#595959',
    horizontal: 'center',
  });
  named(
    'ITA_TOTAL',
    g.put(ROW.big, 0, formula(`ROUND(SUM(F${toolRow(0) + 1}:F${toolRow(2) + 1}),2)`, total), SCORE_FORMAT),
  );
  named(
    'ITA_GRADE',
    g.put(
      ROW.big,
      2,
      formula(`LOOKUP(${TOTAL},{${mins}},{${bands.map((b) => `"${b.grade}"`).join(',')}})`, assessment.grade),
    ),
  );
  g.put(ROW.big - 1, 8, text('ITA_PASS'));
  named('ITA_PASS', g.put(ROW.big, 8, formula(`${TOTAL}>=ROUND(${TARGET},2)`, assessment.pass)));
  const passWord = assessment.pass ? t.passWord : t.failWord;
  g.put(ROW.big, 4, formula(`IF(${PASS},"${t.passWord}","${t.failWord}")`, passWord));
  if (fw.ratingRules.length > 0) {
    // The named rating (from 2567), and on its own line why a tool capped it.
    const rating = named(
      'ITA_RATING',
      g.put(
        ROW.big,
        6,
        formula(ratingFormula(fw.ratingRules, TOTAL, toolCell, lang), assessment.rating?.name[lang] ?? ''),
      ),
    );
    g.put(
      ROW.ratingReason,
      0,
      formula(
        ratingReasonFormula(fw.ratingRules, rating, TOTAL, toolCell, lang),
        assessment.rating?.reason?.[lang] ?? '',
      ),
    );
    g.merge(ROW.ratingReason, 0, LAST_PRINTED_COL);
    g.style(`A${ROW.ratingReason + 1}`, { wrap: true, vertical: 'top', fontSize: TABLE_POINTS, fontColor: '#9C5700' });
  } else g.put(ROW.big, 6, text('—'));
  if (fw.provisional) {
    across(ROW.provisional, t.provisionalLine(fw));
    g.style(`A${ROW.provisional + 1}`, { italic: true, fontSize: TABLE_POINTS, fontColor: '#9C5700' });
  }
  g.style(`A${ROW.big + 1}:G${ROW.big + 1}`, { bold: true, fontSize: 26, horizontal: 'center', fontColor: GREEN });
  g.style(`E${ROW.big + 1}:F${ROW.big + 1}`, {
    fontSize: 22,
    fill: assessment.pass ? PASS_FILL : FAIL_FILL,
    fontColor: assessment.pass ? PASS_TEXT : FAIL_TEXT,
  });
  g.style(`G${ROW.big + 1}`, { fontSize: 16, wrap: true });
  g.style(`A${ROW.bigLabels + 1}:G${ROW.big + 1}`, { border: true });

  // Target and next grade, with the points still missing.
  const below = bands
    .slice(0, -1)
    .map((b) => b.min)
    .join(',');
  const above = bands.slice(1);
  const targetSource = a.sources.settings.target;
  const labelled = (row: number, label: string, gapLabel: string) => {
    g.put(row, 0, text(label));
    g.merge(row, 0, 1);
    g.put(row, 3, text(gapLabel));
    g.merge(row, 3, 5);
  };
  labelled(ROW.target, t.target, t.gapToTarget);
  g.put(
    ROW.target,
    2,
    targetSource?.formulaReadable ? formula(scoreFormula(targetSource), a.target) : num(a.target),
    SCORE_FORMAT,
  );
  g.put(
    ROW.target,
    6,
    formula(`MAX(0,ROUND(${TARGET}-${TOTAL},2))`, Math.max(0, round2(a.target - total))),
    SCORE_FORMAT,
  );
  labelled(ROW.nextGrade, t.nextGrade, t.gapToNextGrade);
  g.put(
    ROW.nextGrade,
    2,
    formula(
      `IF(${TOTAL}>=${top.min},"",LOOKUP(${TOTAL},{${below}},{${above.map((b) => `"${b.grade}"`).join(',')}}))`,
      next?.grade ?? '',
    ),
  );
  g.put(
    ROW.nextGrade,
    6,
    formula(
      `IF(${TOTAL}>=${top.min},0,ROUND(LOOKUP(${TOTAL},{${below}},{${above.map((b) => b.min).join(',')}})-${TOTAL},2))`,
      next ? round2(next.min - total) : 0,
    ),
    SCORE_FORMAT,
  );
  g.style(`C${ROW.target + 1}:C${ROW.nextGrade + 1}`, { bold: true, horizontal: 'center' });
  g.style(`G${ROW.target + 1}:G${ROW.nextGrade + 1}`, { bold: true, horizontal: 'center' });

  writeTools(g, a, t, lang, named, indRow);
  warnings.push(...writeIndicators(g, a, t, lang, named, indRow));

  // Strengths, weaknesses, change from last year, the route to the target.
  let row = lastInd + 1;
  const list = (inds: IndicatorResult[]) =>
    inds.length ? `${t.indicatorShort} ${inds.map((i) => i.id).join(', ')}` : '';
  across(
    row++,
    t.strengthsLine(a.target.toFixed(2), list(assessment.indicators.filter((i) => i.status === 'strength'))),
  );
  across(row++, t.weaknessesLine(list(assessment.indicators.filter((i) => i.status === 'weakness'))));
  across(row++, changeLine(assessment.indicators, t));
  sectionHeading(g, row++, bi('แผนยกระดับคะแนน (ณ เวลาคำนวณ)', 'Route to the target (as computed)'), lang);
  for (const s of gapLines(a, t)) {
    across(row, s);
    g.style(`A${row + 1}`, { fontSize: TABLE_POINTS });
    row++;
  }
  for (let r = lastInd + 1; r < lastInd + 4; r++) g.style(`A${r + 1}`, { fontSize: TABLE_POINTS });

  // Pages of their own: suggestions, measures, OIT.
  const breaks: number[] = [];
  const ctx: PageContext = { plan, g, a, t, lang, digits, named };
  breaks.push(++row);
  row = writeSuggestions(ctx, row);
  if (a.measures) {
    breaks.push(++row);
    row = writeMeasures(ctx, row);
  }
  if (a.survey) {
    breaks.push(++row);
    row = writeSurvey(ctx, row);
  }
  const oitIndicators = assessment.indicators.filter((i) => i.subIndicators);
  if (oitIndicators.length > 0) {
    breaks.push(++row);
    const subCells = writeOitTable(ctx, row, warnings);
    for (const ind of oitIndicators) {
      const cells = ind.subIndicators!.map((s) => subCells.get(s.id) as string);
      named(
        `ITA_IND_${ind.id}`,
        g.put(indRow(ind.id), 3, formula(`AVERAGE(${cells.join(',')})`, ind.score), SCORE_FORMAT),
      );
    }
  }

  // What sits right of the printed page (chart data, ITA_PASS, status words) is small: it sets no row's height.
  const block = g.block();
  g.style(`I1:K${block.cells.length}`, { fontSize: OFF_PAGE_POINTS, fontColor: '#7F7F7F' });
  pushSummarySheet(plan, g, block, a, lang, yearLine, breaks, breaks[0]);
  plan.dataBars.push(
    { sheet, range: `D${toolRow(0) + 1}:D${toolRow(2) + 1}`, color: BAR, min: 0, max: 100 },
    { sheet, range: `D${firstInd + 1}:D${lastInd + 1}`, color: BAR, min: 0, max: 100 },
  );
  plan.charts.push({
    sheet,
    name: 'ITA_INDICATOR_CHART',
    kind: 'bar',
    source: `I${ROW.indHeader + 1}:K${lastInd + 1}`,
    title: t.chartTitle,
    at: `I${lastInd + 3}:P${lastInd + 22}`,
    min: 0,
    max: 100,
  });
  return warnings;
}

/** A line of text across the printed width, wrapped. */
function acrossPage(g: Grid, row: number, s: string): void {
  g.put(row, 0, text(s));
  g.merge(row, 0, LAST_PRINTED_COL);
  g.style(`A${row + 1}`, { wrap: true, vertical: 'top' });
}

/** Title, agency and year, when computed, and the row kept for a blocked run's banner; returns the year line. */
function writeHeading(
  plan: WritePlan,
  g: Grid,
  a: AnalysisWithSources,
  lang: Lang,
  computedAt: string,
  digits: Digits,
): string {
  const t = labels(lang);
  const yearLine = `${t.fiscalYear} ${a.fiscalYear}${a.framework.provisional ? ` (${t.provisional})` : ''}`;
  acrossPage(g, ROW.title, t.title);
  g.style(`A${ROW.title + 1}`, { bold: true, fontSize: 16, fontColor: GREEN });
  // Agency at the left, year at the right: each wraps in its own width.
  g.put(ROW.agency, 0, text(a.agency ?? '—'));
  g.merge(ROW.agency, 0, 3);
  g.put(ROW.agency, 4, text(yearLine));
  g.merge(ROW.agency, 4, LAST_PRINTED_COL);
  g.style(`A${ROW.agency + 1}:G${ROW.agency + 1}`, { bold: true, wrap: true, vertical: 'top' });
  g.style(`E${ROW.agency + 1}`, { horizontal: 'right' });
  acrossPage(
    g,
    ROW.stamp,
    `${t.computedAt} ${formatDateTime(computedAt, lang, digits)} · ${t.asOf} ${formatDate(a.asOf, lang, digits)} · ITA Planner`,
  );
  g.style(`A${ROW.stamp + 1}`, { italic: true, fontSize: 12, fontColor: '#595959' });
  reserveStaleRow(plan, g.sheet, ROW.stale, WIDTHS.length - 1);
  return yearLine;
}

/**
 * The summary of a workbook that has the agency's own survey but not yet the NACC's scores (the
 * usual time for a pre-assessment): the heading, then the pre-assessment page.
 */
export function writeSurveySummary(
  plan: WritePlan,
  a: AnalysisWithSources,
  sheet: string,
  lang: Lang,
  computedAt: string,
  digits: Digits = 'arabic',
): void {
  const t = labels(lang);
  const g = new Grid(sheet, WIDTHS.length);
  const yearLine = writeHeading(plan, g, a, lang, computedAt, digits);
  writeSurvey({ plan, g, a, t, lang, digits, named: namer(plan, sheet) }, ROW.stale + 1);
  const block = g.block();
  // One page when it can be read so: a little smaller rather than two suggestions alone on a second.
  pushSummarySheet(plan, g, block, a, lang, yearLine, [], block.cells.length);
}

/** Defines a workbook name at a cell of `sheet`, and returns the cell. */
function namer(plan: WritePlan, sheet: string): (name: string, cell: string) => string {
  return (name, cell) => {
    plan.names.push({ name, sheet, ref: cell } satisfies PlanName);
    return cell;
  };
}

/**
 * The summary sheet as it prints: A4 portrait, columns A:G, row 1 on every page, page breaks
 * before `breaks` and before any heading that would end a page; the scale the most that keeps the
 * first `firstPageRows` rows on one page.
 */
function pushSummarySheet(
  plan: WritePlan,
  g: Grid,
  block: PlanBlock,
  a: AnalysisWithSources,
  lang: Lang,
  yearLine: string,
  breaks: readonly number[],
  firstPageRows: number,
): void {
  const sheet = g.sheet;
  const { header, footer } = agencyHeaderFooter(a.agency, `ITA ${yearLine}`, labels(lang));
  const spec = { name: sheet, columnWidths: WIDTHS, tabColor: '#2E7D32', font: PRINT_FONT };
  const rowHeights = [...fitRowHeights(spec, block, g.styles, g.merges), ...spacers(block)];
  const page = a4Page('portrait', {
    fitToWidth: false,
    titleRows: [1, 1] as [number, number],
    printColumns: 'A:G',
    lastPrintedRow: block.cells.length, // our stamp below is for the screen
    header,
    footer,
    breaksBefore: [...breaks],
  });
  page.scale = scaleToFitPage(page, rowHeights, firstPageRows, PRINT_FONT, PRINT_SCALE);
  page.breaksBefore = [
    ...breaks,
    ...keepWithNextBreaks(page, rowHeights, block.cells.length, g.keptWithNext, PRINT_FONT),
  ].sort((x, y) => x - y);
  plan.sheets.push({ ...spec, page, rowHeights });
  plan.blocks.push(block);
  plan.styles.push(...g.styles);
  plan.merges.push(...g.merges.map((range) => ({ sheet, range })));
}

/**
 * Empty rows between the parts print as thin spacers, so the first page holds the result, the
 * tables and the route; the stale row keeps its height for the banner a blocked run may write.
 */
function spacers(block: PlanBlock): { row: number; points: number }[] {
  return block.cells.flatMap((cells, i) =>
    i !== ROW.stale && cells.every((c) => c === null) ? [{ row: block.top + i, points: 8 }] : [],
  );
}
