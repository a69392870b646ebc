/**
 * What is decided from the probe sync: the structural operations for the workbook as it is now,
 * what protection would stop, and the fixes whose cells still hold what was read.
 */
import { bi } from '../domain/text';
import type { WritePlan } from '../workbook/plan';
import { parseA1, quoteSheet } from '../workbook/snapshot';
import type { ExcelFeatures } from './features';
import { Op, SkippedPart, StructureOp, WorkbookState, addSkipped, small, wholeWrite } from './ops';
import { jsonBytes } from './payload';

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
      addSkipped(skipped, 'fixes', reason, where);
    }
  });
  return { ops, skipped };
}

/**
 * The sheets of ours the plan would clear or delete whose stamp no longer reads as it did when the
 * workbook was read: the user renamed, replaced or edited them meanwhile. Nothing is written then.
 */
export function stampsChanged(plan: WritePlan, state: Pick<WorkbookState, 'proofCells'>): string[] {
  return (plan.proofs ?? []).filter((p, i) => state.proofCells?.[i] !== p.text).map((p) => p.sheet);
}
