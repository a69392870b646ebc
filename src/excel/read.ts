/**
 * Reading the workbook through Office.js into a plain WorkbookSnapshot.
 *
 * Round trips (context.sync calls):
 *   1. sheet names and workbook names                    (the sheet list is needed to ask for used ranges)
 *   2. every sheet's used range: position and size only  (to cut values into slices before reading them)
 *   3. the values of every slice, all queued, one sync — plus one more sync for each further
 *      request the values need: Excel on the web refuses a response over 5 MB, and a sync is one
 *      request, so slices of a large read must go in several syncs.
 * So 3 syncs for any workbook whose values fit one request (estimated ≤ budget, 4 MB by default:
 * about 130,000 cells), 2 + ⌈estimate / budget⌉ beyond that, and 2 when every sheet is empty.
 * A request that still comes back too large is retried with half the budget (reads are safe to repeat).
 */
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { ReadOptions, READ_DEFAULTS, ReadSlice, SheetGeometry, assembleSheets, planReadSlices, resliceReads, sliceAddress } from './chunks';
import { isReadSizeError } from './errors';
import { batchBytes, packBatches, withDefaults } from './payload';
import { definedName } from './translate';

export interface ReadReport {
  syncs: number;
  /** Range loads of values that succeeded (slices). */
  loads: number;
  /** Requests that carried values and succeeded. */
  valueRequests: number;
  /** Largest estimated response among the successful value requests. */
  maxRequestBytes: number;
  retries: number;
  budgetBytes: number;
}

export async function readSnapshot(context: Excel.RequestContext, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  return (await readSnapshotWithReport(context, options)).snapshot;
}

export async function readSnapshotWithReport(
  context: Excel.RequestContext,
  options: ReadOptions = {},
): Promise<{ snapshot: WorkbookSnapshot; report: ReadReport }> {
  const opts = withDefaults<ReadOptions>(READ_DEFAULTS, options);
  const report: ReadReport = { syncs: 0, loads: 0, valueRequests: 0, maxRequestBytes: 0, retries: 0, budgetBytes: opts.budgetBytes };
  const sync = async (): Promise<void> => {
    report.syncs++;
    await context.sync();
  };

  // Sync 1: sheet list and names.
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const names = context.workbook.names;
  names.load('items/name,items/type,items/value');
  await sync();
  const sheets = worksheets.items;

  // Sync 2: used ranges (values only), position and size.
  const used = sheets.map((sheet) => {
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load('rowIndex,columnIndex,rowCount,columnCount');
    return range;
  });
  await sync();
  const geometry: SheetGeometry[] = sheets.map((sheet, i) => {
    const r = used[i];
    return {
      name: sheet.name,
      used: r.isNullObject ? null : { rowIndex: r.rowIndex, columnIndex: r.columnIndex, rowCount: r.rowCount, columnCount: r.columnCount },
    };
  });

  // Sync 3 (and more only for reads over one request): values, slice by slice.
  let budget = opts.budgetBytes;
  let pending: ReadSlice[] = planReadSlices(geometry, budget, opts);
  const loaded: { slice: ReadSlice; values: unknown[][] }[] = [];
  while (pending.length > 0) {
    const batches = packBatches(pending, budget);
    let failed = -1;
    let failure: unknown;
    // One sync per request-sized batch: the payload limit is per sync (see the header).
    for (let b = 0; b < batches.length; b++) {
      const ranges = batches[b].map((slice) => {
        const range = sheets[slice.sheet].getRange(sliceAddress(slice));
        range.load('values');
        return range;
      });
      try {
        await sync();
      } catch (e) {
        failed = b;
        failure = e;
        break;
      }
      batches[b].forEach((slice, k) => loaded.push({ slice, values: ranges[k].values }));
      report.loads += ranges.length;
      report.valueRequests++;
      report.maxRequestBytes = Math.max(report.maxRequestBytes, batchBytes(batches[b]));
    }
    if (failed < 0) break;
    const failedBatch = batches[failed];
    const shrinkable = failedBatch.length > 1 || failedBatch[0].rows > 1;
    if (!isReadSizeError(failure) || report.retries >= opts.maxRetries || !shrinkable) throw failure;
    report.retries++;
    budget = Math.floor(budget / 2);
    pending = resliceReads(batches.slice(failed).flat(), budget, opts);
  }
  report.budgetBytes = budget;

  const snapshot: WorkbookSnapshot = {
    sheets: assembleSheets(geometry, loaded),
    names: names.items.map((n) => definedName(n.name, n.type, n.value)),
  };
  return { snapshot, report };
}
