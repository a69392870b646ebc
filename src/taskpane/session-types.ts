/**
 * What the workbook session (useWorkbookSession.ts) holds and offers: its phase and step, the
 * last action's outcome, and the actions the pane's components call.
 */
import type { Grade } from '../domain/framework';
import type { Bilingual, Lang } from '../domain/text';
import type { Problem } from '../domain/problem';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import type { NewMeasure } from '../workbook';
import type { AnalysisWithSources } from '../workbook/analyze';
import type { Analyze } from './analyze';
import type { UserError } from './errors';

export type Phase = 'idle' | 'reading' | 'ready' | 'running' | 'error';
export type Step = 'reading' | 'checking' | 'writing';
export type ActionKind = 'recompute' | 'missing-sheets' | 'number-fix' | 'add-measure' | 'download';

export interface LastRun {
  kind: ActionKind;
  /** ISO time the action finished. */
  at: string;
  /** What the host could not write (older Excel). */
  skipped: Bilingual[];
  /** Recompute only: errors that kept the scores from being computed. */
  errors?: number;
  total?: number;
  grade?: Grade;
  /** Number fix: cells converted. Add measure: the measure text. */
  count?: number;
  measure?: string;
  /** Add measure, number fix: the summary was recomputed after the change, so it counts it. */
  recomputed?: boolean;
  /** Download: the file's name. */
  file?: string;
  /** Recompute only: the area's sheet was written (a workbook of many agencies). */
  area?: boolean;
  /** Only the agency's own survey was computed: no NACC scores in the workbook yet. */
  survey?: boolean;
}

export interface SessionState {
  phase: Phase;
  step?: Step;
  snapshot?: WorkbookSnapshot;
  analysis?: AnalysisWithSources;
  /** Problems to show: the analysis's, plus those the last recompute found while planning. */
  problems: Problem[];
  last?: LastRun;
  error?: UserError;
  /** What the live region says, in both languages. */
  announcement?: Bilingual;
  /**
   * Whether the workbook's summary holds what the pane shows: true after a recompute wrote
   * results, false after opening a file or changing its input without recomputing.
   */
  resultsCurrent: boolean;
  /** An action asked for while another ran: refused, and said so until the running one ends. */
  refused?: Bilingual;
}

export interface WorkbookSession extends SessionState {
  busy: boolean;
  /** Read and analyze without writing: what the start screen shows. */
  load(): Promise<void>;
  /** Open something first (a file in the browser), then load. */
  open(opener: () => Promise<void>): Promise<void>;
  recompute(lang: Lang): Promise<void>;
  createMissingSheets(lang: Lang): Promise<void>;
  convertNumbers(lang: Lang): Promise<void>;
  addMeasure(measure: NewMeasure, lang: Lang): Promise<void>;
  /**
   * Browser mode: saves the workbook, recomputing first unless its summary is current, so the
   * file holds what the pane shows. `save` returns the file's name.
   */
  download(lang: Lang, save: () => Promise<string>): Promise<void>;
  /**
   * Another part of the pane's work on the workbook (a report sheet, a Word file), run as one
   * of the session's actions so nothing else writes meanwhile. `body` catches its own errors,
   * shows its own outcome beside its buttons (the status line keeps what it said before, not to
   * say the outcome twice) and says whether the workbook changed, so it is read again.
   */
  task(body: () => Promise<{ reload: boolean }>): Promise<void>;
  select(sheet: string, cell: string): Promise<void>;
  dismissError(): void;
}

export interface SessionOptions {
  /** Today's date for overdue checks; default the local date. */
  today?: () => string;
  now?: () => Date;
  /** How to analyse a snapshot: in a Web Worker in the built pane (index.tsx); default here. */
  analyze?: Analyze;
}
