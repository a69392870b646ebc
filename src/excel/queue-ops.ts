/**
 * Each write-plan operation as Office.js calls, queued on the request context; nothing here
 * syncs (apply.ts decides the requests and their syncs).
 */
import type { PlanChart, PlanDataBar } from '../workbook/plan';
import { headerFooterCode } from '../workbook/plan';
import { ExcelFeatures } from './features';
import { DataOp, Op, writeAddress } from './ops';
import { borderEdges, horizontalAlignment } from './translate';

/** Worksheet proxies by name (Excel compares sheet names ignoring case). */
export class SheetProxies {
  private readonly map = new Map<string, Excel.Worksheet>();
  constructor(private readonly context: Excel.RequestContext) {}
  get(name: string): Excel.Worksheet {
    const key = name.toLowerCase();
    let sheet = this.map.get(key);
    if (!sheet) {
      sheet = this.context.workbook.worksheets.getItem(name);
      this.map.set(key, sheet);
    }
    return sheet;
  }
  set(name: string, sheet: Excel.Worksheet): void {
    this.map.set(name.toLowerCase(), sheet);
  }
  forget(name: string): void {
    this.map.delete(name.toLowerCase());
  }
}

/**
 * Queues one request's operations, without syncing: the caller syncs once per request.
 */
export function queueBatch(
  context: Excel.RequestContext,
  batch: readonly Op[],
  features: ExcelFeatures,
  sheets: SheetProxies,
  last: boolean,
): void {
  // Both suspensions last until the next sync, so each request asks again. The last request is
  // not suspended and ends with one recalculation: after a suspension the add-in must recalculate
  // (Microsoft's note on suspendApiCalculationUntilNextSync), and a workbook set to manual
  // calculation would otherwise keep the summary's old figures. "Recalculate" computes only what
  // changed, in the same request, so the number of round trips stays the same.
  if (features.suspendCalculation && !last) context.application.suspendApiCalculationUntilNextSync();
  if (features.suspendScreenUpdating) context.application.suspendScreenUpdatingUntilNextSync();
  for (const op of batch) queueOp(context, op, sheets);
  if (last) context.application.calculate('Recalculate');
}

function queueOp(context: Excel.RequestContext, op: Op, sheets: SheetProxies): void {
  switch (op.kind) {
    case 'deleteName':
      context.workbook.names.getItem(op.name).delete();
      return;
    case 'deleteSheet':
      // Excel refuses to delete a very hidden sheet (InvalidOperation): hidden first, same request.
      if (op.unhide) sheets.get(op.sheet).visibility = 'Hidden';
      sheets.get(op.sheet).delete();
      sheets.forget(op.sheet);
      return;
    case 'addSheet':
      sheets.set(op.sheet, context.workbook.worksheets.add(op.sheet));
      return;
    case 'clearSheet': {
      const sheet = sheets.get(op.sheet);
      // getUsedRange (not …OrNullObject) returns A1 on a blank sheet, so this never fails.
      const used = sheet.getUsedRange(false);
      if (op.clearValidation) used.dataValidation.clear();
      if (op.clearDataBars) used.conditionalFormats.clearAll();
      if (op.clearPageBreaks) sheet.horizontalPageBreaks.removePageBreaks();
      used.unmerge();
      used.clear('All');
      if (op.unfreeze) sheet.freezePanes.unfreeze();
      return;
    }
    case 'addName':
      context.workbook.names.add(op.name, sheets.get(op.sheet).getRange(op.ref));
      return;
    case 'write': {
      const range = sheets.get(op.sheet).getRange(writeAddress(op));
      const nf = op.grids.numberFormats?.slice(op.start, op.end);
      if (nf && nf.some((row) => row.some((f) => f !== null))) range.numberFormat = nf;
      range.formulas = op.grids.formulas.slice(op.start, op.end);
      return;
    }
    case 'columnWidth':
      sheets.get(op.sheet).getRange(op.address).format.columnWidth = op.points;
      return;
    case 'style': {
      const s = op.style;
      const format = sheets.get(s.sheet).getRange(s.range).format;
      if (s.bold !== undefined) format.font.bold = s.bold;
      if (s.italic !== undefined) format.font.italic = s.italic;
      if (s.fontSize !== undefined) format.font.size = s.fontSize;
      if (s.fontColor !== undefined) format.font.color = s.fontColor;
      if (s.fill !== undefined) format.fill.color = s.fill;
      if (s.wrap !== undefined) format.wrapText = s.wrap;
      if (s.horizontal !== undefined) format.horizontalAlignment = horizontalAlignment(s.horizontal);
      if (s.border) for (const edge of borderEdges(s.range)) format.borders.getItem(edge).style = 'Continuous';
      return;
    }
    case 'merge':
      sheets.get(op.sheet).getRange(op.range).merge(false);
      return;
    case 'hyperlink':
      sheets.get(op.sheet).getRange(op.cell).hyperlink = op.link;
      return;
    case 'validation': {
      const validation = sheets.get(op.sheet).getRange(op.range).dataValidation;
      validation.clear();
      validation.rule = { list: { inCellDropDown: true, source: op.source } };
      return;
    }
    case 'freezeRows':
      sheets.get(op.sheet).freezePanes.freezeRows(op.rows);
      return;
    case 'tabColor':
      sheets.get(op.sheet).tabColor = op.color;
      return;
    case 'sheetFont': {
      const font = sheets.get(op.sheet).getRange(op.address).format.font;
      font.name = op.font.name;
      font.size = op.font.size;
      return;
    }
    case 'rowHeight':
      sheets.get(op.sheet).getRange(op.address).format.rowHeight = op.points;
      return;
    case 'page':
      queuePageSetup(sheets.get(op.sheet), op);
      return;
    case 'dataBar':
      queueDataBar(sheets.get(op.bar.sheet), op.bar);
      return;
    case 'chart':
      queueChart(sheets.get(op.chart.sheet), op.chart);
      return;
    case 'activate':
      sheets.get(op.sheet).activate();
      return;
  }
}

const POINTS_PER_INCH = 72;

/** A4, margins, orientation, fit to one page across, print titles and area, header, footer, breaks. */
function queuePageSetup(sheet: Excel.Worksheet, op: Extract<DataOp, { kind: 'page' }>): void {
  const { page, font } = op;
  const layout = sheet.pageLayout;
  layout.orientation = page.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.paperSize = 'A4';
  layout.topMargin = page.margins.top * POINTS_PER_INCH;
  layout.bottomMargin = page.margins.bottom * POINTS_PER_INCH;
  layout.leftMargin = page.margins.left * POINTS_PER_INCH;
  layout.rightMargin = page.margins.right * POINTS_PER_INCH;
  layout.headerMargin = page.margins.header * POINTS_PER_INCH;
  layout.footerMargin = page.margins.footer * POINTS_PER_INCH;
  layout.zoom = page.fitToWidth ? { horizontalFitToPages: 1, verticalFitToPages: 0 } : { scale: page.scale ?? 100 };
  if (page.titleRows) layout.setPrintTitleRows(`$${page.titleRows[0]}:$${page.titleRows[1]}`);
  if (op.printArea) layout.setPrintArea(op.printArea);
  const code = (text: string | undefined, size: number | undefined) => (text ? headerFooterCode(text, font, size) : '');
  const all = page.header || page.footer ? layout.headersFooters.defaultForAllPages : undefined;
  if (all && page.header) {
    all.leftHeader = code(page.header.left, page.header.size);
    all.centerHeader = code(page.header.center, page.header.size);
    all.rightHeader = code(page.header.right, page.header.size);
  }
  if (all && page.footer) {
    all.leftFooter = code(page.footer.left, page.footer.size);
    all.centerFooter = code(page.footer.center, page.footer.size);
    all.rightFooter = code(page.footer.right, page.footer.size);
  }
  for (const row of page.breaksBefore ?? []) if (row > 0) sheet.horizontalPageBreaks.add(`A${row + 1}`);
}

/** A solid data bar between fixed bounds. */
function queueDataBar(sheet: Excel.Worksheet, bar: PlanDataBar): void {
  const cf = sheet.getRange(bar.range).conditionalFormats.add('DataBar');
  cf.dataBar.lowerBoundRule = { type: 'Number', formula: String(bar.min) };
  cf.dataBar.upperBoundRule = { type: 'Number', formula: String(bar.max) };
  cf.dataBar.positiveFormat.fillColor = bar.color;
  cf.dataBar.positiveFormat.gradientFill = false;
}

/** A clustered bar or column chart over one contiguous range, series in columns. */
function queueChart(sheet: Excel.Worksheet, spec: PlanChart): void {
  // Clearing cells leaves charts: the one an earlier recompute drew goes first (a no-op when none).
  sheet.charts.getItemOrNullObject(spec.name).delete();
  const type = spec.kind === 'bar' ? 'BarClustered' : 'ColumnClustered';
  const chart = sheet.charts.add(type, sheet.getRange(spec.source), 'Columns');
  chart.name = spec.name;
  chart.title.text = spec.title;
  const [from, to] = spec.at.split(':');
  chart.setPosition(from, to);
  const axis = chart.axes.valueAxis;
  if (spec.min !== undefined) axis.minimum = spec.min;
  if (spec.max !== undefined) axis.maximum = spec.max;
}
