/**
 * Applying a WritePlan through Office.js. Everything is decided in ops.ts (pure); this file
 * only turns each operation into Office.js calls and decides when to sync.
 *
 * Round trips (context.sync calls):
 *   1. probe: which sheets and workbook names exist, which are protected, and what each fix cell
 *      holds now (skipped when the plan owns no sheet or name and has no fix: adding a measure).
 *      A plan that would clear a protected sheet or add sheets to a protected workbook stops
 *      here, before anything is written;
 *   2. every write, queued in one request — plus one more sync for each further request the
 *      writes need: Excel on the web refuses a request over 5 MB, and a sync is one request,
 *      so a large plan is cut into row slices sent in several syncs (budget 4 MB by default).
 * So 2 syncs for any plan whose writes fit one request, 1 + ⌈estimate / budget⌉ beyond that.
 *
 * When Excel still answers that a request was too large (or, on Excel on the web, with the
 * GeneralException its older builds use for that), the budget is halved and the failed
 * request and everything after it are cut again and resent; those are idempotent assignments.
 * If the failed request also carried the structural changes (adding or clearing sheets, names),
 * the probe is run again first, so the structure is rebuilt from what the workbook now holds
 * rather than repeated blindly. Each retry costs the failed sync, plus the probe in that case.
 *
 * A request is not a transaction: when one fails for another reason, the operations before the
 * failing one stay done. The error then lists that request's steps as "may be partly done",
 * beside the requests that were fully written.
 */
import type { Bilingual } from '../domain/text';
import type { PlanChart, PlanDataBar, WritePlan } from '../workbook/plan';
import { headerFooterCode } from '../workbook/plan';
import {
  ApplyError,
  ErrorCode,
  OwnershipChangedError,
  ProtectedError,
  isSizeRefusal,
  refusesWholeRequest,
} from './errors';
import { ExcelFeatures, MIN_EXCEL_API } from './features';
import { planDataOps } from './data-ops';
import { describeOps } from './describe-ops';
import { DataOp, Op, SkippedPart, SubstitutedPart, WorkbookState, dependsOnProbe, writeAddress } from './ops';
import { packOps } from './pack';
import { planProbeOps, protectionConflicts, stampsChanged } from './probe-ops';
import { DEFAULT_BUDGET_BYTES, batchBytes, withDefaults } from './payload';
import { borderEdges, horizontalAlignment } from './translate';

export interface ApplyOptions {
  /** Estimated request size allowed per sync; default 4 MB (the limit is 5 MB). */
  budgetBytes?: number;
  /** How many times a too-large request may be retried with half the budget. */
  maxRetries?: number;
  /**
   * Excel on the web: a GeneralException is then taken as a size refusal too (older builds
   * answer an oversize request so) and retried in smaller slices (errors.ts, isSizeRefusal).
   */
  web?: boolean;
}

export interface RequestRecord {
  estimatedBytes: number;
  ops: number;
  ok: boolean;
}

export interface ApplyReport {
  /** context.sync() calls made, probe included. */
  syncs: number;
  /** Every write request sent, in order, failed ones included. */
  requests: RequestRecord[];
  /** Largest estimated size among the requests Excel accepted. */
  maxRequestBytes: number;
  /** Payload-size retries. */
  retries: number;
  /** The budget in force at the end (halved once per retry). */
  budgetBytes: number;
  /** What reached the workbook, request by request. */
  written: Bilingual[];
  /** Parts of the plan this Excel cannot do, left out. */
  skipped: SkippedPart[];
  /** Parts of the plan written another way. */
  substituted: SubstitutedPart[];
}

export const APPLY_DEFAULTS: Required<ApplyOptions> = { budgetBytes: DEFAULT_BUDGET_BYTES, maxRetries: 10, web: false };

export async function applyPlan(
  context: Excel.RequestContext,
  plan: WritePlan,
  features: ExcelFeatures,
  options: ApplyOptions = {},
): Promise<ApplyReport> {
  const opts = withDefaults<ApplyOptions>(APPLY_DEFAULTS, options);
  if (!features.supported) {
    const e = Object.assign(new Error(`Excel lacks ExcelApi ${MIN_EXCEL_API}, which writing needs`), {
      code: ErrorCode.apiNotFound,
    });
    throw new ApplyError(e, []);
  }
  let budget = opts.budgetBytes;
  const report: ApplyReport = {
    syncs: 0,
    requests: [],
    maxRequestBytes: 0,
    retries: 0,
    budgetBytes: budget,
    written: [],
    skipped: [],
    substituted: [],
  };
  const sync = async (): Promise<void> => {
    report.syncs++;
    await context.sync();
  };

  try {
    const data = planDataOps(plan, features);
    report.skipped = data.skipped;
    report.substituted = data.substituted;
    const fixes = plan.fixes ?? [];
    const needsProbe =
      plan.sheets.length + plan.deleteSheets.length + plan.names.length + plan.deleteNames.length + fixes.length > 0;
    let pending: DataOp[] = data.ops;
    let structureDone = !needsProbe;
    let sheets = new SheetProxies(context);

    for (;;) {
      let batches: Op[][];
      if (!structureDone) {
        const state = await probe(context, plan, features, sync);
        const probed = planProbeOps(plan, state, features);
        const changed = stampsChanged(plan, state);
        if (changed.length > 0) throw new ApplyError(new OwnershipChangedError(changed), report.written);
        const blocked = protectionConflicts(probed.ops, state);
        if (blocked.sheets.length > 0 || blocked.workbook)
          throw new ApplyError(new ProtectedError(blocked.sheets, blocked.workbook), report.written);
        report.skipped = [...data.skipped, ...probed.skipped];
        if (probed.ops.length === 0) structureDone = true; // nothing to redo on a later retry
        batches = packOps(pending, budget, probed.ops);
      } else {
        batches = packOps(pending, budget);
      }

      let failed = -1;
      let failure: unknown;
      // One sync per request-sized batch: the payload limit is per sync (see the header).
      for (let b = 0; b < batches.length; b++) {
        const batch = batches[b];
        queueBatch(context, batch, features, sheets, b === batches.length - 1);
        const estimatedBytes = batchBytes(batch);
        try {
          await sync();
        } catch (e) {
          report.requests.push({ estimatedBytes, ops: batch.length, ok: false });
          failed = b;
          failure = e;
          break;
        }
        report.requests.push({ estimatedBytes, ops: batch.length, ok: true });
        report.maxRequestBytes = Math.max(report.maxRequestBytes, estimatedBytes);
        report.written.push(...describeOps(batch));
        if (batch.some(dependsOnProbe)) structureDone = true;
      }
      if (failed < 0) break;

      const failedBatch = batches[failed];
      if (!isSizeRefusal(failure, { web: opts.web })) {
        throw new ApplyError(failure, report.written, {
          partial: refusesWholeRequest(failure) ? [] : describeOps(failedBatch),
        });
      }
      if (report.retries >= opts.maxRetries || !canShrink(failedBatch))
        throw new ApplyError(failure, report.written, { gaveUp: true });
      report.retries++;
      budget = Math.floor(budget / 2);
      pending = batches
        .slice(failed)
        .flat()
        .filter((op): op is DataOp => !dependsOnProbe(op));
      if (failedBatch.some(dependsOnProbe)) structureDone = false;
      sheets = new SheetProxies(context); // proxies made in a failed request are not to be trusted
    }
  } catch (e) {
    if (e instanceof ApplyError) throw e;
    throw new ApplyError(e, report.written);
  }
  report.budgetBytes = budget;
  return report;
}

/** Sync: the workbook's sheets (with their protection) and workbook-scoped names, and each fix cell now. */
async function probe(
  context: Excel.RequestContext,
  plan: WritePlan,
  features: ExcelFeatures,
  sync: () => Promise<void>,
): Promise<WorkbookState> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility,items/protection/protected');
  const workbookProtection = features.workbookProtection ? context.workbook.protection : undefined;
  workbookProtection?.load('protected');
  const names = context.workbook.names;
  names.load('items/name');
  const fixCells = (plan.fixes ?? []).map((fix) => {
    const cell = worksheets.getItem(fix.sheet).getRange(fix.cell);
    cell.load('values,formulas');
    return cell;
  });
  // A sheet deleted meanwhile fails this request with ItemNotFound: before anything is written.
  const proofCells = (plan.proofs ?? []).map((proof) => {
    const cell = worksheets.getItem(proof.sheet).getRange(proof.cell);
    cell.load('values');
    return cell;
  });
  await sync();
  return {
    sheets: worksheets.items.map((s) => s.name),
    names: names.items.map((n) => n.name),
    fixCells: fixCells.map((c) => ({ value: c.values[0][0], formula: c.formulas[0][0] })),
    protectedSheets: worksheets.items.filter((s) => s.protection.protected).map((s) => s.name),
    workbookProtected: workbookProtection?.protected === true,
    veryHiddenSheets: worksheets.items.filter((s) => s.visibility === 'VeryHidden').map((s) => s.name),
    proofCells: proofCells.map((c) => c.values[0][0]),
  };
}

/** Can a request that was too large be cut smaller? Not if it is one operation on one row. */
function canShrink(batch: readonly Op[]): boolean {
  const dataOps = batch.filter((op) => !dependsOnProbe(op));
  if (dataOps.length === 0) return false;
  if (batch.length > 1) return true;
  const op = batch[0];
  return op.kind === 'write' && op.end - op.start > 1;
}

/** Worksheet proxies by name (Excel compares sheet names ignoring case). */
class SheetProxies {
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

function queueBatch(
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
