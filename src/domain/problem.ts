import { Bilingual } from './text';
import type { IndicatorId } from './refs';

export type Severity = 'error' | 'warning';

export type ProblemSubject = { indicator: IndicatorId } | { item: string };

/**
 * A problem is a value, not an exception. It names where it was found
 * (a sheet and cell for workbooks, a field for JSON input), what was found
 * and what was expected, in Thai and English.
 */
export interface Problem {
  severity: Severity;
  /** Stable machine-readable code, e.g. "score.unreadable". */
  code: string;
  sheet?: string;
  /** A1-style address inside `sheet`, e.g. "C7", or a range "D2:D44" for a group of identical problems. */
  cell?: string;
  /** How many identical problems this one stands for (a grouped run); absent for one. */
  count?: number;
  /** Field path for non-workbook input, e.g. "indicators.6". */
  field?: string;
  /** What a scoring problem is about, for an edge to place it (the workbook: the indicator's or item's cell). */
  subject?: ProblemSubject;
  /** The raw value found, as text ("" when the cell was empty). */
  found?: string;
  /** What was expected, in both languages. */
  expected?: Bilingual;
  /** The full sentence shown to the user. */
  message: Bilingual;
}

/**
 * Result of reading one user-typed value: either the value, or what was
 * found and what was expected. Never a silent zero.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; found: string; expected: Bilingual };

export function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

export function fail<T = never>(found: unknown, expected: Bilingual): Parsed<T> {
  return { ok: false, found: describeFound(found), expected };
}

export function describeFound(found: unknown): string {
  if (found === null || found === undefined) return '';
  if (found instanceof Date) return found.toISOString().slice(0, 10);
  return String(found);
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

export function errorCount(problems: readonly Problem[]): number {
  return problems.filter((p) => p.severity === 'error').length;
}
