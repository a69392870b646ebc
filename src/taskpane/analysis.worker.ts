/**
 * The analysis off the pane's UI thread: a dedicated worker that runs analyzeWorkbook on the
 * snapshot it is sent and posts the result back. The desktop restarts an add-in whose pane stops
 * answering for about 5 s, and a 100,000-row workbook takes seconds to analyse; here that time
 * no longer blocks clicks, scrolling or Office's own messages. Built by webpack as a chunk of its
 * own (analysis-worker.ts), served from the pane's origin, so the pages' policy (script-src
 * 'self') allows it. Messages: { id, snapshot, today } in, { id, analysis } or { id, failed } out.
 */
import { analyzeWorkbook } from '../workbook/analyze';
import type { AnalysisRequest, AnalysisResponse } from './analyze';

const scope = self as unknown as {
  addEventListener(type: 'message', listener: (e: MessageEvent<AnalysisRequest>) => void): void;
  postMessage(message: AnalysisResponse): void;
};

scope.addEventListener('message', (e) => {
  const { id, snapshot, today } = e.data;
  try {
    scope.postMessage({ id, analysis: analyzeWorkbook(snapshot, { today }) });
  } catch (err) {
    // The pane analyses again on its own thread, where the error is shown as usual.
    scope.postMessage({ id, failed: err instanceof Error ? err.message : String(err) });
  }
});
