/**
 * Which cells' hyperlinks the Office.js reader should fetch. Range.values gives a linked cell's
 * shown text, not its link, and Office.js reads a link one cell at a time (Range.hyperlink,
 * ExcelApi 1.7); so after the values are in, the reader asks only for the cells whose link the
 * analysis judges: the non-empty cells of the OIT sheet's URL column. Pure.
 */
import { detectSheets } from './detect';
import { ownedSheets } from './owned';
import { a1, WorkbookSnapshot } from './snapshot';
import type { CellRef } from '../domain/refs';

/** More cells than any OIT checklist has rows: beyond it the rest are judged by their text. */
export const MAX_LINK_CELLS = 2_000;

export interface LinkCells {
  sheet: string;
  /** A1 addresses, e.g. "E7". */
  cells: CellRef[];
}

export function linkCells(snapshot: WorkbookSnapshot): LinkCells[] {
  const owned = ownedSheets(snapshot);
  const oit = detectSheets(snapshot, owned).find((f) => f.role === 'oit');
  const col = oit?.columns.find((c) => c.key === 'url')?.col;
  const sheet = snapshot.sheets.find((s) => s.name === oit?.sheet);
  if (!sheet || col === undefined || oit?.headerRow === undefined) return [];
  const cells: CellRef[] = [];
  for (let i = 0; i < sheet.values.length && cells.length < MAX_LINK_CELLS; i++) {
    const r = sheet.top + i;
    if (r <= oit.headerRow) continue;
    const v = sheet.values[i]?.[col - sheet.left];
    if (v !== null && v !== undefined && v !== '') cells.push(a1(r, col));
  }
  return cells.length > 0 ? [{ sheet: sheet.name, cells }] : [];
}
