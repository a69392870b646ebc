/** Stands in for src/taskpane/analysis-worker.ts under jest: no Worker, so the pane analyses in-thread. */
export function newAnalysisWorker(): Worker {
  throw new Error('no Web Worker under jest');
}
