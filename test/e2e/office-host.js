#!/usr/bin/env node
/**
 * End-to-end test of the task pane in Excel mode, against a fake Office.js, in a real browser:
 *
 *   npm run build:test && node test/e2e/office-host.js
 *
 * Serves dist/ on localhost (scripts/serve-dist.js) and opens taskpane.html in Debian's Chromium
 * through playwright-core. The request for office.js from Microsoft's CDN is answered with
 * test/stand-in/fake-office.js (so the page's own <script> tag and Content-Security-Policy
 * load it unchanged); every other request that leaves localhost is refused. The fake starts from
 * the bundled sample workbook, read here with ExcelJS into plain JSON (test/stand-in/workbook-json.js)
 * and handed to the page by an init script. The pane then takes its Excel path:
 * src/taskpane/excel-host.ts → the src/excel adapter → the fake's Excel.run / context.sync.
 *
 * Scenarios, each in a fresh page (one failing does not stop the others):
 *   a  excel-mode      Excel mode, Thai from Office's display language; recompute shows the
 *                      engine's total and grade; the summary sheet and its names are in the
 *                      workbook; a recompute takes 4 + 2 syncs, the second one too
 *   b  problem-select  a score typed as 'abc' is listed as คะแนน!D5; clicking it selects that cell
 *   c  add-measure     "add to measures" appends one row under the Measures sheet's last row and
 *                      leaves every other row (and input sheet) as it was; the summary is
 *                      recomputed and counts it; the Measures sheet stays in front
 *   d  protected-sheet recompute over a protected summary sheet: stopped before writing, the
 *                      workbook and its names untouched; the message names the sheet in Thai,
 *                      then in English; after unprotecting, recompute rewrites the same sheet
 *   e  cell-edit-mode  Excel in cell-edit mode (on the read, then on the write): "press Enter or
 *                      Esc", nothing written and the message says so; then a recompute succeeds
 *   f  old-excel       ExcelApi 1.7, English, dark theme (turned light while open, which the pane
 *                      follows): the drop-down notice; recompute succeeds without calling what
 *                      this Excel lacks
 *
 * Screenshots: <results>/e2e-office-*.png. Prints one JSON line (also saved as
 * <results>/e2e-office.json); exits 1 on any failure, naming the scenario and the check.
 * Environment: CHROMIUM=/path/to/chromium, E2E_HEADED=1, E2E_ONLY=a,c (only these scenarios).
 */
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const {
  SAMPLE,
  RESULTS,
  TIMEOUT,
  E2EFailure,
  check,
  fail,
  engineResult,
  waitEnabled,
  openTab,
  preflight,
  startBrowser,
  offlineContext,
  useFakeOffice,
  runScenarios,
} = require('./shared');
const { workbookJson, withCell, cellOf } = require('../stand-in/workbook-json');

/**
 * Syncs of one read of the sample: sheet list and names; used ranges; every value in one request;
 * the hyperlinks of the OIT sheet's URL column (src/excel/read.ts).
 */
const READ_SYNCS = 4;

// Texts the pane shows (src/taskpane/strings.ts, src/excel/errors.ts, src/excel/features.ts).
// Copied, not imported: the test states what the user must read.
const TEXT = {
  recomputeTh: 'คำนวณใหม่',
  recomputeEn: 'Recompute',
  foundTh: 'ข้อมูลที่พบในสมุดงาน',
  foundEn: 'What was found in the workbook',
  // The adapter checks protection before writing and names the sheet (src/excel/errors.ts).
  accessDeniedTh:
    "ชีต 'สรุปผล ITA' ถูกป้องกัน (Protect) จึงเขียนไม่ได้ กรุณายกเลิกการป้องกันแผ่นงาน (รีวิว > ยกเลิกการป้องกันแผ่นงาน) แล้วลองอีกครั้ง",
  accessDeniedEn:
    "Sheet 'สรุปผล ITA' is protected, so the add-in cannot write to it. Unprotect (Review > Unprotect Sheet) and try again",
  editModeTh: 'กรุณากด Enter หรือ Esc เพื่อออกจากการแก้ไขเซลล์ แล้วลองอีกครั้ง',
  editModeEn: 'Finish editing the cell (press Enter or Esc) and try again',
  writtenTh: 'เขียนไปแล้วก่อนเกิดข้อผิดพลาด:',
  writtenEn: 'Already written before the error:',
  nothingWrittenTh: 'ยังไม่ได้เขียนสิ่งใดลงสมุดงาน',
  nothingWrittenEn: 'Nothing was written to the workbook',
  addToMeasuresTh: 'เพิ่มในมาตรการ',
  addedToMeasuresTh: 'เพิ่มในชีตมาตรการแล้ว',
  hostNoticesEn: 'Limits of this Excel',
  dropDownNoticeEn: 'Drop-down lists need a newer Excel (ExcelApi 1.8)',
  pageSetupNoticeEn: 'Page setup (A4, orientation, header, footer, page numbers) needs a newer Excel (ExcelApi 1.9)',
  skippedEn: 'Some things could not be written in this Excel',
  pageSetupSkippedEn: 'Page setup (A4, header, footer, page numbers): not supported by this Excel (needs ExcelApi 1.9)',
};

const SUMMARY_TH = 'สรุปผล ITA';
const SUMMARY_EN = 'ITA Summary';
const PROBLEMS_TH = 'ปัญหาที่พบ ITA';

// ------------------------------------------------------------------------------------------------
// Opening the pane against the fake

/**
 * A fresh browser context and page with the fake Office.js and `workbook`, navigated to the pane
 * and waited on until the first read of the workbook has settled.
 */
async function openPane(env, name, options) {
  const o = { displayLanguage: 'th-TH', locale: 'en-US', excelApi: '1.12', officeTheme: undefined, ...options };
  // Nothing leaves the machine: every request that is not to localhost is refused ...
  const context = await offlineContext(
    env.browser,
    { viewport: { width: 420, height: 860 }, deviceScaleFactor: 2, locale: o.locale },
    env.attempted,
  );
  const page = await context.newPage();
  // ... except office.js, answered here with the fake (page routes are consulted before the context's).
  await useFakeOffice(page, {
    workbook: o.workbook,
    displayLanguage: o.displayLanguage,
    officeTheme: o.officeTheme,
    requirementSets: { ExcelApi: o.excelApi },
  });
  const errors = [];
  page.__paneErrors = errors; // checked when the scenario ends
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console error: ${m.text()}`);
  });

  const th = o.displayLanguage.startsWith('th');
  const pane = {
    page,
    context,
    name,
    errors,
    recompute: page.getByRole('button', { name: th ? TEXT.recomputeTh : TEXT.recomputeEn, exact: true }),
    fx: (fn, arg) => page.evaluate(fn, arg),
    shot: (label) => page.screenshot({ path: path.join(RESULTS, `e2e-office-${label}.png`), fullPage: true }),
  };
  await page.goto(`${env.server.url}taskpane.html`, { waitUntil: 'commit' });
  // The first read: the "found" heading appears only once the workbook has been read and analysed.
  await page.getByRole('heading', { name: th ? TEXT.foundTh : TEXT.foundEn }).waitFor({ timeout: TIMEOUT });
  await settled(pane, 1);
  return pane;
}

/** Waits until at least `count` Excel.run calls were made and all of them have finished. */
async function settled(pane, count) {
  await pane.page.waitForFunction(
    (n) => {
      const runs = window.__fakeExcel.state.runs;
      return runs.length >= n && runs.every((r) => r.ok !== null);
    },
    count,
    { timeout: TIMEOUT },
  );
  await waitEnabled(pane.recompute, `the recompute button (${pane.name})`);
}

async function runCount(pane) {
  return pane.fx(() => window.__fakeExcel.state.runs.length);
}

/** The Excel.run calls from index `from` on: { syncs, ok, error, implicitSync }. */
async function runsSince(pane, from) {
  return pane.fx(
    (i) =>
      window.__fakeExcel.state.runs
        .slice(i)
        .map((r) => ({ syncs: r.syncs, ok: r.ok, error: r.error, implicitSync: r.implicitSync })),
    from,
  );
}

const syncsOf = (runs) => runs.map((r) => r.syncs);

/** Every run succeeded, with these syncs each, and left nothing for an implicit sync at its end. */
function checkRuns(runs, expected, what) {
  check(
    runs.length === expected.length && runs.every((r, i) => r.ok === true && r.syncs === expected[i]),
    `${what}: expected ${expected.length} Excel.run calls with [${expected}] syncs, all succeeding; saw ${JSON.stringify(runs)}`,
  );
  check(
    runs.every((r) => !r.implicitSync),
    `${what}: a batch left queued work for Excel.run's implicit sync: ${JSON.stringify(runs)}`,
  );
}

/** The fake workbook's sheets as { name: { values, formulas } }. */
async function workbookGrids(pane) {
  return pane.fx(() => {
    const f = window.__fakeExcel;
    const out = {};
    for (const name of f.sheetNames()) out[name] = { values: f.values(name), formulas: f.formulas(name) };
    return out;
  });
}

/** The sheets of the JSON workbook are still there, cell for cell. */
function checkInputsUnchanged(grids, json, what) {
  for (const s of json.sheets) {
    const now = grids[s.name];
    check(now, `${what}: sheet ${s.name} is gone`);
    check(JSON.stringify(now.values) === JSON.stringify(s.values), `${what}: the values of sheet ${s.name} changed`);
    check(
      JSON.stringify(now.formulas) === JSON.stringify(s.formulas),
      `${what}: the formulas of sheet ${s.name} changed`,
    );
  }
}

async function recomputeAndWaitTotal(pane) {
  await pane.recompute.click();
  const total = pane.page.getByTestId('total');
  await total.waitFor({ timeout: TIMEOUT });
  return total;
}

async function shownResult(pane) {
  const total = (await pane.page.getByTestId('total').textContent()).trim();
  const grade = await pane.page.locator('[data-grade]').first().getAttribute('data-grade');
  return { total, grade };
}

/** The error bar (role alert) once it holds `text`. */
async function alertWith(pane, text) {
  const bar = pane.page.getByRole('alert').filter({ hasText: text });
  await bar.first().waitFor({ timeout: TIMEOUT });
  return bar.first();
}

// ------------------------------------------------------------------------------------------------
// Scenarios

/** a. Excel mode, Thai, recompute: the engine's figures, the summary sheet and names, 4 + 2 syncs. */
async function excelMode(env) {
  const pane = await openPane(env, 'a', { workbook: env.sample });
  const { page } = pane;
  check(
    (await page.evaluate(() => document.documentElement.dataset.mode)) === 'excel',
    'the pane did not start in Excel mode (data-mode is not "excel")',
  );
  // Thai came from Office: the browser's own locale is en-US here.
  check(
    (await page.evaluate(() => document.documentElement.lang)) === 'th',
    'the pane is not in Thai although Office.context.displayLanguage is th-TH',
  );
  const agency = cellOf(env.sample, 'ตั้งค่า', 'B2');
  await page.getByText(agency, { exact: true }).waitFor({ timeout: TIMEOUT });
  await page.getByText('พบ: "คะแนน"').waitFor({ timeout: TIMEOUT });
  check((await page.getByText(/^ไฟล์:/).count()) === 0, 'Excel mode shows the browser-mode file bar');
  check(
    (await page.getByText('ข้อจำกัดของ Excel รุ่นนี้').count()) === 0,
    'a notice about missing Excel features shows although ExcelApi 1.12 is supported',
  );
  // The first read: one Excel.run of READ_SYNCS syncs (sheet list and names; used ranges; values;
  // the links of the OIT sheet's URL column).
  checkRuns(await runsSince(pane, 0), [READ_SYNCS], 'the first read of the workbook');
  await pane.shot('a1-start-th');

  const before = await runCount(pane);
  await recomputeAndWaitTotal(pane);
  await settled(pane, before + 2);
  const shown = await shownResult(pane);
  check(
    shown.total === env.expected.total && shown.grade === env.expected.grade,
    `the pane shows ${shown.total} ${shown.grade}, the engine computes ${env.expected.total} ${env.expected.grade}`,
  );
  const status = (await page.getByTestId('live-status').textContent()).trim();
  check(
    status.includes(`คำนวณเสร็จ: ${env.expected.total} คะแนน ระดับ ${env.expected.grade}`),
    `the live region says "${status}"`,
  );
  // One recompute = host.read() (READ_SYNCS: sheet list and names; used ranges; every value in one
  // request; the OIT URL column's links) + host.apply() (2 syncs: the probe of existing sheets and names; every write in one
  // request). The sample is far below the 4 MB per-request budget, so nothing is split.
  const recomputeRuns = await runsSince(pane, before);
  checkRuns(recomputeRuns, [READ_SYNCS, 2], 'recompute');
  await pane.shot('a2-results-th');

  // What the workbook holds now.
  const after = await pane.fx((sheet) => {
    const f = window.__fakeExcel;
    const names = f.names();
    const cellAt = (n) => {
      const x = names.find((m) => m.name === n);
      return x && x.sheet ? { ...x, cell: f.cell(x.sheet, x.address) } : x;
    };
    return {
      sheets: f.sheetNames(),
      names,
      total: cellAt('ITA_TOTAL'),
      grade: cellAt('ITA_GRADE'),
      active: f.activeSheet(),
      info: f.sheetNames().includes(sheet) ? f.sheetInfo(sheet) : null,
      calls: f.state.calls,
    };
  }, SUMMARY_TH);
  check(
    after.sheets.includes(SUMMARY_TH),
    `the workbook has no "${SUMMARY_TH}" sheet after recompute: ${after.sheets.join(', ')}`,
  );
  for (const n of ['ITA_TOTAL', 'ITA_GRADE', 'ITA_PLANNER_SUMMARY']) {
    const x = after.names.find((m) => m.name === n);
    check(
      x && x.type === 'Range' && x.sheet === SUMMARY_TH,
      `the workbook name ${n} does not point into "${SUMMARY_TH}": ${JSON.stringify(x)}`,
    );
  }
  check(
    /^=ROUND\(SUM\(/.test(after.total.cell.formula),
    `ITA_TOTAL (${after.total.address}) holds ${JSON.stringify(after.total.cell.formula)}, not the total's formula`,
  );
  check(
    /LOOKUP\(/.test(after.grade.cell.formula),
    `ITA_GRADE (${after.grade.address}) holds ${JSON.stringify(after.grade.cell.formula)}, not the grade's formula`,
  );
  check(after.active === SUMMARY_TH, `the summary sheet was not shown at the end (active sheet: ${after.active})`);
  check(
    // Portrait A4 since the executive summary's layout (issue 12).
    after.info.orientation === 'Portrait' && after.info.page.paperSize === 'A4' && after.info.tabColor !== '',
    `the summary sheet's page setup or tab colour was not set: ${JSON.stringify(after.info)}`,
  );
  // With every feature at hand the adapter uses them (scenario f checks it does not on an old Excel).
  check(
    after.calls['Application.suspendScreenUpdatingUntilNextSync'] > 0,
    'screen updating was never suspended on ExcelApi 1.12',
  );
  checkInputsUnchanged(await workbookGrids(pane), env.sample, 'after recompute');

  // Again: the add-in's own sheet is cleared and rewritten in the same number of syncs.
  const second = await runCount(pane);
  const formulasBefore = await pane.fx((s) => window.__fakeExcel.formulas(s), SUMMARY_TH);
  await pane.recompute.click();
  await settled(pane, second + 2);
  checkRuns(await runsSince(pane, second), [READ_SYNCS, 2], 'a second recompute');
  const again = await pane.fx(
    (s) => ({
      sheets: window.__fakeExcel.sheetNames(),
      names: window.__fakeExcel.names(),
      formulas: window.__fakeExcel.formulas(s),
    }),
    SUMMARY_TH,
  );
  check(
    JSON.stringify(again.sheets) === JSON.stringify(after.sheets),
    `a second recompute changed the sheets: ${again.sheets.join(', ')}`,
  );
  check(
    JSON.stringify(again.names.map((n) => [n.name, n.value]).sort()) ===
      JSON.stringify(after.names.map((n) => [n.name, n.value]).sort()),
    'a second recompute changed the workbook names',
  );
  // Only the "computed at" stamp may differ.
  const differing = [];
  const rows = Math.max(formulasBefore.length, again.formulas.length);
  for (let r = 0; r < rows; r++) {
    const a = formulasBefore[r] || [];
    const b = again.formulas[r] || [];
    for (let c = 0; c < Math.max(a.length, b.length); c++)
      if (a[c] !== b[c]) differing.push(`R${r + 1}C${c + 1}: ${JSON.stringify(a[c])} → ${JSON.stringify(b[c])}`);
  }
  check(differing.length <= 1, `a second recompute wrote a different summary: ${differing.slice(0, 5).join('; ')}`);
  return { total: shown.total, grade: shown.grade, loadSyncs: [READ_SYNCS], recomputeSyncs: syncsOf(recomputeRuns) };
}

/** b. A problem located as sheet!cell; clicking it selects that cell in Excel. */
async function problemSelect(env) {
  const workbook = withCell(env.sample, 'คะแนน', 'D5', 'abc');
  const pane = await openPane(env, 'b', { workbook });
  const { page } = pane;
  await openTab(page, /^ปัญหา/);
  await page.getByRole('heading', { name: 'ปัญหาที่พบ' }).waitFor({ timeout: TIMEOUT });
  const located = page.getByRole('button', { name: 'คะแนน!D5', exact: true });
  await located.waitFor({ timeout: TIMEOUT });
  await page.getByText(/"abc"/).first().waitFor({ timeout: TIMEOUT });
  const before = await runCount(pane);
  await located.click();
  await page.waitForFunction(() => window.__fakeExcel.state.selections.length > 0, null, { timeout: TIMEOUT });
  await settled(pane, before + 1);
  const sel = await pane.fx(() => ({
    selections: window.__fakeExcel.state.selections,
    active: window.__fakeExcel.activeSheet(),
  }));
  check(
    sel.selections.length === 1 && sel.selections[0].sheet === 'คะแนน' && sel.selections[0].address === 'D5',
    `clicking คะแนน!D5 selected ${JSON.stringify(sel.selections)}`,
  );
  check(sel.active === 'คะแนน', `selecting คะแนน!D5 left "${sel.active}" as the active sheet`);
  checkRuns(await runsSince(pane, before), [1], 'selecting a cell');
  check((await page.getByTestId('sheet-preview').count()) === 0, 'Excel mode shows the browser-mode sheet preview');
  await pane.shot('b1-problems-th');

  // Recompute with the error: no scores, only the problems sheet, linked back to the cell.
  const start = await runCount(pane);
  await pane.recompute.click();
  await page
    .getByTestId('live-status')
    .getByText(/^พบข้อผิดพลาด \d+ รายการ/)
    .waitFor({ timeout: TIMEOUT });
  await settled(pane, start + 2);
  checkRuns(await runsSince(pane, start), [READ_SYNCS, 2], 'recompute with an error');
  const wb = await pane.fx((sheet) => {
    const f = window.__fakeExcel;
    const sheets = f.sheetNames();
    return { sheets, names: f.names().map((n) => n.name), links: sheets.includes(sheet) ? f.hyperlinks(sheet) : [] };
  }, PROBLEMS_TH);
  check(
    wb.sheets.includes(PROBLEMS_TH),
    `no "${PROBLEMS_TH}" sheet after recompute with an error: ${wb.sheets.join(', ')}`,
  );
  check(
    wb.names.includes('ITA_PLANNER_PROBLEMS'),
    'the problems sheet is not marked with the ITA_PLANNER_PROBLEMS name',
  );
  check(
    !wb.sheets.includes(SUMMARY_TH) && !wb.names.includes('ITA_TOTAL'),
    'a summary was written although a score is unreadable',
  );
  check(
    wb.links.some((l) => /^'?คะแนน'?!\$?D\$?5$/.test(l.hyperlink.documentReference || '')),
    `the problems sheet has no link to คะแนน!D5: ${JSON.stringify(wb.links)}`,
  );
  checkInputsUnchanged(await workbookGrids(pane), workbook, 'after recompute with an error');
  await pane.shot('b2-problems-written-th');
  return {};
}

/** The summary's ITA_MEASURES_TOTAL cell: { value, formula }. */
function measuresCounted(pane) {
  return pane.fx(() => {
    const f = window.__fakeExcel;
    const n = f.names().find((x) => x.name === 'ITA_MEASURES_TOTAL');
    return n && f.cell(n.sheet, n.address);
  });
}

/**
 * c. "Add to measures" appends one row after the last one, changes no other input, and the
 * summary already in the workbook is recomputed so it counts the new measure.
 */
async function addMeasure(env) {
  const pane = await openPane(env, 'c', { workbook: env.sample });
  const { page } = pane;
  const before0 = await runCount(pane);
  await recomputeAndWaitTotal(pane);
  await settled(pane, before0 + 2);

  const add = page.getByRole('button', { name: TEXT.addToMeasuresTh, exact: true }).first();
  await add.waitFor({ timeout: TIMEOUT });
  const measureText = await add.evaluate((b) =>
    document.getElementById(b.getAttribute('aria-describedby')).textContent.trim(),
  );
  check(measureText.length > 0, 'the first suggestion has no text');
  const grids = await workbookGrids(pane);
  const measures = grids['มาตรการ'];
  const countedBefore = await measuresCounted(pane);
  const start = await runCount(pane);
  await add.click();
  await page.getByTestId('live-status').getByText(TEXT.addedToMeasuresTh).waitFor({ timeout: TIMEOUT });
  await settled(pane, start + 4);
  // Read (3), write the one row (1: no sheet or name to create, so no probe), read again (3),
  // then the summary the workbook holds is recomputed from that read (2), so it counts the row.
  const runs = await runsSince(pane, start);
  checkRuns(runs, [READ_SYNCS, 1, READ_SYNCS, 2], 'add to measures');
  await page
    .getByTestId('live-status')
    .getByText(/คำนวณสรุปผลใหม่แล้ว/)
    .waitFor({ timeout: TIMEOUT });

  const now = await workbookGrids(pane);
  const m = now['มาตรการ'];
  check(
    m.values.length === measures.values.length + 1,
    `the Measures sheet has ${m.values.length} rows, expected ${measures.values.length + 1}`,
  );
  for (let r = 0; r < measures.values.length; r++) {
    check(
      JSON.stringify(m.values[r]) === JSON.stringify(measures.values[r]),
      `row ${r + 1} of the Measures sheet changed (values)`,
    );
    check(
      JSON.stringify(m.formulas[r]) === JSON.stringify(measures.formulas[r]),
      `row ${r + 1} of the Measures sheet changed (formulas)`,
    );
  }
  const row = m.values[measures.values.length];
  const rowNo = measures.values.length + 1;
  // Columns as the sample lays them out: B measure/activity, E period, F status, G indicator.
  check(row[1] === measureText, `B${rowNo} holds ${JSON.stringify(row[1])}, not the suggestion "${measureText}"`);
  check(
    row[0] === '' && row[2] === '',
    `the new row filled columns it has nothing for (A${rowNo}, C${rowNo}): ${JSON.stringify(row)}`,
  );
  check(row[5] === 'ยังไม่ได้ดำเนินการ', `F${rowNo} (status) holds ${JSON.stringify(row[5])}`);
  check(/^ตัวชี้วัดที่ \d+$/.test(row[6]), `G${rowNo} (indicator) holds ${JSON.stringify(row[6])}`);
  // The sample is the 2566 result: a measure answering it runs in the next fiscal year.
  check(row[4] === 'ปีงบประมาณ 2567', `E${rowNo} (period) holds ${JSON.stringify(row[4])}`);
  for (const [name, g] of Object.entries(grids)) {
    if (name === 'มาตรการ' || name === SUMMARY_TH) continue;
    check(JSON.stringify(now[name]) === JSON.stringify(g), `adding a measure changed sheet ${name}`);
  }
  // The count is a live formula over the Measures rows (the fake computes no formulas: its last
  // row must now be the new one), or, where a formula could not count exactly, a fixed number.
  const countedAfter = await measuresCounted(pane);
  const lastRow = (c) => Number((/:\$?[A-Z]+\$?(\d+)/.exec(c.formula || '') || [])[1]);
  check(
    typeof countedBefore.value === 'number'
      ? countedAfter.value === countedBefore.value + 1
      : lastRow(countedAfter) === rowNo && lastRow(countedBefore) === rowNo - 1,
    `after adding a measure in row ${rowNo}, the summary's ITA_MEASURES_TOTAL holds ${JSON.stringify(countedAfter)} (before: ${JSON.stringify(countedBefore)})`,
  );
  check(
    (await pane.fx(() => window.__fakeExcel.activeSheet())) === 'มาตรการ',
    'the Measures sheet was not shown after adding a measure',
  );
  await pane.shot('c1-measure-added-th');
  await openTab(page, /^มาตรการ/);
  await page.getByText(`มาตรการทั้งหมด ${measures.values.length - 1} รายการ`).waitFor({ timeout: TIMEOUT });
  return { addMeasureSyncs: syncsOf(runs) };
}

/** d. Recompute over a protected summary sheet: stopped before anything is written, and said so. */
async function protectedSheet(env) {
  const pane = await openPane(env, 'd', { workbook: env.sample });
  const { page } = pane;
  const start0 = await runCount(pane);
  await recomputeAndWaitTotal(pane);
  await settled(pane, start0 + 2);

  // The user protects the summary sheet, then recomputes.
  await pane.fx((s) => window.__fakeExcel.protectSheet(s), SUMMARY_TH);
  const digestBefore = await pane.fx(() => window.__fakeExcel.digest());
  const namesBefore = await pane.fx(() => window.__fakeExcel.names().map((n) => n.name));
  const start = await runCount(pane);
  await pane.recompute.click();
  const bar = await alertWith(pane, TEXT.accessDeniedTh);
  await settled(pane, start + 2);
  const runs = await runsSince(pane, start);
  check(
    runs.length === 2 && runs[0].ok && runs[1].ok === false && runs[1].error === 'AccessDenied' && runs[1].syncs === 1,
    `expected the read to succeed and the write to stop with AccessDenied after its one checking sync: ${JSON.stringify(runs)}`,
  );
  const textTh = await bar.innerText();
  check(
    textTh.includes(TEXT.accessDeniedEn),
    'the protection message does not also give the English text under the Thai',
  );
  check(
    (await bar.textContent()).includes('AccessDenied'),
    'the details of the protection message do not name the error code',
  );
  await pane.shot('d1-protected-th');

  // Found before writing: the workbook is exactly as it was, its names (the summary's ownership
  // mark included) kept, and the message says nothing was written.
  const digestAfter = await pane.fx(() => window.__fakeExcel.digest());
  const namesAfter = await pane.fx(() => window.__fakeExcel.names().map((n) => n.name));
  check(digestAfter === digestBefore, 'the refused recompute changed the workbook');
  check(
    JSON.stringify(namesAfter) === JSON.stringify(namesBefore),
    `workbook names changed: ${namesBefore.filter((n) => !namesAfter.includes(n)).join(', ')} lost`,
  );
  check(
    textTh.includes(TEXT.nothingWrittenTh) && !textTh.includes(TEXT.writtenTh),
    'the message does not say that nothing was written',
  );

  // The same message in English after choosing English.
  await page.getByRole('group', { name: 'ภาษา / Language' }).getByRole('button', { name: 'English' }).click();
  const barEn = await alertWith(pane, TEXT.accessDeniedEn);
  const textEn = await barEn.innerText();
  check(
    textEn.trim().startsWith(TEXT.accessDeniedEn),
    `after switching to English the message starts "${textEn.trim().slice(0, 60)}…"`,
  );
  check(textEn.includes(TEXT.accessDeniedTh), 'the English protection message does not also give the Thai text');
  await pane.shot('d2-protected-en');

  const problems = [];
  // Back in Thai (so the summary keeps its Thai name) and unprotected, the next recompute must
  // rewrite the same summary sheet.
  await page.getByRole('button', { name: 'Dismiss', exact: true }).click();
  await page.getByRole('group', { name: 'ภาษา / Language' }).getByRole('button', { name: 'ไทย' }).click();
  await pane.fx((s) => window.__fakeExcel.protectSheet(s, false), SUMMARY_TH);
  const start2 = await runCount(pane);
  await pane.recompute.click();
  await settled(pane, start2 + 2);
  const status = (await page.getByTestId('live-status').textContent()).trim();
  const recovered = await pane.fx(() => ({
    sheets: window.__fakeExcel.sheetNames(),
    names: window.__fakeExcel.names(),
  }));
  const total = recovered.names.find((n) => n.name === 'ITA_TOTAL');
  if (!status.startsWith('คำนวณเสร็จ:') || !total || total.sheet !== SUMMARY_TH) {
    problems.push(
      `after unprotecting the sheet, recompute does not rewrite "${SUMMARY_TH}" (live region: "${status}"; ` +
        `ITA_TOTAL: ${total ? `${total.sheet}!${total.address}` : 'missing'}; sheets: ${recovered.sheets.join(', ')})`,
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    await pane.shot('d3-after-unprotect-th');
  }
  check(problems.length === 0, problems.join('; '));
  return {};
}

/** e. Excel in cell-edit mode: "press Enter or Esc", nothing written and the message says so. */
async function cellEditMode(env) {
  const pane = await openPane(env, 'e', { workbook: env.sample });
  const { page } = pane;
  const digest0 = await pane.fx(() => window.__fakeExcel.digest());

  // While reading.
  await pane.fx(() => window.__fakeExcel.failSync('InvalidOperationInCellEditMode'));
  const start = await runCount(pane);
  await pane.recompute.click();
  const bar = await alertWith(pane, TEXT.editModeTh);
  await settled(pane, start + 1);
  const runs = await runsSince(pane, start);
  check(
    runs.length === 1 && runs[0].ok === false && runs[0].error === 'InvalidOperationInCellEditMode',
    `expected one failed read: ${JSON.stringify(runs)}`,
  );
  check((await bar.innerText()).includes(TEXT.editModeEn), 'the cell-edit message does not also give the English text');
  check(
    (await pane.fx(() => window.__fakeExcel.digest())) === digest0,
    'the workbook changed although the read failed',
  );
  await pane.shot('e1-cell-edit-th');

  // While writing: the read goes through (READ_SYNCS syncs), the write's first request is refused.
  await page.getByRole('button', { name: 'ปิด', exact: true }).click();
  await pane.fx((after) => window.__fakeExcel.failSync('InvalidOperationInCellEditMode', { after }), READ_SYNCS);
  const start2 = await runCount(pane);
  await pane.recompute.click();
  const bar2 = await alertWith(pane, TEXT.editModeTh);
  await settled(pane, start2 + 2);
  const runs2 = await runsSince(pane, start2);
  check(
    runs2.length === 2 && runs2[0].ok && runs2[1].ok === false && runs2[1].error === 'InvalidOperationInCellEditMode',
    `expected a read, then a write refused in cell-edit mode: ${JSON.stringify(runs2)}`,
  );
  check(
    (await pane.fx(() => window.__fakeExcel.digest())) === digest0,
    'the workbook changed although the write was refused',
  );
  check(
    (await bar2.innerText()).includes(TEXT.nothingWrittenTh),
    `the message does not say that nothing was written ("${TEXT.nothingWrittenTh}")`,
  );

  // Out of edit mode, recompute works.
  await page.getByRole('button', { name: 'ปิด', exact: true }).click();
  const start3 = await runCount(pane);
  await recomputeAndWaitTotal(pane);
  await settled(pane, start3 + 2);
  checkRuns(await runsSince(pane, start3), [READ_SYNCS, 2], 'recompute after leaving cell-edit mode');
  const shown = await shownResult(pane);
  check(
    shown.total === env.expected.total,
    `after leaving cell-edit mode the pane shows ${shown.total}, the engine ${env.expected.total}`,
  );
  check((await page.getByRole('alert').count()) === 0, 'an error message is still shown after a successful recompute');
  return {};
}

/** f. ExcelApi 1.7, English, dark: the degraded-feature notices; recompute avoids what is missing. */
async function oldExcel(env) {
  const pane = await openPane(env, 'f', {
    workbook: env.sample,
    displayLanguage: 'en-US',
    locale: 'th-TH',
    excelApi: '1.7',
    officeTheme: {
      bodyBackgroundColor: '#262626',
      bodyForegroundColor: '#FFFFFF',
      controlBackgroundColor: '#3B3B3B',
      controlForegroundColor: '#FFFFFF',
    },
  });
  const { page } = pane;
  check(
    (await page.evaluate(() => document.documentElement.dataset.mode)) === 'excel',
    'the pane did not start in Excel mode',
  );
  check(
    (await page.evaluate(() => document.documentElement.lang)) === 'en',
    'the pane is not in English although Office.context.displayLanguage is en-US',
  );
  check(
    await pane.fx(() => window.Office.context.requirements.isSetSupported('ExcelApi', '1.8') === false),
    'the fake claims ExcelApi 1.8',
  );
  const notices = page.getByText(TEXT.hostNoticesEn).locator('xpath=ancestor::*[.//li][1]');
  await notices.waitFor({ timeout: TIMEOUT });
  const noticeText = await notices.innerText();
  check(noticeText.includes(TEXT.dropDownNoticeEn), `the notices do not mention drop-down lists: "${noticeText}"`);
  check(noticeText.includes(TEXT.pageSetupNoticeEn), `the notices do not mention page setup: "${noticeText}"`);
  check(!/hyperlink|Tab colours/i.test(noticeText), `the notices mention features ExcelApi 1.7 has: "${noticeText}"`);
  // Office's dark theme reached the page (checked on the painted background, not a class name).
  const luminance = async () => {
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = (bg.match(/\d+(\.\d+)?/g) || []).map(Number);
    return { bg, value: 0.2126 * r + 0.7152 * g + 0.0722 * b };
  };
  const dark = await luminance();
  check(dark.value < 128, `the pane is not dark in Office's dark theme (body background ${dark.bg})`);
  await pane.shot('f1-old-excel-en');

  // The user picks a light Office theme while the pane is open, and comes back to the pane:
  // Excel tells add-ins of no theme change, so the pane must look again on focus.
  await page.evaluate(() => {
    Object.assign(window.Office.context.officeTheme, {
      bodyBackgroundColor: '#FFFFFF',
      bodyForegroundColor: '#000000',
      controlBackgroundColor: '#FFFFFF',
      controlForegroundColor: '#000000',
    });
    window.dispatchEvent(new Event('focus'));
  });
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'light', null, { timeout: TIMEOUT });
  const light = await luminance();
  check(light.value > 128, `after Office turned light the pane stayed dark (body background ${light.bg})`);

  const start = await runCount(pane);
  await recomputeAndWaitTotal(pane);
  await settled(pane, start + 2);
  checkRuns(await runsSince(pane, start), [READ_SYNCS, 2], 'recompute on ExcelApi 1.7');
  const shown = await shownResult(pane);
  check(
    shown.total === env.expected.total && shown.grade === env.expected.grade,
    `on ExcelApi 1.7 the pane shows ${shown.total} ${shown.grade}, the engine computes ${env.expected.total} ${env.expected.grade}`,
  );
  const skipped = page.getByText(TEXT.skippedEn).locator('xpath=ancestor::*[.//li][1]');
  await skipped.waitFor({ timeout: TIMEOUT });
  const skippedText = await skipped.innerText();
  check(
    skippedText.includes(TEXT.pageSetupSkippedEn),
    `the "could not be written" notice does not name the page setup: "${skippedText}"`,
  );
  const wb = await pane.fx(
    (s) => ({
      sheets: window.__fakeExcel.sheetNames(),
      names: window.__fakeExcel.names().map((n) => n.name),
      calls: window.__fakeExcel.state.calls,
      info: window.__fakeExcel.sheetInfo(s),
    }),
    SUMMARY_EN,
  );
  check(
    wb.sheets.includes(SUMMARY_EN) && wb.names.includes('ITA_TOTAL'),
    `the English summary sheet or ITA_TOTAL is missing: ${wb.sheets.join(', ')}`,
  );
  const above = Object.keys(wb.calls).filter((k) => /^(PageLayout|DataValidation)\.|suspendScreenUpdating/.test(k));
  check(above.length === 0, `the adapter called APIs this Excel lacks: ${above.join(', ')}`);
  check(
    wb.calls['Worksheet.tabColor='] > 0 && wb.calls['Range.hyperlink='] > 0,
    'ExcelApi 1.7 features (tab colour, cell links) were not used',
  );
  check(wb.info.orientation === 'Portrait', 'the page setup changed on an Excel without PageLayout');
  await pane.shot('f2-results-old-excel-en');
  return {};
}

const SCENARIOS = [
  ['a', 'excel-mode', excelMode],
  ['b', 'problem-select', problemSelect],
  ['c', 'add-measure', addMeasure],
  ['d', 'protected-sheet', protectedSheet],
  ['e', 'cell-edit-mode', cellEditMode],
  ['f', 'old-excel', oldExcel],
];

// ------------------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  preflight();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-e2e-office-'));
  const env = {
    sample: await workbookJson(SAMPLE),
    expected: engineResult(SAMPLE, tmp),
    attempted: [],
    ...(await startBrowser()),
  };
  let report;
  try {
    report = await runScenarios(
      env,
      SCENARIOS.map(([id, name, scenario]) => [`${id}-${name}`, scenario, id]),
    );
  } finally {
    await env.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const { failures } = report;
  delete report.failures;
  report.expected = env.expected;
  report.requests = env.attempted.length;
  report.ms = Date.now() - started;
  report.ok = failures.length === 0;
  console.log(JSON.stringify(report));
  fs.writeFileSync(path.join(RESULTS, 'e2e-office.json'), JSON.stringify(report, null, 2));
  if (failures.length > 0) fail(failures.join('\n  '));
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(`e2e (Excel mode) FAILED:\n  ${e instanceof E2EFailure ? e.message : e && e.stack ? e.stack : e}`);
    process.exit(1);
  },
);
