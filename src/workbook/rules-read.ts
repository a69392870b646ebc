import { Certainty, ToolId, TOOL_IDS } from '../domain/framework';
import { Bilingual } from '../domain/text';
import { normalizeKey } from '../domain/parse/common';
import { cellAt, isEmpty } from './cells';
import { RULES_COLUMNS, RULES_SECTIONS, RulesSection } from './rules-layout';
import { a1, CellValue, SheetSnapshot } from './snapshot';
import type { CellRef } from '../domain/refs';

/** One data row of a section: its cells by column key, and where each is. */
export interface RulesRow {
  row: number;
  get: (key: string) => CellValue;
  at: (key: string) => CellRef;
}

export interface SectionFound {
  section: RulesSection;
  titleCell: CellRef;
  /** The value right of the title (the pass mark's own cell). */
  inline: { value: CellValue; cell: CellRef };
  rows: RulesRow[];
  /** Required columns missing from the header row below the title. */
  missing: Bilingual[];
}

const sectionByKey = new Map(
  RULES_SECTIONS.flatMap((s) => [s.title.th, s.title.en, ...s.aliases].map((t) => [normalizeKey(t), s] as const)),
);

/** Sections of the sheet: a title in column A, a header row below it, data rows until a blank row or the next title. */
export function readSections(sheet: SheetSnapshot): SectionFound[] {
  const out: SectionFound[] = [];
  const last = sheet.top + sheet.values.length;
  const titleAt = (r: number) => {
    const v = cellAt(sheet, r, 0);
    return typeof v === 'string' ? sectionByKey.get(normalizeKey(v)) : undefined;
  };
  for (let r = sheet.top; r < last; r++) {
    const section = titleAt(r);
    if (!section) continue;
    const found: SectionFound = {
      section,
      titleCell: a1(r, 0),
      inline: { value: cellAt(sheet, r, 1), cell: a1(r, 1) },
      rows: [],
      missing: [],
    };
    out.push(found);
    const columns = RULES_COLUMNS[section.key];
    if (columns.length === 0) continue;
    const header = r + 1;
    const cols: Record<string, number> = {};
    for (let c = sheet.left; c < sheet.left + (sheet.values[header - sheet.top]?.length ?? 0); c++) {
      const h = cellAt(sheet, header, c);
      if (typeof h !== 'string') continue;
      const spec = columns.find((k) => k.aliases.some((al) => normalizeKey(al) === normalizeKey(h)));
      if (spec && cols[spec.key] === undefined) cols[spec.key] = c;
    }
    found.missing = columns.filter((k) => k.required && cols[k.key] === undefined).map((k) => k.label);
    for (let d = header + 1; d < last; d++) {
      if (titleAt(d)) break;
      const used = Object.values(cols);
      if (used.every((c) => isEmpty(cellAt(sheet, d, c)))) break;
      found.rows.push({
        row: d,
        get: (key) => (cols[key] === undefined ? null : cellAt(sheet, d, cols[key])),
        at: (key) => a1(d, cols[key] ?? 0),
      });
    }
    r = header;
  }
  return out;
}

export function certaintyOf(v: CellValue): Certainty | undefined {
  const t = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : '';
  return t === '2' || t === '1' || t === '?' ? t : undefined;
}

export function textOf(v: CellValue): string {
  return isEmpty(v) ? '' : String(v).trim();
}

export function readToolId(v: CellValue): ToolId | undefined {
  const k = normalizeKey(String(v ?? ''));
  return TOOL_IDS.find((t) => k === t.toLowerCase());
}

export type Err = (cell: CellRef, message: Bilingual, found?: string) => void;
export type Bad = (cell: CellRef, v: CellValue, expected: Bilingual) => void;
