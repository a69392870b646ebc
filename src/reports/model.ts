/**
 * A report as plain data: headings, paragraphs and tables of text. One builder makes it from the
 * analysis; the sheet writer and the Word writer only lay it out, so the two never disagree.
 */
import type { Lang } from '../domain/text';

export type ReportKind = 'analysis' | 'plan' | 'six-month' | 'year-end';
export const REPORT_KINDS: readonly ReportKind[] = ['analysis', 'plan', 'six-month', 'year-end'];

export interface ReportColumn {
  title: string;
  /** Relative width, in characters of body text at print size. */
  width: number;
  align?: 'left' | 'center' | 'right';
  /** Holds dates or periods: the Word table keeps each date whole ("31 มี.ค. 2570", not "31 มี.ค./2570"). */
  dates?: boolean;
}

export interface ReportTable {
  columns: ReportColumn[];
  rows: string[][];
  /** Rows (0-based in `rows`) to shade: a weak indicator, a line that still needs a measure. */
  marked?: number[];
}

export type ReportBlock =
  { kind: 'heading'; text: string } | { kind: 'paragraph'; text: string } | { kind: 'table'; table: ReportTable };

export interface ReportDoc {
  kind: ReportKind;
  lang: Lang;
  /** The agency as the workbook names it (its Settings sheet), if it does. */
  agency?: string;
  /** The fiscal year (B.E.) the report is about: the assessed one, or the measures' year. */
  year: number;
  title: string;
  /** Lines under the title: agency, reporting window, date of the data. */
  subtitle: string[];
  /** Short text for the printed page header. */
  header: string;
  landscape: boolean;
  blocks: ReportBlock[];
}
