/** The measures sheet: one row per improvement measure, its indicators, period and status. */
import type { IndicatorId } from '../domain/refs';
import { Framework, itemDef } from '../domain/framework';
import { IsoDate } from '../domain/parse/common';
import { parsePeriod } from '../domain/parse/dates';
import { parseIndicatorList } from '../domain/parse/indicators';
import { MeasureStatus, parseStatus } from '../domain/parse/status';
import { FiscalYear } from '../domain/parse/years';
import { Problem } from '../domain/problem';
import { bi } from '../domain/text';
import { MeasureRow, MeasuresSummary, SheetFound } from './analysis';
import { round2 } from '../domain/decimal';
import { cellProblem, isEmpty } from './cells';
import { addr, columnsOf, dataRows } from './parse-rows';
import { CellValue, SheetSnapshot } from './snapshot';

/** Free-text columns kept for the reports as written, not judged. */
function keptText<K extends string>(get: (key: string) => CellValue, keys: K[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const k of keys) {
    const v = get(k);
    if (!isEmpty(v)) out[k] = v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim();
  }
  return out;
}

export function parseMeasures(
  sheet: SheetSnapshot,
  found: SheetFound,
  fw: Framework,
  fiscalYear: FiscalYear,
  asOf: IsoDate,
  problems: Problem[],
): MeasureRow[] {
  const cols = columnsOf(found);
  const rows: MeasureRow[] = [];
  const itemToIndicator = (code: string) => itemDef(fw, code)?.indicator;
  for (const { row, get } of dataRows(sheet, found, cols)) {
    const at = (key: string) => addr(cols, key, row);
    const warn = (key: string, v: CellValue, expected: { th: string; en: string }, code: string) =>
      problems.push(cellProblem('warning', code, sheet.name, at(key), v, expected));
    const measureRaw = get('measure');
    if (isEmpty(measureRaw)) {
      // Pasted tables continue a merged measure cell on the next rows: kept, not counted.
      continue;
    }
    const responsibleRaw = get('responsible');
    if (isEmpty(responsibleRaw))
      warn(
        'responsible',
        responsibleRaw,
        bi('หน่วยงานหรือผู้รับผิดชอบ เช่น สำนักปลัด', 'the responsible unit, e.g. Office of the Permanent Secretary'),
        'measures.responsible',
      );

    let period: { start: IsoDate; end: IsoDate } | undefined;
    const periodRaw = get('period');
    if (!isEmpty(periodRaw)) {
      const p = parsePeriod(periodRaw, fiscalYear);
      if (p.ok) period = p.value;
      else warn('period', periodRaw, p.expected, 'measures.period');
    }
    let status: MeasureStatus | undefined;
    const statusRaw = get('status');
    if (!isEmpty(statusRaw)) {
      const s = parseStatus(statusRaw);
      if (s.ok) status = s.value;
      else warn('status', statusRaw, s.expected, 'measures.status');
    }
    let indicators: IndicatorId[] = [];
    const indRaw = get('indicator');
    if (!isEmpty(indRaw)) {
      const l = parseIndicatorList(indRaw, fw.indicators, itemToIndicator);
      if (l.ok) indicators = l.value;
      else warn('indicator', indRaw, l.expected, 'measures.indicator');
    }
    rows.push({
      sheet: sheet.name,
      row,
      cell: at('measure'),
      measure: String(measureRaw).trim(),
      ...(isEmpty(responsibleRaw) ? {} : { responsible: String(responsibleRaw).trim() }),
      ...(period ? { period } : {}),
      ...(typeof periodRaw === 'string' && periodRaw.trim() ? { periodText: periodRaw.trim() } : {}),
      ...keptText(get, ['method', 'monitoring', 'result', 'outcome']),
      ...(status ? { status } : {}),
      ...(cols.status !== undefined ? { statusCell: at('status'), statusRaw: statusRaw } : {}),
      measureIsText: typeof measureRaw === 'string',
      indicators,
      overdue: period !== undefined && period.end < asOf && status !== 'done',
    });
  }
  return rows;
}

/** Counts by status, overdue, the share done, and the weak indicators no measure serves. */
export function summarizeMeasures(sheet: string, rows: MeasureRow[], weakIndicators: IndicatorId[]): MeasuresSummary {
  const count = (s: string | undefined) => rows.filter((r) => r.status === s).length;
  const served = new Set(rows.flatMap((r) => r.indicators));
  return {
    sheet,
    rows,
    total: rows.length,
    done: count('done'),
    inProgress: count('in-progress'),
    notStarted: count('not-started'),
    unknown: count(undefined),
    overdue: rows.filter((r) => r.overdue).length,
    percentDone: rows.length === 0 ? 0 : round2((count('done') / rows.length) * 100),
    uncoveredWeakIndicators: weakIndicators.filter((id) => !served.has(id)),
  };
}
