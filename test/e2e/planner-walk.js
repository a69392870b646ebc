#!/usr/bin/env node
/**
 * The planner's whole path in the task pane, in Chromium at 320 px (a narrow Excel task pane),
 * without Office and without network:
 *
 *   npm run build:test && node test/e2e/planner-walk.js
 *
 *   1. `ita-planner template` with no options writes ita-template-<year>.xlsx for the newest year
 *      whose rules ship; the planner of fiscal 2565 asks for `--year 2565`.
 *   2. The planner types อบต.ท่ามะลิ่ง's ten indicator scores (fiscal 2565) into the Scores sheet
 *      as planners type them: Thai digits, "ร้อยละ …", "… คะแนน"; the OIT checklist is left
 *      untouched (they have only indicator-level scores).
 *   3. The file opens in the pane on the Overview tab; Recompute gives 85.66, grade A.
 *   4. The figures as the report prints them (indicator 9 ๘๕) with the published 85.66 on a
 *      settings row `คะแนนรวมที่ประกาศ`: 83.66 B, and the pane says the two differ. Naming the
 *      likely cell (issue 9 item 5) is checked once it is there, reported pending until then.
 *   5. The number fix converts the typed cells; the summary is recomputed at once.
 *   6. "Add to measures": the summary is recomputed and counts the new measure.
 *   7. Download: the file, recalculated by LibreOffice, holds the total, grade and measure count
 *      the pane shows, and the measure row.
 *   8. Every tab at 320 px, in Thai and in English, light and dark: a screenshot
 *      (<results>/walk-*.png), every tab on screen with its whole label in at most two rows,
 *      no table header broken across lines,
 *      chart text at least 12 px, and an axe-core scan with no serious or critical violation.
 *
 * Prints one JSON line (<results>/e2e-walk.json); exits 1 on any failure.
 * Environment: CHROMIUM, E2E_HEADED=1.
 */
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const ExcelJS = require('exceljs');
const {
  ROOT,
  RESULTS,
  TIMEOUT,
  E2EFailure,
  check,
  waitEnabled,
  openTab,
  tabsReadable,
  preflight,
  startBrowser,
  offlineContext,
  axeScan,
} = require('./shared');

/**
 * อบต.ท่ามะลิ่ง (จ.สตูล), fiscal 2565, as the agency's own report prints its scores. The NACC
 * published 85.66, grade A. The report prints indicator 9 as ๘๕, a slip for ๙๕: only 95 gives
 * the published total, so the walk types ๙๕.
 */
const THAMALING = {
  agency: 'องค์การบริหารส่วนตำบลท่ามะลิ่ง',
  typed: {
    1: 'ร้อยละ ๘๗.๔๙',
    2: '๗๗.๘๕',
    3: '๘๑.๙๐ คะแนน',
    4: '๗๘.๐๘',
    5: '๘๐.๓๐',
    6: '๗๘.๓๕',
    7: '๘๕.๘๙',
    8: '๘๓.๙๖',
    9: '๙๕',
    10: '๘๗.๕๐',
  },
  total: '85.66',
  grade: 'A',
};

/**
 * The published total on a settings row. Issue 9 item 5 (the template's own row, and the pane
 * naming the likely cell when the totals differ) belongs to another piece of work; until its
 * message names indicator 9, that part is reported pending in the JSON line, never as passed.
 */
const REPORTED = { labels: ['คะแนนที่ประกาศ', 'คะแนนรวมที่ประกาศ'], label: 'คะแนนรวมที่ประกาศ', asPrinted9: '๘๕' };

const TABS = {
  th: [
    ['overview', /^ภาพรวม/],
    ['problems', /^ปัญหา/],
    ['results', /^ผลคะแนน/],
    ['measures', /^มาตรการ/],
    ['reports', /^รายงาน/],
  ],
  en: [
    ['overview', /^Overview/],
    ['problems', /^Problems/],
    ['results', /^Results/],
    ['measures', /^Measures/],
    ['reports', /^Reports/],
  ],
};

function cli(args, cwd) {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'ita-planner.js'), ...args], {
    cwd,
    encoding: 'utf8',
  });
  check(run.status === 0, `ita-planner ${args.join(' ')} exited ${run.status}: ${run.stderr || run.stdout}`);
  return run.stdout;
}

/** The template's fiscal year, from its settings sheet. */
async function templateYear(file) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const settings = wb.getWorksheet('ตั้งค่า');
  check(settings.getCell('A1').value === 'ปีงบประมาณ', 'the template settings do not start with ปีงบประมาณ');
  return { wb, year: settings.getCell('B1').value };
}

/** Step 1–2: the template as the command line writes it, filled as a planner fills it. */
async function plannerWorkbook(tmp, { asPrinted = false } = {}) {
  const byDefault = path.join(tmp, 'default');
  fs.mkdirSync(byDefault, { recursive: true });
  cli(['template'], byDefault);
  const [written] = fs.readdirSync(byDefault);
  const defaultYear = (await templateYear(path.join(byDefault, written))).year;
  check(
    written === `ita-template-${defaultYear}.xlsx` && defaultYear >= 2565,
    `template without options wrote ${written} for the year ${defaultYear}`,
  );
  cli(['template', '--year', '2565'], tmp);
  const template = path.join(tmp, 'ita-template-2565.xlsx');
  check(fs.existsSync(template), 'template --year 2565 did not write ita-template-2565.xlsx');
  const { wb, year } = await templateYear(template);
  check(year === 2565, `the template's year is ${year}, not 2565`);
  const settings = wb.getWorksheet('ตั้งค่า');
  check(settings.getCell('A2').value === 'หน่วยงาน', 'the template settings have no หน่วยงาน row 2');
  settings.getCell('B2').value = THAMALING.agency;
  const scores = wb.getWorksheet('คะแนน');
  const header = scores.getRow(1).values;
  const scoreCol = header.indexOf('คะแนน');
  check(scoreCol > 0, `the template's คะแนน sheet has no คะแนน column: ${JSON.stringify(header)}`);
  for (let id = 1; id <= 10; id++) {
    check(scores.getCell(id + 1, 1).value === id, `คะแนน!A${id + 1} is not indicator ${id}`);
    scores.getCell(id + 1, scoreCol).value = id === 9 && asPrinted ? REPORTED.asPrinted9 : THAMALING.typed[id];
  }
  let reportedRow = 0;
  settings.eachRow((row, n) => {
    if (REPORTED.labels.includes(row.getCell(1).value)) reportedRow = n;
  });
  if (asPrinted) {
    const row = reportedRow || settings.rowCount + 1;
    settings.getCell(row, 1).value = settings.getCell(row, 1).value || REPORTED.label;
    settings.getCell(row, 2).value = Number(THAMALING.total);
  }
  const file = path.join(tmp, asPrinted ? 'ท่ามะลิ่ง 2565 ตามรายงาน.xlsx' : 'ท่ามะลิ่ง 2565.xlsx');
  await wb.xlsx.writeFile(file);
  return { file, reportedRow, defaultTemplate: written };
}

async function chooseLang(page, lang) {
  await page
    .getByRole('group', { name: 'ภาษา / Language' })
    .getByRole('button', { name: lang === 'th' ? 'ไทย' : 'English' })
    .click();
}

/**
 * What issue 9 asks of every screen at 320 px: every tab readable and the tab list short (all of
 * them on screen, whole, in at most two rows; one line cannot hold five Thai tabs at 320 px
 * without hiding some in a menu), no table header broken across lines (Thai has no spaces, so a
 * narrow column breaks inside a word), chart text at least 12 px as drawn.
 */
async function layoutChecks(page, tabs, what) {
  const rows = await tabsReadable(page, tabs, what);
  check(rows <= 2, `${what}: the tabs take ${rows} rows`);
  const found = await page.evaluate(() => {
    // Lines of text in an element: the distinct tops of its text's line boxes.
    const lines = (el) => {
      const tops = new Set();
      const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        const r = document.createRange();
        r.selectNodeContents(n);
        for (const x of r.getClientRects()) if (x.width > 0) tops.add(Math.round(x.top));
      }
      return tops.size;
    };
    const brokenHeaders = [...document.querySelectorAll('th')]
      .filter((th) => lines(th) > 1)
      .map((th) => th.textContent);
    const smallText = [...document.querySelectorAll('svg text')]
      .map((t) => {
        const svg = t.ownerSVGElement;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return { text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * scale };
      })
      .filter((x) => x.px < 11.99);
    return { brokenHeaders, smallText };
  });
  check(
    found.brokenHeaders.length === 0,
    `${what}: table headers broken across lines: ${found.brokenHeaders.join(' | ')}`,
  );
  check(
    found.smallText.length === 0,
    `${what}: chart text under 12 px: ${JSON.stringify(found.smallText.slice(0, 3))}`,
  );
}

/** Step 8 for one theme: each tab in both languages, screenshot and axe scan. */
async function everyTab(page, theme, report) {
  for (const lang of ['th', 'en']) {
    await chooseLang(page, lang);
    for (const [id, name] of TABS[lang]) {
      await openTab(page, name);
      await page.getByRole('tab', { name, selected: true }).waitFor({ timeout: TIMEOUT });
      await page.evaluate(() => window.scrollTo(0, 0));
      const file = `walk-320-${theme}-${lang}-${id}.png`;
      await page.screenshot({ path: path.join(RESULTS, file), fullPage: true });
      await layoutChecks(
        page,
        TABS[lang].map(([, n]) => n),
        `${id} (${lang}, ${theme})`,
      );
      const minor = await axeScan(page, `${id} (${lang}, ${theme})`);
      report.axe[`${theme}-${lang}-${id}`] = minor;
    }
  }
}

async function openWorkbook(page, url, file) {
  await page.goto(url, { waitUntil: 'commit' });
  await waitEnabled(page.getByRole('button', { name: 'คำนวณใหม่', exact: true }), 'the "คำนวณใหม่" button');
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByText(`ไฟล์: ${path.basename(file)}`).waitFor({ timeout: TIMEOUT });
  await waitEnabled(page.getByRole('button', { name: 'คำนวณใหม่', exact: true }), 'the button after opening');
}

async function recompute(page) {
  await page.getByRole('button', { name: 'คำนวณใหม่', exact: true }).click();
  const status = page.getByTestId('live-status');
  await status.getByText(/^คำนวณเสร็จ/).waitFor({ timeout: TIMEOUT });
  return (await status.textContent()).trim();
}

async function main() {
  preflight();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-walk-'));
  const report = { steps: [], pending: [], axe: {} };
  const step = (s) => report.steps.push(s);

  const { file, defaultTemplate } = await plannerWorkbook(tmp);
  step(`template: ${defaultTemplate} by default; --year 2565 for ท่ามะลิ่ง; scores typed with Thai digits and suffixes`);

  const { server, browser, close } = await startBrowser();
  const pageErrors = [];
  try {
    const context = await offlineContext(browser, {
      viewport: { width: 320, height: 640 },
      deviceScaleFactor: 2,
      locale: 'th-TH',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    const url = `${server.url}taskpane.html?lang=th`;

    // 3. Open on the Overview; recompute gives the published result.
    await openWorkbook(page, url, file);
    await page.getByRole('tab', { name: /^ภาพรวม/, selected: true }).waitFor({ timeout: TIMEOUT });
    await page.getByText(THAMALING.agency).first().waitFor({ timeout: TIMEOUT });
    const tabsTop = await page.getByRole('tablist').boundingBox();
    check(tabsTop && tabsTop.height < 80, `the tabs take ${tabsTop && tabsTop.height} px at 320 px: over two rows`);
    const recomputeButton = page.getByRole('button', { name: 'คำนวณใหม่', exact: true });
    let status = await recompute(page);
    check(
      status.includes(`คำนวณเสร็จ: ${THAMALING.total} คะแนน ระดับ ${THAMALING.grade}`),
      `the status says "${status}"`,
    );
    check(
      await recomputeButton.evaluate((b) => b === document.activeElement),
      'focus left the Recompute button after recomputing',
    );
    const total = (await page.getByTestId('total').textContent()).trim();
    const grade = await page.locator('[data-grade]').first().getAttribute('data-grade');
    check(total === THAMALING.total && grade === THAMALING.grade, `the pane shows ${total} ${grade}`);
    step(`recompute: ${total} ${grade}`);

    // 4. As printed (indicator 9 ๘๕) with the published total on the settings: the pane says they differ.
    {
      const printed = await plannerWorkbook(path.join(tmp, 'printed'), { asPrinted: true });
      const other = await context.newPage();
      other.on('pageerror', (e) => pageErrors.push(e.message));
      await openWorkbook(other, url, printed.file);
      await recompute(other);
      const shown = (await other.getByTestId('total').textContent()).trim();
      check(shown === '83.66', `as printed the pane shows ${shown}, not 83.66`);
      await openTab(other, /^ปัญหา/);
      const warning = other.getByText(/85\.66.*83\.66|83\.66.*85\.66/).first();
      await warning.waitFor({ timeout: TIMEOUT });
      const text = (await warning.textContent()).trim();
      step(`reported 85.66, as printed 83.66: "${text}"`);
      if (/ตัวชี้วัดที่ 9|ตัวชี้วัด 9/.test(text) && /95/.test(text)) step('the message names indicator 9 and 95');
      else
        report.pending.push(
          'the reported-total message names the likely cell ("indicator 9 at 85.00 would need 95.00"): issue 9 item 5, not on main yet',
        );
      await other.screenshot({ path: path.join(RESULTS, 'walk-320-reported-th.png'), fullPage: true });
      await other.close();
    }

    // 5. The number fix, then the summary recomputed at once.
    await openTab(page, /^ปัญหา/);
    const fix = page.getByRole('button', { name: /^แปลงข้อความเป็นตัวเลข \(10 เซลล์\)$/ });
    await fix.click();
    await page.getByRole('dialog').getByRole('button', { name: 'แปลง', exact: true }).click();
    status = page.getByTestId('live-status');
    await status
      .getByText(`แปลง 10 เซลล์เป็นตัวเลขแล้ว คำนวณสรุปผลใหม่แล้ว: ${THAMALING.total} คะแนน ระดับ ${THAMALING.grade}`)
      .waitFor({ timeout: TIMEOUT });
    check((await fix.count()) === 0, 'the number fix is still offered after converting');
    check(
      await page.evaluate(() => document.activeElement && document.activeElement.tagName === 'H2'),
      'after the number fix, focus is not on the Problems heading',
    );
    step('number fix: 10 cells, summary recomputed');

    // 6. Add a measure: the summary is recomputed and counts it.
    await openTab(page, /^ผลคะแนน/);
    const add = page.getByRole('button', { name: 'เพิ่มในมาตรการ', exact: true }).first();
    const measureText = await add.evaluate((b) =>
      document.getElementById(b.getAttribute('aria-describedby')).textContent.trim(),
    );
    await add.click();
    await status.getByText(/^เพิ่มในชีตมาตรการแล้ว คำนวณสรุปผลใหม่แล้ว/).waitFor({ timeout: TIMEOUT });
    check(
      await page.evaluate(() => (document.activeElement.textContent || '').includes('เพิ่มในชีตมาตรการแล้ว')),
      'after adding a measure, focus is not on its "added" mark',
    );
    await openTab(page, /^มาตรการ/);
    await page.getByText('มาตรการทั้งหมด 1 รายการ').waitFor({ timeout: TIMEOUT });
    step('add to measures: the summary counts 1 measure');

    // 7. The download holds what the pane shows (recalculated by LibreOffice, not our cached values).
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: TIMEOUT }),
      page.getByRole('button', { name: 'ดาวน์โหลดผลลัพธ์' }).click(),
    ]);
    check(download.suggestedFilename() === 'ท่ามะลิ่ง 2565.ita.xlsx', `downloaded ${download.suggestedFilename()}`);
    await status.getByText('ดาวน์โหลด ท่ามะลิ่ง 2565.ita.xlsx แล้ว มีผลตามที่แสดงในบานหน้าต่างนี้').waitFor({ timeout: TIMEOUT });
    const saved = path.join(tmp, 'walk.ita.xlsx');
    await download.saveAs(saved);
    const recalc = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'lo-recalc.js'), saved, tmp], {
      encoding: 'utf8',
      timeout: 180_000,
    });
    check(recalc.status === 0, `LibreOffice could not recalculate the download: ${recalc.stderr}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(recalc.stdout.trim());
    const named = (n) => {
      const [ref] = wb.definedNames.getRanges(n).ranges;
      check(ref, `the download has no name ${n}`);
      const [, sheet, col, row] = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(ref) || [];
      const v = wb.getWorksheet(sheet).getCell(`${col}${row}`).value;
      return v && typeof v === 'object' && 'result' in v ? v.result : v;
    };
    const fileTotal = Number(named('ITA_TOTAL')).toFixed(2);
    check(fileTotal === THAMALING.total, `the download's ITA_TOTAL is ${fileTotal}, the pane shows ${total}`);
    check(named('ITA_GRADE') === grade, `the download's ITA_GRADE is ${named('ITA_GRADE')}`);
    check(named('ITA_MEASURES_TOTAL') === 1, `the download's ITA_MEASURES_TOTAL is ${named('ITA_MEASURES_TOTAL')}`);
    const measures = wb.getWorksheet('มาตรการ');
    check(measures.getCell('A2').value === measureText, `มาตรการ!A2 holds ${measures.getCell('A2').value}`);
    const scores = wb.getWorksheet('คะแนน');
    check(typeof scores.getCell('E2').value === 'number', 'the download still holds คะแนน!E2 as text');
    step('download: LibreOffice recalculates 85.66 A and 1 measure');

    // 8. Every tab, Thai and English, light and dark: screenshot and axe-core.
    await everyTab(page, 'light', report);
    const dark = await context.newPage();
    dark.on('pageerror', (e) => pageErrors.push(e.message));
    await dark.emulateMedia({ colorScheme: 'dark' });
    await openWorkbook(dark, url, file);
    check((await dark.evaluate(() => document.documentElement.dataset.theme)) === 'dark', 'the pane is not dark');
    await recompute(dark);
    await everyTab(dark, 'dark', report);
    step('20 screens scanned by axe-core: no serious or critical violation');

    check(pageErrors.length === 0, `errors in the page: ${pageErrors.join(' | ')}`);
  } finally {
    await close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log(JSON.stringify(report));
  fs.writeFileSync(path.join(RESULTS, 'e2e-walk.json'), JSON.stringify(report, null, 2));
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(`e2e walk FAILED: ${e instanceof E2EFailure ? e.message : e && e.stack ? e.stack : e}`);
    process.exit(1);
  },
);
