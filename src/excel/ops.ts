/**
 * The Office.js operations a write plan becomes, each with an estimated payload size, ready to
 * be packed into requests (pack.ts). data-ops.ts and probe-ops.ts make them from a plan;
 * apply.ts turns each into one or two Office.js calls and nothing more.
 *
 * Two kinds of operation:
 * - structural (delete/add/clear sheets, delete/add names) depend on what the workbook holds,
 *   learnt in the probe sync, and are not safe to repeat blindly (adding a sheet twice fails);
 *   they always travel in the first write request;
 * - data operations (values, formats, merges, links, lists, sheet settings) are idempotent:
 *   setting them twice gives the same workbook, so a request that failed can be resent.
 */
import { Bilingual, bi } from '../domain/text';
import type { PlanChart, PlanDataBar, PlanFont, PlanPage, PlanStyle } from '../workbook/plan';
import { OP_OVERHEAD_BYTES, jsonBytes } from './payload';
import { BlockGrids, HyperlinkInput, rangeAddress } from './translate';

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
  /** For each of plan.proofs, in order: what its stamp cell holds now. */
  proofCells?: unknown[];
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

export const NEEDS = (set: string): Bilingual =>
  bi(`Excel รุ่นนี้ไม่รองรับ (ต้องใช้ ExcelApi ${set})`, `not supported by this Excel (needs ExcelApi ${set})`);

export function small(extra = 0): number {
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

export function writeOp(
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
export function writeFixedBytes(sheet: string): number {
  return OP_OVERHEAD_BYTES + jsonBytes(sheet) + 32;
}

export function wholeWrite(sheet: string, grids: BlockGrids, top: number, left: number): WriteOp {
  const rowBytes = gridRowBytes(grids);
  const bytes = rowBytes.reduce((n, b) => n + b, writeFixedBytes(sheet));
  return writeOp(sheet, grids, top, left, rowBytes, { start: 0, end: grids.rows, bytes });
}

/** Counts a part left out under its reason, keeping where each one was. */
export function addSkipped(skipped: SkippedPart[], part: SkippedPart['part'], reason: Bilingual, where: string): void {
  const found = skipped.find((s) => s.part === part && s.reason.en === reason.en);
  if (found) {
    found.count++;
    found.where.push(where);
  } else skipped.push({ part, count: 1, reason, where: [where] });
}

/** Address of a write operation's rows. */
export function writeAddress(op: WriteOp): string {
  return rangeAddress(op.top + op.start, op.left, op.end - op.start, op.grids.cols);
}
