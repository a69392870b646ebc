/**
 * Starts the analysis worker (analysis.worker.ts). `new Worker(new URL(…, import.meta.url))` is
 * the form webpack turns into a chunk of its own with the right URL; jest, which has no workers
 * and no import.meta, maps this module to test/helpers/no-worker.ts.
 */
export function newAnalysisWorker(): Worker {
  return new Worker(/* webpackChunkName: "analysis" */ new URL('./analysis.worker.ts', import.meta.url));
}
