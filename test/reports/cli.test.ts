/** `ita-planner report`: the sheet in a copy, the Word file, and one clear message for bad input. */
import * as fs from 'fs';
import JSZip from 'jszip';
import * as os from 'os';
import * as path from 'path';
import { SHEET_NAMES } from '../../src/workbook/owned';
import { loadXlsx, writeXlsx } from '../../src/xlsx';
import { seed001Workbook } from './fixtures';
import { runCli } from '../helpers/run-cli';

const run = (argv: string[]) => runCli(argv);

async function input(): Promise<string> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ita-report-cli-')), 'tamaling.xlsx');
  fs.writeFileSync(file, await writeXlsx(seed001Workbook()));
  return file;
}

describe('ita-planner report', () => {
  it('--kind 6-month -o writes the report sheet into a copy and leaves the input alone', async () => {
    const file = await input();
    const before = fs.readFileSync(file);
    const out = file.replace(/\.xlsx$/, '.report.xlsx');
    const r = await run(['report', file, '--kind', '6-month', '-o', out, '--as-of', '2023-04-05']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    const wb = await loadXlsx(fs.readFileSync(out));
    expect(wb.worksheets.map((w) => w.name)).toContain(SHEET_NAMES.th['six-month']);
    expect(r.out).toContain('รอบ 6 เดือน');
  });

  it("without -o, the sheet goes to IN.<kind>.xlsx and never replaces recompute's IN.ita.xlsx (its summary stays)", async () => {
    const file = await input();
    expect((await run(['recompute', file])).code).toBe(0);
    const recomputed = file.replace(/\.xlsx$/, '.ita.xlsx');
    const summaryBefore = fs.readFileSync(recomputed);
    const r = await run(['report', file, '--kind', 'plan']);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(recomputed).equals(summaryBefore)).toBe(true);
    const plan = await loadXlsx(fs.readFileSync(file.replace(/\.xlsx$/, '.plan.xlsx')));
    expect(plan.worksheets.map((w) => w.name)).toContain(SHEET_NAMES.th.plan);
    // Reporting on the recomputed file keeps its summary beside the report, in a third file.
    expect((await run(['report', recomputed, '--kind', 'plan'])).code).toBe(0);
    const both = await loadXlsx(fs.readFileSync(file.replace(/\.xlsx$/, '.ita.plan.xlsx')));
    expect(both.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining([SHEET_NAMES.th.summary, SHEET_NAMES.th.plan]),
    );
  });

  it('--docx alone writes only the Word file, in the language asked for', async () => {
    const file = await input();
    const docx = path.join(path.dirname(file), 'plan.docx');
    const r = await run(['report', file, '--kind', 'plan', '--docx', docx, '--lang', 'en']);
    expect(r.code).toBe(0);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(docx))).file('word/document.xml')!.async('string');
    expect(xml).toContain('Internal measures for integrity and transparency, fiscal year B.E. 2566');
    expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(['plan.docx', 'tamaling.xlsx']);
  });

  it('a wrong --kind exits 2 naming the kinds', async () => {
    const r = await run(['report', await input(), '--kind', 'monthly', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--kind must be analysis, plan, 6-month or year-end (found "monthly")');
    const th = await run(['report', await input(), '--kind', 'monthly']);
    expect(th.err).toContain('--kind ต้องเป็น analysis (วิเคราะห์ผล)');
    expect(th.err).toContain('วิธีใช้: ita-planner report');
  });

  it('a progress report without a measures sheet exits 1 with the reason, in Thai by default or in English', async () => {
    const wb = seed001Workbook();
    wb.removeWorksheet(wb.getWorksheet('มาตรการ')!.id);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ita-report-cli-')), 'no-measures.xlsx');
    fs.writeFileSync(file, await writeXlsx(wb));
    const r = await run(['report', file, '--kind', 'year-end']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('ไม่พบชีต "มาตรการ"');
    expect(r.err).not.toContain('no "Measures" sheet');
    const en = await run(['report', file, '--kind', 'year-end', '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(en.err).toContain('no "Measures" sheet');
  });
});
