/**
 * The summary's later pages: suggestions, measure progress and the OIT table, each starting a
 * printed page of its own.
 */
import { itemDef } from '../domain/framework';
import { Problem } from '../domain/problem';
import { bi, Bilingual, Lang } from '../domain/text';
import { Digits, formatDate } from '../domain/thai-date';
import { MeasureStatus, statusLabel, statusWords } from '../domain/parse/status';
import { AnalysisWithSources } from './analyze';
import { asExcelText, publishedFormula, publishedFormulaAgrees, ref, scoreFormula } from './formulas';
import { formula, Grid, num, text } from './grid';
import { L } from './labels';
import { COUNTED_STATUSES, measureCounts } from './measure-formulas';
import { PlanCell, WritePlan } from './plan';
import { columnTextPoints, shortLink, TABLE_POINTS } from './print';
import { fitSpans, leastPoints } from './table-spans';
import { a1, columnLetters, parseA1 } from './snapshot';

const MAX_OVERDUE_ROWS = 50;
/**
 * The summary's columns. A:G print on A4 portrait at 78% (117 characters of Calibri 11, the usual
 * default font, fit the 7.27 in between the margins with room to spare); H is a gap, I:K hold the
 * chart's data, ITA_PASS and the status words, on screen only. No column is narrower than the
 * longest word of a heading it carries, in either language ("Tool", "Item", "Sub-indicator",
 * "As entered", "Previous", "เปลี่ยนแปลง"), so a heading never prints cut or broken inside a word.
 */
export const SUMMARY_WIDTHS = [7, 43, 12, 11, 12, 15, 17, 3, 12, 10, 10];
export const LAST_PRINTED_COL = 6; // G, the last printed column
const LAST = LAST_PRINTED_COL;
export const SCORE_FORMAT = '0.00';
/** Width of F:G, where an OIT item's link prints on one line. */
const LINK_CHARS = SUMMARY_WIDTHS[5] + SUMMARY_WIDTHS[6];

export interface PageContext {
  plan: WritePlan;
  g: Grid;
  a: AnalysisWithSources;
  t: L;
  lang: Lang;
  digits: Digits;
  named: (name: string, cell: string) => string;
}

/** A shaded heading across the printed width. */
export function sectionHeading(g: Grid, row: number, label: Bilingual, lang: Lang): void {
  g.put(row, 0, text(label[lang]));
  g.merge(row, 0, LAST);
  g.keepWithNext(row);
  g.style(`A${row + 1}:G${row + 1}`, { bold: true, fill: '#E2EFDA', fontColor: '#1E4620' });
}

/** A table's header row, bordered: across the printed width, or only its own cells when `narrow`. */
export function tableHeader(g: Grid, row: number, cells: Bilingual[], lang: Lang, narrow = false): void {
  cells.forEach((c, i) => g.put(row, i, text(c[lang])));
  g.style(`A${row + 1}:${columnLetters(narrow ? cells.length - 1 : Math.max(cells.length - 1, LAST))}${row + 1}`, {
    bold: true,
    fill: '#F2F2F2',
    border: true,
    wrap: true,
    horizontal: 'center',
    vertical: 'top',
    fontSize: TABLE_POINTS,
  });
}

/** Text across B:G of one row, wrapped. */
function wide(g: Grid, row: number, s: string): void {
  g.put(row, 1, text(s));
  g.merge(row, 1, LAST);
}

/** One row per indicator that has advice: its suggestions and the OIT items still to publish. */
export function writeSuggestions(ctx: PageContext, start: number): number {
  const { g, a, t, lang } = ctx;
  let row = start;
  sectionHeading(g, row++, bi(t.suggestionsTitle, t.suggestionsTitle), lang);
  const first = row;
  // The indicator on a line of its own, its advice below across B:G: the widest text block the page has.
  for (const ind of a.assessment!.indicators) {
    const s = suggestionText(a, ind.id, lang);
    if (!s) continue;
    g.put(row, 0, text(`${t.indicatorShort} ${ind.id} ${ind.name[lang]} (${ind.shown.toFixed(2)})`));
    g.merge(row, 0, LAST);
    g.keepWithNext(row);
    g.style(`A${row + 1}:G${row + 1}`, { bold: true, fill: '#F2F2F2', border: true });
    row++;
    wide(g, row, s);
    g.style(`A${row + 1}:G${row + 1}`, { border: true });
    row++;
  }
  if (row === first) wide(g, row++, t.noSuggestions);
  g.style(`A${first + 1}:G${row}`, { wrap: true, vertical: 'top', fontSize: TABLE_POINTS });
  return row;
}

function suggestionText(a: AnalysisWithSources, indicator: number, lang: Lang): string {
  const adv = a.advice.find((x) => x.indicator === indicator);
  if (!adv) return '';
  const parts = adv.suggestions.slice(0, 2).map((s) => s.text[lang]);
  if (adv.items.length > 0) {
    const codes = adv.items.map((i) => i.code).join(', ');
    parts.push(bi(`เผยแพร่ข้อที่ยังขาด: ${codes}`, `Publish the missing items: ${codes}`)[lang]);
  }
  return parts.join('\n');
}

/** Counts by status as live formulas over the measures sheet, what no measure covers, what is overdue. */
export function writeMeasures(ctx: PageContext, start: number): number {
  const { plan, g, a, t, lang, digits, named } = ctx;
  const m = a.measures!;
  let row = start;
  sectionHeading(g, row++, bi('ความก้าวหน้าของมาตรการ', 'Measure progress'), lang);
  const first = row;
  // The words each status is counted by, off the printed page (I:K).
  const wordRanges = {} as Record<MeasureStatus, string>;
  COUNTED_STATUSES.forEach((status, i) => {
    const col = 8 + i;
    g.put(first, col, text(statusLabel(status)[lang]));
    const words = statusWords(status);
    words.forEach((w, j) => g.put(first + 1 + j, col, text(w)));
    const letter = columnLetters(col);
    wordRanges[status] = `$${letter}$${first + 2}:$${letter}$${first + 1 + words.length}`;
  });
  const live = measureCounts(a, wordRanges);
  const put = (label: string, value: PlanCell, name?: string, format: string | null = null) => {
    g.put(row, 0, text(label));
    g.merge(row, 0, 1);
    const cell = g.put(row, 2, value, format);
    if (name) named(name, cell);
    row++;
  };
  const totalRow = row;
  put(t.measuresTotal, live.total, 'ITA_MEASURES_TOTAL');
  const doneRow = row;
  put(statusLabel('done')[lang], live.done, 'ITA_MEASURES_DONE');
  put(statusLabel('in-progress')[lang], live.inProgress);
  put(statusLabel('not-started')[lang], live.notStarted);
  if (m.unknown > 0) put(t.statusUnknown, num(m.unknown));
  put(t.overdue, live.overdue, 'ITA_MEASURES_OVERDUE');
  put(
    t.percentDone,
    formula(`IF(C${totalRow + 1}=0,0,C${doneRow + 1}/C${totalRow + 1})`, m.percentDone / 100),
    undefined,
    '0.0%',
  );
  g.style(`A${first + 1}:C${row}`, { border: true, fontSize: TABLE_POINTS });
  g.style(`C${first + 1}:C${row}`, { horizontal: 'center', bold: true });
  if (m.uncoveredWeakIndicators.length > 0) {
    g.put(
      row,
      0,
      text(`${t.uncovered}: ${m.uncoveredWeakIndicators.map((id) => `${t.indicatorShort} ${id}`).join(', ')}`),
    );
    g.merge(row, 0, LAST);
    g.style(`A${row + 1}`, { fontColor: '#9C0006', wrap: true });
    row++;
  }
  const overdue = m.rows.filter((r) => r.overdue);
  if (overdue.length === 0) return row;
  row++;
  g.put(row, 0, text(t.overdueTitle));
  g.merge(row, 0, LAST);
  g.style(`A${row + 1}`, { bold: true });
  row++;
  // Each field as wide as its longest word group needs (a status or a date never breaks inside),
  // the measure's own words as wide as the rest leave them.
  const shown = overdue
    .slice(0, MAX_OVERDUE_ROWS)
    .map((o) => [
      o.measure,
      o.period ? formatDate(o.period.end, lang, digits) : '',
      o.status ? statusLabel(o.status)[lang] : '',
      t.seeRow(parseA1(o.cell).row + 1),
    ]);
  const heads = [t.measure, t.periodEnd, t.status, t.link];
  const spans = fitSpans(
    SUMMARY_WIDTHS.slice(0, LAST + 1),
    heads.map((h, j) =>
      Math.max(
        leastPoints([h], TABLE_POINTS, true, true),
        leastPoints(
          shown.map((cells) => cells[j]),
          TABLE_POINTS,
          j > 0,
        ),
      ),
    ),
  );
  const starts = spans.map((_, j) => spans.slice(0, j).reduce((a, n) => a + n, 0));
  const spread = (r: number) => spans.forEach((n, j) => n > 1 && g.merge(r, starts[j], starts[j] + n - 1));
  tableHeader(
    g,
    row,
    heads.flatMap((h, j) => [bi(h, h), ...new Array<Bilingual>(spans[j] - 1).fill(bi('', ''))]),
    lang,
  );
  spread(row++);
  const from = row;
  overdue.slice(0, MAX_OVERDUE_ROWS).forEach((o, i) => {
    shown[i].forEach((s, j) => g.put(row, starts[j], text(s)));
    spread(row);
    // The link's text is ours, never the user's words inside a formula: the row to find on paper.
    plan.hyperlinks.push({ sheet: g.sheet, cell: a1(row, starts[3]), to: { sheet: m.sheet, cell: o.cell } });
    row++;
  });
  g.style(`A${from + 1}:G${row}`, { border: true, wrap: true, vertical: 'top', fontSize: TABLE_POINTS });
  g.style(`${columnLetters(starts[3])}${from + 1}:G${row}`, { fontColor: '#0563C1' });
  if (overdue.length > MAX_OVERDUE_ROWS) g.put(row++, 0, text(t.andMore(overdue.length - MAX_OVERDUE_ROWS)));
  return row;
}

/**
 * An OIT item's title on the summary: the NACC's own where the framework is final; where it is
 * provisional (its titles are generic, "ข้อ O7"), the title the workbook's checklist gives.
 */
function oitItemTitle(a: AnalysisWithSources, code: string, workbookTitle: string | undefined, lang: Lang): string {
  if (a.framework.provisional && workbookTitle) return workbookTitle;
  return itemDef(a.framework, code)?.title[lang] ?? workbookTitle ?? code;
}

/**
 * OIT detail: each item's entry as typed, its 100/0 score as a formula, its link; then each
 * sub-indicator as the mean of its items (spec §2 nesting). Returns the cell of each
 * sub-indicator's mean.
 */
export function writeOitTable(ctx: PageContext, start: number, warnings: Problem[]): Map<string, string> {
  const { plan, g, a, t, lang } = ctx;
  const oitSheet = a.found.find((f) => f.role === 'oit')?.sheet;
  let row = start;
  sectionHeading(g, row++, bi('รายการ OIT', 'OIT items'), lang);
  tableHeader(
    g,
    row,
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
  g.merge(row++, 5, LAST);
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
      g.merge(row, 5, LAST);
      if (listed?.url) {
        g.put(row, 5, text(shortLink(listed.url, columnTextPoints(LINK_CHARS), TABLE_POINTS)));
        plan.hyperlinks.push({ sheet: g.sheet, cell: a1(row, 5), to: { url: listed.url } });
      }
      row++;
    }
    subRange.set(sub.id, [from, row - 1]);
  }
  g.style(`A${firstItemRow + 1}:G${row}`, { border: true, wrap: true, vertical: 'top', fontSize: TABLE_POINTS });
  g.style(`C${firstItemRow + 1}:E${row}`, { horizontal: 'center' });
  g.style(`F${firstItemRow + 1}:F${row}`, { wrap: false, fontColor: '#0563C1' });
  row++;
  g.put(row, 0, text(t.subIndicator));
  g.merge(row, 0, LAST);
  g.style(`A${row + 1}`, { bold: true });
  row++;
  const cells = new Map<string, string>();
  const subFirst = row;
  for (const sub of subs) {
    const [from, to] = subRange.get(sub.id)!;
    g.put(row, 0, text(sub.id));
    g.put(row, 1, text(sub.name[lang]));
    cells.set(sub.id, g.put(row, 2, formula(`AVERAGE(E${from + 1}:E${to + 1})`, sub.score), SCORE_FORMAT));
    row++;
  }
  g.style(`A${subFirst + 1}:C${row}`, { border: true, wrap: true, vertical: 'top', fontSize: TABLE_POINTS });
  return cells;
}
