#!/usr/bin/env node
/**
 * The pre-assessment survey in the built task pane, in Chromium, browser mode (issue #13):
 *
 *   npm run build:test && node test/e2e/survey.js
 *
 * Opens a workbook with a Google-Forms-shaped responses sheet (timestamp, e-mail, the 15 EIT
 * questions headed by code and wording, a free-text column), recomputes, opens the
 * "ประเมินล่วงหน้า" tab and checks its badge, the respondents per tool and the lowest question's
 * answers counted against the engine's figures, then that no respondent's e-mail or words
 * reach the page. At 320 px (Excel's default pane on Windows) and at 420 px, in Thai and English,
 * every tab is on screen with its whole label (none in a "more" menu). A workbook with the survey
 * and no Scores sheet opens on the pre-assessment tab by itself. axe-core finds no serious or
 * critical violation on the tab. Screenshots: <results>/e2e-survey-*.png. Exits 1 on any failure.
 */
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const ExcelJS = require('exceljs');
const {
  RESULTS,
  TIMEOUT,
  check,
  waitEnabled,
  tabsReadable,
  preflight,
  startBrowser,
  offlineContext,
  axeScan,
} = require('./shared');

const SECRET_EMAIL = 'respondent.zero@private.example';
const SECRET_TEXT = 'นายลับเฉพาะ ขอร้องเรียน';

/** The tabs of a workbook with a survey, as the pane lists them. */
const TABS = {
  th: [/^ภาพรวม/, /^ปัญหา/, /^ผลคะแนน/, /^มาตรการ/, /^ประเมินล่วงหน้า/, /^รายงาน/],
  en: [/^Overview/, /^Problems/, /^Results/, /^Measures/, /^Pre-assessment/, /^Reports/],
};
const SURVEY_TAB = { th: /^ประเมินล่วงหน้า/, en: /^Pre-assessment/ };

/**
 * Eight respondents. Every answer มากที่สุด except E6: น้อย ×5, มาก ×3 → (250 + 255) / 8 = 63.13;
 * E3 (reverse-worded) น้อยที่สุดหรือไม่มีเลย → 100; E8, E10 มี → 100.
 */
async function surveyWorkbook(file, { withScores = true } = {}) {
  const wb = new ExcelJS.Workbook();
  const settings = wb.addWorksheet('ตั้งค่า');
  settings.addRow(['ปีงบประมาณ', 2565]);
  settings.addRow(['หน่วยงาน', 'เทศบาลตำบลทดสอบ']);
  if (withScores) {
    const scores = wb.addWorksheet('คะแนน');
    scores.addRow(['ตัวชี้วัด', 'คะแนน']);
    [96.5, 93.11, 91.57, 89.02, 92.45, 93.93, 89.78, 93.24, 97.78, 100].forEach((v, i) => scores.addRow([i + 1, v]));
  }
  const ws = wb.addWorksheet('Form Responses 1');
  const codes = Array.from({ length: 15 }, (_, i) => `E${i + 1}`);
  ws.addRow(['ประทับเวลา', 'ที่อยู่อีเมล', ...codes.map((c) => `${c}. หน่วยงานที่ท่านติดต่อ…`), 'ข้อเสนอแนะ']);
  for (let r = 0; r < 8; r++)
    ws.addRow([
      `2026/11/0${r + 1} 10:00:00`,
      r === 0 ? SECRET_EMAIL : `someone${r}@private.example`,
      ...codes.map((c) =>
        c === 'E6'
          ? r < 5
            ? 'น้อย'
            : 'มาก'
          : c === 'E3'
            ? 'น้อยที่สุดหรือไม่มีเลย'
            : c === 'E8' || c === 'E10'
              ? 'มี'
              : 'มากที่สุด',
      ),
      r === 0 ? SECRET_TEXT : null,
    ]);
  await wb.xlsx.writeFile(file);
}

/** A page at `width` px in `lang` with `file` opened and recomputed. */
async function recomputed(browser, server, pageErrors, { lang, width, file, until }) {
  const context = await offlineContext(browser, { viewport: { width, height: 900 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${server.url}taskpane.html?lang=${lang}`, { waitUntil: 'commit' });
  const recompute = page.getByRole('button', { name: lang === 'th' ? 'คำนวณใหม่' : 'Recompute', exact: true });
  await waitEnabled(recompute, 'the recompute button');
  await page.locator('input[type=file]').setInputFiles(file);
  const name = path.basename(file);
  await page.getByText(lang === 'th' ? `ไฟล์: ${name}` : `File: ${name}`).waitFor({ timeout: TIMEOUT });
  await waitEnabled(recompute, `the recompute button after opening ${name}`);
  await recompute.click();
  await until(page).waitFor({ timeout: TIMEOUT });
  // Away from the Recompute button, whose tooltip would cover the tabs in the screenshots.
  await page.mouse.move(width - 5, 890);
  return { context, page };
}

async function main() {
  preflight();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-e2e-survey-'));
  const file = path.join(tmp, 'survey.xlsx');
  await surveyWorkbook(file);
  const onlyFile = path.join(tmp, 'survey-only.xlsx');
  await surveyWorkbook(onlyFile, { withScores: false });

  const { server, browser, close } = await startBrowser();
  const pageErrors = [];
  const rows = {};
  try {
    for (const { lang, width } of [
      { lang: 'th', width: 320 },
      { lang: 'en', width: 320 },
      { lang: 'th', width: 420 },
      { lang: 'en', width: 420 },
    ]) {
      const { context, page } = await recomputed(browser, server, pageErrors, {
        lang,
        width,
        file,
        until: (p) => p.getByTestId('total'),
      });
      rows[`${lang}-${width}`] = await tabsReadable(
        page,
        TABS[lang],
        `the tabs after a recompute (${lang}, ${width} px)`,
      );
      await page.getByRole('tab', { name: SURVEY_TAB[lang] }).click();
      const badge = page.getByTestId('pre-assessment-badge');
      await badge.waitFor({ timeout: TIMEOUT });
      check((await badge.textContent()).trim() === (lang === 'th' ? 'ประเมินล่วงหน้า' : 'Pre-assessment'), 'the badge');
      await tabsReadable(page, TABS[lang], `the tabs on the pre-assessment (${lang}, ${width} px)`);
      await page.screenshot({ path: path.join(RESULTS, `e2e-survey-tabs-${lang}-${width}.png`) });
      const respondents = (await page.getByTestId('survey-respondents').textContent()).replace(/\s+/g, ' ');
      check(respondents.includes(lang === 'th' ? 'EIT 8 คน' : 'EIT 8'), `respondents: "${respondents}"`);
      const e6 = page.getByTestId('survey-question-E6');
      const e6Text = (await e6.textContent()).replace(/\s+/g, ' ');
      check(e6Text.includes('E6 63.13'), `the lowest question: "${e6Text}"`);
      const answers = await e6.locator('tbody tr').allTextContents();
      check(answers.length === 4, `E6 shows ${answers.length} answer rows`);
      const body = await page.evaluate(() => document.body.innerText);
      for (const secret of [SECRET_EMAIL, 'private.example', SECRET_TEXT, '10:00:00'])
        check(!body.includes(secret), `the page shows respondent data: ${secret}`);
      await axeScan(page, `the pre-assessment tab (${lang}, ${width} px)`);
      await page.getByTestId('survey-section').scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(RESULTS, `e2e-survey-${lang}-${width}.png`), fullPage: true });
      await context.close();

      // The survey alone (no NACC scores yet): the recompute opens the pre-assessment by itself.
      const only = await recomputed(browser, server, pageErrors, {
        lang,
        width,
        file: onlyFile,
        until: (p) => p.getByRole('tab', { name: SURVEY_TAB[lang], selected: true }),
      });
      await only.page.getByTestId('pre-assessment-badge').waitFor({ timeout: TIMEOUT });
      await tabsReadable(only.page, TABS[lang], `the tabs of the survey alone (${lang}, ${width} px)`);
      await only.page.screenshot({ path: path.join(RESULTS, `e2e-survey-only-${lang}-${width}.png`) });
      await only.context.close();
    }
    check(pageErrors.length === 0, `page errors: ${pageErrors.join(' | ')}`);
    console.log(JSON.stringify({ survey: 'ok', tabRows: rows }));
  } finally {
    await close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
