/**
 * The task pane's one piece of logic with state: the workbook session.
 * read → analyze → plan → apply, through whatever WorkbookHost it is given,
 * with a phase the UI shows (idle / reading / ready / running / error).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { format2 } from '../domain/decimal';
import type { Bilingual, Lang } from '../domain/text';
import { errorCount, Problem } from '../domain/problem';
import type { WorkbookHost } from '../workbook/host';
import { isEmptyPlan, WritePlan } from '../workbook/plan';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { ownedSheet } from '../workbook/owned';
import { userErrorOf } from './errors';
import { planAppendMeasure, planMissingSheets, planNumberFix, planResults } from '../workbook';
import { analyzeHere } from './analyze';
import type { NewMeasure } from '../workbook';
import type { AnalysisWithSources } from '../workbook/analyze';
import { bilingual as both } from './strings';
import { todayIso } from './format';
import type { ActionKind, LastRun, SessionOptions, SessionState, Step, WorkbookSession } from './session-types';

const STEP_TEXT: Record<Step, Bilingual> = {
  reading: both((s) => s.stepReading),
  checking: both((s) => s.stepChecking),
  writing: both((s) => s.stepWriting),
};

const joined = (a: Bilingual, b: Bilingual): Bilingual => ({ th: `${a.th} ${b.th}`, en: `${a.en}. ${b.en}` });

/** After a read: ready to compute, or, with errors, how many stand in the way (never "ready" beside them). */
function readyText(problems: readonly Problem[]): Bilingual {
  const n = errorCount(problems);
  return n === 0 ? both((s) => s.ready) : both((s) => s.readyWithErrors(n));
}

/** Lets React paint the step text before synchronous work (analysis) starts. */
const yieldToPaint = () => new Promise<void>((r) => setTimeout(r, 0));

export function useWorkbookSession(host: WorkbookHost, options: SessionOptions = {}): WorkbookSession {
  const [state, setState] = useState<SessionState>({ phase: 'idle', problems: [], resultsCurrent: false });
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

  /**
   * Runs one action; only one at a time. One asked for while another runs is refused, and the
   * pane says so (`refused`) until the running one ends. Errors land in state.error, never
   * thrown to the UI.
   */
  const exclusive = useCallback(
    async (phase: 'reading' | 'running', body: (step: (s: Step) => void) => Promise<Partial<SessionState>>) => {
      if (busyRef.current) {
        update({ refused: both((s) => s.refusedBusy) });
        return;
      }
      busyRef.current = true;
      const step = (s: Step) => update({ step: s, announcement: STEP_TEXT[s] });
      update({ phase, error: undefined, step: undefined, refused: undefined });
      try {
        const patch = await body(step);
        update((s) => ({ ...s, phase: 'ready', step: undefined, refused: undefined, ...patch }));
      } catch (e) {
        update((s) => ({
          ...s,
          phase: 'error',
          step: undefined,
          refused: undefined,
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
    const analysis = await (optsRef.current.analyze ?? analyzeHere)(snapshot, { today: today() });
    return { snapshot, analysis, problems: analysis.problems };
  };

  const load = useCallback(
    () =>
      exclusive('reading', async (step) => {
        const read = await readAndAnalyze(step);
        return { ...read, announcement: readyText(read.problems) };
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
        return { ...read, last: undefined, resultsCurrent: false, announcement: readyText(read.problems) };
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- readAndAnalyze is rebuilt each render but uses only `host`, listed here
    [host, exclusive],
  );

  /** Read (unless just read), analyze, write the results (or, with errors, the problems sheet only). */
  const recomputeNow = async (
    step: (s: Step) => void,
    lang: Lang,
    read?: { snapshot: WorkbookSnapshot; analysis: AnalysisWithSources },
  ) => {
    const { snapshot, analysis } = read ?? (await readAndAnalyze(step));
    step('writing');
    const results = planResults(analysis, snapshot, { computedAt: now().toISOString(), lang });
    // After another action (a measure added), the sheet that action showed stays in front.
    if (read) delete results.plan.activate;
    // Keep what was read even if writing fails: the problems are still worth showing.
    update({ snapshot, analysis, problems: results.problems, resultsCurrent: false });
    const wroteNothing = isEmptyPlan(results.plan); // e.g. a user's own sheet bears the summary's name
    const { skipped } = wroteNothing ? { skipped: [] } : await host.apply(results.plan);
    const a = results.wroteResults ? analysis.assessment : undefined;
    const area = results.wroteResults ? analysis.area?.result.area : undefined;
    const surveyAlone = results.wroteResults && !a && !area ? analysis.survey?.result : undefined;
    const errors = errorCount(results.problems);
    const last: LastRun = {
      kind: 'recompute',
      at: now().toISOString(),
      skipped,
      errors,
      ...(a ? { total: a.totalShown, grade: a.grade } : {}),
      ...(area ? { area: true } : {}),
      ...(surveyAlone ? { survey: true } : {}),
    };
    const announcement = a
      ? both((s) => s.done(format2(a.total), a.grade))
      : area
        ? {
            th: `คำนวณแล้ว: ${area.count} หน่วยงาน คะแนนเฉลี่ย ${format2(area.meanShown)} ต่ำกว่าเป้าหมาย ${area.belowTarget} แห่ง`,
            en: `Done: ${area.count} agencies, mean ${format2(area.meanShown)}, ${area.belowTarget} below the target`,
          }
        : surveyAlone
          ? both((s) => s.doneSurveyAlone(surveyTools(surveyAlone)))
          : errors === 0
            ? both((s) => s.doneNoScores)
            : both((s) => (wroteNothing ? s.doneNothingWritten(errors) : s.doneWithErrors(errors)));
    return { last, announcement, resultsCurrent: !!a || !!area || !!surveyAlone };
  };

  const recompute = useCallback(
    (lang: Lang) => exclusive('running', (step) => recomputeNow(step, lang)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- recomputeNow is rebuilt each render but uses only `host`, listed here
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
      opts: { shown?: boolean; lang?: Lang } = {},
    ) =>
      exclusive('running', async (step) => {
        let { analysis, snapshot } = opts.shown ? stateRef.current : { analysis: undefined, snapshot: undefined };
        if (!analysis || !snapshot) ({ analysis, snapshot } = await readAndAnalyze(step));
        step('writing');
        const { skipped } = await host.apply(build(analysis, snapshot));
        const fresh = await readAndAnalyze(step);
        const last: LastRun = { kind, at: now().toISOString(), skipped, ...extra };
        // A summary or problems sheet already in the workbook would now be out of date: recompute
        // it at once, so the workbook (and a download) holds what the pane shows.
        const ours = ownedSheet(fresh.snapshot, 'summary') ?? ownedSheet(fresh.snapshot, 'problems');
        if (opts.lang && ours) {
          const r = await recomputeNow(step, opts.lang, fresh);
          const { total, grade } = r.last;
          const result =
            total !== undefined && grade ? both((s) => s.summaryUpdated(format2(total), grade)) : r.announcement;
          return {
            resultsCurrent: r.resultsCurrent,
            last: { ...last, skipped: [...skipped, ...r.last.skipped], recomputed: true, errors: r.last.errors },
            announcement: joined(done, result),
          };
        }
        return { ...fresh, last, resultsCurrent: false, announcement: done };
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- readAndAnalyze is rebuilt each render but uses only `host`, listed here
    [host, exclusive, update],
  );

  const createMissingSheets = useCallback(
    (lang: Lang) =>
      applyThenReload(
        'missing-sheets',
        (a, snap) => planMissingSheets(a, snap, lang),
        {},
        both((s) => s.createdMissing),
      ),
    [applyThenReload],
  );

  const convertNumbers = useCallback(
    (lang: Lang) => {
      const n = stateRef.current.analysis?.textNumbers.length ?? 0;
      // The cells the user was shown and confirmed; each is changed only if it still holds what was shown.
      return applyThenReload(
        'number-fix',
        (a) => planNumberFix(a),
        { count: n },
        both((s) => s.numberFixDone(n)),
        { shown: true, lang },
      );
    },
    [applyThenReload],
  );

  const addMeasure = useCallback(
    (measure: NewMeasure, lang: Lang) =>
      applyThenReload(
        'add-measure',
        (a, snap) => planAppendMeasure(a, snap, measure, lang),
        { measure: measure.measure },
        both((s) => s.addedToMeasures),
        { lang },
      ),
    [applyThenReload],
  );

  const download = useCallback(
    (lang: Lang, save: () => Promise<string>) =>
      exclusive('running', async (step) => {
        // Never the unchanged input named as the result: recompute first unless the summary is current.
        const r = stateRef.current.resultsCurrent ? undefined : await recomputeNow(step, lang);
        const file = await save();
        const at = now().toISOString();
        const errors = r?.last.errors ?? 0;
        const wroteResults = !r || r.resultsCurrent;
        return {
          ...(r ? { resultsCurrent: r.resultsCurrent } : {}),
          last: r ? { ...r.last, kind: 'download', at, file } : { kind: 'download', at, skipped: [], file },
          announcement: wroteResults
            ? both((s) => (r ? s.downloadedRecomputed(file) : s.downloaded(file)))
            : both((s) => s.downloadedProblemsOnly(file, errors)),
        };
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- recomputeNow is rebuilt each render but uses only `host`, listed here
    [host, exclusive],
  );

  // The status line keeps what it said (e.g. the total, which a report does not change), in
  // either language: no step text replaces it meanwhile, so it is neither emptied nor said again.
  // An error's title goes with the error bar, which every action closes.
  const task = useCallback(
    (body: () => Promise<{ reload: boolean }>) => {
      const said = stateRef.current.phase === 'error' ? undefined : stateRef.current.announcement;
      return exclusive('running', async () => {
        const { reload } = await body();
        return { ...(reload ? await readAndAnalyze(() => undefined) : {}), announcement: said };
      });
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- readAndAnalyze is rebuilt each render but uses only `host`, listed here
    [host, exclusive],
  );

  const select = useCallback(
    async (sheet: string, cell: string) => {
      try {
        await host.select(sheet, cell);
      } catch (e) {
        update({ phase: 'error', error: userErrorOf(e), announcement: both((x) => x.errorTitle) });
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
    download,
    task,
    select,
    dismissError,
  };
}

/** "IIT 77.63 · EIT 72.91": the surveyed tools' pre-assessment scores. */
function surveyTools(r: { tools: readonly { id: string; shown?: number }[] }): string {
  return r.tools
    .filter((t) => t.shown !== undefined)
    .map((t) => `${t.id} ${format2(t.shown!)}`)
    .join(' · ');
}
