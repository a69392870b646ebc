import * as ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadXlsx, readWorkbook } from '../../src/xlsx';
import { analyzeWorkbook } from '../../src/workbook';
import { sheet } from '../workbook/fixtures';
import { runCli } from '../helpers/run-cli';

const SAMPLE = path.resolve(__dirname, '../../assets/sample/sample.xlsx');

const run = (argv: string[]) => runCli(argv);

function tmp(name: string): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ita-cli-')), name);
}

async function copyOfSample(): Promise<string> {
  const file = tmp('sample.xlsx');
  fs.copyFileSync(SAMPLE, file);
  return file;
}

describe('ita-planner recompute', () => {
  it('writes IN.ita.xlsx next to the input by default, leaves the input alone, and exits 0', async () => {
    const input = await copyOfSample();
    const before = fs.readFileSync(input);
    const r = await run(['recompute', input]);
    expect(r.code).toBe(0);
    const output = input.replace(/\.xlsx$/, '.ita.xlsx');
    expect(fs.existsSync(output)).toBe(true);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    expect(r.out).toMatch(/คะแนนรวม \d+\.\d\d ระดับ (AA|A|B|C|D|E|F)/);
    const written = await loadXlsx(fs.readFileSync(output));
    expect(written.worksheets.map((w) => w.name)).toContain('สรุปผล ITA');
  });

  it('--json prints the full result, matching what the engine computes for the file', async () => {
    const input = await copyOfSample();
    const r = await run(['recompute', input, '-o', tmp('o.xlsx'), '--json', '--as-of', '2566-05-15']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const analysis = analyzeWorkbook(readWorkbook(await loadXlsx(fs.readFileSync(input))), { today: '2023-05-15' });
    expect(json.result.total).toBe(analysis.assessment!.totalShown);
    expect(json.result.grade).toBe(analysis.assessment!.grade);
    expect(json.asOf).toBe('2023-05-15'); // --as-of in BE is read as a date
    expect(json.measures.overdue).toBe(analysis.measures!.overdue);
    expect(json.found.map((f: { role: string; sheet: string }) => [f.role, f.sheet])).toEqual([
      ['settings', 'ตั้งค่า'],
      ['scores', 'คะแนน'],
      ['oit', 'OIT'],
      ['measures', 'มาตรการ'],
      ['rules', null], // optional: the shipped rules apply
      ['agencies', null], // optional: many agencies in one workbook
    ]);
  });

  it("without --as-of, overdue measures are judged on Thailand's date, not the UTC one", async () => {
    // 01:00 on 2 Dec 2026 in Thailand is still 1 Dec in UTC.
    process.env.SOURCE_DATE_EPOCH = String(Date.UTC(2026, 11, 1, 18, 0) / 1000);
    try {
      const wb = await loadXlsx(fs.readFileSync(SAMPLE));
      wb.getWorksheet('ตั้งค่า')!.getCell('B4').value = null; // the sample's own "as of" date
      const input = tmp('no-as-of.xlsx');
      await wb.xlsx.writeFile(input);
      const r = await run(['recompute', input, '-o', tmp('o.xlsx'), '--json']);
      expect(JSON.parse(r.out).asOf).toBe('2026-12-02');
    } finally {
      delete process.env.SOURCE_DATE_EPOCH;
    }
  });

  it('--lang en writes the English summary and report', async () => {
    const out = tmp('en.xlsx');
    const r = await run(['recompute', await copyOfSample(), '-o', out, '--lang', 'en']);
    expect(r.out).toMatch(/Total \d+\.\d\d, grade/);
    expect((await loadXlsx(fs.readFileSync(out))).getWorksheet('ITA Summary')).toBeDefined();
  });

  it('exits 1 when errors stop the results; the output holds the problems sheet and nothing else new', async () => {
    const wb = new ExcelJS.Workbook();
    sheet(wb, 'คะแนน', [
      ['ตัวชี้วัด', 'คะแนน'],
      [1, 'ดีมาก'],
    ]);
    const input = tmp('broken.xlsx');
    await wb.xlsx.writeFile(input);
    const out = tmp('broken.ita.xlsx');
    const r = await run(['recompute', input, '-o', out]);
    expect(r.code).toBe(1);
    // The message names its cell, so the line does not name it twice.
    expect(r.out).toContain('ข้อผิดพลาด: คะแนน!B2 มี "ดีมาก"');
    expect(r.out).not.toContain('[คะแนน!B2]');
    expect((await loadXlsx(fs.readFileSync(out))).worksheets.map((w) => w.name)).toEqual(['คะแนน', 'ปัญหาที่พบ ITA']);
  });

  it("recomputes its own output again, where one of our sheets must go: the other language's summary, a problems sheet no longer needed", async () => {
    // The planner works in the output file: fixes a cell, recomputes; or hands it to a colleague who reads English.
    const first = tmp('first.ita.xlsx');
    expect((await run(['recompute', await copyOfSample(), '-o', first])).code).toBe(0);
    const english = tmp('english.ita.xlsx');
    const again = await run(['recompute', first, '-o', english, '--lang', 'en']);
    expect(again.err).toBe('');
    expect(again.code).toBe(0);
    const names = (await loadXlsx(fs.readFileSync(english))).worksheets.map((w) => w.name);
    expect(names).toContain('ITA Summary');
    expect(names).not.toContain('สรุปผล ITA');

    // A problems sheet of an earlier run goes once the problem is fixed.
    const wb = await loadXlsx(fs.readFileSync(SAMPLE));
    const cell = wb.getWorksheet('คะแนน')!.getCell('D4');
    const score = cell.value;
    cell.value = 'ดีมาก';
    const broken = tmp('broken.xlsx');
    await wb.xlsx.writeFile(broken);
    const withProblems = tmp('broken.ita.xlsx');
    expect((await run(['recompute', broken, '-o', withProblems])).code).toBe(1);
    const fixed = await loadXlsx(fs.readFileSync(withProblems));
    expect(fixed.getWorksheet('ปัญหาที่พบ ITA')).toBeDefined();
    fixed.getWorksheet('คะแนน')!.getCell('D4').value = score;
    const fixedFile = tmp('fixed.xlsx');
    await fixed.xlsx.writeFile(fixedFile);
    const done = tmp('fixed.ita.xlsx');
    const r = await run(['recompute', fixedFile, '-o', done]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const after = (await loadXlsx(fs.readFileSync(done))).worksheets.map((w) => w.name);
    expect(after).toContain('สรุปผล ITA');
    expect(after).not.toContain('ปัญหาที่พบ ITA');
  });

  it('numbers typed as text: one warning for the sheet; --fix-numbers converts them and keeps the formulas live', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    const scores = wb.getWorksheet('คะแนน')!;
    const typed = { D4: '๙๒.๓๕', D5: '84.10 คะแนน', D6: 'ร้อยละ ๘๘.๗๒' };
    for (const [cell, text] of Object.entries(typed)) scores.getCell(cell).value = text;
    const input = tmp('typed.xlsx');
    await wb.xlsx.writeFile(input);
    const plain = await run(['recompute', input, '-o', tmp('plain.xlsx'), '--lang', 'en']);
    expect(plain.out).toContain('Sheet คะแนน: 3 cells hold numbers typed as text (D4 "๙๒.๓๕", D5 "84.10 คะแนน", D6');
    expect(plain.out.match(/typed as text/g)).toHaveLength(1);

    const output = tmp('fixed.xlsx');
    const before = fs.readFileSync(input);
    const fixed = await run(['recompute', input, '-o', output, '--fix-numbers', '--lang', 'en']);
    expect(fixed.code).toBe(0);
    expect(fixed.err).toContain(`3 numbers typed as text were converted to numbers in ${output}`);
    expect(fixed.out).not.toContain('typed as text');
    const after = (await loadXlsx(fs.readFileSync(output))).getWorksheet('คะแนน')!;
    expect(['D4', 'D5', 'D6'].map((c) => after.getCell(c).value)).toEqual([92.35, 84.1, 88.72]);
    // The same total as the sample typed in numbers: the converted cells are read as the numbers.
    const sample = await run(['recompute', SAMPLE, '-o', tmp('sample.xlsx'), '--lang', 'en']);
    expect(fixed.out.match(/Total \d+\.\d\d, grade \w+/)?.[0]).toBe(
      sample.out.match(/Total \d+\.\d\d, grade \w+/)?.[0],
    );
    expect(fs.readFileSync(input).equals(before)).toBe(true); // the input keeps its text
  });

  it('exits 2 on an unreadable file or bad arguments, and never overwrites the input without --in-place', async () => {
    const notXlsx = tmp('x.xlsx');
    fs.writeFileSync(notXlsx, 'not a workbook');
    expect((await run(['recompute', notXlsx])).code).toBe(2);
    expect((await run(['recompute'])).code).toBe(2);
    expect((await run(['recompute', SAMPLE, '--lang', 'fr'])).code).toBe(2);
    expect((await run(['recompute', SAMPLE, '--as-of', 'someday'])).code).toBe(2);
    expect((await run(['recompute', SAMPLE, '--frobnicate'])).code).toBe(2);
    const input = await copyOfSample();
    const same = await run(['recompute', input, '-o', input]);
    expect(same.code).toBe(2);
    expect(same.err).toContain('--in-place');
    const inPlace = await run(['recompute', input, '--in-place']);
    expect(inPlace.code).toBe(0);
    expect((await loadXlsx(fs.readFileSync(input))).getWorksheet('สรุปผล ITA')).toBeDefined();
  });
});

describe('ita-planner template', () => {
  it('writes a blank workbook whose sheets the reader recognises, in Thai or English', async () => {
    for (const lang of ['th', 'en']) {
      const out = tmp(`t-${lang}.xlsx`);
      const r = await run(['template', '-o', out, '--year', '2022', '--lang', lang]);
      expect(r.code).toBe(0);
      const a = analyzeWorkbook(readWorkbook(await loadXlsx(fs.readFileSync(out))), { today: '2026-01-01' });
      expect(a.fiscalYear).toBe(2565);
      // Every sheet but the Agencies one (for many agencies in one workbook) is there.
      expect(a.found.every((f) => (f.sheet || f.role === 'agencies') && f.missingColumns.length === 0)).toBe(true);
      expect(a.lang).toBe(lang);
    }
  });

  it('rejects a bad year or language with exit 2', async () => {
    expect((await run(['template', '--year', 'ปีหน้า'])).code).toBe(2);
    expect((await run(['template', '--lang', 'xx'])).code).toBe(2);
  });
});
