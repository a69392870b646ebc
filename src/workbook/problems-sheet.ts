import {
  a4Page,
  columnCharsFor,
  fitRowHeights,
  printableWidthPoints,
  PRINT_FONT,
  textPoints,
  widestWordPoints,
} from './print';
import { errorCount, messageAfterPlace, Problem, problemAddress } from '../domain/problem';
import { Grid, text } from './grid';
import { L } from './labels';
import { WritePlan } from './plan';
import { a1 } from './snapshot';

/** The problems sheet lists this many; the task pane and --json have them all. */
const MAX_PROBLEM_ROWS = 5000;
/** The code is for whoever answers a question about a problem: small and grey, beside the message. */
const CODE_SIZE = 11;

/**
 * Every problem with a link to its cell, so a recipient of the file sees them too. On paper: level,
 * place, the message (which says what was found, what is expected and what to do), and the code;
 * the level, place and code columns as wide as their widest word, the message the rest of a
 * landscape page, wrapped; the header row repeats on every page.
 */
export function writeProblemsSheet(plan: WritePlan, problems: readonly Problem[], sheet: string, t: L): void {
  const g = new Grid(sheet, 4);
  const errors = errorCount(problems);
  g.put(0, 0, text(t.problemsTitle));
  g.merge(0, 0, 3);
  g.style('A1:D1', { bold: true, fontSize: 14 });
  g.put(1, 0, text(t.problemsCount(errors, problems.length - errors)));
  g.merge(1, 0, 3);
  g.style('A2:D2', { wrap: true });
  const heads = [t.colSeverity, t.colWhere, t.colMessage, t.colCode];
  heads.forEach((h, i) => g.put(3, i, text(h)));
  g.style('A4:D4', { bold: true, fill: '#F2F2F2', border: true, wrap: true });
  const listed = problems.slice(0, MAX_PROBLEM_ROWS);
  let row = 4;
  const places: string[] = [];
  for (const p of listed) {
    g.put(row, 0, text(p.severity === 'error' ? t.error : t.warning));
    if (p.severity === 'error') g.style(`A${row + 1}`, { fontColor: '#9C0006', bold: true });
    const place = problemAddress(p) ?? p.sheet ?? p.field ?? '—';
    g.put(row, 1, text(place));
    places.push(place);
    if (p.sheet && p.cell)
      plan.hyperlinks.push({ sheet, cell: a1(row, 1), to: { sheet: p.sheet, cell: p.cell, through: p.through } });
    // The place is in its own column, with its link: the message need not start with it again.
    g.put(row, 2, text(messageAfterPlace(p, p.message[t.lang])));
    g.put(row, 3, text(p.code));
    row++;
  }
  if (problems.length > MAX_PROBLEM_ROWS) g.put(row, 0, text(t.andMore(problems.length - MAX_PROBLEM_ROWS)));
  const end = Math.max(row, 5);
  g.style(`A5:D${end}`, { wrap: true, vertical: 'top' });
  g.style(`D5:D${end}`, { fontSize: CODE_SIZE, fontColor: '#595959' });

  const size = PRINT_FONT.size;
  const fit = (points: number) => columnCharsFor(points) + 1;
  const widest = (texts: readonly string[], bold: boolean) =>
    Math.max(0, ...texts.map((s) => widestWordPoints(s, size, bold)));
  const page = a4Page('landscape', {
    titleRows: [4, 4] as [number, number],
    footer: { center: `${t.page} {page} ${t.of} {pages}`, size: 12 },
  });
  // A level is a word to the reader ("ข้อผิดพลาด", not "ข้อผิด/พลาด" as the dictionary splits it).
  const severity = fit(Math.max(...[t.colSeverity, t.error, t.warning].map((s) => textPoints(s, size, true))));
  // A place is one word ("คะแนน!E10", "OIT!D2:D44"): whole when it fits, else wrapped in 30.
  const where = Math.min(30, fit(Math.max(widest([t.colWhere], true), ...places.map((s) => textPoints(s, size)))));
  // A code breaks after its hyphens ("indicator.reported-" / "differs"), as the spreadsheets break it.
  const codePieces = listed.flatMap((p) => p.code.match(/[^-]+-?/g) ?? []);
  const code = fit(Math.max(widest([t.colCode], true), ...codePieces.map((s) => textPoints(s, CODE_SIZE))));
  const pageChars = Math.floor(printableWidthPoints(page) / 0.75 / 7);
  const message = Math.max(40, pageChars - severity - where - code);
  const spec = {
    name: sheet,
    columnWidths: [severity, where, message, code],
    freezeRows: 4,
    tabColor: errors > 0 ? '#C00000' : '#BF8F00',
    font: PRINT_FONT,
    page,
  };
  const block = g.block();
  // Wrapped text needs its rows' heights set: Excel grows them on screen, but LibreOffice and a
  // file opened without recalculation print the rows one line high, overlapping.
  plan.sheets.push({ ...spec, rowHeights: fitRowHeights(spec, block, g.styles, g.merges) });
  plan.blocks.push(block);
  plan.styles.push(...g.styles);
  plan.merges.push(...g.merges.map((range) => ({ sheet, range })));
}
