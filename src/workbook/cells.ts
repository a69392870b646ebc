import { describeFound, Problem, Severity } from '../domain/problem';
import { bi, Bilingual } from '../domain/text';
import type { CellRef } from '../domain/refs';
import { CellValue, SheetSnapshot } from './snapshot';

/** Value at an absolute 0-based row and column of the sheet, null outside its used range. */
export function cellAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  return sheet.values[row - sheet.top]?.[col - sheet.left] ?? null;
}

/** Number format at an absolute 0-based row and column, null for General or unknown. */
export function formatAt(sheet: SheetSnapshot, row: number, col: number): string | null {
  return sheet.numberFormats?.[row - sheet.top]?.[col - sheet.left] ?? null;
}

/**
 * Whether a number format shows its number as a percentage ("0.00%", "0%;[Red]-0%"): a "%"
 * outside quoted text, escapes and [brackets]. Excel multiplies the number by 100 to show it.
 */
export function isPercentFormat(format: string | null): boolean {
  if (!format) return false;
  return /%/.test(format.replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, ''));
}

export function isEmpty(v: CellValue): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}

/**
 * A cell's value said in words instead of repeated ("a text of 17 characters"), where repeating it
 * could disclose a respondent's own words; `shown` stands for it where one string is wanted.
 */
export interface Withheld {
  said: Bilingual;
  shown: string;
}

/** A problem located at a cell: "คะแนน!C7: found "ดีมาก", expected a score from 0 to 100". */
export function cellProblem(
  severity: Severity,
  code: string,
  sheet: string,
  cell: CellRef,
  found: CellValue | string | Withheld,
  expected: Bilingual,
  what?: Bilingual,
): Problem {
  const withheld = found !== null && typeof found === 'object' && 'said' in found ? found : undefined;
  const f = withheld ? withheld.shown : describeFound(found);
  const lead = what ? { th: `${what.th}: `, en: `${what.en}: ` } : { th: '', en: '' };
  const holds = withheld
    ? { th: `มี${withheld.said.th}`, en: `holds ${withheld.said.en}` }
    : f === ''
      ? { th: 'ว่าง', en: 'is empty' }
      : { th: `มี "${f}"`, en: `holds "${f}"` };
  return {
    severity,
    code,
    sheet,
    cell,
    found: f,
    expected,
    message: bi(
      `${lead.th}${sheet}!${cell} ${holds.th} แต่ต้องการ ${expected.th}`,
      `${lead.en}${sheet}!${cell} ${holds.en}; expected ${expected.en}`,
    ),
  };
}

/** A problem about a cell that is not about its value (missing, duplicated…). */
export function locatedProblem(
  severity: Severity,
  code: string,
  sheet: string,
  cell: CellRef,
  message: Bilingual,
  found = '',
): Problem {
  return { severity, code, sheet, cell, found, message };
}
