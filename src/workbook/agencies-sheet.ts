/**
 * The area's sheet (issue 14), ours: the area's figures beside the national ones; for the area,
 * per type and per district the count, mean and passes, the counts per grade and rating, and the
 * mean per tool and indicator; the agencies below the target with the one step that lifts each;
 * then one row per agency (agencies-table.ts). Every figure is a live formula over the Agencies
 * sheet's cells (or over this sheet's agency rows), with the add-in's value cached; the names
 * ITA_AGENCIES_COUNT, _MEAN and _PASS_SHARE point at the area's.
 *
 * Printed on A4 landscape: the area's part first, the agency table from a new page with its
 * header row on every page; the scale is worked out from the printed columns' widths (a sheet
 * fitted to the page would drop the page break, as on the summary).
 */
import { agencyTypeLabel, GroupSummary, stepText } from '../domain/agencies';
import { round2 } from '../domain/decimal';
import { Grade, TOOL_IDS } from '../domain/framework';
import { nationalFor } from '../domain/national';
import { Lang } from '../domain/text';
import { formatDateTime } from '../domain/thai-date';
import { scaleToWidth, upperHeights } from './agencies-print';
import {
  C,
  districtText,
  LAST_PRINTED,
  manyProvinces,
  SCORE,
  tableHeads,
  tableWidths,
  writeAgencyRows,
} from './agencies-table';
import { areaWords } from './agencies-text';
import { AnalysisWithSources } from './analyze';
import { scoreFormula } from './formulas';
import { formula, Grid, num, text } from './grid';
import { PlanCell, PlanName, PlanPage, WritePlan } from './plan';
import { a4Page, agencyHeaderFooter, keepWithNextBreaks, PRINT_FONT, TABLE_POINTS } from './print';
import { a1, columnLetters } from './snapshot';
import { reserveAreaStaleRow } from './stale';

const SHARE = '0.00%';
/** A group's share: one decimal, so 100.0% fits a score's column. */
const GROUP_SHARE = '0.0%';
const GREEN = '#1E4620';
const HEAD_FILL = '#E2EFDA';
const SUB_FILL = '#F2F2F2';
const BELOW_FILL = '#FFC7CE';

/** Names that point at the area's figures on this sheet. */
export const AGENCIES_NAMES = ['ITA_AGENCIES_COUNT', 'ITA_AGENCIES_MEAN', 'ITA_AGENCIES_PASS_SHARE'] as const;

/** The row an earlier good run leaves empty for the "out of date" banner of a blocked one. */
export const AREA_STALE_ROW = 3;

/** A COUNTIF criterion that matches the text exactly: "=" first, wildcards escaped. */
function exactly(s: string): string {
  return `"=${s.replace(/[~*?]/g, '~$&').replace(/"/g, '""')}"`;
}

/** One row of a group table: the area (no criterion), or a type or district (its key column and label). */
interface GroupRow {
  label: string;
  group: GroupSummary;
  /** A type: the column of the agency table it is picked by. */
  keyCol?: number;
  /** A district: its agencies' positions in the table, first and last. */
  span?: [number, number];
  /** A sub-heading row instead of figures. */
  heading?: boolean;
}

export function writeAgenciesSheet(
  plan: WritePlan,
  a: AnalysisWithSources,
  sheet: string,
  lang: Lang,
  computedAt: string,
): void {
  const t = areaWords(lang);
  const fw = a.framework;
  const area = a.area!.result;
  const rows = a.sources.agencies!;
  const inds = fw.indicators;
  const width = C.ind0 + inds.length;
  // The agency table runs district by district (in the order of the district rows, the agencies of
  // each in the order given), so a district's figures are formulas over its own rows: linear in
  // agencies where a criterion over the whole table would cost districts × agencies to recalculate.
  const districtAt = new Map(area.byDistrict.map((d, i) => [d.key, i]));
  const withProvince = manyProvinces(area);
  const order = [...area.agencies].sort(
    (x, y) => districtAt.get(x.districtKey)! - districtAt.get(y.districtKey)! || x.index - y.index,
  );
  const position = new Int32Array(order.length);
  const startOf = new Map<string, number>();
  order.forEach((x, i) => {
    position[x.index] = i;
    if (!startOf.has(x.districtKey)) startOf.set(x.districtKey, i);
  });
  const g = new Grid(sheet, width);
  const col = (c: number) => columnLetters(c);
  const named = (name: string, cell: string) => plan.names.push({ name, sheet, ref: cell } satisfies PlanName);
  // A title and a table's header row print on the page of the row below them.
  const sectionTitle = (row: number, s: string) => {
    g.keepWithNext(row);
    g.put(row, 0, text(s));
    g.style(`A${row + 1}`, { bold: true, fontColor: GREEN, fontSize: 14 });
  };
  const headRows = new Set<number>();
  const labelRows: number[] = [];
  const heads = (row: number, labels: readonly string[], from = 0) => {
    headRows.add(row);
    g.keepWithNext(row);
    labels.forEach((l, i) => g.put(row, from + i, text(l)));
    g.style(`${a1(row, from)}:${a1(row, from + labels.length - 1)}`, {
      bold: true,
      fill: HEAD_FILL,
      wrap: true,
      vertical: 'middle',
      horizontal: 'center',
      border: true,
      fontSize: TABLE_POINTS,
    });
  };

  // The group tables' rows: the area, a heading and its types, a heading and its districts.
  const typeLabel = (x: GroupSummary) => agencyTypeLabel(x.type!)[lang];
  const groupRows: GroupRow[] = [
    { label: t.area, group: area.area },
    { label: t.byType, group: area.area, heading: true },
    ...area.byType.map((x) => ({ label: typeLabel(x), group: x, keyCol: C.type })),
    { label: t.byDistrict, group: area.area, heading: true },
    ...area.byDistrict.map((x) => {
      const from = startOf.get(x.key)!;
      return { label: x.label[lang], group: x, span: [from, from + x.count - 1] as [number, number] };
    }),
  ];

  // Where everything goes: the agency table last, so its length moves nothing else.
  const R = { title: 0, year: 1, stamp: 2, areaHead: 4, count: 5, mean: 6, share: 7, target: 8, below: 9, note: 10 };
  const tableRows = groupRows.length + 1; // a header row, then the groups
  const overviewTitle = 12;
  const gradesTitle = overviewTitle + 1 + tableRows + 1;
  const gradesNote = gradesTitle + 1;
  const meansTitle = gradesNote + 1 + tableRows + 1;
  const meansNote = meansTitle + 1;
  const meansCount = meansNote + 1 + tableRows;
  const belowTitle = meansCount + 2;
  const belowRows = Math.max(1, area.below.length);
  const agenciesTitle = belowTitle + 2 + belowRows + 1;
  const agenciesHead = agenciesTitle + 1;
  const first = agenciesHead + 1;
  const last = first + rows.length - 1;
  function range(c: number): string {
    return `$${col(c)}$${first + 1}:$${col(c)}$${last + 1}`;
  }
  /** The column's cells of the group's agencies: a district's own rows, else the whole table. */
  const rangeFor = (c: number, x: GroupRow) =>
    x.span ? `$${col(c)}$${first + x.span[0] + 1}:$${col(c)}$${first + x.span[1] + 1}` : range(c);
  const TOTALS = range(C.total);
  const TARGET = `$B$${R.target + 1}`;
  const COUNT = `$B$${R.count + 1}`;

  // Title, year, when; the row below is kept empty for a later blocked run's "out of date" banner.
  g.put(R.title, 0, text(t.title));
  g.style('A1', { bold: true, fontSize: 18, fontColor: GREEN });
  g.put(R.year, 0, text(`${t.year} ${fw.fiscalYear}${fw.provisional ? ` (${t.provisional})` : ''}`));
  g.put(R.stamp, 0, text(`${t.computed} ${formatDateTime(computedAt, lang)} · ITA Planner`));
  g.style(`A${R.stamp + 1}`, { italic: true, fontColor: '#595959' });
  reserveAreaStaleRow(plan, sheet, AREA_STALE_ROW, LAST_PRINTED);

  // The area beside the country.
  const nat = nationalFor(fw.fiscalYear);
  heads(R.areaHead, ['', t.area, ...(nat ? [t.national(nat.fiscalYear)] : [])]);
  const targetText = round2(area.target).toFixed(2);
  const labelRow = (row: number, label: string) => g.put(row, 0, text(label));
  labelRow(R.count, t.count);
  labelRow(R.mean, t.mean);
  labelRow(R.share, t.passShare(targetText));
  labelRow(R.target, t.target);
  labelRow(R.below, t.below);
  named('ITA_AGENCIES_COUNT', g.put(R.count, 1, formula(`COUNT(${TOTALS})`, area.area.count)));
  named('ITA_AGENCIES_MEAN', g.put(R.mean, 1, formula(`ROUND(AVERAGE(${TOTALS}),2)`, area.area.meanShown), SCORE));
  named(
    'ITA_AGENCIES_PASS_SHARE',
    g.put(R.share, 1, formula(`COUNTIF(${TOTALS},">="&${TARGET})/${COUNT}`, area.area.passShare), SHARE),
  );
  const targetSource = a.sources.settings.target;
  g.put(
    R.target,
    1,
    targetSource?.formulaReadable ? formula(scoreFormula(targetSource), area.target) : num(area.target),
    SCORE,
  );
  g.put(R.below, 1, formula(`${COUNT}-COUNTIF(${TOTALS},">="&${TARGET})`, area.area.belowTarget));
  if (nat) {
    g.put(R.count, 2, num(nat.agencies));
    if (nat.mean !== undefined) g.put(R.mean, 2, num(nat.mean), SCORE);
    if (nat.passShare !== undefined) g.put(R.share, 2, num(nat.passShare), SHARE);
    g.put(R.target, 2, num(fw.passMark), SCORE);
  }
  g.style(`A${R.count + 1}:${nat ? 'C' : 'B'}${R.below + 1}`, { border: true, fontSize: TABLE_POINTS });
  g.style(`A${R.count + 1}:A${R.below + 1}`, { wrap: true });
  g.style(`B${R.count + 1}:B${R.share + 1}`, { bold: true });
  g.put(R.note, 0, text(t.nationalNote));
  g.merge(R.note, 0, LAST_PRINTED);
  g.style(`A${R.note + 1}`, { italic: true, fontColor: '#595959', fontSize: TABLE_POINTS, wrap: true });

  /** A table over the group rows: its header, then one row per group from `cells`. */
  const groupTable = (
    head: number,
    labels: readonly string[],
    cells: (x: GroupRow, row: number) => [PlanCell, string?][],
  ) => {
    heads(head, [t.group, ...labels]);
    const lastCol = col(labels.length);
    groupRows.forEach((x, i) => {
      const r = head + 1 + i;
      labelRows.push(r);
      g.put(r, 0, text(x.label));
      if (x.heading) {
        g.style(`A${r + 1}:${lastCol}${r + 1}`, { bold: true, fill: SUB_FILL, border: true });
        return;
      }
      cells(x, r + 1).forEach(([cell, format], j) => g.put(r, j + 1, cell, format ?? null));
    });
    g.style(`A${head + 2}:${lastCol}${head + 1 + groupRows.length}`, { border: true, fontSize: TABLE_POINTS });
    g.style(`A${head + 2}:A${head + 1 + groupRows.length}`, { wrap: true });
    g.style(`A${head + 2}:${lastCol}${head + 2}`, { bold: true });
  };
  // COUNTIFS arguments that pick a group's agencies.
  const wheres = new Map<GroupRow, string | undefined>();
  const whereOf = (x: GroupRow) => {
    if (!wheres.has(x)) wheres.set(x, x.keyCol === undefined ? undefined : `${range(x.keyCol)},${exactly(x.label)}`);
    return wheres.get(x);
  };
  // A type's: COUNTIFS over its agencies and one more criterion; the area's and a district's: COUNTIF over their rows.
  const countWhere = (x: GroupRow, c: number, value: string) => {
    const where = whereOf(x);
    return where ? `COUNTIFS(${where},${range(c)},${exactly(value)})` : `COUNTIF(${rangeFor(c, x)},${exactly(value)})`;
  };
  const meanOf = (x: GroupRow, c: number) => {
    const where = whereOf(x);
    return where ? `ROUND(AVERAGEIF(${where},${range(c)}),2)` : `ROUND(AVERAGE(${rangeFor(c, x)}),2)`;
  };

  // Count, mean, passes and below the target.
  sectionTitle(overviewTitle, t.overview);
  groupTable(overviewTitle + 1, [t.count, t.mean, t.passCount, t.passShare(targetText), t.below], (x, r) => {
    const where = whereOf(x);
    const totals = rangeFor(C.total, x);
    const pass = where ? `COUNTIFS(${where},${TOTALS},">="&${TARGET})` : `COUNTIF(${totals},">="&${TARGET})`;
    return [
      [formula(where ? `COUNTIF(${where})` : `COUNT(${totals})`, x.group.count)],
      [formula(meanOf(x, C.total), x.group.meanShown), SCORE],
      [formula(pass, x.group.passCount)],
      [formula(`D${r}/B${r}`, x.group.passShare), GROUP_SHARE],
      [formula(`B${r}-D${r}`, x.group.belowTarget)],
    ];
  });

  // Counts per grade and per rating.
  sectionTitle(gradesTitle, t.grades);
  g.put(gradesNote, 0, text(t.ratingsNote));
  g.style(`A${gradesNote + 1}`, { italic: true, fontColor: '#595959', fontSize: TABLE_POINTS });
  const grades: Grade[] = [...fw.gradeBands].sort((x, y) => y.min - x.min).map((b) => b.grade);
  const levels = [...fw.ratingRules].reverse();
  groupTable(gradesNote + 1, [...grades, ...levels.map((r) => r.name[lang])], (x) => [
    ...grades.map((gr): [PlanCell] => [formula(countWhere(x, C.grade, gr), x.group.grades[gr] ?? 0)]),
    ...levels.map((lv): [PlanCell] => [
      formula(countWhere(x, C.rating, lv.name[lang]), x.group.ratings[lv.name.th] ?? 0),
    ]),
  ]);

  // Means per tool and indicator, over the agencies that give them.
  sectionTitle(meansTitle, t.means);
  g.put(meansNote, 0, text(t.meansNote));
  g.style(`A${meansNote + 1}`, { italic: true, fontColor: '#595959', fontSize: TABLE_POINTS });
  const meanCols = [
    ...TOOL_IDS.map((id) => ({ label: id, c: C.tool[id], of: (s: GroupSummary) => s.toolMeans[id] })),
    ...inds.map((d, i) => ({
      label: t.indicator(d.id),
      c: C.ind0 + i,
      of: (s: GroupSummary) => s.indicatorMeans[d.id],
    })),
  ];
  groupTable(
    meansNote + 1,
    meanCols.map((m) => m.label),
    (x) =>
      meanCols.map((m): [PlanCell, string?] => {
        const v = m.of(x.group);
        return v === undefined ? [text('—')] : [formula(meanOf(x, m.c), round2(v)), SCORE];
      }),
  );
  g.put(meansCount, 0, text(t.agenciesWith));
  const withTools = area.agencies.filter((x) => x.tools).length;
  const withIndicators = area.agencies.filter((x) => x.input.indicators).length;
  meanCols.forEach((m, i) =>
    g.put(meansCount, i + 1, formula(`COUNT(${range(m.c)})`, i < TOOL_IDS.length ? withTools : withIndicators)),
  );
  g.style(`A${meansCount + 1}:${col(meanCols.length)}${meansCount + 1}`, {
    border: true,
    italic: true,
    fontSize: TABLE_POINTS,
  });
  g.style(`A${meansCount + 1}`, { wrap: true });

  // Below the target, lowest first: each links to its row of the agency table; the step runs on to the right.
  sectionTitle(belowTitle, t.belowTitle);
  const h = t.heads;
  heads(belowTitle + 1, [h.name, h.type, h.district, h.total, h.grade, h.step]);
  g.merge(belowTitle + 1, 5, LAST_PRINTED);
  g.style(`F${belowTitle + 2}:${col(LAST_PRINTED)}${belowTitle + 2}`, { fill: HEAD_FILL, border: true });
  const belowFirst = belowTitle + 2;
  if (area.below.length === 0) g.put(belowFirst, 0, text(t.none));
  area.below.forEach((x, i) => {
    const r = belowFirst + i;
    labelRows.push(r); // one line: the step runs on to the right, unwrapped
    const at = (c: number) => `${col(c)}${first + position[x.index] + 1}`;
    g.set(r, 0, formula(at(C.name), x.input.name));
    g.set(r, 1, formula(at(C.type), agencyTypeLabel(x.input.type)[lang]));
    g.set(r, 2, formula(at(C.district), districtText(x, lang, withProvince)));
    g.set(r, 3, formula(at(C.total), x.totalShown), SCORE);
    g.set(r, 4, formula(at(C.grade), x.grade));
    g.set(r, 5, formula(at(C.step), stepText(x.step)[lang]));
  });
  if (area.below.length > 0) {
    const end = belowFirst + area.below.length;
    g.style(`A${belowFirst + 1}:F${end}`, { fontSize: TABLE_POINTS, vertical: 'top' });
    // The step runs on over the empty cells to its right: a border of its own cell would cross its words.
    g.style(`A${belowFirst + 1}:E${end}`, { border: true });
    g.style(`B${belowFirst + 1}:C${end}`, { wrap: true }); // an English type, a district with its province
  }

  // One row per agency, from a new page.
  sectionTitle(agenciesTitle, t.agencies);
  heads(agenciesHead, [...tableHeads(t), ...inds.map((d) => t.indicator(d.id))]);
  const widths = [
    ...tableWidths(
      area,
      t,
      lang,
      groupRows.map((x) => x.label),
    ),
    12,
    10,
    ...inds.map(() => 9),
  ];
  // Heights of the part above the table (wrapped labels and headers), measured before the table's rows exist.
  const spec = { name: sheet, columnWidths: widths, tabColor: '#70AD47', font: PRINT_FONT };
  const rowHeights = upperHeights(g, spec, first, headRows, labelRows, [0, C.type, C.district]);
  rowHeights.push(...writeAgencyRows(g, fw, area, order, rows, first, widths, TARGET, lang, t));
  if (rows.length > 0) {
    g.style(`A${first + 1}:${col(width - 1)}${last + 1}`, {
      border: true,
      fontSize: TABLE_POINTS,
      vertical: 'top',
    });
    g.style(`${col(C.name)}${first + 1}:${col(C.name)}${last + 1}`, { wrap: true });
    g.style(`${col(C.step)}${first + 1}:${col(C.step)}${last + 1}`, { wrap: true });
    // Labels wrap rather than print cut: an English type or rating, a district with its province.
    for (const c of [C.type, C.district, C.rating, C.pass])
      g.style(`${col(c)}${first + 1}:${col(c)}${last + 1}`, { wrap: true });
    for (const x of area.below)
      g.style(`${col(C.total)}${first + position[x.index] + 1}:${col(C.pass)}${first + position[x.index] + 1}`, {
        fill: BELOW_FILL,
      });
  }

  const block = g.block();
  const { header, footer } = agencyHeaderFooter(t.title, `ITA ${t.year} ${fw.fiscalYear}`, t.page);
  const page: PlanPage = a4Page('landscape', {
    fitToWidth: false,
    titleRows: [agenciesHead + 1, agenciesHead + 1],
    printColumns: `A:${col(LAST_PRINTED)}`,
    lastPrintedRow: block.cells.length,
    header,
    footer,
    breaksBefore: [agenciesTitle],
  });
  page.scale = scaleToWidth(page, widths.slice(0, LAST_PRINTED + 1));
  // Above the agency table no title row repeats yet: a page there is only its own rows.
  const upper = { ...page, titleRows: undefined };
  page.breaksBefore = [
    ...keepWithNextBreaks(upper, rowHeights, agenciesTitle, g.keptWithNext, PRINT_FONT),
    agenciesTitle,
  ];
  plan.sheets.push({ ...spec, freezeRows: 0, page, rowHeights });
  plan.blocks.push(block);
  plan.styles.push(...g.styles);
  plan.merges.push(...g.merges.map((m) => ({ sheet, range: m })));
}
