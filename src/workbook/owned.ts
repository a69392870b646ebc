import { Lang } from '../domain/text';
import { WorkbookSnapshot } from './snapshot';

/**
 * The add-in marks the sheets it creates with workbook names pointing at
 * their A1; a sheet without the mark is the user's, whatever its name.
 */
export const OWNER_NAMES = {
  summary: 'ITA_PLANNER_SUMMARY',
  problems: 'ITA_PLANNER_PROBLEMS',
  // Report sheets, written on request (src/reports).
  analysis: 'ITA_PLANNER_ANALYSIS',
  plan: 'ITA_PLANNER_PLAN',
  'six-month': 'ITA_PLANNER_SIX_MONTH',
  'year-end': 'ITA_PLANNER_YEAR_END',
} as const;

export type OwnedKind = keyof typeof OWNER_NAMES;

export const SHEET_NAMES: Record<Lang, Record<OwnedKind, string>> = {
  th: {
    summary: 'สรุปผล ITA',
    problems: 'ปัญหาที่พบ ITA',
    analysis: 'รายงานวิเคราะห์ผล ITA',
    plan: 'รายงานแผนมาตรการ ITA',
    'six-month': 'รายงานรอบ 6 เดือน ITA',
    'year-end': 'รายงานประจำปี ITA',
  },
  en: {
    summary: 'ITA Summary',
    problems: 'ITA Problems',
    analysis: 'ITA Analysis',
    plan: 'ITA Measures Plan',
    'six-month': 'ITA Six-Month Report',
    'year-end': 'ITA Year-End Report',
  },
};

export function sheetNames(lang: Lang): Record<OwnedKind, string> {
  return SHEET_NAMES[lang];
}

/** Sheet owned for each role, if any. */
export function ownedSheet(snapshot: WorkbookSnapshot, kind: OwnedKind): string | undefined {
  const name = snapshot.names.find((n) => n.name.toUpperCase() === OWNER_NAMES[kind]);
  return name?.sheet && snapshot.sheets.some((s) => s.name === name.sheet) ? name.sheet : undefined;
}

export function ownedSheets(snapshot: WorkbookSnapshot): Set<string> {
  const kinds = Object.keys(OWNER_NAMES) as OwnedKind[];
  return new Set(kinds.map((k) => ownedSheet(snapshot, k)).filter((s): s is string => !!s));
}
