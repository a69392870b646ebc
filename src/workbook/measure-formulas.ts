/**
 * Live counts of the measures by status: COUNTIFS over the Measures sheet against the words each
 * status is typed as (listed on the summary, off the printed page, so a reader sees what counts).
 * A count is a formula only where it computes exactly what the core counted; a sheet where it
 * would not (a status typed as a percentage, a ticked box, a sentence) gets the fixed value.
 */
import { MeasureStatus, statusWords } from '../domain/parse/status';
import { AnalysisWithSources } from './analyze';
import { MeasureRow } from './analysis';
import { ref } from './formulas';
import { formula, num } from './grid';
import { PlanCell } from './plan';
import { a1 } from './snapshot';

const MAX_FORMULA = 8000;
export const COUNTED_STATUSES: readonly MeasureStatus[] = ['done', 'in-progress', 'not-started'];

export interface MeasureCounts {
  total: PlanCell;
  done: PlanCell;
  inProgress: PlanCell;
  notStarted: PlanCell;
  overdue: PlanCell;
}

/** What COUNTIF(cell, word) matches: the whole cell, ignoring case, not trimmed. */
function holdsWord(raw: unknown, status: MeasureStatus): boolean {
  if (typeof raw !== 'string') return false;
  const v = raw.toLowerCase();
  return statusWords(status).some((w) => w.toLowerCase() === v);
}

/**
 * The counts, given where the words of each status are listed (`wordRanges`, e.g. "$I$40:$I$53").
 * Rows of the Measures sheet from its first to its last measure are counted.
 */
export function measureCounts(a: AnalysisWithSources, wordRanges: Record<MeasureStatus, string>): MeasureCounts {
  const m = a.measures!;
  const rows = m.rows;
  const fixed: MeasureCounts = {
    total: num(m.total),
    done: num(m.done),
    inProgress: num(m.inProgress),
    notStarted: num(m.notStarted),
    overdue: num(m.overdue),
  };
  const found = a.found.find((f) => f.role === 'measures');
  const measureCol = found?.columns.find((c) => c.key === 'measure')?.col;
  const statusCol = found?.columns.find((c) => c.key === 'status')?.col;
  if (rows.length === 0 || measureCol === undefined || statusCol === undefined) return fixed;

  const first = Math.min(...rows.map((r) => r.row));
  const last = Math.max(...rows.map((r) => r.row));
  const column = (col: number) => `${ref(m.sheet, a1(first, col))}:${a1(last, col)}`;
  const measures = column(measureCol);
  const statuses = column(statusCol);
  const allText = rows.every((r) => r.measureIsText);

  const count = (status: MeasureStatus, core: number): PlanCell => {
    const agrees = allText && rows.every((r) => (r.status === status) === holdsWord(r.statusRaw, status));
    return agrees
      ? formula(`SUMPRODUCT(COUNTIFS(${measures},"?*",${statuses},${wordRanges[status]}))`, core)
      : num(core);
  };

  // Overdue: the rows whose period had ended by the as-of date (decided now), less those marked done since.
  const ended = rows.filter((r) => r.period && r.period.end < a.asOf);
  const overdueAgrees = ended.every((r: MeasureRow) => (r.status === 'done') === holdsWord(r.statusRaw, 'done'));
  const overdueFormula =
    ended.length === 0
      ? '0'
      : `${ended.length}-(${ended
          .map((r) => `SUMPRODUCT(COUNTIF(${ref(m.sheet, r.statusCell ?? a1(r.row, statusCol))},${wordRanges.done}))`)
          .join('+')})`;

  return {
    total: allText ? formula(`COUNTIF(${measures},"?*")`, m.total) : fixed.total,
    done: count('done', m.done),
    inProgress: count('in-progress', m.inProgress),
    notStarted: count('not-started', m.notStarted),
    overdue: overdueAgrees && overdueFormula.length <= MAX_FORMULA ? formula(overdueFormula, m.overdue) : fixed.overdue,
  };
}
