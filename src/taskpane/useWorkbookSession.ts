/**
 * The task pane's one piece of logic with state: the workbook session.
 * read → analyze → plan → apply, through whatever WorkbookHost it is given,
 * with a phase the UI shows (idle / reading / ready / running / error).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Grade } from '../domain/framework';
import { format2 } from '../domain/decimal';
import type { Bilingual, Lang } from '../domain/text';
import type { Problem } from '../domain/problem';
import type { WorkbookHost } from '../workbook/host';
import { isEmptyPlan, WritePlan } from '../workbook/plan';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { UserError, userErrorOf } from './errors';
import {
  analyze,
  AnalysisWithSources,
  errorCount,
  NewMeasure,
  planAddMeasure,
  planConvertNumbers,
  planCreateMissing,
  planRecompute,
} from './pipeline';
import { STRINGS } from './strings';

export type Phase = 'idle' | 'reading' | 'ready' | 'running' | 'error';
export type Step = 'reading' | 'checking' | 'writing';
export type ActionKind = 'recompute' | 'missing-sheets' | 'number-fix' | 'add-measure';

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
}

export interface WorkbookSession extends SessionState {
  busy: boolean;
  /** Read and analyze without writing: what the start screen shows. */
  load(): Promise<void>;
  /** Open something first (a file in the browser), then load. */
  open(opener: () => Promise<void>): Promise<void>;
  recompute(lang: Lang): Promise<void>;
  createMissingSheets(lang: Lang): Promise<void>;
  convertNumbers(): Promise<void>;
  addMeasure(measure: NewMeasure, lang: Lang): Promise<void>;
  select(sheet: string, cell: string): Promise<void>;
  dismissError(): void;
}

export function todayIso(d = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const both = (f: (s: (typeof STRINGS)['th']) => string): Bilingual => ({ th: f(STRINGS.th), en: f(STRINGS.en) });

const STEP_TEXT: Record<Step, Bilingual> = {
  reading: both((s) => s.stepReading),
  checking: both((s) => s.stepChecking),
  writing: both((s) => s.stepWriting),
};

/** Lets React paint the step text before synchronous work (analysis) starts. */
const yieldToPaint = () => new Promise<void>((r) => setTimeout(r, 0));

export interface SessionOptions {
  /** Today's date for overdue checks; default the local date. */
  today?: () => string;
  now?: () => Date;
}

export function useWorkbookSession(host: WorkbookHost, options: SessionOptions = {}): WorkbookSession {
  const [state, setState] = useState<SessionState>({ phase: 'idle', problems: [] });
  const busyRef = useRef(false);
  const mounted = useRef(true);
  const stateRef = useRef(state);
  stateRef.current = state;
  const optsRef = useRef(options);
  optsRef.current = options;

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const update = useCallback((patch: Partial<SessionState> | ((s: SessionState) => SessionState)) => {
    if (!mounted.current) return;
    setState((s) => (typeof patch === 'function' ? patch(s) : { ...s, ...patch }));
  }, []);

  const today = () => (optsRef.current.today ?? todayIso)();
  const now = () => (optsRef.current.now ?? (() => new Date()))();

  /** Runs one action; only one at a time. Errors land in state.error, never thrown to the UI. */
  const exclusive = useCallback(
    async (phase: 'reading' | 'running', body: (step: (s: Step) => void) => Promise<Partial<SessionState>>) => {
      if (busyRef.current) return;
      busyRef.current = true;
      const step = (s: Step) => update({ step: s, announcement: STEP_TEXT[s] });
      update({ phase, error: undefined, step: undefined });
      try {
        const patch = await body(step);
        update((s) => ({ ...s, phase: 'ready', step: undefined, ...patch }));
      } catch (e) {
        update((s) => ({
          ...s,
          phase: 'error',
          step: undefined,
          error: userErrorOf(e),
          announcement: both((x) => x.errorTitle),
        }));
      } finally {
        busyRef.current = false;
      }
    },
    [update],
  );

  const readAndAnalyze = async (step: (s: Step) => void) => {
    step('reading');
    const snapshot = await host.read();
    step('checking');
    await yieldToPaint();
    const analysis = analyze(snapshot, today());
    return { snapshot, analysis, problems: analysis.problems };
  };

  const load = useCallback(
    () =>
      exclusive('reading', async (step) => {
        const read = await readAndAnalyze(step);
        return { ...read, announcement: both((s) => s.ready) };
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- readAndAnalyze is rebuilt each render but uses only `host`, listed here
    [host, exclusive],
  );

  const open = useCallback(
    (opener: () => Promise<void>) =>
      exclusive('reading', async (step) => {
        step('reading');
        await opener();
        const read = await readAndAnalyze(step);
        return { ...read, last: undefined, announcement: both((s) => s.ready) };
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- readAndAnalyze is rebuilt each render but uses only `host`, listed here
    [host, exclusive],
  );

  const recompute = useCallback(
    (lang: Lang) =>
      exclusive('running', async (step) => {
        const { snapshot, analysis } = await readAndAnalyze(step);
        step('writing');
        const results = planRecompute(analysis, snapshot, { computedAt: now().toISOString(), lang });
        // Keep what was read even if writing fails: the problems are still worth showing.
        update({ snapshot, analysis, problems: results.problems });
        const wroteNothing = isEmptyPlan(results.plan); // e.g. a user's own sheet bears the summary's name
        const { skipped } = wroteNothing ? { skipped: [] } : await host.apply(results.plan);
        const a = results.wroteResults ? analysis.assessment : undefined;
        const errors = errorCount(results.problems);
        const last: LastRun = {
          kind: 'recompute',
          at: now().toISOString(),
          skipped,
          errors,
          ...(a ? { total: a.totalShown, grade: a.grade } : {}),
        };
        const announcement = a
          ? both((s) => s.done(format2(a.total), a.grade))
          : both((s) => (wroteNothing ? s.doneNothingWritten(errors) : s.doneWithErrors(errors)));
        return { last, announcement };
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- readAndAnalyze is rebuilt each render but uses only `host`, listed here
    [host, exclusive, update],
  );

  /**
   * Apply a plan, then read and analyze again. The plan is built from a fresh read (the user
   * may have typed in the workbook meanwhile), or, with `shown`, from the analysis on screen:
   * the one the user confirmed.
   */
  const applyThenReload = useCallback(
    (
      kind: ActionKind,
      build: (a: AnalysisWithSources, snap: WorkbookSnapshot) => WritePlan,
      extra: Partial<LastRun>,
      done: Bilingual,
      shown = false,
    ) =>
      exclusive('running', async (step) => {
        let { analysis, snapshot } = shown ? stateRef.current : { analysis: undefined, snapshot: undefined };
        if (!analysis || !snapshot) ({ analysis, snapshot } = await readAndAnalyze(step));
        step('writing');
        const { skipped } = await host.apply(build(analysis, snapshot));
        const fresh = await readAndAnalyze(step);
        return { ...fresh, last: { kind, at: now().toISOString(), skipped, ...extra }, announcement: done };
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- readAndAnalyze is rebuilt each render but uses only `host`, listed here
    [host, exclusive],
  );

  const createMissingSheets = useCallback(
    (lang: Lang) =>
      applyThenReload(
        'missing-sheets',
        (a, snap) => planCreateMissing(a, snap, lang),
        {},
        both((s) => s.createdMissing),
      ),
    [applyThenReload],
  );

  const convertNumbers = useCallback(() => {
    const n = stateRef.current.analysis?.textNumbers.length ?? 0;
    // The cells the user was shown and confirmed; each is changed only if it still holds what was shown.
    return applyThenReload(
      'number-fix',
      (a) => planConvertNumbers(a),
      { count: n },
      both((s) => s.numberFixDone(n)),
      true,
    );
  }, [applyThenReload]);

  const addMeasure = useCallback(
    (measure: NewMeasure, lang: Lang) =>
      applyThenReload(
        'add-measure',
        (a, snap) => planAddMeasure(a, snap, measure, lang),
        { measure: measure.measure },
        both((s) => s.addedToMeasures),
      ),
    [applyThenReload],
  );

  const select = useCallback(
    async (sheet: string, cell: string) => {
      try {
        await host.select(sheet, cell);
      } catch (e) {
        update({ phase: 'error', error: userErrorOf(e) });
      }
    },
    [host, update],
  );

  const dismissError = useCallback(
    () =>
      update((s) => ({
        ...s,
        error: undefined,
        phase: s.phase === 'error' ? (s.analysis ? 'ready' : 'idle') : s.phase,
      })),
    [update],
  );

  return {
    ...state,
    busy: state.phase === 'reading' || state.phase === 'running',
    load,
    open,
    recompute,
    createMissingSheets,
    convertNumbers,
    addMeasure,
    select,
    dismissError,
  };
}
