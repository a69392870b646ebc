#!/usr/bin/env node
/**
 * The area view (issue 14) in Chromium, in browser mode without network: a generated workbook of
 * 40 agencies (scripts/agencies-workbook.js) opened in the pane; Recompute shows the area tab with
 * the figures the command line computes for the same file, the grade chart, and the table with the
 * agencies below the target first, no cell cut and every tab on screen with its whole label at 320
 * and 420 px. Screenshots at 320 and 420 px, in Thai and English, land in <results>/area-*.png
 * (docs/area-view.png is a copy of the 420 px Thai one; `--docs` refreshes it).
 *
 *   npm run build:test && node test/e2e/area-view.js
 */
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { agenciesWorkbook } = require('../../scripts/agencies-workbook');
const {
  ROOT,
  RESULTS,
  TIMEOUT,
  E2EFailure,
  check,
  tabsReadable,
  waitEnabled,
  preflight,
  startBrowser,
  offlineContext,
} = require('./shared');

/** The tabs of a workbook of many agencies, as the pane lists them. */
const TABS = {
  th: [/^ภาพรวม/, /^ปัญหา/, /^ผลคะแนน/, /^พื้นที่/, /^มาตรการ/, /^รายงาน/],
  en: [/^Overview/, /^Problems/, /^Results/, /^Area/, /^Measures/, /^Reports/],
};

async function main() {
  preflight();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-area-'));
  const file = path.join(tmp, 'lamphun-40.xlsx');
  await agenciesWorkbook(40).xlsx.writeFile(file);
  const cli = spawnSync(
    process.execPath,
    [path.join(ROOT, 'bin', 'ita-planner.js'), 'recompute', file, '--json', '-o', path.join(tmp, 'cli.xlsx')],
    { encoding: 'utf8' },
  );
  const engine = JSON.parse(cli.stdout).area;
  check(
    engine && engine.area.count === 40,
    `the CLI gave no area for the file: ${cli.stderr || cli.stdout.slice(0, 300)}`,
  );

  const { server, browser, close } = await startBrowser();
  const pageErrors = [];
  const shots = [];
  try {
    for (const [width, lang] of [
      [420, 'th'],
      [320, 'th'],
      [420, 'en'],
      [320, 'en'],
    ]) {
      const context = await offlineContext(browser, { viewport: { width, height: 1000 }, deviceScaleFactor: 2 });
      const page = await context.newPage();
      page.on('pageerror', (e) => pageErrors.push(e.message));
      const recompute = lang === 'th' ? 'คำนวณใหม่' : 'Recompute';
      await page.goto(`${server.url}taskpane.html?lang=${lang}`, { waitUntil: 'commit' });
      await waitEnabled(page.getByRole('button', { name: recompute, exact: true }), `the "${recompute}" button`);
      await page.locator('input[type=file]').setInputFiles(file);
      await page.getByText(path.basename(file)).first().waitFor({ timeout: TIMEOUT });
      await waitEnabled(page.getByRole('button', { name: recompute, exact: true }), 'the button after opening');
      await page.getByRole('button', { name: recompute, exact: true }).click();
      await page.getByRole('heading', { name: lang === 'th' ? 'ภาพรวมพื้นที่' : 'The area' }).waitFor({ timeout: TIMEOUT });
      const facts = await page.getByTestId('area-facts').textContent();
      const mean = engine.area.mean.toFixed(2);
      check(facts.includes(mean) && facts.includes('40'), `the pane shows "${facts}", the CLI a mean of ${mean}`);
      const firstRow = page.getByTestId('area-table').getByRole('row').nth(1);
      check(
        (await firstRow.getAttribute('data-pass')) === 'false',
        'the first row of the table is not below the target',
      );
      const firstName = (await firstRow.getByTestId('agency-name').textContent()).trim();
      check(
        firstName === engine.below[0],
        `the first row is ${firstName}, the lowest below the target is ${engine.below[0]}`,
      );
      // Nothing runs off the pane: the page does not scroll sideways, and every cell of the table ends inside it.
      const overflow = await page.evaluate(() => {
        const right = document.documentElement.clientWidth;
        const cut = [...document.querySelectorAll('[data-testid="area-table"] td, [data-testid="area-table"] th')]
          .filter((c) => c.getBoundingClientRect().right > right + 0.5 || c.scrollWidth > c.clientWidth + 1)
          .map((c) => c.textContent.slice(0, 40));
        return { scroll: document.documentElement.scrollWidth - right, cut: cut.slice(0, 5) };
      });
      check(
        overflow.scroll <= 0 && overflow.cut.length === 0,
        `at ${width} px the area table is cut: ${JSON.stringify(overflow)}`,
      );
      await tabsReadable(page, TABS[lang], `the tabs (${lang}, ${width} px)`);
      const shot = path.join(RESULTS, `area-${width}-${lang}.png`);
      // Away from the Recompute button, whose tooltip would cover the tabs.
      await page.mouse.move(width - 5, 890);
      await page.getByRole('heading', { name: lang === 'th' ? 'ภาพรวมพื้นที่' : 'The area' }).click();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: shot, fullPage: true });
      shots.push(path.relative(ROOT, shot));
      const table = path.join(RESULTS, `area-${width}-${lang}-table.png`);
      await page.getByTestId('area-table').screenshot({ path: table });
      if (width === 420 && lang === 'th') {
        // For the README: the tabs, the area's figures, the chart and the first rows of the table.
        await page
          .getByRole('tablist')
          .evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 8));
        await page.screenshot({ path: path.join(tmp, 'area-view.png') });
      }
      await context.close();
    }
    check(pageErrors.length === 0, `page errors: ${pageErrors.join('; ')}`);
  } finally {
    await close();
  }
  if (process.argv.includes('--docs'))
    fs.copyFileSync(path.join(tmp, 'area-view.png'), path.join(ROOT, 'docs', 'area-view.png'));
  console.log(
    JSON.stringify({
      ok: true,
      agencies: engine.area.count,
      mean: engine.area.mean,
      below: engine.below.length,
      shots,
    }),
  );
}

main().catch((e) => {
  console.error(e instanceof E2EFailure ? `area view: ${e.message}` : e);
  process.exit(1);
});
