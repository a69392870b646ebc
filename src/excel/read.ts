/**
 * Reading the workbook through Office.js into a plain WorkbookSnapshot.
 *
 * Round trips (context.sync calls):
 *   1. sheet names and workbook names                    (the sheet list is needed to ask for used ranges)
 *   2. every sheet's used range: position and size only  (to cut values into slices before reading them)
 *   3. the values (with their number formats) of every slice, all queued, one sync — plus one more sync for each further
 *      request the values need: Excel on the web refuses a response over 5 MB, and a sync is one
 *      request, so slices of a large read must go in several syncs.
 *   4. only when options.links names cells (the OIT sheet's URL column): their hyperlinks.
 * So 3 syncs (4 with links) for any workbook whose values fit one request, 2 + one per value
 * request (+1 with links) beyond that, and 2 when every sheet is empty.
 *
 * Nothing tells the length of a cell before it is read. A workbook whose sheets fit one request
 * at a cautious 64 bytes a cell (value and format; a planner's Thai measure rows average about
 * 50), about 65,000 cells, is read in that one request. A sheet larger than that is first
 * measured by a probe of its top rows (about 2,000 cells) in the first value request, beside the
 * small sheets read whole, so the first request stays small whatever its cells hold; the rest of
 * it is cut to what the probe measured (never below 42 bytes a cell), and every later response
 * is measured again. A request refused as too large anyway (a stricter server than the budget
 * assumes, longer text further down) is followed by a small probe of each sheet it carried, alone
 * in one request, whose measurement sizes the rest (reads are safe to repeat).
 */
import type { WorkbookSnapshot } from '../workbook/snapshot';
import {
  CellSizes,
  LoadedSlice,
  ReadOptions,
  READ_DEFAULTS,
  ReadSlice,
  SheetGeometry,
  assembleSheets,
  capGeometry,
  cutProbes,
  planReadSlices,
  resliceReads,
  sheetsOf,
  sliceAddress,
} from './chunks';
import { isReadSizeError } from './errors';
import { BATCH_OVERHEAD_BYTES, batchBytes, packBatches, withDefaults } from './payload';
import { definedName, linkTarget } from './translate';

export interface ReadReport {
  syncs: number;
  /** Range loads of values that succeeded (slices). */
  loads: number;
  /** Requests that carried values and succeeded. */
  valueRequests: number;
  /** Largest estimated response among the successful value requests. */
  maxRequestBytes: number;
  retries: number;
  /** Small requests, after a refusal, that came back and measured the refused sheets. */
  probes: number;
  /** Each sheet's estimated bytes per cell when the read ended (the guess, or what was measured). */
  bytesPerCell: number[];
  /** Cells whose hyperlink was read (options.links). */
  linkCells: number;
}

/**
 * The first value request: a sheet too large for one request even at the cautious size is
 * measured first by a probe of its top rows (about probeCells cells), beside the sheets small
 * enough to read whole. So the first request stays small whatever the length of the large
 * sheets' cells, and what the probes measure cuts the rest of those sheets; a workbook that fits
 * one request is read in that one request, as before.
 */
function firstRequest(
  planned: ReadSlice[],
  budget: number,
  probeCells: number,
): { probes: ReadSlice[]; pending: ReadSlice[] } {
  // Large: the sheet's slices (cut by bytes, and by cells a load) do not fit one request together.
  const bytes = new Map<number, number>();
  for (const s of planned) bytes.set(s.sheet, (bytes.get(s.sheet) ?? BATCH_OVERHEAD_BYTES) + s.bytes);
  const large = new Set([...bytes].filter(([, n]) => n > budget).map(([sheet]) => sheet));
  if (large.size === 0) return { probes: [], pending: planned };
  const { probes, rest } = cutProbes(planned, large, probeCells);
  const [first] = packBatches([...probes, ...rest.filter((s) => !large.has(s.sheet))], budget);
  return { probes: first, pending: rest.filter((s) => !first.includes(s)) };
}

export async function readSnapshot(
  context: Excel.RequestContext,
  options: ReadOptions = {},
): Promise<WorkbookSnapshot> {
  return (await readSnapshotWithReport(context, options)).snapshot;
}

export async function readSnapshotWithReport(
  context: Excel.RequestContext,
  options: ReadOptions = {},
): Promise<{ snapshot: WorkbookSnapshot; report: ReadReport }> {
  const opts = withDefaults<ReadOptions>(READ_DEFAULTS, options);
  const report: ReadReport = {
    syncs: 0,
    loads: 0,
    valueRequests: 0,
    maxRequestBytes: 0,
    retries: 0,
    probes: 0,
    bytesPerCell: [],
    linkCells: 0,
  };
  const sync = async (): Promise<void> => {
    report.syncs++;
    await context.sync();
  };

  // Sync 1: sheet list and names.
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  const names = context.workbook.names;
  names.load('items/name,items/type,items/value');
  await sync();
  const sheets = worksheets.items;
  const hidden = new Set(sheets.filter((s) => s.visibility !== 'Visible').map((s) => s.name));

  // Sync 2: used ranges (values only), position and size.
  const used = sheets.map((sheet) => {
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load('rowIndex,columnIndex,rowCount,columnCount');
    return range;
  });
  await sync();
  const measuredGeometry: SheetGeometry[] = sheets.map((sheet, i) => {
    const r = used[i];
    return {
      name: sheet.name,
      used: r.isNullObject
        ? null
        : { rowIndex: r.rowIndex, columnIndex: r.columnIndex, rowCount: r.rowCount, columnCount: r.columnCount },
    };
  });
  // A used range of millions of empty cells (a stray value far off) is read only up to the caps.
  const { geometry, truncated } = capGeometry(measuredGeometry);

  // Sync 3 (and more only for reads over one request): values, one request-sized batch per sync
  // (the payload limit is per sync, see the header), cut anew whenever a response teaches us
  // that a sheet's cells are larger than estimated.
  const budget = opts.budgetBytes;
  const sizes = new CellSizes(geometry.length, opts.bytesPerCell, opts.unreadBytesPerCell);
  let probeCells = opts.probeCells;
  let { probes, pending } = firstRequest(planReadSlices(geometry, budget, opts, sizes.of), budget, probeCells);
  const loaded: LoadedSlice[] = [];
  while (probes.length > 0 || pending.length > 0) {
    const batch = probes.length > 0 ? probes : packBatches(pending, budget)[0];
    const ranges = batch.map((slice) => {
      const range = sheets[slice.sheet].getRange(sliceAddress(slice));
      // Number formats come in the same request: a 0.9235 shown as 92.35% means 92.35.
      range.load('values,numberFormat');
      return range;
    });
    try {
      await sync();
    } catch (failure) {
      const shrinkable = batch.length > 1 || batch[0].rows > 1;
      if (!isReadSizeError(failure, { web: opts.web }) || report.retries >= opts.maxRetries || !shrinkable)
        throw failure;
      report.retries++;
      sizes.refused(batch);
      if (probes.length > 0) {
        // Even the probes were too large: probe again with half as many cells.
        pending = [...probes, ...pending];
        probeCells = Math.max(1, Math.floor(probeCells / 2));
      }
      ({ probes, rest: pending } = cutProbes(
        resliceReads(pending, budget, opts, sizes.of),
        sheetsOf(batch),
        probeCells,
      ));
      continue;
    }
    let changed = false;
    batch.forEach((slice, k) => {
      const { values, numberFormat } = ranges[k];
      loaded.push({ slice, values, numberFormat });
      changed = sizes.measured(slice, values, numberFormat) || changed;
    });
    report.loads += ranges.length;
    report.valueRequests++;
    report.maxRequestBytes = Math.max(report.maxRequestBytes, batchBytes(batch));
    if (batch === probes) {
      probes = [];
      report.probes++;
    } else pending = pending.slice(batch.length);
    if (changed) pending = resliceReads(pending, budget, opts, sizes.of);
  }
  report.bytesPerCell = geometry.map((_, i) => sizes.of(i));

  const snapshot: WorkbookSnapshot = {
    sheets: assembleSheets(geometry, loaded).map((sheet, i) => ({
      ...sheet,
      ...(truncated.has(i) ? { truncated: truncated.get(i) } : {}),
      ...(hidden.has(sheet.name) ? { hidden: true } : {}),
    })),
    names: names.items.map((n) => definedName(n.name, n.type, n.value)),
  };

  // Sync 4, only when the analysis judges linked cells (the OIT sheet's URL column): their
  // links, one cell each, all in one request (Range.values gave only their shown text).
  const wanted = opts.links(snapshot).filter((w) => w.cells.length > 0);
  if (wanted.length > 0) {
    const cells = wanted.flatMap(({ sheet, cells }) => {
      const at = sheets.findIndex((s) => s.name === sheet);
      return cells.map((cell) => {
        const range = sheets[at].getRange(cell);
        range.load('hyperlink');
        return { at, cell, range };
      });
    });
    await sync();
    report.linkCells = cells.length;
    for (const { at, cell, range } of cells) {
      const link = linkTarget(range.hyperlink);
      if (link !== undefined) (snapshot.sheets[at].hyperlinks ??= {})[cell] = link;
    }
  }
  return { snapshot, report };
}
