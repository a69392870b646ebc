import { Lang } from '../domain/text';
import { WorkbookSnapshot } from './snapshot';

/**
 * The add-in marks the sheets it creates with workbook names pointing at
 * their A1; a sheet without the mark is the user's, whatever its name.
 */
export const OWNER_NAMES = { summary: 'ITA_PLANNER_SUMMARY', problems: 'ITA_PLANNER_PROBLEMS' } as const;

export const SHEET_NAMES: Record<Lang, { summary: string; problems: string }> = {
  th: { summary: 'สรุปผล ITA', problems: 'ปัญหาที่พบ ITA' },
  en: { summary: 'ITA Summary', problems: 'ITA Problems' },
};

export function sheetNames(lang: Lang): { summary: string; problems: string } {
  return SHEET_NAMES[lang];
}

/** Sheet owned for each role, if any. */
export function ownedSheet(snapshot: WorkbookSnapshot, kind: keyof typeof OWNER_NAMES): string | undefined {
  const name = snapshot.names.find((n) => n.name.toUpperCase() === OWNER_NAMES[kind]);
  return name?.sheet && snapshot.sheets.some((s) => s.name === name.sheet) ? name.sheet : undefined;
}

export function ownedSheets(snapshot: WorkbookSnapshot): Set<string> {
  return new Set([ownedSheet(snapshot, 'summary'), ownedSheet(snapshot, 'problems')].filter((s): s is string => !!s));
}
