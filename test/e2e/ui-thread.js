#!/usr/bin/env node
/**
 * How long the pane's UI thread is blocked while a 100,000-row workbook is recomputed, in Excel
 * mode against the fake Office.js, in Debian's Chromium:
 *
 *   npm run build:test && node test/e2e/ui-thread.js
 *
 * The desktop restarts an add-in whose pane does not answer for about 5 s. The workbook is the
 * bundled sample with its Measures sheet grown to 100,000 rows. Two runs of the same build:
 *   worker  the analysis in its Web Worker (src/taskpane/analyze.ts), as shipped;
 *   here    the worker's script refused (as a page policy or a failed download would), so the
 *           pane falls back to analysing on its UI thread, as before the worker.
 * Each run opens the pane (first read and analysis), then presses Recompute, and measures from
 * the click until the total shows: Chromium's long tasks (over 50 ms) on the page's thread, the
 * longest one, and the largest gap between the ticks of a 20 ms timer (what a click would wait).
 * Checks that the worker run analysed off the thread and blocks less than the fallback, and that
 * both show the same total. Prints one JSON line, also saved as <results>/e2e-ui-thread.json
 * (scripts/bench.js puts it in BENCHMARK.md).
 */
'use strict';

const fs = require('fs');
const path = require('path');
const {
  SAMPLE,
  RESULTS,
  E2EFailure,
  check,
  fail,
  isLocal,
  preflight,
  startBrowser,
  useFakeOffice,
} = require('./shared');
const { workbookJson } = require('../stand-in/workbook-json');
const ROWS = Number(process.env.UI_THREAD_ROWS || 100_000);
const TIMEOUT = 10 * 60_000;
const MEASURES = 'มาตรการ';

/** The sample with its Measures sheet grown to `rows` rows (the sample's rows repeated). */
async function bigWorkbook(rows) {
  const wb = await workbookJson(SAMPLE);
  const sheet = wb.sheets.find((s) => s.name === MEASURES);
  check(sheet, `the sample has no ${MEASURES} sheet`);
  const [header, ...body] = sheet.values;
  const values = [header];
  for (let i = 0; i < rows; i++) {
    const row = [...body[i % body.length]];
    row[0] = `${row[0]} (${i + 1})`;
    values.push(row);
  }
  sheet.values = values;
  delete sheet.formulas; // plain values: the fake repeats each value as its formula
  return wb;
}

/** Collects long tasks and timer gaps from page start; `__uiReset()` starts a new measurement. */
function instrument() {
  window.__ui = { tasks: [], maxGap: 0, last: performance.now() };
  window.__uiReset = () => {
    window.__ui.tasks = [];
    window.__ui.maxGap = 0;
    window.__ui.last = performance.now();
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__ui.tasks.push(Math.round(e.duration));
  }).observe({ entryTypes: ['longtask'] });
  setInterval(() => {
    const now = performance.now();
    window.__ui.maxGap = Math.max(window.__ui.maxGap, now - window.__ui.last);
    window.__ui.last = now;
  }, 20);
}

async function run(env, mode) {
  const context = await env.browser.newContext({ viewport: { width: 420, height: 860 }, locale: 'th-TH' });
  const workerRequests = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (/\/analysis\.[0-9a-f]{8}\.js$|\/analysis\.js$/.test(url)) {
      workerRequests.push(url);
      if (mode === 'here') return route.abort('blockedbyclient');
    }
    return isLocal(url) ? route.continue() : route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  await useFakeOffice(page, env.fakeOffice);
  await page.addInitScript(instrument);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${env.server.url}taskpane.html?_host_Info=Excel$Web$16.00$th-TH$$$$0`, { waitUntil: 'commit' });
  const recompute = page.getByRole('button', { name: 'คำนวณใหม่', exact: true });
  await recompute.waitFor({ timeout: TIMEOUT });
  for (let t = Date.now(); !(await recompute.isEnabled());) {
    if (Date.now() - t > TIMEOUT) fail(`${mode}: the recompute button never became enabled`);
    await page.waitForTimeout(200);
  }
  await page.evaluate(() => window.__uiReset());
  const t0 = Date.now();
  await recompute.click();
  const total = page.getByTestId('total');
  await total.waitFor({ timeout: TIMEOUT });
  const ms = Date.now() - t0;
  await page.waitForTimeout(300); // let the last long task be reported
  const ui = await page.evaluate(() => window.__ui);
  const shown = (await total.textContent()).trim();
  await context.close();
  check(errors.length === 0, `${mode}: ${errors.join(' | ')}`);
  return {
    recomputeMs: ms,
    longestTaskMs: Math.max(0, ...ui.tasks),
    blockedMs: ui.tasks.reduce((n, d) => n + Math.max(0, d - 50), 0),
    longTasks: ui.tasks.length,
    maxGapMs: Math.round(ui.maxGap),
    workerRequested: workerRequests.length > 0,
    total: shown,
  };
}

async function main() {
  preflight();
  const env = {
    fakeOffice: { workbook: await bigWorkbook(ROWS), displayLanguage: 'th-TH', latencyMs: 0 },
    ...(await startBrowser()),
  };
  const report = { rows: ROWS };
  try {
    report.here = await run(env, 'here');
    report.worker = await run(env, 'worker');
  } finally {
    await env.close();
  }
  const { here, worker } = report;
  report.ok =
    worker.workerRequested &&
    worker.total === here.total &&
    worker.longestTaskMs < here.longestTaskMs &&
    worker.blockedMs < here.blockedMs;
  console.log(JSON.stringify(report));
  fs.writeFileSync(path.join(RESULTS, 'e2e-ui-thread.json'), JSON.stringify(report, null, 2));
  check(worker.workerRequested, 'the pane never asked for the analysis worker');
  check(worker.total === here.total, `the worker's total ${worker.total} differs from the UI thread's ${here.total}`);
  check(
    worker.longestTaskMs < here.longestTaskMs && worker.blockedMs < here.blockedMs,
    `the worker did not block the UI thread less: ${JSON.stringify({ here, worker })}`,
  );
}

main().catch((e) => {
  console.error(`e2e ui-thread: FAILED\n  ${e instanceof E2EFailure ? e.message : e && e.stack ? e.stack : e}`);
  process.exit(1);
});
