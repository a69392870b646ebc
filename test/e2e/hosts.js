#!/usr/bin/env node
/**
 * End-to-end test of how the built task pane starts in the webviews Excel uses, in a real browser:
 *
 *   npm run build:test && node test/e2e/hosts.js
 *
 * Serves dist/ on localhost and opens taskpane.html in Debian's Chromium through playwright-core,
 * with every request that leaves localhost refused (office.js is either refused or answered with
 * the stand-in, test/stand-in/). Scenarios, each in a fresh context:
 *   ie11          the user agent of Internet Explorer 11 (Trident, as Office 2016/2019
 *                 volume-licensed use): the boot guard's message in Thai and English, Office.onReady
 *                 called, and no bundle requested
 *   edge-legacy   the user agent of Microsoft Edge Legacy (EdgeHTML): the same
 *   current       a current user agent: the pane starts as before and the guard stays silent
 *   stalled       a bundle that loads but never renders the pane: the watchdog shows the message,
 *                 with the reload hint
 *   slow-office   inside Excel (office.js's host info in the query) with Office.onReady answering
 *                 after 10 s: a reload hint while waiting, then Excel mode; never browser mode
 *   contract      the Office.js contract checks page (dist/contract.html, test builds) against the
 *                 fake: every check reports, those the fake models answer as src/excel assumes
 *
 * Screenshots: <results>/e2e-hosts-*.png. Prints one JSON line (<results>/e2e-hosts.json);
 * exits 1 on any failure. Environment: CHROMIUM, E2E_HEADED=1, E2E_ONLY=ie11,current.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const {
  RESULTS,
  TIMEOUT,
  E2EFailure,
  check,
  fail,
  preflight,
  startBrowser,
  offlineContext,
  useFakeOffice,
  runScenarios,
} = require('./shared');
const { workbookJson } = require('../stand-in/workbook-json');

const UA = {
  // Office 2016 volume-licensed on Windows 10: the Trident webview.
  ie11: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko',
  // Office 2019 retail without WebView2: the EdgeHTML webview.
  edgeLegacy:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041',
};

// What the guard says (src/guard/guard.js). Copied, not imported: the test states what the user must read.
const TEXT = {
  titleTh: 'ITA Planner เปิดในที่นี้ไม่ได้',
  titleEn: 'ITA Planner cannot run here',
  tridentTh: 'Excel รุ่นนี้เปิด add-in ด้วย Internet Explorer 11',
  tridentEn: 'This Excel shows add-ins with Internet Explorer 11',
  edgeTh: 'Microsoft Edge รุ่นเดิม (EdgeHTML)',
  edgeEn: 'Microsoft Edge Legacy (EdgeHTML)',
  worksTh: 'ใช้งานได้ใน: Microsoft 365 บน Windows และ Mac, Office 2021 และ 2024',
  worksEn: 'It runs in: Microsoft 365 on Windows and Mac, Office 2021 and 2024',
  insteadTh: 'บันทึกสมุดงานเป็นไฟล์ .xlsx',
  insteadEn: 'Save the workbook as .xlsx',
  stalledTh: 'ITA Planner ยังไม่แสดงผล ลองโหลดบานหน้าต่างใหม่',
  stalledEn: 'ITA Planner has not appeared. Reload the pane',
};

/** A bundle of ours (vendor, taskpane, commands, the lazy xlsx chunk), as opposed to guard.js. */
const isBundle = (url) => /\/(vendor|taskpane|commands|xlsx)\.[0-9a-f]{8}\.js$|\/(vendor|taskpane|xlsx)\.js$/.test(url);

/** A fresh context and page; office.js refused, or answered by the fake when `fakeOffice` is set. */
async function openPage(env, { userAgent, fakeOffice, routeBundle, query = '', init, file = 'taskpane.html' } = {}) {
  const requests = [];
  const context = await offlineContext(
    env.browser,
    {
      viewport: { width: 420, height: 860 },
      deviceScaleFactor: 1,
      locale: 'th-TH',
      ...(userAgent ? { userAgent } : {}),
    },
    requests,
    env.attempted,
  );
  const page = await context.newPage();
  if (fakeOffice) await useFakeOffice(page, fakeOffice);
  if (routeBundle) await page.route(routeBundle.match, routeBundle.handle);
  if (init) await page.addInitScript(init);
  const errors = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  await page.goto(`${env.server.url}${file}${query}`, { waitUntil: 'commit' });
  return { context, page, requests, errors };
}

/** The guard's message is there, in both languages, with the reason and what to do instead. */
async function checkMessage(page, reasonTh, reasonEn, what) {
  const box = page.locator('#ita-guard');
  await box.waitFor({ timeout: TIMEOUT });
  const th = (await box.locator('[lang=th]').innerText()).replace(/\s+/g, ' ');
  const en = (await box.locator('[lang=en]').innerText()).replace(/\s+/g, ' ');
  for (const t of [TEXT.titleTh, reasonTh, TEXT.worksTh, TEXT.insteadTh])
    check(th.includes(t), `${what}: the Thai message lacks "${t}": ${th}`);
  for (const t of [TEXT.titleEn, reasonEn, TEXT.worksEn, TEXT.insteadEn])
    check(en.includes(t), `${what}: the English message lacks "${t}": ${en}`);
  check((await box.getAttribute('role')) === 'alert', `${what}: the message is not an alert`);
  // "This page in a current browser": the link is the page itself, without office.js's query.
  const href = await box.locator('[lang=en] a').first().getAttribute('href');
  check(
    /^http:\/\/(localhost|127\.0\.0\.1):\d+\/taskpane\.html$/.test(href),
    `${what}: the browser-mode link is ${href}`,
  );
}

async function oldWebview(env, userAgent, reason, label) {
  // Desktop Excel names itself in the page's query, as office.js reads it.
  const { page, requests, errors } = await openPage(env, {
    userAgent,
    fakeOffice: { workbook: env.sample },
    query: `?_host_Info=Excel$Win32$16.01$th-TH$$$$0`,
  });
  await checkMessage(page, TEXT[`${reason}Th`], TEXT[`${reason}En`], label);
  check(
    (await page.evaluate(() => document.documentElement.dataset.guard)) === (reason === 'edge' ? 'edgehtml' : reason),
    `${label}: data-guard is not set to the engine`,
  );
  // Give a bundle time to be asked for, were one to be.
  await page.waitForTimeout(1500);
  const bundles = requests.filter(isBundle);
  check(bundles.length === 0, `${label}: bundles were requested: ${bundles.join(', ')}`);
  check(
    requests.some((u) => u.endsWith('/guard.js')),
    `${label}: guard.js was not loaded`,
  );
  check(
    (await page.evaluate(() => window.__fakeExcel.state.onReadyCalls)) >= 1,
    `${label}: the guard did not call Office.onReady`,
  );
  check(
    (await page.evaluate(() => document.getElementById('container').childElementCount)) === 0,
    `${label}: the pane rendered`,
  );
  check(errors.length === 0, `${label}: ${errors.join(' | ')}`);
  await page.screenshot({ path: path.join(RESULTS, `e2e-hosts-${label}.png`), fullPage: true });
  return {};
}

/** ie11 */
const ie11 = (env) => oldWebview(env, UA.ie11, 'trident', 'ie11');
/** edge-legacy */
const edgeLegacy = (env) => oldWebview(env, UA.edgeLegacy, 'edge', 'edge-legacy');

/** current: the pane starts in browser mode as before; the guard never speaks. */
async function current(env) {
  const { page, requests, errors } = await openPage(env);
  await page.getByRole('button', { name: 'คำนวณใหม่', exact: true }).waitFor({ timeout: TIMEOUT });
  check(
    (await page.evaluate(() => document.documentElement.dataset.mode)) === 'browser',
    'current: not in browser mode',
  );
  check(requests.filter(isBundle).length >= 2, `current: the bundles were not loaded: ${requests.join(', ')}`);
  // Past the watchdog's delay: still silent.
  await page.waitForTimeout(4500);
  check((await page.locator('#ita-guard').count()) === 0, 'current: the guard shows its message over a working pane');
  check(errors.length === 0, `current: ${errors.join(' | ')}`);
  return {};
}

/** stalled: the taskpane bundle arrives but renders nothing; the watchdog speaks. */
async function stalled(env) {
  const t0 = Date.now();
  let served = 0;
  const { page, requests, errors } = await openPage(env, {
    routeBundle: {
      match: /\/taskpane\.[0-9a-f]{8}\.js$/,
      handle: (route) => {
        served++;
        return route.fulfill({ status: 200, contentType: 'text/javascript', body: '/* renders nothing */' });
      },
    },
  });
  await checkMessage(page, TEXT.stalledTh, TEXT.stalledEn, 'stalled');
  const ms = Date.now() - t0; // from opening the page; the watchdog waits 4 s after the last bundle ran
  check(
    served === 1 && requests.some((u) => /\/vendor\.[0-9a-f]{8}\.js$/.test(u)),
    `stalled: expected vendor and taskpane requested: ${requests.join(', ')}`,
  );
  check(errors.length === 0, `stalled: ${errors.join(' | ')}`);
  await page.screenshot({ path: path.join(RESULTS, 'e2e-hosts-stalled.png'), fullPage: true });
  return { watchdogMs: ms };
}

/** slow-office: Office.onReady takes 10 s inside Excel; the pane waits, hints, and ends in Excel mode. */
async function slowOffice(env) {
  const t0 = Date.now();
  const { page, errors } = await openPage(env, {
    fakeOffice: { workbook: env.sample, displayLanguage: 'th-TH', onReadyDelayMs: 10000 },
    query: '?_host_Info=Excel$Web$16.00$th-TH$$$$0',
    // Every mode the page ever takes, from the first moment.
    // (Polled: an observer set up this early watches an <html> element the parser then replaces.)
    init: () => {
      window.__modes = [];
      setInterval(() => {
        const m = document.documentElement && document.documentElement.dataset.mode;
        if (m && window.__modes[window.__modes.length - 1] !== m) window.__modes.push(m);
      }, 20);
    },
  });
  const hint = page.getByTestId('office-slow');
  await hint.waitFor({ timeout: TIMEOUT });
  const hintText = (await hint.textContent()).trim();
  check(hintText.includes('ปิดบานหน้าต่างนี้แล้วเปิดใหม่'), `slow-office: the reload hint reads "${hintText}"`);
  const early = await page.evaluate(() => ({
    modes: window.__modes,
    office: document.documentElement.dataset.office,
    ready: window.__fakeExcel.state.runs.length,
  }));
  check(
    early.modes.length === 0 && early.office === 'excel' && early.ready === 0,
    `slow-office: before Office.onReady ${JSON.stringify(early)}`,
  );
  await page.screenshot({ path: path.join(RESULTS, 'e2e-hosts-slow-office-waiting.png'), fullPage: true });
  await page.getByRole('heading', { name: 'ข้อมูลที่พบในสมุดงาน' }).waitFor({ timeout: 30000 });
  const ms = Date.now() - t0;
  const modes = await page.evaluate(() => window.__modes);
  check(JSON.stringify(modes) === '["excel"]', `slow-office: the pane went through the modes ${JSON.stringify(modes)}`);
  check(ms >= 10000, `slow-office: Excel mode came after ${ms} ms, before Office.onReady could answer`);
  check((await page.getByTestId('office-slow').count()) === 0, 'slow-office: the reload hint stayed');
  check(
    (await page.locator('#ita-guard').count()) === 0,
    "slow-office: the guard's watchdog spoke while Office loaded",
  );
  check(
    (await page.evaluate(() => window.__fakeExcel.state.runs.length)) >= 1,
    'slow-office: the pane never read the workbook through Excel',
  );
  check(errors.length === 0, `slow-office: ${errors.join(' | ')}`);
  await page.screenshot({ path: path.join(RESULTS, 'e2e-hosts-slow-office-ready.png'), fullPage: true });
  return { slowOfficeExcelModeMs: ms };
}

/**
 * contract: the Office.js contract checks page of test builds (test/contract/contract.ts) against
 * the fake Office.js: every check reports, those the fake models answer as src/excel
 * assumes, and the workbook keeps exactly its sheets.
 */
async function contract(env) {
  const { page, errors } = await openPage(env, {
    fakeOffice: { workbook: env.sample, displayLanguage: 'en-US' },
    query: '?_host_Info=Excel$Web$16.00$en-US$$$$0',
    file: 'contract.html',
  });
  const run = page.locator('#run-contract');
  await run.waitFor({ timeout: TIMEOUT });
  const before = await page.evaluate(() => window.__fakeExcel.sheetNames());
  await run.click();
  await page.locator('#contract-summary').waitFor({ timeout: TIMEOUT });
  const rows = await page.$$eval('#contract-results tr', (trs) =>
    trs.map((tr) => ({
      id: tr.dataset.check,
      ok: tr.dataset.ok === 'true',
      calculates: tr.dataset.calculates === 'true',
      observed: tr.cells[3].textContent,
    })),
  );
  await page.screenshot({ path: path.join(RESULTS, 'e2e-hosts-contract.png'), fullPage: true });
  check(rows.length >= 9, `contract: ${rows.length} rows`);
  // Every check reports a row; the fake computes no formulas, so the checks that need Excel's
  // calculation differ here (they are for real Excel). Every other one answers as src/excel assumes.
  check(
    rows.every((r) => r.observed),
    `contract: a check reported nothing: ${JSON.stringify(rows)}`,
  );
  check(
    rows.every((r) => r.ok || r.calculates) && rows.some((r) => r.calculates),
    `contract: the fake answers otherwise than src/excel assumes: ${JSON.stringify(rows)}`,
  );
  const after = await page.evaluate(() => window.__fakeExcel.sheetNames());
  check(JSON.stringify(after) === JSON.stringify(before), `contract: the sheets went from ${before} to ${after}`);
  check(errors.length === 0, `contract: ${errors.join(' | ')}`);
  return { contract: Object.fromEntries(rows.map((r) => [r.id, r.ok])) };
}

const SCENARIOS = [
  ['ie11', ie11],
  ['edge-legacy', edgeLegacy],
  ['current', current],
  ['stalled', stalled],
  ['slow-office', slowOffice],
  ['contract', contract],
];

async function main() {
  preflight();
  const env = {
    sample: await workbookJson(path.join(__dirname, '..', '..', 'assets', 'sample', 'sample.xlsx')),
    attempted: [],
    ...(await startBrowser()),
  };
  let report;
  try {
    report = await runScenarios(env, SCENARIOS);
  } finally {
    await env.close();
  }
  const { failures } = report;
  delete report.failures;
  report.ok = failures.length === 0;
  console.log(JSON.stringify(report));
  fs.writeFileSync(path.join(RESULTS, 'e2e-hosts.json'), JSON.stringify(report, null, 2));
  if (failures.length > 0) fail(failures.join('\n  '));
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(`e2e (hosts) FAILED:\n  ${e instanceof E2EFailure ? e.message : e && e.stack ? e.stack : e}`);
    process.exit(1);
  },
);
