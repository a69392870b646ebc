import { a4Page, fitRowHeights, PRINT_FONT } from './print';
import { errorCount, Problem, problemAddress } from '../domain/problem';
import { Grid, text } from './grid';
import { L } from './labels';
import { WritePlan } from './plan';
import { a1 } from './snapshot';

/** The problems sheet lists this many; the task pane and --json have them all. */
const MAX_PROBLEM_ROWS = 5000;

/** Every problem with a link to its cell, so a recipient of the file sees them too. */
export function writeProblemsSheet(plan: WritePlan, problems: readonly Problem[], sheet: string, t: L): void {
  const g = new Grid(sheet, 6);
  const errors = errorCount(problems);
  g.put(0, 0, text(t.problemsTitle));
  g.merge(0, 0, 5);
  g.style('A1:F1', { bold: true, fontSize: 14 });
  g.put(1, 0, text(t.problemsCount(errors, problems.length - errors)));
  g.merge(1, 0, 5);
  [t.colSeverity, t.colWhere, t.colFound, t.colExpected, t.colMessage, t.colCode].forEach((h, i) =>
    g.put(3, i, text(h)),
  );
  g.style('A4:F4', { bold: true, fill: '#F2F2F2', border: true });
  let row = 4;
  for (const p of problems.slice(0, MAX_PROBLEM_ROWS)) {
    g.put(row, 0, text(p.severity === 'error' ? t.error : t.warning));
    if (p.severity === 'error') g.style(`A${row + 1}`, { fontColor: '#9C0006', bold: true });
    const address = problemAddress(p);
    if (address && p.sheet && p.cell) {
      g.put(row, 1, text(address));
      plan.hyperlinks.push({ sheet, cell: a1(row, 1), to: { sheet: p.sheet, cell: p.cell, through: p.through } });
    } else g.put(row, 1, text(p.sheet ?? p.field ?? '—'));
    g.put(row, 2, text(p.found ?? ''));
    g.put(row, 3, text(p.expected ? p.expected[t.lang] : ''));
    g.put(row, 4, text(p.message[t.lang]));
    g.put(row, 5, text(p.code));
    row++;
  }
  if (problems.length > MAX_PROBLEM_ROWS) g.put(row, 0, text(t.andMore(problems.length - MAX_PROBLEM_ROWS)));
  g.style(`C5:E${Math.max(row, 5)}`, { wrap: true });
  // A wrapped message makes its row tall: level, cell and code read at its first line, not its last.
  g.style(`A5:F${Math.max(row, 5)}`, { vertical: 'top' });
  const spec = {
    name: sheet,
    columnWidths: [15, 18, 22, 38, 70, 20],
    freezeRows: 4,
    tabColor: errors > 0 ? '#C00000' : '#BF8F00',
    font: PRINT_FONT,
    page: a4Page('landscape', {
      titleRows: [4, 4] as [number, number],
      footer: { center: `${t.page} {page} ${t.of} {pages}`, size: 12 },
    }),
  };
  const block = g.block();
  // Wrapped text needs its rows' heights set: Excel grows them on screen, but LibreOffice and a
  // file opened without recalculation print the rows one line high, overlapping.
  plan.sheets.push({ ...spec, rowHeights: fitRowHeights(spec, block, g.styles, g.merges) });
  plan.blocks.push(block);
  plan.styles.push(...g.styles);
  plan.merges.push(...g.merges.map((range) => ({ sheet, range })));
}
