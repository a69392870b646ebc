import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyzeWorkbook } from '../../src/workbook';
import { AnalysisWithSources } from '../../src/workbook/analyze';
import { loadXlsx, readWorkbook, writeXlsx } from '../../src/xlsx';
import { hasOpenpyxl, PYTHON } from '../xlsx/corpus/producers';

const itWithOpenpyxl = hasOpenpyxl || process.env.CI === 'true' ? it : it.skip;
const SAMPLE = path.join(__dirname, '../../assets/sample/sample.xlsx');

/**
 * The bundled sample, edited by openpyxl as a planner would: last year's scores sheet kept as a
 * copy named "Scores" (every indicator 20 points lower), moved before this year's "คะแนน", and
 * hidden or not.
 */
const KEEP_OLD_COPY = String.raw`
import sys
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1])
old = wb.copy_worksheet(wb['คะแนน'])
old.title = 'Scores'
for row in old.iter_rows(min_row=4, min_col=4, max_col=4):
    for cell in row:
        if isinstance(cell.value, (int, float)):
            cell.value = cell.value - 20
old.sheet_state = sys.argv[3]
wb.move_sheet(old, offset=-(len(wb.sheetnames) - 2))
wb.save(sys.argv[2])
`;

async function sampleWithOldCopy(state: 'hidden' | 'visible'): Promise<AnalysisWithSources> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sheet-choice-'));
  const out = path.join(dir, 'sample.xlsx');
  execFileSync(PYTHON, ['-c', KEEP_OLD_COPY, SAMPLE, out, state], { stdio: 'pipe' });
  const snapshot = readWorkbook(await loadXlsx(fs.readFileSync(out)));
  expect(snapshot.sheets.map((s) => s.name)).toEqual(['ตั้งค่า', 'Scores', 'คะแนน', 'OIT', 'มาตรการ']);
  return analyzeWorkbook(snapshot, { today: '2026-11-21' });
}

async function sampleAlone(): Promise<AnalysisWithSources> {
  return analyzeWorkbook(readWorkbook(await loadXlsx(fs.readFileSync(SAMPLE))), { today: '2026-11-21' });
}

describe('two sheets that could be the scores sheet (issue 8 item 5): the visible one, stated', () => {
  itWithOpenpyxl('a hidden old copy before this year’s sheet is not read; one warning names both', async () => {
    const [alone, withCopy] = await Promise.all([sampleAlone(), sampleWithOldCopy('hidden')]);
    expect(withCopy.assessment!.total).toBe(alone.assessment!.total);
    const warnings = withCopy.problems.filter((p) => p.code === 'sheets.chosen');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning', sheet: 'คะแนน' });
    expect(warnings[0].message.en).toContain('the visible sheet "คะแนน" is read and the hidden "Scores" is not');
    expect(warnings[0].message.th).toContain('"Scores"');
  });

  itWithOpenpyxl('two visible sheets: the first in tab order is read, and the warning says so', async () => {
    const withCopy = await sampleWithOldCopy('visible');
    const alone = await sampleAlone();
    // The rule reads "Scores" (first), so the total is last year's copy: the warning is what tells the planner.
    expect(withCopy.assessment!.total).toBeLessThan(alone.assessment!.total);
    const warning = withCopy.problems.find((p) => p.code === 'sheets.chosen');
    expect(warning?.sheet).toBe('Scores');
    expect(warning?.message.en).toContain('the first sheet in tab order, "Scores", is read and "คะแนน" is not');
  });
});

describe('a sheet named a slip away from a role’s name (found by the new-user walk)', () => {
  async function analyzedWith(settingsName: string): Promise<AnalysisWithSources> {
    const wb = await loadXlsx(fs.readFileSync(SAMPLE));
    wb.getWorksheet('ตั้งค่า')!.name = settingsName;
    return analyzeWorkbook(readWorkbook(await loadXlsx(await writeXlsx(wb))), { today: '2026-11-21' });
  }

  it.each([
    ['ตั้งค่', 'ตั้งค่า'],
    ['Setings', 'Settings'],
  ])('"%s" is not read as the Settings sheet, and a warning says to rename it "%s"', async (typed, meant) => {
    const a = await analyzedWith(typed);
    const w = a.problems.filter((p) => p.code === 'sheet.name-near-miss');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ severity: 'warning', sheet: typed });
    expect(w[0].message.en).toContain(`rename it "${meant}"`);
  });

  it('names far from every role’s (and the sample as shipped) give no such warning', async () => {
    for (const name of ['ตั้งค่า', 'บันทึกของฉัน', 'Sheet1']) {
      const a = await analyzedWith(name);
      expect(a.problems.filter((p) => p.code === 'sheet.name-near-miss')).toEqual([]);
    }
  });
});
