/**
 * The data operations of a write plan: idempotent, so a request that failed can be resent. Parts
 * this Excel cannot write are left out (skipped) or written another way (substituted).
 */
import { Bilingual, bi } from '../domain/text';
import type { WritePlan } from '../workbook/plan';
import { parseA1, quoteSheet } from '../workbook/snapshot';
import type { ExcelFeatures } from './features';
import { DataOp, NEEDS, SkippedPart, SubstitutedPart, addSkipped, small, wholeWrite } from './ops';
import { jsonBytes } from './payload';
import {
  blockGrids,
  columnWidthRuns,
  hyperlinkFormula,
  hyperlinkInput,
  listSource,
  planTextAt,
  rangeAddress,
} from './translate';

export interface DataOpsResult {
  ops: DataOp[];
  skipped: SkippedPart[];
  substituted: SubstitutedPart[];
}

/**
 * Every data operation of the plan, in the order they must reach Excel, with the parts the
 * features do not allow left out (skipped) or written another way (substituted).
 */
export function planDataOps(plan: WritePlan, features: ExcelFeatures): DataOpsResult {
  const ops: DataOp[] = [];
  const skipped: SkippedPart[] = [];
  const substituted: SubstitutedPart[] = [];
  const owned = new Set(plan.sheets.map((s) => s.name));
  const skip = (part: SkippedPart['part'], reason: Bilingual, where: string): void =>
    addSkipped(skipped, part, reason, where);

  for (const block of plan.blocks) {
    if (block.cells.length === 0) continue;
    const grids = blockGrids(block);
    if (grids.cols === 0) continue;
    ops.push(wholeWrite(block.sheet, grids, block.top, block.left));
  }

  // Without Range.hyperlink, a link on an owned sheet becomes a HYPERLINK formula in its cell.
  let linkFormulas = 0;
  if (!features.hyperlinks) {
    for (const link of plan.hyperlinks) {
      const where = `${quoteSheet(link.sheet)}!${link.cell}`;
      if (!owned.has(link.sheet)) {
        skip('hyperlinks', NEEDS('1.7'), where);
        continue;
      }
      const { row, col } = parseA1(link.cell);
      const formula = hyperlinkFormula(link, planTextAt(plan.blocks, link.sheet, link.cell));
      ops.push(wholeWrite(link.sheet, { rows: 1, cols: 1, formulas: [[formula]] }, row, col));
      linkFormulas++;
    }
    if (linkFormulas > 0) {
      substituted.push({
        part: 'hyperlinks',
        count: linkFormulas,
        how: bi(
          'เขียนเป็นสูตร HYPERLINK เพราะ Excel รุ่นนี้ไม่รองรับลิงก์ในเซลล์ (ExcelApi 1.7)',
          'written as HYPERLINK formulas: this Excel lacks Range.hyperlink (ExcelApi 1.7)',
        ),
      });
    }
  }

  for (const sheet of plan.sheets) {
    for (const run of columnWidthRuns(sheet.columnWidths)) {
      ops.push({
        kind: 'columnWidth',
        sheet: sheet.name,
        address: run.address,
        points: run.points,
        bytes: small(jsonBytes(sheet.name)),
      });
    }
  }
  // The sheet's font first: styles that follow set their own sizes over it.
  for (const sheet of plan.sheets) {
    const area = writtenArea(plan, sheet.name, sheet.columnWidths.length);
    if (sheet.font && area)
      ops.push({ kind: 'sheetFont', sheet: sheet.name, address: area.address, font: sheet.font, bytes: small(128) });
  }
  for (const style of plan.styles) ops.push({ kind: 'style', style, bytes: small(jsonBytes(style) + 256) });
  for (const sheet of plan.sheets) {
    for (const run of rowHeightRuns(sheet.rowHeights ?? [])) {
      ops.push({ kind: 'rowHeight', sheet: sheet.name, ...run, bytes: small(jsonBytes(sheet.name) + 32) });
    }
  }
  for (const m of plan.merges) ops.push({ kind: 'merge', sheet: m.sheet, range: m.range, bytes: small(jsonBytes(m)) });

  if (features.hyperlinks) {
    for (const link of plan.hyperlinks) {
      const input = hyperlinkInput(link, planTextAt(plan.blocks, link.sheet, link.cell));
      ops.push({
        kind: 'hyperlink',
        sheet: link.sheet,
        cell: link.cell,
        link: input,
        bytes: small(jsonBytes(input) + jsonBytes(link.sheet)),
      });
    }
  }

  for (const v of plan.validations) {
    const where = `${quoteSheet(v.sheet)}!${v.range}`;
    if (!features.dataValidation) {
      skip('validations', NEEDS('1.8'), where);
      continue;
    }
    const src = listSource(v.list);
    if (!src.ok) {
      skip('validations', src.reason, where);
      continue;
    }
    ops.push({
      kind: 'validation',
      sheet: v.sheet,
      range: v.range,
      source: src.source,
      bytes: small(2 * jsonBytes(src.source)),
    });
  }

  for (const sheet of plan.sheets) {
    if (sheet.freezeRows !== undefined && sheet.freezeRows > 0) {
      if (features.freezePanes)
        ops.push({ kind: 'freezeRows', sheet: sheet.name, rows: sheet.freezeRows, bytes: small() });
      else skip('freezePanes', NEEDS('1.7'), quoteSheet(sheet.name));
    }
    if (sheet.tabColor !== undefined) {
      if (features.tabColor) ops.push({ kind: 'tabColor', sheet: sheet.name, color: sheet.tabColor, bytes: small() });
      else skip('tabColor', NEEDS('1.7'), quoteSheet(sheet.name));
    }
    if (sheet.page) {
      const area = writtenArea(plan, sheet.name, sheet.columnWidths.length);
      const [from, to = from] = sheet.page.printColumns?.split(':') ?? [];
      const printArea = from && area ? `${from}1:${to}${sheet.page.lastPrintedRow ?? area.rows}` : undefined;
      if (features.pageLayout)
        ops.push({
          kind: 'page',
          sheet: sheet.name,
          page: sheet.page,
          font: sheet.font,
          printArea,
          bytes: small(jsonBytes(sheet.page) + 256),
        });
      else skip('pageLayout', NEEDS('1.9'), quoteSheet(sheet.name));
    }
  }

  for (const bar of plan.dataBars) {
    if (features.conditionalFormats) ops.push({ kind: 'dataBar', bar, bytes: small(jsonBytes(bar) + 128) });
    else skip('dataBars', NEEDS('1.6'), `${quoteSheet(bar.sheet)}!${bar.range}`);
  }
  // Charts are ExcelApi 1.1: every Excel that runs the add-in has them.
  for (const chart of plan.charts) ops.push({ kind: 'chart', chart, bytes: small(jsonBytes(chart) + 256) });

  if (plan.activate !== undefined) ops.push({ kind: 'activate', sheet: plan.activate, bytes: small() });
  return { ops, skipped, substituted };
}

/** The rectangle from A1 over every block written on `sheet` (owned sheets are written from A1). */
function writtenArea(plan: WritePlan, sheet: string, minCols: number): { address: string; rows: number } | undefined {
  let rows = 0;
  let cols = minCols;
  for (const b of plan.blocks) {
    if (b.sheet !== sheet) continue;
    rows = Math.max(rows, b.top + b.cells.length);
    for (const line of b.cells) cols = Math.max(cols, b.left + line.length);
  }
  if (rows === 0 || cols === 0) return undefined;
  return { address: rangeAddress(0, 0, rows, cols), rows };
}

/** Consecutive rows of one height as one operation each: "A3:A7" at 30 points. */
export function rowHeightRuns(
  heights: readonly { row: number; points: number }[],
): { address: string; points: number }[] {
  const sorted = [...heights].sort((x, y) => x.row - y.row);
  const runs: { address: string; points: number }[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (
      j + 1 < sorted.length &&
      sorted[j + 1].row === sorted[j].row + 1 &&
      sorted[j + 1].points === sorted[i].points
    )
      j++;
    runs.push({ address: `A${sorted[i].row + 1}:A${sorted[j].row + 1}`, points: sorted[i].points });
    i = j + 1;
  }
  return runs;
}
