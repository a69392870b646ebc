#!/usr/bin/env node
/**
 * End-to-end test of the task pane in a real browser, without Office and without network:
 *
 *   npm run build:test && node test/e2e/run.js
 *
 * Serves dist/ on a free localhost port (scripts/serve-dist.js), opens taskpane.html in
 * Debian's Chromium through playwright-core, and blocks every request that does not go to
 * localhost (office.js from Microsoft's CDN fails, so the pane starts in browser mode).
 * Then, in Thai: the bundled sample opens → Recompute → the total and grade must equal what
 * the engine's CLI computes for the same file → the Recompute hint is gone, and the pointer
 * reaches the Download button under it → the result downloads as sample.ita.xlsx.
 * A broken workbook (built here with ExcelJS) opened through the file input shows its
 * problems located as sheet!cell. Choosing English turns the pane English.
 *
 * Screenshots: <results>/e2e-*.png. Prints one JSON line with firstScreenMs (navigation
 * to the first usable screen: the recompute button enabled). Exits 1 on any failure.
 *
 * Environment: CHROMIUM=/path/to/chromium (default /usr/bin/chromium), E2E_HEADED=1.
 */
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const ExcelJS = require('exceljs');
const {
  DIST,
  SAMPLE,
  RESULTS,
  OFFICE_CDN,
  TIMEOUT,
  E2EFailure,
  check,
  isLocal,
  engineResult,
  waitEnabled,
  openTab,
  preflight,
  startBrowser,
  offlineContext,
} = require('./shared');

/** A workbook a planner might really send: a score typed as a word, an indicator left out, Thai digits. */
async function brokenWorkbook(file) {
  const wb = new ExcelJS.Workbook();
  const settings = wb.addWorksheet('ตั้งค่า');
  settings.addRow(['หน่วยงาน', 'องค์การบริหารส่วนตำบลทดสอบ']);
  settings.addRow(['ปีงบประมาณ', 2565]);
  const scores = wb.addWorksheet('คะแนน');
  scores.addRow(['ตัวชี้วัด', 'คะแนน']);
  const values = [96.5, 93.11, 91.57, '๘๙.๐๒', 'ดีมาก', 93.93, 89.78, 93.24, null, 100];
  values.forEach((v, i) => {
    if (v !== null) scores.addRow([i + 1, v]); // indicator 9 is missing
  });
  await wb.xlsx.writeFile(file);
}

/** The text of each tooltip on screen (Fluent keeps a closed one in the page, hidden, for aria-describedby). */
function shownTooltips(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[role=tooltip]')].filter((t) => t.offsetHeight > 0).map((t) => t.innerText.trim()),
  );
}

async function main() {
  preflight();
  check(
    fs.existsSync(path.join(DIST, 'assets', 'sample', 'sample.xlsx')),
    'dist/assets/sample/sample.xlsx is missing: the build must copy assets/sample/',
  );
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-e2e-'));
  const expected = engineResult(SAMPLE, tmp);
  const brokenFile = path.join(tmp, 'broken.xlsx');
  await brokenWorkbook(brokenFile);

  const { server, browser, close } = await startBrowser();
  const attempted = [];
  const pageErrors = [];
  const consoleErrors = [];
  const report = { firstScreenMs: null };
  try {
    // Nothing leaves the machine: every request that is not to localhost is refused.
    const context = await offlineContext(
      browser,
      { viewport: { width: 420, height: 860 }, deviceScaleFactor: 2, locale: 'th-TH', acceptDownloads: true },
      attempted,
    );
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    const shot = (name) => page.screenshot({ path: path.join(RESULTS, `e2e-${name}.png`), fullPage: true });

    // 1. First screen, Thai: the sample opens by itself; the recompute button becomes usable.
    await page.goto(`${server.url}taskpane.html`, { waitUntil: 'commit' });
    const recomputeTh = page.getByRole('button', { name: 'คำนวณใหม่', exact: true });
    await waitEnabled(recomputeTh, 'the "คำนวณใหม่" button');
    report.firstScreenMs = Math.round(
      await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        return performance.now() - (nav ? nav.startTime : 0);
      }),
    );
    check(
      (await page.evaluate(() => document.documentElement.dataset.mode)) === 'browser',
      'the pane did not start in browser mode',
    );
    await page.getByText('ไฟล์: sample.xlsx').waitFor({ timeout: TIMEOUT });
    await page.getByRole('heading', { name: 'ข้อมูลที่พบในสมุดงาน' }).waitFor({ timeout: TIMEOUT });
    await shot('1-start-th');

    // 2. Recompute: the pane's total and grade are the engine's.
    await recomputeTh.click();
    const total = page.getByTestId('total');
    await total.waitFor({ timeout: TIMEOUT });
    const shownTotal = (await total.textContent()).trim();
    const shownGrade = await page.locator('[data-grade]').first().getAttribute('data-grade');
    check(
      shownTotal === expected.total && shownGrade === expected.grade,
      `the pane shows ${shownTotal} ${shownGrade}, the engine computes ${expected.total} ${expected.grade}`,
    );
    const status = (await page.getByRole('status').first().textContent()).trim();
    check(
      status.includes(`คำนวณเสร็จ: ${expected.total} คะแนน ระดับ ${expected.grade}`),
      `the live region says "${status}"`,
    );
    await page.getByRole('img', { name: /แผนภูมิคะแนน 10 ตัวชี้วัด/ }).waitFor({ timeout: TIMEOUT });
    await shot('2-results-th');
    report.total = shownTotal;
    report.grade = shownGrade;

    // 2b. The Recompute hint, a tooltip above the button, lies over the Download button: it closes
    // when the action starts, and the pointer passing onto it on the way to Download does not keep it.
    await page.waitForTimeout(400); // past Fluent's 250 ms show delay, the pointer still on Recompute
    const hintShown = async () => (await shownTooltips(page)).some((t) => t.startsWith('อ่านสมุดงาน'));
    check(!(await hintShown()), 'after clicking Recompute, the pointer still on it, its hint is still shown');
    const downloadTh = page.getByRole('button', { name: 'ดาวน์โหลดผลลัพธ์' });
    const from = await recomputeTh.boundingBox();
    const to = await downloadTh.boundingBox();
    const [fx, fy, tx, ty] = [
      from.x + from.width / 2,
      from.y + from.height / 2,
      to.x + to.width / 2,
      to.y + to.height / 2,
    ];
    await page.mouse.move(fx, from.y + from.height + 40); // off the button, then back: the hint opens
    await page.mouse.move(fx, fy);
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('[role=tooltip]')].some(
          (t) => t.offsetHeight > 0 && /^อ่านสมุดงาน/.test(t.innerText),
        ),
      null,
      { timeout: TIMEOUT },
    );
    await page.mouse.move(tx, ty, { steps: 12 });
    await page.waitForTimeout(400);
    check(!(await hintShown()), 'the Recompute hint stays up once the pointer has moved on to the Download button');
    const under = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x, y)?.closest('button')?.innerText.trim(),
      [tx, ty],
    );
    check(under === 'ดาวน์โหลดผลลัพธ์', `the pointer on the Download button is on "${under}"`);

    // 3. Download the result and open it again.
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: TIMEOUT }), downloadTh.click()]);
    check(download.suggestedFilename() === 'sample.ita.xlsx', `the download is named ${download.suggestedFilename()}`);
    const saved = path.join(tmp, 'sample.ita.xlsx');
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    check(
      wb.getWorksheet('สรุปผล ITA'),
      `the downloaded workbook has no "สรุปผล ITA" sheet: ${wb.worksheets.map((w) => w.name).join(', ')}`,
    );

    // 4. A broken workbook through the file input: problems located as sheet!cell.
    await page.locator('input[type=file]').setInputFiles(brokenFile);
    await page.getByText('ไฟล์: broken.xlsx').waitFor({ timeout: TIMEOUT });
    await waitEnabled(recomputeTh, 'the "คำนวณใหม่" button after opening broken.xlsx');
    await recomputeTh.click();
    await page.getByRole('heading', { name: 'ปัญหาที่พบ' }).waitFor({ timeout: TIMEOUT });
    const located = page.getByRole('button', { name: 'คะแนน!B6', exact: true });
    await located.waitFor({ timeout: TIMEOUT });
    await page.getByText(/^มี "ดีมาก" แต่ต้องการ/).waitFor({ timeout: TIMEOUT });
    await page.getByText(/ไม่มีคะแนนตัวชี้วัดที่ 9/).waitFor({ timeout: TIMEOUT });
    await page.getByRole('button', { name: /แปลงข้อความเป็นตัวเลข \(1 เซลล์\)/ }).waitFor({ timeout: TIMEOUT });
    await located.click();
    const preview = page.getByTestId('sheet-preview');
    await preview.waitFor({ timeout: TIMEOUT });
    check(
      (await preview.locator('[aria-current="true"]').textContent()).trim() === 'ดีมาก',
      'the preview does not highlight คะแนน!B6',
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot('3-problems-th');

    // 5. English.
    await page.getByRole('group', { name: 'ภาษา / Language' }).getByRole('button', { name: 'English' }).click();
    const recomputeEn = page.getByRole('button', { name: 'Recompute', exact: true });
    await waitEnabled(recomputeEn, 'the "Recompute" button');
    await page.getByRole('heading', { name: 'Problems found' }).waitFor({ timeout: TIMEOUT });
    await page.getByText(/holds "ดีมาก"; expected a score from 0 to 100/).waitFor({ timeout: TIMEOUT });
    await shot('4-problems-en');

    await page.getByRole('button', { name: 'Open the sample' }).click();
    await page.getByText('File: sample.xlsx').waitFor({ timeout: TIMEOUT });
    await waitEnabled(recomputeEn, 'the "Recompute" button after reopening the sample');
    await recomputeEn.click();
    await total.waitFor({ timeout: TIMEOUT });
    check((await total.textContent()).trim() === expected.total, 'the English results show another total');
    await page
      .getByRole('status')
      .first()
      .getByText(`Done: ${expected.total} points, grade ${expected.grade}`)
      .waitFor({ timeout: TIMEOUT });
    await shot('5-results-en');
    await openTab(page, /^Measures/);
    await page.getByRole('heading', { name: 'Progress of the measures' }).waitFor({ timeout: TIMEOUT });
    await shot('6-measures-en');

    // 6. A second visit (files cached), with the system in dark mode.
    const dark = await context.newPage();
    dark.on('pageerror', (e) => pageErrors.push(e.message));
    await dark.emulateMedia({ colorScheme: 'dark' });
    await dark.goto(`${server.url}taskpane.html?lang=th`, { waitUntil: 'commit' });
    await waitEnabled(
      dark.getByRole('button', { name: 'คำนวณใหม่', exact: true }),
      'the "คำนวณใหม่" button on the second visit',
    );
    report.firstScreenWarmMs = Math.round(
      await dark.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        return performance.now() - (nav ? nav.startTime : 0);
      }),
    );
    await dark.getByRole('button', { name: 'คำนวณใหม่', exact: true }).click();
    await dark.getByTestId('total').waitFor({ timeout: TIMEOUT });
    await dark.screenshot({ path: path.join(RESULTS, 'e2e-7-results-dark-th.png'), fullPage: false });
    check(
      (await dark.evaluate(() => document.documentElement.dataset.theme)) === 'dark',
      'the pane is not dark with the system in dark mode',
    );
    // The system turns light while the pane is open: the pane follows without a reload.
    await dark.emulateMedia({ colorScheme: 'light' });
    await dark.waitForFunction(() => document.documentElement.dataset.theme === 'light', null, { timeout: TIMEOUT });

    // Nothing but localhost and the office.js CDN was even attempted.
    const foreign = [...new Set(attempted.filter((u) => !isLocal(u) && u !== OFFICE_CDN))];
    check(foreign.length === 0, `requests left localhost: ${foreign.join(', ')}`);
    check(pageErrors.length === 0, `errors in the page: ${pageErrors.join(' | ')}`);
    const unexpected = consoleErrors.filter((t) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(t));
    check(unexpected.length === 0, `console errors: ${unexpected.join(' | ')}`);
    report.requests = attempted.length;
    report.officeJsAttempted = attempted.includes(OFFICE_CDN);
  } finally {
    await close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log(JSON.stringify(report));
  // The benchmark report quotes these figures.
  fs.writeFileSync(path.join(RESULTS, 'e2e.json'), JSON.stringify(report, null, 2));
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(`e2e FAILED: ${e instanceof E2EFailure ? e.message : e && e.stack ? e.stack : e}`);
    process.exit(1);
  },
);
