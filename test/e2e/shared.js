/**
 * What the end-to-end scripts share: paths, the start-up every script makes (the build and
 * Chromium are there, dist/ served, the browser launched), browser contexts in which nothing
 * leaves localhost, the fake Office.js answering for office.js, the scenario loop, the axe-core
 * scan, failure reporting and the engine's own figures for a workbook.
 *
 *   run.js          the pane in browser mode (office.js blocked)
 *   office-host.js  the pane in Excel mode against the Office.js stand-in (test/stand-in/)
 *   hosts.js        the boot guard on old webviews, a slow office.js, the contract checks page
 *   planner-walk.js, survey.js, area-view.js  a planner's walks through the pane
 *   ui-thread.js    how long the UI thread is blocked during a large recompute
 */
'use strict';

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { chromium } = require('playwright-core');
const { serve } = require('../../scripts/serve-dist');

const ROOT = path.join(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const SAMPLE = path.join(ROOT, 'assets', 'sample', 'sample.xlsx');
const { RESULTS } = require('../results-dir');
const { fakeOfficeScript } = require('../stand-in/browser-script');
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
/** No background traffic from the browser itself: the only requests are the page's. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const TIMEOUT = 20_000;

class E2EFailure extends Error {}

/** Debian's Chromium as every script drives it (E2E_HEADED=1 to watch). */
function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM, headless: process.env.E2E_HEADED !== '1', args: CHROMIUM_ARGS });
}

function fail(message) {
  throw new E2EFailure(message);
}

function check(condition, message) {
  if (!condition) fail(message);
}

function isLocal(url) {
  try {
    const u = new URL(url);
    return (
      (u.protocol === 'http:' || u.protocol === 'https:') && (u.hostname === 'localhost' || u.hostname === '127.0.0.1')
    );
  } catch {
    return false;
  }
}

/** What the engine computes for the file: the command line's --json output. */
function engineResult(file, tmp) {
  const out = path.join(tmp, 'cli.ita.xlsx');
  const run = spawnSync(
    process.execPath,
    [path.join(ROOT, 'bin', 'ita-planner.js'), 'recompute', file, '--json', '-o', out],
    {
      encoding: 'utf8',
    },
  );
  let json;
  try {
    json = JSON.parse(run.stdout);
  } catch {
    fail(`the CLI did not print JSON for ${file} (exit ${run.status}): ${run.stderr || run.stdout}`);
  }
  const r = json.result || json;
  check(
    typeof r.total === 'number' && typeof r.grade === 'string',
    `the CLI's JSON has no result.total / result.grade: ${run.stdout.slice(0, 300)}`,
  );
  return { total: r.total.toFixed(2), grade: r.grade };
}

async function waitEnabled(locator, what) {
  await locator.waitFor({ state: 'visible', timeout: TIMEOUT });
  const until = Date.now() + TIMEOUT;
  while (!(await locator.isEnabled())) {
    if (Date.now() > until) fail(`${what} stayed disabled for ${TIMEOUT / 1000} s`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Opens one of the pane's tabs as a user does: every tab is on screen (see tabsReadable). */
async function openTab(page, name) {
  await page.getByRole('tab', { name }).click();
}

/**
 * What a planner must see of the tab list at any pane width (320 px is Excel's default on Windows):
 * every tab in `names` (regular expressions, in the pane's order) on screen, none in a "more" menu
 * nor scrolled or clipped out of the pane, no other tab beside them, and each label whole: neither
 * the tab nor any clipping box inside it narrower than its text (scrollWidth > clientWidth is the cut
 * "Pre-assessmen" of session 6). Returns how many rows the tabs take.
 */
async function tabsReadable(page, names, what) {
  const cut = [];
  const count = await page.getByRole('tab').count();
  if (count !== names.length) cut.push(`${count} tabs on screen, ${names.length} expected (a "more" menu?)`);
  const tops = new Set();
  for (const name of names) {
    const tab = page.getByRole('tab', { name });
    if ((await tab.count()) !== 1 || !(await tab.isVisible())) {
      cut.push(`${name} is not on screen`);
      continue;
    }
    const found = await tab.evaluate((t) => {
      const r = t.getBoundingClientRect();
      const list = t.closest('[role=tablist]').getBoundingClientRect();
      const left = Math.max(0, list.left) - 0.5;
      const right = Math.min(document.documentElement.clientWidth, list.right) + 0.5;
      // Only a box that clips can cut text (the selected tab's sliding indicator overflows its
      // tab while it moves, which cuts nothing).
      const boxes = [t, ...t.querySelectorAll('*')].filter(
        (e) => e.clientWidth > 0 && getComputedStyle(e).overflowX !== 'visible',
      );
      const narrow = boxes.filter((e) => e.scrollWidth > e.clientWidth).map((e) => `${e.scrollWidth}>${e.clientWidth}`);
      return { top: Math.round(r.top), outside: r.left < left || r.right > right, narrow, text: t.innerText };
    });
    tops.add(found.top);
    if (found.outside) cut.push(`"${found.text}" runs out of the tab list`);
    if (found.narrow.length > 0) cut.push(`"${found.text}" is cut (${found.narrow.join(', ')})`);
  }
  check(cut.length === 0, `${what}: ${cut.join('; ')}`);
  return tops.size;
}

/** What every script checks before it starts: the build and Chromium are there; the results folder exists. */
function preflight() {
  check(
    fs.existsSync(path.join(DIST, 'taskpane.html')),
    'dist/taskpane.html is missing: run `npm run build:test` first',
  );
  check(fs.existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM=...)`);
  fs.mkdirSync(RESULTS, { recursive: true });
}

/** dist/ served on a free localhost port and Chromium launched: { server, browser, close() }. */
async function startBrowser() {
  const server = await serve(DIST, 0);
  const browser = await launchChromium();
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * A browser context in which nothing leaves the machine: every request that is not to localhost
 * is refused (office.js included, unless a page answers it with the fake: page routes come
 * first). Each URL asked for is pushed to every list in `logs`.
 */
async function offlineContext(browser, options, ...logs) {
  const context = await browser.newContext(options);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    for (const log of logs) log.push(url);
    return isLocal(url) ? route.continue() : route.abort('internetdisconnected');
  });
  return context;
}

const FAKE_OFFICE_JS = fakeOfficeScript();

/**
 * office.js answered with the stand-in (test/stand-in/fake-office.js and its parts, as one script:
 * test/stand-in/browser-script.js), which reads `config` at load.
 */
async function useFakeOffice(page, config) {
  await page.route(OFFICE_CDN, (route) =>
    route.fulfill({ status: 200, contentType: 'application/javascript', body: FAKE_OFFICE_JS }),
  );
  await page.addInitScript((cfg) => {
    window.__FAKE_OFFICE_CONFIG__ = cfg;
  }, config);
}

/**
 * Runs `scenarios` ([name, fn(env)] pairs, or only those named in E2E_ONLY) one by one, each
 * closing the browser contexts it opened; a page's `__paneErrors` count as the scenario's
 * failures. Then checks that no request left localhost (office.js aside, which the fake answers).
 * Returns { scenarios: { name: { ok, ms, error? } }, failures, ...what the scenarios returned }.
 */
async function runScenarios(env, scenarios) {
  const only = process.env.E2E_ONLY ? process.env.E2E_ONLY.split(',').map((s) => s.trim()) : null;
  const report = { scenarios: {} };
  const failures = [];
  for (const [name, scenario, id = name] of scenarios) {
    if (only && !only.includes(id)) continue;
    const t0 = Date.now();
    const contextsBefore = env.browser.contexts().length;
    try {
      Object.assign(report, await scenario(env));
      report.scenarios[name] = { ok: true, ms: Date.now() - t0 };
    } catch (e) {
      const message = e instanceof E2EFailure ? e.message : e && e.stack ? e.stack : String(e);
      failures.push(`${name}: ${message}`);
      report.scenarios[name] = { ok: false, ms: Date.now() - t0, error: message.split('\n')[0] };
    } finally {
      // Each scenario's page errors, then close what it opened.
      for (const ctx of env.browser.contexts().slice(contextsBefore)) {
        for (const p of ctx.pages()) {
          const errs = p.__paneErrors || [];
          if (errs.length) failures.push(`${name}: ${errs.join(' | ')}`);
        }
        await ctx.close();
      }
    }
  }
  const foreign = [...new Set(env.attempted.filter((u) => !isLocal(u) && u !== OFFICE_CDN))];
  if (foreign.length > 0) failures.push(`requests left localhost: ${foreign.join(', ')}`);
  report.failures = failures;
  return report;
}

const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core on the page: no serious or critical violation. Returns how many lesser ones it found. */
async function axeScan(page, what) {
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    // Fluent's focus manager (tabster) puts 1 px focusable <i data-tabster-dummy aria-hidden> at
    // the edges of the tab list and menus, to hand focus on; axe's aria-hidden-focus counts them
    // (microsoft/tabster#288, "by design" for Fluent, excluded by Accessibility Insights too).
    // Only those elements are left out of the scan.
    // eslint-disable-next-line no-undef -- axe is the global the script evaluated above defines
    const r = await axe.run(
      { include: [document], exclude: [['[data-tabster-dummy]']] },
      { resultTypes: ['violations'] },
    );
    if (r.passes.length < 10) return { ran: r.passes.length };
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
  check(Array.isArray(result), `axe-core hardly ran on ${what}: ${JSON.stringify(result)}`);
  const bad = result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  check(bad.length === 0, `axe-core on ${what}: ${JSON.stringify(bad)}`);
  return result.length;
}

module.exports = {
  preflight,
  startBrowser,
  offlineContext,
  useFakeOffice,
  runScenarios,
  axeScan,
  openTab,
  tabsReadable,
  launchChromium,
  ROOT,
  DIST,
  SAMPLE,
  RESULTS,
  OFFICE_CDN,
  CHROMIUM,
  CHROMIUM_ARGS,
  TIMEOUT,
  E2EFailure,
  fail,
  check,
  isLocal,
  engineResult,
  waitEnabled,
};
