import type { CellRef } from '../domain/refs';
import type { IndicatorId } from '../domain/refs';
import { AreaResult } from '../domain/agencies';
import { ReportedScope } from '../domain/reported';
import type { CellValue } from './snapshot';
import { GapPlan } from '../domain/gap';
import { Framework } from '../domain/framework';
import { Problem } from '../domain/problem';
import { Assessment } from '../domain/scoring';
import { IndicatorAdvice } from '../domain/advice';
import { Suggestion } from '../domain/suggestions';
import { SurveyResult } from '../domain/survey';
import { Bilingual, Lang } from '../domain/text';
import { IsoDate } from '../domain/parse/common';
import { MeasureStatus } from '../domain/parse/status';

export type SheetRole = 'settings' | 'scores' | 'oit' | 'measures' | 'rules' | 'agencies';

export interface ColumnFound {
  key: string;
  label: Bilingual;
  /** Header text as the user wrote it. */
  header: string;
  /** Header cell, e.g. "C3". */
  cell: CellRef;
  col: number;
}

/** What was recognised for one input sheet role. */
export interface SheetFound {
  role: SheetRole;
  label: Bilingual;
  required: boolean;
  /** Actual sheet name in the workbook, when found. */
  sheet?: string;
  /** 0-based header row. */
  headerRow?: number;
  columns: ColumnFound[];
  /** Required columns that were not found. */
  missingColumns: Bilingual[];
  /** For each missing column, the headers that would have been accepted. */
  missingDetail?: { label: Bilingual; accepted: readonly string[] }[];
  /** The header texts found in the row that came closest (or the first row with text). */
  headersFound?: string[];
  /** Set when several columns could be the score: which the rule chose, if any. */
  columnChoice?: ColumnChoice;
  /** Set when several sheets could have this role: the others, not read (detect.ts's rule chose `sheet`). */
  sheetChoice?: SheetChoice;
}

/** Several sheets that could have one role: a visible one wins over hidden ones, else the first in tab order. */
export interface SheetChoice {
  others: string[];
  /** 'visible': the others are all hidden; 'first': the chosen one comes first among sheets alike. */
  rule: 'visible' | 'first';
}

/** Several columns that could be the score, and what the stated rule made of them (detect.ts). */
export interface ColumnChoice {
  candidates: ColumnFound[];
  /** This year's score; absent when the rule picks none (the run stops, naming them all). */
  chosen?: ColumnFound;
  /** A column naming the year before, read as last year's score. */
  previous?: ColumnFound;
}

export interface MeasureRow {
  sheet: string;
  row: number; // 0-based
  cell: CellRef; // the Measure cell, e.g. "B5"
  measure: string;
  responsible?: string;
  period?: { start: IsoDate; end: IsoDate };
  /** The period as the user wrote it, when written as text ("ต.ค.64-มี.ค.65"). */
  periodText?: string;
  status?: MeasureStatus;
  /** The Status cell and what it holds, when the sheet has the column (live counts read it). */
  statusCell?: CellRef;
  statusRaw?: CellValue;
  /** Whether the Measure cell holds text (COUNTIF "?*" counts text only). */
  measureIsText: boolean;
  /** Kept as written for the reports: steps, monitoring, result and outcome. */
  method?: string;
  monitoring?: string;
  result?: string;
  outcome?: string;
  indicators: IndicatorId[];
  overdue: boolean;
}

export interface MeasuresSummary {
  sheet: string;
  rows: MeasureRow[];
  total: number;
  done: number;
  inProgress: number;
  notStarted: number;
  /** Rows without a readable status. */
  unknown: number;
  overdue: number;
  percentDone: number;
  /** Weak indicators (below target) that no measure serves. */
  uncoveredWeakIndicators: IndicatorId[];
}

/** An input cell holding a number as text ("๘๕.๖๖", "85.66 คะแนน") that formulas cannot read. */
export interface TextNumber {
  sheet: string;
  cell: CellRef;
  found: string;
  number: number;
}

/**
 * The agency's own pre-assessment survey (แบบสำรวจ / Responses): counts and means only, never a
 * respondent's row. Not the NACC's result: every output says so.
 */
export interface SurveySummary {
  /** Each responses sheet read (one form, or an IIT form and an EIT form): their counts add up. */
  sheets: SurveySheetInfo[];
  result: SurveyResult;
  /** The workbook's figures with the survey's in place of the tools it covers; absent when a figure is missing. */
  assessment?: Assessment;
  /** Suggestions for the indicators of the lowest questions. */
  advice: { indicator: IndicatorId; suggestions: readonly Suggestion[] }[];
}

/** One responses sheet: where its header is and how its question columns were recognised. */
export interface SurveySheetInfo {
  sheet: string;
  /** 0-based row of the header (or the codes row) of the responses. */
  headerRow: number;
  /** Codes in the headers (or a codes row), or the framework's order (with a warning). */
  mapping: 'codes' | 'order';
  questionColumns: number;
  /** Columns that are not questions (timestamp, e-mail, name…): never read. */
  ignoredColumns: number;
}

export interface Analysis {
  /** Language of the workbook (Thai when its input sheets are named in Thai). */
  lang: Lang;
  agency?: string;
  fiscalYear: number;
  framework: Framework;
  target: number;
  asOf: IsoDate;
  found: SheetFound[];
  assessment?: Assessment;
  gap?: GapPlan;
  advice: IndicatorAdvice[];
  /** Cells the named fix "convert text to numbers" would change. */
  textNumbers: TextNumber[];
  /** The published figures the workbook reports (Settings rows, or summary rows on the Scores sheet). */
  reported?: { scope: ReportedScope; value: number; sheet: string; cell: CellRef }[];
  measures?: MeasuresSummary;
  /** Many agencies (the Agencies sheet, issue 14): each one's figures and the area's. */
  area?: { sheet: string; result: AreaResult };
  /** The pre-assessment from the responses sheet, when the workbook has one. */
  survey?: SurveySummary;
  problems: Problem[];
}
