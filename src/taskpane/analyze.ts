/**
 * The pane's analysis: in a Web Worker where one can start (analysis.worker.ts), else on the
 * UI thread. The result is the same either way (the analysis is plain data, cloned unchanged).
 * Any trouble with the worker (it cannot start, the page's policy refuses it, it fails or its
 * message cannot be cloned) makes this analysis, and every later one, run on the UI thread.
 */
import { analyzeWorkbook } from '../workbook/analyze';
import type { AnalysisWithSources } from '../workbook/analyze';
import type { WorkbookSnapshot } from '../workbook/snapshot';

export interface AnalysisRequest {
  id: number;
  snapshot: WorkbookSnapshot;
  today: string;
}

export type AnalysisResponse = { id: number; analysis: AnalysisWithSources } | { id: number; failed: string };

export type Analyze = (snapshot: WorkbookSnapshot, options: { today: string }) => Promise<AnalysisWithSources>;

/** On the UI thread. */
export const analyzeHere: Analyze = async (snapshot, { today }) => analyzeWorkbook(snapshot, { today });

/** The smallest part of Worker the analyzer uses (a fake in tests). */
export type WorkerLike = Pick<Worker, 'postMessage' | 'addEventListener' | 'terminate'>;

/**
 * An Analyze that sends each snapshot to one long-lived worker made by `makeWorker` (on first
 * use), one analysis at a time, falling back to the UI thread for good at the first trouble.
 */
export function analyzeInWorker(makeWorker: () => WorkerLike): Analyze {
  let worker: WorkerLike | undefined;
  let broken = false;
  let nextId = 1;
  const waiting = new Map<number, (r: AnalysisResponse | undefined) => void>();

  const giveUp = () => {
    broken = true;
    worker?.terminate();
    worker = undefined;
    for (const resolve of waiting.values()) resolve(undefined);
    waiting.clear();
  };

  const start = (): WorkerLike | undefined => {
    if (broken) return undefined;
    if (worker) return worker;
    try {
      const w = makeWorker();
      w.addEventListener('message', (e: MessageEvent<AnalysisResponse>) => {
        const resolve = waiting.get(e.data.id);
        waiting.delete(e.data.id);
        resolve?.(e.data);
      });
      w.addEventListener('error', giveUp);
      w.addEventListener('messageerror', giveUp);
      worker = w;
      return w;
    } catch {
      broken = true;
      return undefined;
    }
  };

  return async (snapshot, options) => {
    const w = start();
    if (!w) return analyzeHere(snapshot, options);
    const id = nextId++;
    const answer = new Promise<AnalysisResponse | undefined>((resolve) => waiting.set(id, resolve));
    try {
      w.postMessage({ id, snapshot, today: options.today } satisfies AnalysisRequest);
    } catch {
      waiting.delete(id);
      giveUp();
      return analyzeHere(snapshot, options);
    }
    const r = await answer;
    if (r && 'analysis' in r) return r.analysis;
    if (!r) return analyzeHere(snapshot, options); // the worker broke: here, and from now on
    return analyzeHere(snapshot, options); // it failed on this workbook: here the error shows as usual
  };
}
