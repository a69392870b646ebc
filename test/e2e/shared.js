/**
 * What the end-to-end scripts share: paths, the Chromium they drive, failure reporting, the
 * "nothing leaves localhost" test, and the engine's own figures for a workbook.
 *
 *   run.js          the pane in browser mode (office.js blocked)
 *   office-host.js  the pane in Excel mode against a fake Office.js (fake-office/)
 */
'use strict';

const path = require('path');
const { spawnSync } = require('child_process');
const { chromium } = require('playwright-core');

const ROOT = path.join(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const SAMPLE = path.join(ROOT, 'assets', 'sample', 'sample.xlsx');
const RESULTS = path.join(ROOT, 'test-results');
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

/**
 * Opens one of the pane's tabs as a user does: the tab itself, or, when it does not fit on the
 * line, the "more tabs" menu and the tab's entry there.
 */
async function openTab(page, name) {
  const tab = page.getByRole('tab', { name });
  if ((await tab.count()) > 0 && (await tab.first().isVisible())) return tab.first().click();
  await page.getByRole('tab', { name: /^(แท็บอื่นอีก|\d+ more tab)/ }).click();
  await page.getByRole('menuitemradio', { name }).click();
}

module.exports = {
  openTab,
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
