import { Bilingual } from './text';
import { CellRef, IndicatorId, spanText } from './refs';

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
  /** The cell inside `sheet`, e.g. "C7"; for a group of identical problems, the first of the run. */
  cell?: CellRef;
  /** The last cell of a grouped run ("D44" of D2:D44); absent for one cell. */
  through?: CellRef;
  /** How many identical problems this one stands for (a grouped run); absent for one. */
  count?: number;
  /** Field path for non-workbook input, e.g. "indicators.6". */
  field?: string;
  /** What a scoring problem is about, for an edge to place it (the workbook: the indicator's or item's cell). */
  subject?: ProblemSubject;
  /** The raw value found, as text ("" when the cell was empty). */
  found?: string;
  /** The items a problem lists one by one (OIT item codes a warning names), when it lists any. */
  items?: string[];
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

/** Where a problem is, as a planner reads it: "คะแนน!C7", or "OIT!D2:D44" for a grouped run. */
export function problemAddress(p: Problem): string | undefined {
  return p.sheet && p.cell ? `${p.sheet}!${spanText({ cell: p.cell, through: p.through })}` : undefined;
}

/** How a grouped run's message names its place: "OIT D2–D44". */
export function groupPlace(p: Problem): string {
  return `${p.sheet} ${p.cell}–${p.through}`;
}

/**
 * True when the message already says where the problem is ("คะแนน!E5 มี …", a group's "OIT D13–D27:
 * …"), so a list need not put the place in front of it again.
 */
export function messageNamesPlace(p: Problem, message: string): boolean {
  const address = problemAddress(p);
  return !!address && (message.includes(address) || (!!p.through && message.includes(groupPlace(p))));
}

/** The message without the place it starts with, for a list that shows the place as a link. */
export function messageAfterPlace(p: Problem, message: string): string {
  const address = problemAddress(p);
  if (!address) return message;
  for (const lead of p.through ? [address, groupPlace(p)] : [address])
    if (message.startsWith(lead)) return message.slice(lead.length).replace(/^[:;,]?\s*/, '');
  return message;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

export function errorCount(problems: readonly Problem[]): number {
  return problems.filter((p) => p.severity === 'error').length;
}
