/**
 * A report laid out on a sheet the add-in owns, print-ready: A4 in the report's orientation,
 * TH Sarabun New, paragraphs merged across the printed width with row heights for their wrapped
 * lines, tables with borders and a header row repeated on every page.
 */
import type { Problem } from '../domain/problem';
import { bi } from '../domain/text';
import { Grid, text } from '../workbook/grid';
import { OWNER_NAMES, ownedSheet, sheetNames } from '../workbook/owned';
import { emptyPlan, type PlanSheet, type WritePlan } from '../workbook/plan';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { columnLetters } from '../workbook/snapshot';
import type { ReportDoc, ReportTable } from './model';
import { linesNeeded, REPORT_FONT, SIZES, lineHeight } from './layout';

/** Printed width in Excel column units (default-font digits) on A4 with 0.6" margins. */
const PRINT_WIDTH = { portrait: 92, landscape: 138 };
const MARK_FILL = '#FCE4D6';
const HEAD_FILL = '#E2EFDA';

export interface ReportSheetPlan {
  plan: WritePlan;
  sheet?: string;
  problems: Problem[];
}

/** Plans the report's sheet; a user's sheet bearing its name stops it with a message. */
export function planReportSheet(doc: ReportDoc, snapshot: WorkbookSnapshot, computedAt: string): ReportSheetPlan {
  const kind = doc.kind;
  const name = sheetNames(doc.lang)[kind];
  const owned = ownedSheet(snapshot, kind);
  const clash = snapshot.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase() && s.name !== owned);
  if (clash)
    return {
      plan: emptyPlan(),
      problems: [
        {
          severity: 'error',
          code: 'sheet.not-owned',
          sheet: clash.name,
          cell: 'A1',
          found: clash.name,
          message: bi(
            `มีชีตชื่อ "${clash.name}" ที่ ITA Planner ไม่ได้สร้าง จึงไม่เขียนรายงานทับ — เปลี่ยนชื่อชีตนั้นแล้วลองใหม่`,
            `A sheet named "${clash.name}" exists that ITA Planner did not create, so the report was not written over it. Rename that sheet and try again`,
          ),
        },
      ],
    };
  const plan = emptyPlan();
  if (owned && owned !== name) plan.deleteSheets.push(owned); // the same report in the other language
  layoutReport(plan, doc, name, computedAt);
  plan.names.push({ name: OWNER_NAMES[kind], sheet: name, ref: 'A1' });
  plan.activate = name;
  return { plan, sheet: name, problems: [] };
}

function layoutReport(plan: WritePlan, doc: ReportDoc, sheet: string, computedAt: string): void {
  const widest = doc.blocks.reduce<ReportTable | undefined>(
    (w, b) => (b.kind === 'table' && (!w || b.table.columns.length > w.columns.length) ? b.table : w),
    undefined,
  );
  const widths = scaleWidths(
    widest?.columns.map((c) => c.width) ?? [1],
    PRINT_WIDTH[doc.landscape ? 'landscape' : 'portrait'],
  );
  const last = widths.length - 1;
  const g = new Grid(sheet, widths.length);
  const heights: { row: number; points: number }[] = [];
  const full = `A{r}:${columnLetters(last)}{r}`;
  const across = (row: number) => full.replace(/\{r\}/g, String(row + 1));
  const total = widths.reduce((s, w) => s + w, 0);

  /** A line of text merged across the page, tall enough for its wrapped lines. */
  const wide = (row: number, value: string, size: number, style: Parameters<Grid['style']>[1] = {}) => {
    g.put(row, 0, text(value));
    if (last > 0) g.merge(row, 0, last);
    g.style(across(row), { wrap: true, fontSize: size, ...style });
    heights.push({ row, points: lineHeight(size) * linesNeeded(value, total, size, !!style.bold) + 4 });
  };

  let row = 0;
  wide(row++, doc.title, SIZES.title, { bold: true, horizontal: 'center' });
  for (const line of doc.subtitle) wide(row++, line, SIZES.body, { horizontal: 'center' });
  row++;
  for (const block of doc.blocks) {
    if (block.kind === 'heading') wide(row++, block.text, SIZES.body, { bold: true });
    else if (block.kind === 'paragraph') wide(row++, block.text, SIZES.body);
    else row = writeTable(g, block.table, widths, row, heights) + 1;
  }
  g.put(row, 0, text(`ITA Planner · ${computedAt.replace('T', ' ').slice(0, 16)}`));
  g.style(across(row), { italic: true, fontSize: SIZES.note, fontColor: '#7F7F7F' });

  const spec: PlanSheet & ReportSheetExtras = {
    name: sheet,
    columnWidths: widths,
    tabColor: '#1F6F8B',
    landscape: doc.landscape,
    font: REPORT_FONT,
    rowHeights: heights,
    page: {
      orientation: doc.landscape ? 'landscape' : 'portrait',
      paper: 'A4',
      margins: { top: 0.75, bottom: 0.75, left: 0.6, right: 0.6, header: 0.3, footer: 0.3 },
      fitToWidth: true,
      header: { left: doc.header },
      footer: { right: doc.lang === 'th' ? 'หน้า {page} / {pages}' : 'Page {page} of {pages}' },
    },
  };
  plan.sheets.push(spec);
  plan.blocks.push(g.block());
  plan.styles.push(...g.styles);
  plan.merges.push(...g.merges.map((range) => ({ sheet, range })));
}

/** Print features the write plan is gaining (issue #12 part 1); carried until every adapter reads them. */
interface ReportSheetExtras {
  font?: { name: string; size: number };
  rowHeights?: { row: number; points: number }[];
  page?: {
    orientation: 'portrait' | 'landscape';
    paper: 'A4';
    margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
    fitToWidth: boolean;
    titleRows?: [number, number];
    header?: { left?: string; center?: string; right?: string };
    footer?: { left?: string; center?: string; right?: string };
  };
}

/** Widths scaled to fill the printed width, each at least 4. */
function scaleWidths(relative: number[], width: number): number[] {
  const sum = relative.reduce((s, w) => s + w, 0);
  return relative.map((w) => Math.max(4, Math.round((w * width) / sum)));
}

/**
 * Sheet columns [from, to] for each of a table's columns: the same columns when the table is
 * the widest, else spans whose widths come nearest to the table's own proportions.
 */
export function columnSpans(table: number[], sheet: number[]): [number, number][] {
  if (table.length === sheet.length) return sheet.map((_, i) => [i, i]);
  const total = sheet.reduce((s, w) => s + w, 0);
  const want = table.reduce((s, w) => s + w, 0);
  const edges: number[] = [];
  let acc = 0;
  const cum = sheet.map((w) => (acc += w));
  let goal = 0;
  for (let j = 0; j < table.length - 1; j++) {
    goal += (table[j] / want) * total;
    const min = (edges[j - 1] ?? -1) + 1;
    const max = sheet.length - (table.length - j);
    let best = min;
    for (let c = min; c <= max; c++) if (Math.abs(cum[c] - goal) < Math.abs(cum[best] - goal)) best = c;
    edges.push(best);
  }
  edges.push(sheet.length - 1);
  return edges.map((end, j) => [j === 0 ? 0 : edges[j - 1] + 1, end]);
}

function writeTable(
  g: Grid,
  table: ReportTable,
  widths: number[],
  start: number,
  heights: { row: number; points: number }[],
): number {
  const spans = columnSpans(
    table.columns.map((c) => c.width),
    widths,
  );
  const spanWidth = spans.map(([a, b]) => widths.slice(a, b + 1).reduce((s, w) => s + w, 0));
  const range = (row: number) => `A${row + 1}:${columnLetters(spans[spans.length - 1][1])}${row + 1}`;
  const putRow = (row: number, cells: string[], size: number, bold: boolean) => {
    let lines = 1;
    cells.forEach((value, j) => {
      const [a, b] = spans[j];
      g.put(row, a, text(value));
      if (b > a) g.merge(row, a, b);
      lines = Math.max(lines, linesNeeded(value, spanWidth[j], size, bold));
      const align = table.columns[j].align;
      if (align && align !== 'left') g.style(`${columnLetters(a)}${row + 1}`, { horizontal: align });
    });
    heights.push({ row, points: lineHeight(size) * lines + 4 });
  };
  let row = start;
  putRow(
    row,
    table.columns.map((c) => c.title),
    SIZES.table,
    true,
  );
  g.style(range(row), {
    bold: true,
    fill: HEAD_FILL,
    border: true,
    wrap: true,
    horizontal: 'center',
    fontSize: SIZES.table,
  });
  row++;
  const first = row;
  const marked = new Set(table.marked ?? []);
  table.rows.forEach((cells, n) => {
    putRow(row, cells, SIZES.table, false);
    if (marked.has(n)) g.style(range(row), { fill: MARK_FILL });
    row++;
  });
  if (row > first)
    g.style(`A${first + 1}:${columnLetters(spans[spans.length - 1][1])}${row}`, {
      border: true,
      wrap: true,
      fontSize: SIZES.table,
    });
  return row;
}
