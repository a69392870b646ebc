import { round2 } from '../domain/decimal';
import { itemDef, pointWorths, ToolId, TOOL_IDS } from '../domain/framework';
import { nextBand } from '../domain/grades';
import { Route } from '../domain/gap';
import { Problem } from '../domain/problem';
import { IndicatorResult } from '../domain/scoring';
import { bi, Bilingual, Lang } from '../domain/text';
import { statusLabel } from '../domain/thai';
import { AnalysisWithSources } from './analyze';
import { averageOfGroups, asExcelText, publishedFormula, publishedFormulaAgrees, ref, scoreFormula } from './formulas';
import { formula, Grid, num, text } from './grid';
import { L, labels } from './labels';
import { ratingFormula, ratingReasonFormula } from './rating-formulas';
import { CellNumber } from './parse';
import { PlanName, WritePlan } from './plan';
import { a4Page, PRINT_FONT } from './print';
import { a1, columnLetters } from './snapshot';
import { reserveStaleRow } from './stale';

const SCORE_FORMAT = '0.00';
const WIDTHS = [10, 34, 11, 11, 11, 12, 18, 48];
const MAX_OVERDUE_ROWS = 50;

// Fixed rows (0-based) of the top of the summary; everything below flows.
const ROW = {
  result: 4,
  total: 5,
  grade: 6,
  target: 7,
  pass: 8,
  gapTarget: 9,
  gapGrade: 10,
  toolsHeader: 13,
  indHeader: 19,
};
/** Result labels span A:B; their values sit in column C. */
const TARGET = `C${ROW.target + 1}`;
const TOTAL = `C${ROW.total + 1}`;
const toolRow = (i: number) => ROW.toolsHeader + 1 + i;

/**
 * The summary sheet: live formulas over the input cells with their cached
 * values, laid out to print on A4 landscape for an executive.
 * Returns warnings for inputs that formulas could not read.
 */
export function writeSummary(
  plan: WritePlan,
  a: AnalysisWithSources,
  sheet: string,
  lang: Lang,
  computedAt: string,
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
  const section = (row: number, label: Bilingual) => sectionHeading(g, row, label, lang);
  const header = (row: number, cells: Bilingual[]) => tableHeader(g, row, cells, lang);
  const line = (row: number, s: string) => {
    g.put(row, 0, text(s));
    g.merge(row, 0, 7);
  };
  // Indicator rows follow the framework's own list, in its order.
  const indRow = (id: number) => ROW.indHeader + 1 + fw.indicators.findIndex((d) => d.id === id);
  const firstInd = indRow(fw.indicators[0].id);
  const lastInd = indRow(fw.indicators[fw.indicators.length - 1].id);

  line(0, t.title);
  g.style('A1:H1', { bold: true, fontSize: 15 });
  line(
    1,
    `${t.agency}: ${a.agency ?? '—'}    ${t.fiscalYear}: ${a.fiscalYear}${fw.provisional ? ` (${t.provisional})` : ''}`,
  );
  line(2, `${t.computedAt} ${computedAt.replace('T', ' ').slice(0, 16)} · ${t.asOf} ${a.asOf} · ITA Planner`);
  g.style('A3:H3', { italic: true, fontColor: '#595959' });
  // Row 4 stays empty: a later blocked run writes its "out of date" banner there (stale.ts).
  reserveStaleRow(plan, sheet, ROW.result - 1, WIDTHS.length - 1);
  // Row 1 already says "provisional" beside the year; the whole reason sits above the tools.
  if (fw.provisional) {
    line(ROW.toolsHeader - 2, t.provisionalLine(fw));
    g.style(`A${ROW.toolsHeader - 1}:H${ROW.toolsHeader - 1}`, { italic: true, fontColor: '#9C5700' });
  }

  // Result: the total is rounded as shown; grade and pass are judged on it.
  section(ROW.result, bi('ผลการประเมิน', 'Result'));
  const bands = [...fw.gradeBands].sort((x, y) => x.min - y.min);
  const top = bands[bands.length - 1];
  const mins = bands.map((b) => b.min).join(',');
  const total = assessment.totalShown;
  const next = nextBand(assessment.grade, fw.gradeBands);
  g.put(ROW.total, 0, text(t.total));
  named(
    'ITA_TOTAL',
    g.put(ROW.total, 2, formula(`ROUND(SUM(E${toolRow(0) + 1}:E${toolRow(2) + 1}),2)`, total), SCORE_FORMAT),
  );
  g.put(ROW.grade, 0, text(t.grade));
  named(
    'ITA_GRADE',
    g.put(
      ROW.grade,
      2,
      formula(`LOOKUP(${TOTAL},{${mins}},{${bands.map((b) => `"${b.grade}"`).join(',')}})`, assessment.grade),
    ),
  );
  g.put(ROW.target, 0, text(t.target));
  const targetSource = a.sources.settings.target;
  g.put(
    ROW.target,
    2,
    targetSource?.formulaReadable ? formula(scoreFormula(targetSource), a.target) : num(a.target),
    SCORE_FORMAT,
  );
  g.put(ROW.pass, 0, text(t.pass));
  named('ITA_PASS', g.put(ROW.pass, 2, formula(`${TOTAL}>=ROUND(${TARGET},2)`, assessment.pass)));
  g.put(ROW.gapTarget, 0, text(t.gapToTarget));
  g.put(
    ROW.gapTarget,
    2,
    formula(`MAX(0,ROUND(${TARGET}-${TOTAL},2))`, Math.max(0, round2(a.target - total))),
    SCORE_FORMAT,
  );
  const below = bands
    .slice(0, -1)
    .map((b) => b.min)
    .join(',');
  const above = bands.slice(1);
  g.put(ROW.gapGrade, 0, text(t.gapToNextGrade));
  g.put(
    ROW.gapGrade,
    2,
    formula(
      `IF(${TOTAL}>=${top.min},0,ROUND(LOOKUP(${TOTAL},{${below}},{${above.map((b) => b.min).join(',')}})-${TOTAL},2))`,
      next ? round2(next.min - total) : 0,
    ),
    SCORE_FORMAT,
  );
  g.put(
    ROW.gapGrade,
    3,
    formula(
      `IF(${TOTAL}>=${top.min},"",LOOKUP(${TOTAL},{${below}},{${above.map((b) => `"${b.grade}"`).join(',')}}))`,
      next?.grade ?? '',
    ),
  );
  g.put(
    ROW.pass,
    3,
    formula(`IF(${`C${ROW.pass + 1}`},"${t.passWord}","${t.failWord}")`, assessment.pass ? t.passWord : t.failWord),
  );
  if (fw.ratingRules.length > 0) {
    const toolCell = (id: ToolId) => `C${toolRow(TOOL_IDS.indexOf(id)) + 1}`;
    const rating = named(
      'ITA_RATING',
      g.put(
        ROW.grade,
        3,
        formula(ratingFormula(fw.ratingRules, TOTAL, toolCell, lang), assessment.rating?.name[lang] ?? ''),
      ),
    );
    g.put(
      ROW.grade,
      4,
      formula(
        ratingReasonFormula(fw.ratingRules, rating, TOTAL, toolCell, lang),
        assessment.rating?.reason?.[lang] ?? '',
      ),
    );
    g.merge(ROW.grade, 4, 7);
    g.style(`D${ROW.grade + 1}`, { bold: true, fontSize: 14 });
  }
  for (let r = ROW.total; r <= ROW.gapGrade; r++) g.merge(r, 0, 1);
  g.style(`C${ROW.total + 1}:C${ROW.grade + 1}`, { bold: true, fontSize: 14, horizontal: 'right' });

  // Tools: the mean of their indicators, weighted.
  section(ROW.toolsHeader - 1, bi('แบบสำรวจ', 'Tools'));
  header(ROW.toolsHeader, [
    bi('แบบ', 'Tool'),
    bi('ชื่อ', 'Name'),
    bi('คะแนน', 'Score'),
    bi('น้ำหนัก', 'Weight'),
    bi('ถ่วงน้ำหนัก', 'Weighted'),
    bi('ผล', 'Result'),
  ]);
  TOOL_IDS.forEach((id, i) => {
    const r = toolRow(i);
    const tr = assessment.tools[id];
    const inds = fw.indicators.filter((d) => d.tool === id).map((d) => `D${indRow(d.id) + 1}`);
    g.put(r, 0, text(id));
    g.put(r, 1, text(tr.name[lang]));
    named(`ITA_${id}`, g.put(r, 2, formula(`AVERAGE(${inds.join(',')})`, tr.score), SCORE_FORMAT));
    g.put(r, 3, num(tr.weight), '0%');
    g.put(r, 4, formula(`C${r + 1}*D${r + 1}`, tr.weighted), '0.000');
    g.put(
      r,
      5,
      formula(
        `IF(ROUND(C${r + 1},2)>=ROUND(${TARGET},2),"${t.passWord}","${t.failWord}")`,
        tr.status === 'strength' ? t.passWord : t.failWord,
      ),
    );
  });
  g.style(`A${toolRow(0) + 1}:F${toolRow(2) + 1}`, { border: true });

  // Indicators.
  section(ROW.indHeader - 1, bi('ตัวชี้วัด', 'Indicators'));
  header(ROW.indHeader, [
    bi('ตัวชี้วัด', 'Indicator'),
    bi('ชื่อ', 'Name'),
    bi('แบบ', 'Tool'),
    bi('คะแนน', 'Score'),
    bi('ปีก่อน', 'Previous'),
    bi('เปลี่ยนแปลง', 'Change'),
    bi('ผล', 'Result'),
    bi('ข้อเสนอแนะ', 'Suggestion'),
  ]);
  const oitIndicators: IndicatorResult[] = [];
  for (const ind of assessment.indicators) {
    const r = indRow(ind.id);
    g.put(r, 0, num(ind.id));
    g.put(r, 1, text(ind.name[lang]));
    g.put(r, 2, text(ind.tool));
    if (ind.subIndicators)
      oitIndicators.push(ind); // written once the OIT table is placed
    else {
      const f = indicatorFormula(a, ind);
      named(`ITA_IND_${ind.id}`, g.put(r, 3, f ? formula(f, ind.score) : num(ind.score), SCORE_FORMAT));
    }
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
        `IF(ROUND(D${r + 1},2)>=ROUND(${TARGET},2),"${t.strength}","${t.weakness}")`,
        ind.status === 'strength' ? t.strength : t.weakness,
      ),
    );
    g.put(r, 7, text(suggestionText(a, ind, lang)));
  }
  g.style(`A${firstInd + 1}:H${lastInd + 1}`, { border: true });
  g.style(`H${firstInd + 1}:H${lastInd + 1}`, { wrap: true });

  // Route to the target: advice as computed, not a formula.
  let row = lastInd + 2;
  section(row++, bi('แผนยกระดับคะแนน (ณ เวลาคำนวณ)', 'Route to the target (as computed)'));
  for (const s of gapLines(a, t)) line(row++, s);

  if (a.measures) row = writeMeasures(plan, g, a, t, lang, row + 1, named);

  if (oitIndicators.length > 0) {
    const subCells = writeOitTable(plan, g, a, t, lang, row + 1, warnings);
    for (const ind of oitIndicators) {
      const cells = ind.subIndicators!.map((s) => subCells.get(s.id) as string);
      named(
        `ITA_IND_${ind.id}`,
        g.put(indRow(ind.id), 3, formula(`AVERAGE(${cells.join(',')})`, ind.score), SCORE_FORMAT),
      );
    }
  }

  plan.sheets.push({
    name: sheet,
    columnWidths: WIDTHS,
    tabColor: '#2E7D32',
    font: PRINT_FONT,
    page: a4Page('landscape'),
  });
  plan.blocks.push(g.block());
  plan.styles.push(...g.styles);
  plan.merges.push(...g.merges.map((range) => ({ sheet, range })));
  return warnings;
}

/** A shaded heading across the printed width. */
function sectionHeading(g: Grid, row: number, label: Bilingual, lang: Lang): void {
  g.put(row, 0, text(label[lang]));
  g.style(`A${row + 1}:H${row + 1}`, { bold: true, fill: '#E2EFDA', fontColor: '#1E4620' });
}

/** A table's header row, bordered. */
function tableHeader(g: Grid, row: number, cells: Bilingual[], lang: Lang): void {
  cells.forEach((c, i) => g.put(row, i, text(c[lang])));
  g.style(`A${row + 1}:${columnLetters(cells.length - 1)}${row + 1}`, {
    bold: true,
    fill: '#F2F2F2',
    border: true,
    wrap: true,
  });
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

function suggestionText(a: AnalysisWithSources, ind: IndicatorResult, lang: Lang): string {
  const adv = a.advice.find((x) => x.indicator === ind.id);
  if (!adv) return '';
  const parts = adv.suggestions.slice(0, 2).map((s) => s.text[lang]);
  if (adv.items.length > 0) {
    const codes = adv.items.map((i) => i.code).join(', ');
    parts.push(lang === 'th' ? `เผยแพร่ข้อที่ยังขาด: ${codes}` : `Publish the missing items: ${codes}`);
  }
  return parts.join(' · ');
}

/** The gap plan as printable lines: a heading per goal, then one line per step of its route. */
function gapLines(a: AnalysisWithSources, t: L): string[] {
  const gap = a.gap!;
  const steps = (r: typeof gap.toTarget) =>
    r.steps.map(
      (s) =>
        `    ${t.indicatorShort} ${s.indicator}: ${s.from.toFixed(2)} → ${s.to.toFixed(2)} (+${s.points.toFixed(2)}; ${t.totalWord} +${s.totalGain.toFixed(2)})`,
    );
  const lines: string[] = [];
  const step = gap.perceptionStep;
  // A route this year cannot complete shows how far it gets, then says so plainly.
  const route = (r: Route, goal: number) => [
    ...steps(r),
    ...(r.reachable ? [] : [`    ${t.unreachable(r, goal, step)}`]),
  ];
  if (gap.toTarget.gap === 0) lines.push(t.atTarget(a.target));
  else lines.push(t.toTarget(a.target, gap.toTarget.gap, step), ...route(gap.toTarget, a.target));
  if (gap.nextGrade)
    lines.push(
      t.toGrade(gap.nextGrade.grade, gap.nextGrade.route.gap),
      ...route(gap.nextGrade.route, gap.nextGrade.min),
    );
  if (gap.nextRating) lines.push(t.toRating(gap.nextRating), ...route(gap.nextRating.route, gap.nextRating.minTotal));
  lines.push(t.worthLine(pointWorths(a.framework)));
  return lines;
}

function writeMeasures(
  plan: WritePlan,
  g: Grid,
  a: AnalysisWithSources,
  t: L,
  lang: Lang,
  start: number,
  named: (n: string, c: string) => void,
): number {
  const m = a.measures!;
  let row = start;
  sectionHeading(g, row++, bi('ความก้าวหน้าของมาตรการ', 'Measure progress'), lang);
  const put = (label: string, value: number, name?: string, format: string | null = null) => {
    g.put(row, 0, text(label));
    g.merge(row, 0, 1);
    const cell = g.put(row, 2, num(value), format);
    if (name) named(name, cell);
    row++;
  };
  put(t.measuresTotal, m.total, 'ITA_MEASURES_TOTAL');
  put(statusLabel('done')[lang], m.done, 'ITA_MEASURES_DONE');
  put(statusLabel('in-progress')[lang], m.inProgress);
  put(statusLabel('not-started')[lang], m.notStarted);
  if (m.unknown > 0) put(t.statusUnknown, m.unknown);
  put(t.overdue, m.overdue, 'ITA_MEASURES_OVERDUE');
  put(t.percentDone, m.percentDone / 100, undefined, '0.0%');
  if (m.uncoveredWeakIndicators.length > 0) {
    g.put(
      row,
      0,
      text(`${t.uncovered}: ${m.uncoveredWeakIndicators.map((id) => `${t.indicatorShort} ${id}`).join(', ')}`),
    );
    g.merge(row, 0, 7);
    g.style(`A${row + 1}`, { fontColor: '#9C0006' });
    row++;
  }
  const overdue = m.rows.filter((r) => r.overdue);
  for (const o of overdue.slice(0, MAX_OVERDUE_ROWS)) {
    g.put(row, 0, text(`${m.sheet}!${o.cell}`));
    g.put(row, 1, text(o.measure));
    g.put(row, 2, text(o.period?.end ?? ''));
    g.put(row, 3, text(o.status ? statusLabel(o.status)[lang] : ''));
    plan.hyperlinks.push({ sheet: g.sheet, cell: a1(row, 0), to: { sheet: m.sheet, cell: o.cell } });
    row++;
  }
  if (overdue.length > MAX_OVERDUE_ROWS) g.put(row++, 0, text(t.andMore(overdue.length - MAX_OVERDUE_ROWS)));
  return row;
}

/**
 * OIT detail: each item's entry as typed, its 100/0 score as a formula, its
 * link; then each sub-indicator as the mean of its items (spec §2 nesting).
 * Returns the cell of each sub-indicator's mean.
 */
/**
 * An OIT item's title on the summary: the NACC's own where the framework is final; where it is
 * provisional (its titles are generic, "ข้อ O7"), the title the workbook's checklist gives.
 */
function oitItemTitle(a: AnalysisWithSources, code: string, workbookTitle: string | undefined, lang: Lang): string {
  if (a.framework.provisional && workbookTitle) return workbookTitle;
  return itemDef(a.framework, code)?.title[lang] ?? workbookTitle ?? code;
}

function writeOitTable(
  plan: WritePlan,
  g: Grid,
  a: AnalysisWithSources,
  t: L,
  lang: Lang,
  start: number,
  warnings: Problem[],
): Map<string, string> {
  const oitSheet = a.found.find((f) => f.role === 'oit')?.sheet;
  let row = start;
  sectionHeading(g, row++, bi('รายการ OIT', 'OIT items'), lang);
  tableHeader(
    g,
    row++,
    [
      bi('ข้อ', 'Item'),
      bi('หัวข้อ', 'Title'),
      bi('ตัวชี้วัดย่อย', 'Sub-indicator'),
      bi('ที่กรอก', 'As entered'),
      bi('คะแนน', 'Score'),
      bi('ลิงก์', 'Link'),
    ],
    lang,
  );
  const firstItemRow = row;
  const subRange = new Map<string, [number, number]>();
  const subs = a.assessment!.indicators.flatMap((i) => i.subIndicators ?? []);
  for (const sub of subs) {
    const from = row;
    for (const it of sub.items) {
      const listed = a.sources.oit.find((o) => o.item === it.code);
      const given = a.sources.scores.find((s) => s.item === it.code)?.score;
      g.put(row, 0, text(it.code));
      g.put(row, 1, text(oitItemTitle(a, it.code, listed?.title, lang)));
      g.put(row, 2, text(sub.id));
      let scoreCell;
      if (listed && oitSheet) {
        const src = ref(oitSheet, listed.publishedCell);
        g.put(row, 3, formula(`${src}&""`, asExcelText(listed.publishedRaw)));
        if (publishedFormulaAgrees(listed.publishedRaw, listed.published))
          scoreCell = formula(publishedFormula(src), it.score);
        else {
          scoreCell = num(it.score);
          warnings.push({
            severity: 'warning',
            code: 'formula.published-word',
            sheet: oitSheet,
            cell: listed.publishedCell,
            found: asExcelText(listed.publishedRaw),
            message: bi(
              `${oitSheet}!${listed.publishedCell}: สูตรอ่านคำว่า "${asExcelText(listed.publishedRaw)}" ไม่ได้ จึงบันทึกคะแนนข้อ ${it.code} เป็นค่าคงที่ ${it.score} — ใช้ "มี" หรือ "ไม่มี" เพื่อให้สูตรคำนวณต่อได้`,
              `${oitSheet}!${listed.publishedCell}: formulas cannot read "${asExcelText(listed.publishedRaw)}", so item ${it.code} is written as the fixed value ${it.score}; use "yes" or "no" to keep it live`,
            ),
          });
        }
      } else if (given) {
        g.put(row, 3, formula(`${ref(given.sheet, given.cell)}&""`, asExcelText(given.raw)));
        scoreCell = given.formulaReadable ? formula(scoreFormula(given), it.score) : num(it.score);
      } else {
        g.put(row, 3, text(t.notListed));
        scoreCell = num(0);
      }
      g.put(row, 4, scoreCell, '0');
      if (listed?.url) {
        g.put(row, 5, text(listed.url));
        plan.hyperlinks.push({ sheet: g.sheet, cell: a1(row, 5), to: { url: listed.url } });
      }
      row++;
    }
    subRange.set(sub.id, [from, row - 1]);
  }
  g.style(`A${firstItemRow + 1}:F${row}`, { border: true });
  row++;
  g.put(row, 0, text(t.subIndicator));
  g.style(`A${row + 1}:C${row + 1}`, { bold: true });
  row++;
  const cells = new Map<string, string>();
  for (const sub of subs) {
    const [from, to] = subRange.get(sub.id)!;
    g.put(row, 0, text(sub.id));
    g.put(row, 1, text(sub.name[lang]));
    cells.set(sub.id, g.put(row, 2, formula(`AVERAGE(E${from + 1}:E${to + 1})`, sub.score), SCORE_FORMAT));
    row++;
  }
  return cells;
}
