/**
 * A write plan as a flat list of Office.js operations, each with an estimated payload size,
 * ready to be packed into requests. Pure: apply.ts turns each operation into one or two
 * Office.js calls and nothing more.
 *
 * Two kinds of operation:
 * - structural (delete/add/clear sheets, delete/add names) depend on what the workbook holds,
 *   learnt in the probe sync, and are not safe to repeat blindly (adding a sheet twice fails);
 *   they always travel in the first write request;
 * - data operations (values, formats, merges, links, lists, sheet settings) are idempotent:
 *   setting them twice gives the same workbook, so a request that failed can be resent.
 */
import { Bilingual, bi } from '../domain/text';
import type { PlanChart, PlanDataBar, PlanFont, PlanPage, PlanStyle, WritePlan } from '../workbook/plan';
import { parseA1, quoteSheet } from '../workbook/snapshot';
import type { ExcelFeatures } from './features';
import { BATCH_OVERHEAD_BYTES, OP_OVERHEAD_BYTES, batchBytes, jsonBytes } from './payload';
import {
  BlockGrids,
  HyperlinkInput,
  blockGrids,
  columnWidthRuns,
  hyperlinkFormula,
  hyperlinkInput,
  listSource,
  planTextAt,
  rangeAddress,
} from './translate';

interface RowSpan {
  start: number;
  end: number;
  bytes: number;
}

export interface WriteOp {
  kind: 'write';
  sheet: string;
  /** Whole block, shared by all slices of it. */
  grids: BlockGrids;
  top: number;
  left: number;
  /** Rows [start, end) of the block. */
  start: number;
  end: number;
  /** Estimated bytes of each block row (formulas and number formats), shared by all slices. */
  rowBytes: readonly number[];
  bytes: number;
  /** Set on a fix: decided from the probe, so it travels with the structural operations. */
  fix?: string;
}

export type StructureOp =
  | { kind: 'deleteName'; name: string; bytes: number }
  /** `unhide`: the sheet is very hidden, which Excel refuses to delete; it is made hidden first. */
  | { kind: 'deleteSheet'; sheet: string; unhide?: boolean; bytes: number }
  | { kind: 'addSheet'; sheet: string; bytes: number }
  | {
      kind: 'clearSheet';
      sheet: string;
      clearValidation: boolean;
      unfreeze: boolean;
      clearDataBars: boolean;
      clearPageBreaks: boolean;
      bytes: number;
    }
  | { kind: 'addName'; name: string; sheet: string; ref: string; bytes: number };

export type DataOp =
  | WriteOp
  | { kind: 'columnWidth'; sheet: string; address: string; points: number; bytes: number }
  | { kind: 'style'; style: PlanStyle; bytes: number }
  | { kind: 'merge'; sheet: string; range: string; bytes: number }
  | { kind: 'hyperlink'; sheet: string; cell: string; link: HyperlinkInput; bytes: number }
  | { kind: 'validation'; sheet: string; range: string; source: string; bytes: number }
  | { kind: 'freezeRows'; sheet: string; rows: number; bytes: number }
  | { kind: 'tabColor'; sheet: string; color: string; bytes: number }
  | { kind: 'sheetFont'; sheet: string; address: string; font: PlanFont; bytes: number }
  | { kind: 'rowHeight'; sheet: string; address: string; points: number; bytes: number }
  | { kind: 'page'; sheet: string; page: PlanPage; font?: PlanFont; printArea?: string; bytes: number }
  | { kind: 'dataBar'; bar: PlanDataBar; bytes: number }
  | { kind: 'chart'; chart: PlanChart; bytes: number }
  | { kind: 'activate'; sheet: string; bytes: number };

export type Op = StructureOp | DataOp;

export function isStructural(op: Op): op is StructureOp {
  return (
    op.kind === 'deleteName' ||
    op.kind === 'deleteSheet' ||
    op.kind === 'addSheet' ||
    op.kind === 'clearSheet' ||
    op.kind === 'addName'
  );
}

/**
 * Decided from what the probe found (structure and fixes): sent in the first request, and on a
 * retry of that request decided afresh from a new probe instead of being resent.
 */
export function dependsOnProbe(op: Op): boolean {
  return isStructural(op) || (op.kind === 'write' && op.fix !== undefined);
}

/** What the probe sync learnt. */
export interface WorkbookState {
  /** Names of the workbook's sheets. */
  sheets: string[];
  /** Workbook-scoped defined names. */
  names: string[];
  /** For each of plan.fixes, in order: the cell's value and formula now (Range.values / formulas). */
  fixCells: { value: unknown; formula: unknown }[];
  /** Sheets whose protection is on. */
  protectedSheets: string[];
  /** Whether the workbook's structure is protected (false where Excel cannot tell: before ExcelApi 1.7). */
  workbookProtected: boolean;
  /** Sheets whose visibility is VeryHidden (Worksheet.delete fails on them). */
  veryHiddenSheets?: string[];
}

/** A part of the plan left out, and why. */
export interface SkippedPart {
  part: 'validations' | 'hyperlinks' | 'tabColor' | 'freezePanes' | 'pageLayout' | 'dataBars' | 'fixes';
  count: number;
  reason: Bilingual;
  /** Where it was, e.g. "'สรุปผล ITA'!D5:D40". */
  where: string[];
}

/** A part of the plan written another way, and how. */
export interface SubstitutedPart {
  part: 'hyperlinks';
  count: number;
  how: Bilingual;
}

const NEEDS = (set: string): Bilingual =>
  bi(`Excel รุ่นนี้ไม่รองรับ (ต้องใช้ ExcelApi ${set})`, `not supported by this Excel (needs ExcelApi ${set})`);

function small(extra = 0): number {
  return OP_OVERHEAD_BYTES + extra;
}

/** Bytes of each row of a block's grids. */
export function gridRowBytes(grids: BlockGrids): number[] {
  const out = new Array<number>(grids.rows);
  for (let r = 0; r < grids.rows; r++) {
    out[r] = jsonBytes(grids.formulas[r]) + 1 + (grids.numberFormats ? jsonBytes(grids.numberFormats[r]) + 1 : 0);
  }
  return out;
}

function writeOp(
  sheet: string,
  grids: BlockGrids,
  top: number,
  left: number,
  rowBytes: readonly number[],
  span: RowSpan,
): WriteOp {
  return { kind: 'write', sheet, grids, top, left, start: span.start, end: span.end, rowBytes, bytes: span.bytes };
}

/** Fixed cost of one write operation: overhead, sheet name, address. */
function writeFixedBytes(sheet: string): number {
  return OP_OVERHEAD_BYTES + jsonBytes(sheet) + 32;
}

function wholeWrite(sheet: string, grids: BlockGrids, top: number, left: number): WriteOp {
  const rowBytes = gridRowBytes(grids);
  const bytes = rowBytes.reduce((n, b) => n + b, writeFixedBytes(sheet));
  return writeOp(sheet, grids, top, left, rowBytes, { start: 0, end: grids.rows, bytes });
}

/**
 * The first rows of a write that fit in `room` bytes, and the rest (if any). With `force`, at
 * least one row is taken even if it does not fit: a row is never split.
 */
export function takeRows(op: WriteOp, room: number, force: boolean): [WriteOp | undefined, WriteOp | undefined] {
  const fixed = writeFixedBytes(op.sheet);
  let bytes = fixed;
  let end = op.start;
  while (end < op.end && bytes + op.rowBytes[end] <= room) bytes += op.rowBytes[end++];
  if (end === op.start) {
    if (!force) return [undefined, op];
    bytes += op.rowBytes[end++];
  }
  const head = writeOp(op.sheet, op.grids, op.top, op.left, op.rowBytes, { start: op.start, end, bytes });
  if (end === op.end) return [head, undefined];
  let restBytes = fixed;
  for (let r = end; r < op.end; r++) restBytes += op.rowBytes[r];
  return [
    head,
    writeOp(op.sheet, op.grids, op.top, op.left, op.rowBytes, { start: end, end: op.end, bytes: restBytes }),
  ];
}

/**
 * Packs operations, in order, into requests of at most `budget` estimated bytes, cutting writes
 * between rows to fill each request. `leading` operations (those decided from the probe) all go
 * in the first request whatever their size. Order is kept: formats, merges and links never
 * overtake the values they apply to. An operation too large for any request travels alone.
 */
export function packOps(ops: readonly Op[], budget: number, leading: readonly Op[] = []): Op[][] {
  const batches: Op[][] = [];
  let current: Op[] = [...leading];
  let size = batchBytes(current);
  const flush = (): void => {
    if (current.length > 0) batches.push(current);
    current = [];
    size = BATCH_OVERHEAD_BYTES;
  };
  for (const op of ops) {
    if (op.kind !== 'write') {
      if (current.length > 0 && size + op.bytes > budget) flush();
      current.push(op);
      size += op.bytes;
      continue;
    }
    let rest: WriteOp | undefined = op;
    while (rest) {
      const [head, tail]: [WriteOp | undefined, WriteOp | undefined] = takeRows(
        rest,
        budget - size,
        current.length === 0,
      );
      if (!head) {
        flush();
        continue;
      }
      current.push(head);
      size += head.bytes;
      rest = tail;
      if (rest) flush();
    }
  }
  flush();
  return batches;
}

/** Address of a write operation's rows. */
export function writeAddress(op: WriteOp): string {
  return rangeAddress(op.top + op.start, op.left, op.end - op.start, op.grids.cols);
}

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
  const skip = (part: SkippedPart['part'], reason: Bilingual, where: string): void => {
    const found = skipped.find((s) => s.part === part && s.reason.en === reason.en);
    if (found) {
      found.count++;
      found.where.push(where);
    } else skipped.push({ part, count: 1, reason, where: [where] });
  };

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

/**
 * The structural operations for the workbook as the probe found it. Sheet and defined names
 * are compared ignoring case, as Excel does; existing objects are addressed by their own name.
 */
export function planStructureOps(
  plan: WritePlan,
  state: Pick<WorkbookState, 'sheets' | 'names' | 'veryHiddenSheets'>,
  features: ExcelFeatures,
): StructureOp[] {
  const sheets = new Map(state.sheets.map((s) => [s.toLowerCase(), s] as const));
  const names = new Map(state.names.map((n) => [n.toLowerCase(), n] as const));
  const veryHidden = new Set((state.veryHiddenSheets ?? []).map((s) => s.toLowerCase()));
  const ops: StructureOp[] = [];

  const owned = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
  for (const s of plan.deleteSheets) {
    const existing = sheets.get(s.toLowerCase());
    if (existing !== undefined && !owned.has(s.toLowerCase())) {
      const unhide = veryHidden.has(existing.toLowerCase());
      ops.push({
        kind: 'deleteSheet',
        sheet: existing,
        ...(unhide ? { unhide } : {}),
        bytes: small(jsonBytes(existing)),
      });
    }
  }
  for (const s of plan.sheets) {
    const existing = sheets.get(s.name.toLowerCase());
    if (existing !== undefined) {
      ops.push({
        kind: 'clearSheet',
        sheet: existing,
        clearValidation: features.dataValidation,
        unfreeze: features.freezePanes,
        clearDataBars: features.conditionalFormats,
        clearPageBreaks: features.pageLayout,
        bytes: small(jsonBytes(existing) + 256),
      });
    } else ops.push({ kind: 'addSheet', sheet: s.name, bytes: small(jsonBytes(s.name)) });
  }
  // Names go last, each deletion right before the additions: a request is not a transaction, and
  // if clearing a sheet fails the workbook's names (ownership marks included) must still be there.
  const toDelete = new Set<string>();
  for (const n of [...plan.deleteNames, ...plan.names.map((n) => n.name)]) {
    const existing = names.get(n.toLowerCase());
    if (existing !== undefined && !toDelete.has(existing)) {
      toDelete.add(existing);
      ops.push({ kind: 'deleteName', name: existing, bytes: small(jsonBytes(existing)) });
    }
  }
  for (const n of plan.names)
    ops.push({ kind: 'addName', name: n.name, sheet: n.sheet, ref: n.ref, bytes: small(jsonBytes(n)) });
  return ops;
}

/**
 * What protection would stop, found before anything is written: protected sheets the plan clears
 * or deletes (its own summary and problems sheets), and a protected workbook structure when it
 * adds or deletes sheets. A user's sheet the plan only writes cells into (a fix, an added measure)
 * is left to Excel: its unlocked cells may take the write.
 */
export function protectionConflicts(
  structure: readonly Op[],
  state: Pick<WorkbookState, 'protectedSheets' | 'workbookProtected'>,
): { sheets: string[]; workbook: boolean } {
  const locked = new Set(state.protectedSheets.map((s) => s.toLowerCase()));
  const sheets = structure
    .filter(
      (op): op is Extract<Op, { kind: 'clearSheet' | 'deleteSheet' }> =>
        op.kind === 'clearSheet' || op.kind === 'deleteSheet',
    )
    .map((op) => op.sheet)
    .filter((sheet) => locked.has(sheet.toLowerCase()));
  const workbook =
    state.workbookProtected && structure.some((op) => op.kind === 'addSheet' || op.kind === 'deleteSheet');
  return { sheets, workbook };
}

/**
 * A named fix writes its number only while the cell still holds, as constant text, exactly what
 * was found (a formula giving that text, or an edited cell, is left alone). A cell that already
 * holds the number is treated as fixed.
 */
export function fixStillApplies(found: string, value: unknown, formula: unknown): boolean {
  return typeof value === 'string' && value === found && formula === value;
}

/** Everything decided from the probe: the structural operations, then the fixes that still apply. */
export function planProbeOps(
  plan: WritePlan,
  state: WorkbookState,
  features: ExcelFeatures,
): { ops: Op[]; skipped: SkippedPart[] } {
  const ops: Op[] = planStructureOps(plan, state, features);
  const skipped: SkippedPart[] = [];
  (plan.fixes ?? []).forEach((fix, i) => {
    const where = `${quoteSheet(fix.sheet)}!${fix.cell}`;
    const now = state.fixCells[i];
    if (now && fixStillApplies(fix.found, now.value, now.formula)) {
      const { row, col } = parseA1(fix.cell);
      ops.push({ ...wholeWrite(fix.sheet, { rows: 1, cols: 1, formulas: [[fix.number]] }, row, col), fix: where });
    } else if (!(now && now.value === fix.number && now.formula === fix.number)) {
      const reason = bi('เซลล์ถูกแก้ไขหลังจากอ่านข้อมูล จึงไม่แก้ให้', 'the cell changed after it was read, so it was left alone');
      const found = skipped.find((s) => s.part === 'fixes');
      if (found) {
        found.count++;
        found.where.push(where);
      } else skipped.push({ part: 'fixes', count: 1, reason, where: [where] });
    }
  });
  return { ops, skipped };
}

/** Short descriptions of what a request wrote, for ApplyReport.written and ApplyError.written. */
export function describeOps(ops: readonly Op[]): string[] {
  const lines: string[] = [];
  const groups = new Map<string, string[]>();
  const group = (key: string, item: string): void => {
    const list = groups.get(key);
    if (list) list.push(item);
    else {
      groups.set(key, [item]);
      lines.push(key); // placeholder, replaced below, keeps first-seen order
    }
  };
  for (const op of ops) {
    switch (op.kind) {
      case 'deleteName':
        group('deleted names', op.name);
        break;
      case 'addName':
        group('defined names', op.name);
        break;
      case 'deleteSheet':
        lines.push(`deleted sheet ${quoteSheet(op.sheet)}`);
        break;
      case 'addSheet':
        lines.push(`created sheet ${quoteSheet(op.sheet)}`);
        break;
      case 'clearSheet':
        lines.push(`cleared sheet ${quoteSheet(op.sheet)}`);
        break;
      case 'write':
        if (op.fix !== undefined) group('fixed cells', op.fix);
        else lines.push(`${quoteSheet(op.sheet)}!${writeAddress(op)}`);
        break;
      case 'columnWidth':
        group(`column widths on ${quoteSheet(op.sheet)}`, op.address);
        break;
      case 'style':
        group(`formats on ${quoteSheet(op.style.sheet)}`, op.style.range);
        break;
      case 'merge':
        group(`merged cells on ${quoteSheet(op.sheet)}`, op.range);
        break;
      case 'hyperlink':
        group(`links on ${quoteSheet(op.sheet)}`, op.cell);
        break;
      case 'validation':
        group(`drop-down lists on ${quoteSheet(op.sheet)}`, op.range);
        break;
      case 'freezeRows':
        lines.push(`froze ${op.rows} header row(s) on ${quoteSheet(op.sheet)}`);
        break;
      case 'tabColor':
        lines.push(`tab colour of ${quoteSheet(op.sheet)}`);
        break;
      case 'sheetFont':
        lines.push(`font ${op.font.name} on ${quoteSheet(op.sheet)}!${op.address}`);
        break;
      case 'rowHeight':
        group(`row heights on ${quoteSheet(op.sheet)}`, op.address);
        break;
      case 'page':
        lines.push(`page setup of ${quoteSheet(op.sheet)}`);
        break;
      case 'dataBar':
        group(`data bars on ${quoteSheet(op.bar.sheet)}`, op.bar.range);
        break;
      case 'chart':
        lines.push(`chart "${op.chart.title}" on ${quoteSheet(op.chart.sheet)}`);
        break;
      case 'activate':
        lines.push(`showed ${quoteSheet(op.sheet)}`);
        break;
    }
  }
  return lines.map((line) => {
    const items = groups.get(line);
    if (!items) return line;
    const shown = items.length > 6 ? `${items.slice(0, 6).join(', ')} … (${items.length})` : items.join(', ');
    return `${line}: ${shown}`;
  });
}
