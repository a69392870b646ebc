import * as ExcelJS from 'exceljs';
import { analyzeWorkbook, planResults } from '../../src/workbook';
import { AnalysisWithSources } from '../../src/workbook/analyze';
import { ResultsPlan } from '../../src/workbook/write';
import { applyPlan, loadXlsx, readWorkbook, writeXlsx } from '../../src/xlsx';

export const COMPUTED_AT = '2026-11-21T09:00:00.000Z';

export interface Recomputed {
  analysis: AnalysisWithSources;
  result: ResultsPlan;
  before: ExcelJS.Workbook;
  after: ExcelJS.Workbook;
}

/** Round-trips through .xlsx bytes, recomputes, applies, and reloads: what the command line does. */
export async function recompute(
  wb: ExcelJS.Workbook,
  opts: { today?: string; lang?: 'th' | 'en' } = {},
): Promise<Recomputed> {
  const before = await loadXlsx(await writeXlsx(wb));
  const work = await loadXlsx(await writeXlsx(wb));
  const snapshot = readWorkbook(work);
  const analysis = analyzeWorkbook(snapshot, {
    today: opts.today ?? '2026-11-21',
    ...(opts.lang ? { lang: opts.lang } : {}),
  });
  const result = planResults(analysis, snapshot, {
    computedAt: COMPUTED_AT,
    ...(opts.lang ? { lang: opts.lang } : {}),
  });
  applyPlan(work, result.plan);
  const after = await loadXlsx(await writeXlsx(work));
  return { analysis, result, before, after };
}

/** Every cell of a sheet as [address, value, formula] for comparisons. */
export function cellsOf(ws: ExcelJS.Worksheet): [string, unknown][] {
  const out: [string, unknown][] = [];
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      out.push([cell.address, JSON.parse(JSON.stringify(cell.value))]);
    }),
  );
  return out;
}

export function nameValue(wb: ExcelJS.Workbook, name: string): unknown {
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  const entry = model.find((n) => n.name === name);
  if (!entry) return undefined;
  const m = /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(entry.ranges[0]);
  if (!m) return undefined;
  const cell = wb.getWorksheet(m[1].replace(/''/g, "'"))!.getCell(`${m[2]}${m[3]}`);
  const v = cell.value as unknown;
  return v && typeof v === 'object' && 'result' in (v as object) ? (v as { result: unknown }).result : v;
}
