/**
 * How the area sheet prints: the scale at which its printed columns fit across the page, and the
 * heights of the rows above the agency table (agencies-table.ts sizes the table's own rows).
 */
import { Grid } from './grid';
import { PlanPage, PlanSheet } from './plan';
import {
  columnTextPoints,
  fitRowHeights,
  HAS_THAI_WORDS,
  printableWidthPoints,
  rowPoints,
  shownText,
  TABLE_POINTS,
  wrappedLines,
} from './print';

/**
 * The print scale at which columns `chars` wide fit across the page (Excel's unit: 7 px a
 * character, and 5 px of padding a column), with 2 % to spare: at most 100, at least 50.
 */
export function scaleToWidth(page: Pick<PlanPage, 'orientation' | 'margins'>, chars: readonly number[]): number {
  const room = printableWidthPoints(page);
  const need = chars.reduce((s, w) => s + (w * 7 + 5) * 0.75, 0);
  return Math.max(50, Math.min(100, Math.floor((room * 100) / need)));
}

/**
 * Heights of the part above the agency table, measured as the summary's are; a group's row and a
 * row of the list below the target by the cells of `labelCols` alone (the label, and a district
 * with its province: the only wrapped cells), so thousands of districts and agencies cost a
 * measure or two each. Where Thai runs cannot be split into
 * their words here, a header's words in narrow columns may waste up to a word a line: a third more.
 */
export function upperHeights(
  g: Grid,
  spec: Pick<PlanSheet, 'columnWidths' | 'font'>,
  first: number,
  headRows: ReadonlySet<number>,
  labelRows: readonly number[],
  labelCols: readonly number[] = [0],
): { row: number; points: number }[] {
  const block = g.block();
  const rowOf = (range: string) => Number(/\d+/.exec(range)![0]) - 1;
  const fit = (top: number, count: number) =>
    fitRowHeights(
      spec,
      {
        ...block,
        top,
        left: 0,
        cells: block.cells.slice(top, top + count),
        ...(block.numberFormats ? { numberFormats: block.numberFormats.slice(top, top + count) } : {}),
      },
      g.styles.filter((st) => rowOf(st.range) >= top && rowOf(st.range) < top + count),
      g.merges.filter((m) => rowOf(m) >= top && rowOf(m) < top + count),
    );
  // Every other row above the table, in runs between the group rows.
  const labels = new Set(labelRows);
  const out: { row: number; points: number }[] = [];
  for (let r = 0; r < first;) {
    if (labels.has(r)) {
      r++;
      continue;
    }
    let end = r;
    while (end + 1 < first && !labels.has(end + 1)) end++;
    out.push(...fit(r, end - r + 1));
    r = end + 1;
  }
  if (!HAS_THAI_WORDS) for (const x of out) if (headRows.has(x.row)) x.points = Math.ceil(x.points * 1.34);
  for (const r of labelRows) {
    let lines = 1;
    for (const c of labelCols) {
      const cell = block.cells[r][c];
      // A group's label (text, bold) wraps; so does a district with its province, in the list below the target.
      const shown = c === 0 ? (cell && 'text' in cell ? cell.text : '') : shownText(cell);
      const room = columnTextPoints(spec.columnWidths[c]);
      if (shown) lines = Math.max(lines, wrappedLines(shown, room, TABLE_POINTS, c === 0));
    }
    out.push({ row: r, points: rowPoints(lines, TABLE_POINTS) });
  }
  return out;
}
