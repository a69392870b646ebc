import { Certainty } from './framework';

/**
 * The national results the NACC announced (spec §7), for comparing an area with the country.
 * Data, not rules: a year with nothing published has no entry.
 */
export interface NationalFigures {
  fiscalYear: number;
  agencies: number;
  /** Mean total, when published. */
  mean?: number;
  /** Agencies at 85 or above, and their share (0–1), when published. */
  passed?: number;
  passShare?: number;
  certainty: Certainty;
  source: string;
}

export const NATIONAL: readonly NationalFigures[] = [
  { fiscalYear: 2567, agencies: 8325, certainty: '2', source: 'spec/ita-scoring.md §7 (news reports)' },
  {
    fiscalYear: 2568,
    agencies: 8317,
    mean: 93.82,
    passed: 7832,
    passShare: 0.9417,
    certainty: '2',
    source: 'spec/ita-scoring.md §7 (news reports)',
  },
];

/** The NACC's national target: 80 % of agencies at the pass mark (spec §3). */
export const NATIONAL_PASS_SHARE_TARGET = 0.8;

/** The year's national figures, or failing that the latest earlier year's (it says which). */
export function nationalFor(fiscalYear: number): NationalFigures | undefined {
  return [...NATIONAL].reverse().find((n) => n.fiscalYear <= fiscalYear);
}
