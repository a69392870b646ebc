import { round2 } from '../domain/decimal';
import { pointWorths, ToolId, TOOL_IDS } from '../domain/framework';
import { nextBand } from '../domain/grades';
import { Problem } from '../domain/problem';
import { IndicatorResult } from '../domain/scoring';
import { bi, Lang } from '../domain/text';
import { Digits, formatDate, formatDateTime } from '../domain/thai-date';
import { AnalysisWithSources } from './analyze';
import { averageOfGroups, scoreFormula } from './formulas';
import { formula, Grid, num, text } from './grid';
import { L, labels } from './labels';
import { CellNumber } from './parse';
import { ratingFormula, ratingReasonFormula } from './rating-formulas';
import { PlanBlock, PlanName, WritePlan } from './plan';
import { a4Page, agencyHeaderFooter, fitRowHeights, PRINT_FONT, TABLE_POINTS } from './print';
import {
  PageContext,
  sectionHeading,
  tableHeader,
  writeMeasures,
  writeOitTable,
  SUMMARY_WIDTHS,
  writeSuggestions,
} from './summary-pages';
import { reserveStaleRow } from './stale';

export const SCORE_FORMAT = '0.00';
/**
 * A fixed print scale, not "fit to width": Excel and LibreOffice ignore manual page breaks on a
 * sheet scaled to fit, and the later sections need pages of their own.
 */
const WIDTHS = SUMMARY_WIDTHS;
const PRINT_SCALE = 78;
export const LAST_PRINTED_COL = 6; // G
const GREEN = '#1E4620';
const PASS_FILL = '#C6EFCE';
const PASS_TEXT = '#006100';
const FAIL_FILL = '#FFC7CE';
const FAIL_TEXT = '#9C0006';
const BAR = '#63BE7B';
const OFF_PAGE_POINTS = 10;

// Fixed rows (0-based) of the first page; the rest flows.
const ROW = {
  title: 0,
  agency: 1,
  stamp: 2,
  /** Stays empty: a later blocked run writes its "out of date" banner here (stale.ts). */
  stale: 3,
  bigLabels: 4,
  big: 5,
  target: 6,
  nextGrade: 7,
  /** Why a tool capped the named rating, when one did. */
  ratingReason: 8,
  /** The provisional rules' reason, when the framework is provisional. */
  provisional: 9,
  toolsHeader: 10,
  indHeader: 15,
};
const TOTAL = `A${ROW.big + 1}`;
const TARGET = `C${ROW.target + 1}`;
/** ITA_PASS (TRUE/FALSE) sits off the printed page: Excel shows a Boolean as TRUE/FALSE whatever its format. */
const PASS = `I${ROW.big + 1}`;
const toolRow = (i: number) => ROW.toolsHeader + 1 + i;
const toolCell = (id: ToolId) => `D${toolRow(TOOL_IDS.indexOf(id)) + 1}`;
/** The row of an indicator: the framework's own list, in its order. */
type IndRow = (id: number) => number;

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
  const named = (name: string, cell: string) => {
    plan.names.push({ name, sheet, ref: cell } satisfies PlanName);
    return cell;
  };
  const indRow: IndRow = (id) => ROW.indHeader + 1 + fw.indicators.findIndex((d) => d.id === id);
  const firstInd = indRow(fw.indicators[0].id);
  const lastInd = indRow(fw.indicators[fw.indicators.length - 1].id);
  const across = (row: number, s: string) => {
    g.put(row, 0, text(s));
    g.merge(row, 0, LAST_PRINTED_COL);
    g.style(`A${row + 1}`, { wrap: true, vertical: 'top' });
  };
  const yearLine = `${t.fiscalYear} ${a.fiscalYear}${fw.provisional ? ` (${t.provisional})` : ''}`;

  // Title, agency and year, when computed.
  across(ROW.title, t.title);
  g.style(`A${ROW.title + 1}`, { bold: true, fontSize: 16, fontColor: GREEN });
  // Agency at the left, year at the right: each wraps in its own width.
  g.put(ROW.agency, 0, text(a.agency ?? '—'));
  g.merge(ROW.agency, 0, 3);
  g.put(ROW.agency, 4, text(yearLine));
  g.merge(ROW.agency, 4, LAST_PRINTED_COL);
  g.style(`A${ROW.agency + 1}:G${ROW.agency + 1}`, { bold: true, wrap: true, vertical: 'top' });
  g.style(`E${ROW.agency + 1}`, { horizontal: 'right' });
  across(
    ROW.stamp,
    `${t.computedAt} ${formatDateTime(computedAt, lang, digits)} · ${t.asOf} ${formatDate(a.asOf, lang, digits)} · ITA Planner`,
  );
  g.style(`A${ROW.stamp + 1}`, { italic: true, fontSize: 12, fontColor: '#595959' });
  reserveStaleRow(plan, sheet, ROW.stale, WIDTHS.length - 1);

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
  const { header, footer } = agencyHeaderFooter(a.agency, `ITA ${yearLine}`, t);
  const spec = {
    name: sheet,
    columnWidths: WIDTHS,
    tabColor: '#2E7D32',
    font: PRINT_FONT,
    page: a4Page('portrait', {
      fitToWidth: false,
      scale: PRINT_SCALE,
      titleRows: [1, 1] as [number, number],
      printColumns: 'A:G',
      lastPrintedRow: block.cells.length, // our stamp below is for the screen
      header,
      footer,
      breaksBefore: breaks,
    }),
  };
  plan.sheets.push({ ...spec, rowHeights: [...fitRowHeights(spec, block, g.styles, g.merges), ...spacers(block)] });
  plan.blocks.push(block);
  plan.styles.push(...g.styles);
  plan.merges.push(...g.merges.map((range) => ({ sheet, range })));
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

/**
 * Empty rows between the parts print as thin spacers, so the first page holds the result, the
 * tables and the route; the stale row keeps its height for the banner a blocked run may write.
 */
function spacers(block: PlanBlock): { row: number; points: number }[] {
  return block.cells.flatMap((cells, i) =>
    i !== ROW.stale && cells.every((c) => c === null) ? [{ row: block.top + i, points: 8 }] : [],
  );
}

/** Tools: the mean of their indicators, weighted. */
function writeTools(
  g: Grid,
  a: AnalysisWithSources,
  t: L,
  lang: Lang,
  named: (n: string, c: string) => string,
  indRow: IndRow,
): void {
  const assessment = a.assessment!;
  tableHeader(
    g,
    ROW.toolsHeader,
    [
      bi('แบบ', 'Tool'),
      bi('ชื่อ', 'Name'),
      bi('', ''),
      bi('คะแนน', 'Score'),
      bi('น้ำหนัก', 'Weight'),
      bi('ถ่วงน้ำหนัก', 'Weighted'),
      bi('ผล', 'Result'),
    ],
    lang,
  );
  g.merge(ROW.toolsHeader, 1, 2);
  TOOL_IDS.forEach((id, i) => {
    const r = toolRow(i);
    const tr = assessment.tools[id];
    const inds = a.framework.indicators.filter((d) => d.tool === id).map((d) => `D${indRow(d.id) + 1}`);
    g.put(r, 0, text(id));
    g.put(r, 1, text(tr.name[lang].replace(` (${id})`, ''))); // column A names the tool
    g.merge(r, 1, 2);
    named(`ITA_${id}`, g.put(r, 3, formula(`AVERAGE(${inds.join(',')})`, tr.score), SCORE_FORMAT));
    g.put(r, 4, num(tr.weight), '0%');
    g.put(r, 5, formula(`D${r + 1}*E${r + 1}`, tr.weighted), '0.000');
    g.put(
      r,
      6,
      formula(
        `IF(ROUND(D${r + 1},2)>=ROUND(${TARGET},2),"${t.passWord}","${t.failWord}")`,
        tr.status === 'strength' ? t.passWord : t.failWord,
      ),
    );
  });
  const body = `A${toolRow(0) + 1}:G${toolRow(2) + 1}`;
  g.style(body, { border: true, fontSize: TABLE_POINTS, wrap: true, vertical: 'top' });
  g.style(`A${toolRow(0) + 1}:A${toolRow(2) + 1}`, { horizontal: 'center' });
  g.style(`D${toolRow(0) + 1}:G${toolRow(2) + 1}`, { horizontal: 'center' });
}

/** The ten indicators, with the chart's data beside them (off the printed page). */
function writeIndicators(
  g: Grid,
  a: AnalysisWithSources,
  t: L,
  lang: Lang,
  named: (n: string, c: string) => string,
  indRow: IndRow,
): Problem[] {
  const warnings: Problem[] = [];
  const assessment = a.assessment!;
  tableHeader(
    g,
    ROW.indHeader,
    [
      bi('ที่', 'No.'),
      bi('ตัวชี้วัด', 'Indicator'),
      bi('แบบ', 'Tool'),
      bi('คะแนน', 'Score'),
      bi('ปีก่อน', 'Previous'),
      bi('เปลี่ยนแปลง', 'Change'),
      bi('ผล', 'Result'),
    ],
    lang,
  );
  g.put(ROW.indHeader - 1, 8, text(t.chartData));
  g.put(ROW.indHeader, 8, text(t.indicatorShort));
  g.put(ROW.indHeader, 9, text(bi('คะแนน', 'Score')[lang]));
  g.put(ROW.indHeader, 10, text(t.target));
  for (const ind of assessment.indicators) {
    const r = indRow(ind.id);
    g.put(r, 0, num(ind.id));
    g.put(r, 1, text(ind.name[lang]));
    g.put(r, 2, text(ind.tool));
    if (!ind.subIndicators) {
      const f = indicatorFormula(a, ind);
      named(`ITA_IND_${ind.id}`, g.put(r, 3, f ? formula(f, ind.score) : num(ind.score), SCORE_FORMAT));
      const tooLarge = !f && ind.source === 'items' ? tooLargeWarning(a, ind) : undefined;
      if (tooLarge) warnings.push(tooLarge);
    } // OIT indicators are written once the OIT table is placed
    const prev = a.sources.scores.find((s) => !s.item && s.indicator === ind.id)?.previous;
    if (prev)
      g.put(r, 4, prev.formulaReadable ? formula(scoreFormula(prev), prev.value) : num(prev.value), SCORE_FORMAT);
    g.put(
      r,
      5,
      formula(`IF(E${r + 1}="","",ROUND(D${r + 1},2)-ROUND(E${r + 1},2))`, ind.change ?? ''),
      '+0.00;-0.00;0.00',
    );
    g.put(
      r,
      6,
      formula(
        `IF(ROUND(D${r + 1},2)>=ROUND(${TARGET},2),"${t.strength}","${t.weaknessShort}")`,
        ind.status === 'strength' ? t.strength : t.weaknessShort,
      ),
    );
    g.put(r, 8, text(String(ind.id)));
    g.put(r, 9, formula(`ROUND(D${r + 1},2)`, ind.shown), SCORE_FORMAT);
    g.put(r, 10, formula(TARGET, a.target), SCORE_FORMAT);
  }
  const ids = a.framework.indicators.map((d) => d.id);
  const [first, last] = [indRow(ids[0]) + 1, indRow(ids[ids.length - 1]) + 1];
  g.style(`A${first}:G${last}`, { border: true, fontSize: TABLE_POINTS, wrap: true, vertical: 'top' });
  g.style(`A${first}:A${last}`, { horizontal: 'center' });
  g.style(`C${first}:G${last}`, { horizontal: 'center' });
  return warnings;
}

/**
 * An indicator averaged from more answers than one Excel formula can hold (255 arguments, 8,192
 * characters) is written as its value; said once, at its first answer, unless an unreadable
 * answer (already warned about) is why.
 */
function tooLargeWarning(a: AnalysisWithSources, ind: IndicatorResult): Problem | undefined {
  const codes = new Set(ind.items.map((it) => it.code));
  const answers = a.sources.scores.filter((s) => s.item && codes.has(s.item) && s.score).map((s) => s.score!);
  if (answers.length === 0 || answers.some((c) => !c.formulaReadable)) return undefined;
  const first = answers[0];
  return {
    severity: 'warning',
    code: 'formula.too-large',
    sheet: first.sheet,
    cell: first.cell,
    found: String(answers.length),
    message: bi(
      `ตัวชี้วัดที่ ${ind.id} เฉลี่ยจาก ${answers.length} คำตอบ มากเกินกว่าสูตร Excel หนึ่งสูตรจะรับได้ (255 อาร์กิวเมนต์ หรือ 8,192 ตัวอักษร) จึงบันทึกคะแนนในชีตสรุปเป็นค่าคงที่ — ถ้าแก้คำตอบ ให้กดคำนวณใหม่ หรือเรียงแถวคำตอบของแต่ละข้อให้อยู่ติดกัน`,
      `Indicator ${ind.id} averages ${answers.length} answers, more than one Excel formula can hold (255 arguments or 8,192 characters), so the summary holds its value, not a formula; recompute after changing answers, or keep each question's rows together`,
    ),
  };
}

/** An indicator given at indicator level points at its cell; one from questions averages them. */
function indicatorFormula(a: AnalysisWithSources, ind: IndicatorResult): string | undefined {
  if (ind.source === 'indicator') {
    const row = a.sources.scores.find((s) => !s.item && s.indicator === ind.id);
    return row?.score?.formulaReadable ? scoreFormula(row.score) : undefined;
  }
  return averageOfGroups(
    ind.items.map((it) =>
      a.sources.scores.filter((s) => s.item === it.code && s.score).map((s) => s.score as CellNumber),
    ),
  );
}

/** How many indicators rose and fell since last year, and the largest of each. */
function changeLine(indicators: readonly IndicatorResult[], t: L): string {
  const changed = indicators.filter((i) => i.change !== undefined && i.change !== null) as (IndicatorResult & {
    change: number;
  })[];
  if (changed.length === 0) return t.noPrevious;
  const up = changed.filter((i) => i.change > 0).sort((x, y) => y.change - x.change);
  const down = changed.filter((i) => i.change < 0).sort((x, y) => x.change - y.change);
  const show = (i: { id: number; change: number }) =>
    `${t.indicatorShort} ${i.id} (${i.change > 0 ? '+' : ''}${i.change.toFixed(2)})`;
  return t.changeLine(up.length, down.length, up[0] ? show(up[0]) : '', down[0] ? show(down[0]) : '');
}

/** The gap plan as printable lines: a heading per goal, then one line per step of its route. */
function gapLines(a: AnalysisWithSources, t: L): string[] {
  const gap = a.gap!;
  // Three steps a goal keep the route on the first page; the rest are counted.
  const steps = (r: typeof gap.toTarget) => [
    ...r.steps
      .slice(0, 3)
      .map(
        (s) =>
          `    ${t.indicatorShort} ${s.indicator}: ${s.from.toFixed(2)} → ${s.to.toFixed(2)} (+${s.points.toFixed(2)}; ${t.totalWord} +${s.totalGain.toFixed(2)})`,
      ),
    ...(r.steps.length > 3 ? [`    ${t.andMore(r.steps.length - 3)}`] : []),
  ];
  const lines: string[] = [];
  if (gap.toTarget.gap === 0) lines.push(t.atTarget(a.target));
  else
    lines.push(
      t.toTarget(a.target, gap.toTarget.gap),
      ...(gap.toTarget.reachable ? steps(gap.toTarget) : [`    ${t.unreachable}`]),
    );
  if (gap.nextGrade) lines.push(t.toGrade(gap.nextGrade.grade, gap.nextGrade.route.gap), ...steps(gap.nextGrade.route));
  if (gap.nextRating)
    lines.push(
      t.toRating(gap.nextRating),
      ...(gap.nextRating.route.reachable ? steps(gap.nextRating.route) : [`    ${t.unreachable}`]),
    );
  lines.push(t.worthLine(pointWorths(a.framework)));
  return lines;
}
