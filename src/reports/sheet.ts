/**
 * A report laid out on a sheet the add-in owns, in the house print style (src/workbook/print.ts):
 * A4 in the report's orientation, TH Sarabun New, paragraphs merged across the printed width,
 * row heights measured for wrapped text, tables with borders, a header line and page x of y.
 */
import type { Problem } from '../domain/problem';
import { bi } from '../domain/text';
import { formatDateTime } from '../domain/thai-date';
import { Grid, text } from '../workbook/grid';
import { OWNER_NAMES, ownedSheet, sheetNames, stampProofs, stampSheet } from '../workbook/owned';
import { emptyPlan, type PlanSheet, type WritePlan } from '../workbook/plan';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { columnLetters } from '../workbook/snapshot';
import type { ReportDoc, ReportTable } from './model';
import { a4Page, columnCharsFor, fitRowHeights, PRINT_FONT, widestWordPoints } from '../workbook/print';
import { SIZES } from './layout';
import { TOP_LEFT } from '../domain/refs';

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
          cell: TOP_LEFT,
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
  stampSheet(plan, name, doc.lang); // proves the sheet ours on the next run (owned.ts)
  plan.names.push({ name: OWNER_NAMES[kind], sheet: name, ref: 'A1' });
  plan.activate = name;
  plan.proofs = stampProofs(snapshot, plan);
  return { plan, sheet: name, problems: [] };
}

function layoutReport(plan: WritePlan, doc: ReportDoc, sheet: string, computedAt: string): void {
  const tables = doc.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
  const widest = tables.reduce<ReportTable | undefined>(
    (w, t) => (!w || t.columns.length > w.columns.length ? t : w),
    undefined,
  );
  const widths = sheetWidths(widest, PRINT_WIDTH[doc.landscape ? 'landscape' : 'portrait']);
  const last = widths.length - 1;
  const g = new Grid(sheet, widths.length);
  const across = (row: number) => `A${row + 1}:${columnLetters(last)}${row + 1}`;

  /** A line of text merged across the page and wrapped. */
  const wide = (row: number, value: string, size: number, style: Parameters<Grid['style']>[1] = {}) => {
    g.put(row, 0, text(value));
    if (last > 0) g.merge(row, 0, last);
    g.style(across(row), { wrap: true, vertical: 'top', fontSize: size, ...style });
  };

  let row = 0;
  wide(row++, doc.title, SIZES.title, { bold: true, horizontal: 'center' });
  for (const line of doc.subtitle) wide(row++, line, SIZES.body, { horizontal: 'center' });
  row++;
  // The header of a report's only table repeats on every printed page.
  let titleRow: number | undefined;
  for (const block of doc.blocks) {
    if (block.kind === 'heading') wide(row++, block.text, SIZES.body, { bold: true });
    else if (block.kind === 'paragraph') wide(row++, block.text, SIZES.body);
    else {
      if (tables.length === 1) titleRow = row;
      row = writeTable(g, block.table, widths, row) + 1;
    }
  }
  g.put(row, 0, text(`ITA Planner · ${formatDateTime(computedAt, doc.lang)}`));
  g.style(across(row), { italic: true, fontSize: SIZES.note, fontColor: '#7F7F7F' });

  const block = g.block();
  const spec: PlanSheet = { name: sheet, columnWidths: widths, tabColor: '#1F6F8B', font: PRINT_FONT };
  spec.rowHeights = fitRowHeights(spec, block, g.styles, g.merges);
  spec.page = a4Page(doc.landscape ? 'landscape' : 'portrait', {
    ...(titleRow !== undefined ? { titleRows: [titleRow + 1, titleRow + 1] as [number, number] } : {}),
    header: { left: doc.header, size: 12 },
    footer: { right: bi('หน้า {page} / {pages}', 'Page {page} of {pages}')[doc.lang], size: 12 },
  });
  plan.sheets.push(spec);
  plan.blocks.push(block);
  plan.styles.push(...g.styles);
  plan.merges.push(...g.merges.map((range) => ({ sheet, range })));
}

/**
 * The sheet's columns: the widest table's, scaled to the printed width, and none narrower than
 * the longest word of its heading ("ลำดับ" printed "ลำดั/บ"). The room comes a character at a
 * time from the widest column, so the narrow ones (a period, a due date "31 ธ.ค. 2565" in the
 * table spanning them) keep their width, and the page's width stays as scaled.
 */
export function sheetWidths(widest: ReportTable | undefined, printWidth: number): number[] {
  if (!widest) return [printWidth];
  const scaled = scaleWidths(
    widest.columns.map((c) => c.width),
    printWidth,
  );
  const least = widest.columns.map((c) => columnCharsFor(widestWordPoints(c.title, SIZES.table, true)));
  const widths = scaled.map((w, j) => Math.max(w, least[j]));
  for (let over = widths.reduce((n, w) => n + w, 0) - scaled.reduce((n, w) => n + w, 0); over > 0; over--) {
    const spare = widths.map((w, j) => (w > least[j] ? w : 0));
    const from = spare.indexOf(Math.max(...spare));
    if (spare[from] === 0) break;
    widths[from]--;
  }
  return widths;
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

function writeTable(g: Grid, table: ReportTable, widths: number[], start: number): number {
  const spans = columnSpans(
    table.columns.map((c) => c.width),
    widths,
  );
  const end = columnLetters(spans[spans.length - 1][1]);
  const range = (from: number, to = from) => `A${from + 1}:${end}${to + 1}`;
  const putRow = (row: number, cells: string[]) =>
    cells.forEach((value, j) => {
      const [a, b] = spans[j];
      g.put(row, a, text(value));
      if (b > a) g.merge(row, a, b);
      const align = table.columns[j].align;
      if (align && align !== 'left') g.style(`${columnLetters(a)}${row + 1}`, { horizontal: align });
    });
  let row = start;
  putRow(
    row,
    table.columns.map((c) => c.title),
  );
  g.style(range(row), { bold: true, fill: HEAD_FILL, horizontal: 'center' });
  row++;
  const marked = new Set(table.marked ?? []);
  table.rows.forEach((cells, n) => {
    putRow(row, cells);
    if (marked.has(n)) g.style(range(row), { fill: MARK_FILL });
    row++;
  });
  g.style(range(start, row - 1), { border: true, wrap: true, vertical: 'top', fontSize: SIZES.table });
  return row;
}
