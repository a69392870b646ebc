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
import type { WritePlan } from '../workbook/plan';
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
import { DataOp, Op, SkippedPart, SubstitutedPart, WorkbookState, dependsOnProbe } from './ops';
import { packOps } from './pack';
import { planProbeOps, protectionConflicts, stampsChanged } from './probe-ops';
import { DEFAULT_BUDGET_BYTES, batchBytes, withDefaults } from './payload';
import { queueBatch, SheetProxies } from './queue-ops';

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
