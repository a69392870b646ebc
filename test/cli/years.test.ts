import * as ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writeXlsx } from '../../src/xlsx';
import { runCli } from '../helpers/run-cli';

const run = (argv: string[], stdin = '') => runCli(argv, { stdin });

/** Total 94.64 with EIT 84.20 (spec §7's 2568 case). */
const CAPPED = { 1: 97.93, 2: 97.93, 3: 97.94, 4: 97.94, 5: 97.93, 6: 84.2, 7: 84.2, 8: 84.2, 9: 100, 10: 100 };

describe('ita-planner and the named rating', () => {
  it('score gives rating { th, en, cappedBy } and the route to the next level', async () => {
    const r = await run(['score', '-'], JSON.stringify({ fiscalYear: 2568, indicators: CAPPED }));
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.total).toBe(94.64);
    expect(json.rating).toMatchObject({ th: 'ผ่าน', en: 'Passed', cappedBy: 'EIT' });
    expect(json.gap.nextRating.tools).toEqual([{ tool: 'EIT', from: 84.2, to: 85 }]);
    expect(json.provisional).toBe(true);
  });

  it('score: a year before the ITA (1999 → 2542) is refused naming the field; 2565 has no rating', async () => {
    const bad = await run(['score', '-'], JSON.stringify({ fiscalYear: 1999, indicators: CAPPED }));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('fiscalYear');
    expect(bad.err).toContain('2561');
    const old = JSON.parse((await run(['score', '-'], JSON.stringify({ fiscalYear: 2565, indicators: CAPPED }))).out);
    expect(old.rating).toBeNull();
  });

  it('recompute prints the rating with its reason and a provisional line; --json carries rating', async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet('Settings');
    s.addRow(['Fiscal year', 2569]);
    const sc = wb.addWorksheet('Scores');
    sc.addRow(['Indicator', 'Score']);
    for (const [k, v] of Object.entries(CAPPED)) sc.addRow([Number(k), v]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-cli-years-'));
    const file = path.join(dir, 'in.xlsx');
    fs.writeFileSync(file, await writeXlsx(wb));
    const text = await run(['recompute', file, '--lang', 'en', '-o', path.join(dir, 'out.xlsx')]);
    expect(text.out).toContain('Rating: Passed (EIT 84.20 is below 85, so the level is Passed)');
    expect(text.out).toMatch(/Provisional rules: the 2569 rules/);
    expect(text.out).toContain('To reach Passed, good: raise EIT from 84.20 to 85.00');
    const json = await run(['recompute', file, '--json', '-o', path.join(dir, 'out2.xlsx')]);
    expect(JSON.parse(json.out).result.rating).toMatchObject({ th: 'ผ่าน', cappedBy: 'EIT' });
  });
});

describe('ita-planner template and the year asked for', () => {
  it('a year before the ITA (2560, or 1999 read as C.E.) is refused as recompute refuses it, and no file is written', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-template-year-'));
    for (const year of ['2560', '1999']) {
      const out = path.join(dir, `t-${year}.xlsx`);
      const r = await run(['template', '--year', year, '-o', out, '--lang', 'en']);
      expect(r.code).toBe(2);
      expect(r.err).toContain('is before the ITA began (2561)');
      expect(fs.existsSync(out)).toBe(false);
    }
  });

  it('a later year we ship no rules for is written with the newest rules, and says so', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ita-template-year-')), 't.xlsx');
    const r = await run(['template', '--year', '2571', '-o', out, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.err).toContain('No rules are shipped for 2571, so the 2569 rules (provisional) are used');
    expect(fs.existsSync(out)).toBe(true);
  });
});
