/**
 * The pane's analysis in a Web Worker (src/taskpane/analyze.ts, analysis.worker.ts): the same
 * result as on the UI thread after the structured clone both ways, one worker for every
 * analysis, and the UI thread whenever the worker cannot start, breaks, or fails on a workbook.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  AnalysisRequest,
  AnalysisResponse,
  WorkerLike,
  analyzeHere,
  analyzeInWorker,
} from '../../src/taskpane/analyze';
import { analyzeWorkbook } from '../../src/workbook';
import type { WorkbookSnapshot } from '../../src/workbook/snapshot';
import { loadXlsx, readWorkbook } from '../../src/xlsx/read';

const TODAY = '2023-09-30';
let sample: WorkbookSnapshot;
beforeAll(async () => {
  sample = readWorkbook(await loadXlsx(fs.readFileSync(path.join(__dirname, '../../assets/sample/sample.xlsx'))));
});

type Listener = (e: { data: unknown }) => void;

/** A worker that runs `handle` on a clone of each message and answers with a clone, later, as a browser does. */
function fakeWorker(handle: (req: AnalysisRequest) => AnalysisResponse | 'crash') {
  const listeners: Record<string, Listener[]> = {};
  const emit = (type: string, data?: unknown) => (listeners[type] ?? []).forEach((l) => l({ data }));
  const worker: WorkerLike & { posted: number; terminated: boolean } = {
    posted: 0,
    terminated: false,
    addEventListener: ((type: string, l: Listener) => {
      (listeners[type] ??= []).push(l);
    }) as unknown as WorkerLike['addEventListener'],
    postMessage: ((msg: AnalysisRequest) => {
      worker.posted++;
      const req = structuredClone(msg);
      setTimeout(() => {
        const res = handle(req);
        if (res === 'crash') emit('error');
        else emit('message', structuredClone(res));
      }, 0);
    }) as WorkerLike['postMessage'],
    terminate: () => {
      worker.terminated = true;
    },
  };
  return worker;
}

describe('analysis off the UI thread', () => {
  it('gives what the UI thread gives, through one worker for every analysis', async () => {
    const worker = fakeWorker(({ id, snapshot, today }) => ({ id, analysis: analyzeWorkbook(snapshot, { today }) }));
    const makeWorker = jest.fn(() => worker);
    const analyze = analyzeInWorker(makeWorker);
    const here = await analyzeHere(sample, { today: TODAY });
    const [a, b] = await Promise.all([analyze(sample, { today: TODAY }), analyze(sample, { today: TODAY })]);
    // toEqual: structuredClone builds objects of Node's realm, not jest's, so toStrictEqual's
    // constructor check would differ on every object; the values are what matters.
    expect(a).toEqual(here);
    expect(b).toEqual(here);
    expect(a.assessment?.totalShown).toBe(89.03);
    expect(makeWorker).toHaveBeenCalledTimes(1);
    expect(worker.posted).toBe(2);
  });

  it('runs on the UI thread when no worker starts (no Worker, or the page policy refuses it), and stops trying', async () => {
    const makeWorker = jest.fn((): WorkerLike => {
      throw new Error('SecurityError: worker-src');
    });
    const analyze = analyzeInWorker(makeWorker);
    expect((await analyze(sample, { today: TODAY })).assessment?.totalShown).toBe(89.03);
    await analyze(sample, { today: TODAY });
    expect(makeWorker).toHaveBeenCalledTimes(1);
  });

  it('runs on the UI thread when the worker breaks, and from then on', async () => {
    const worker = fakeWorker(() => 'crash');
    const makeWorker = jest.fn(() => worker);
    const analyze = analyzeInWorker(makeWorker);
    expect((await analyze(sample, { today: TODAY })).assessment?.totalShown).toBe(89.03);
    expect(worker.terminated).toBe(true);
    await analyze(sample, { today: TODAY });
    expect([makeWorker.mock.calls.length, worker.posted]).toEqual([1, 1]);
  });

  it('analyses again on the UI thread when the worker fails on one workbook, so its error shows as usual', async () => {
    const worker = fakeWorker(({ id }) => ({ id, failed: 'boom' }));
    const analyze = analyzeInWorker(() => worker);
    expect((await analyze(sample, { today: TODAY })).assessment?.totalShown).toBe(89.03);
    expect(worker.terminated).toBe(false);
  });

  it('the worker script answers each request with the analysis, or says it failed', async () => {
    const posted: AnalysisResponse[] = [];
    let listener: ((e: { data: AnalysisRequest }) => void) | undefined;
    const scope = globalThis as unknown as { self?: unknown };
    const saved = scope.self;
    scope.self = {
      addEventListener: (_type: string, l: typeof listener) => (listener = l),
      postMessage: (m: AnalysisResponse) => posted.push(m),
    };
    try {
      await import('../../src/taskpane/analysis.worker');
    } finally {
      scope.self = saved;
    }
    listener!({ data: { id: 7, snapshot: sample, today: TODAY } });
    listener!({ data: { id: 8, snapshot: null as unknown as WorkbookSnapshot, today: TODAY } });
    expect(posted[0]).toStrictEqual({ id: 7, analysis: analyzeWorkbook(sample, { today: TODAY }) });
    expect(posted[1]).toMatchObject({ id: 8, failed: expect.any(String) });
  });
});
