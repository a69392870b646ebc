import * as ExcelJS from 'exceljs';
import { Row, sheet } from './fixtures';
import { recompute } from './helpers';

const TEN = [92, 90, 91, 89, 93, 86, 87, 88, 80, 75];

/** Scores under two headers that could both be the score, with the year in settings (or none). */
function twoColumns(headers: [string, string], year: number | null): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  if (year !== null) sheet(wb, 'ตั้งค่า', [['ปีงบประมาณ', year]]);
  sheet(wb, 'คะแนน', [['ตัวชี้วัด', ...headers], ...TEN.map((s, i): Row => [i + 1, s - 10, s])]);
  return wb;
}

describe('two columns that could be the score (issue 8 item 5): the fiscal year’s column, stated', () => {
  it('"คะแนน 2565" and "คะแนน 2566" in fiscal year 2566: 2566 is the score, 2565 last year’s, one warning naming both', async () => {
    const { analysis } = await recompute(twoColumns(['คะแนน 2565', 'คะแนน ๒๕๖๖'], 2566));
    const a = analysis.assessment!;
    expect(a.indicators.find((i) => i.id === 1)).toMatchObject({ shown: 92, previous: 82, change: 10 });
    const w = analysis.problems.filter((p) => p.code === 'columns.chosen');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ severity: 'warning', sheet: 'คะแนน', cell: 'C1' });
    expect(w[0].message.th).toContain('B1 "คะแนน 2565"');
    expect(w[0].message.en).toContain('C1 "คะแนน ๒๕๖๖" is read as fiscal year 2566');
  });

  it('the same sheet in fiscal year 2565 reads the 2565 column (no silent first-column win)', async () => {
    const { analysis } = await recompute(twoColumns(['คะแนน 2565', 'คะแนน 2566'], 2565));
    expect(analysis.assessment!.indicators.find((i) => i.id === 1)?.shown).toBe(82);
    expect(analysis.problems.find((p) => p.code === 'columns.chosen')?.cell).toBe('B1');
  });

  it('two-digit and C.E. years name the fiscal year too ("คะแนนที่ได้(66)", "Score 2023")', async () => {
    const { analysis } = await recompute(twoColumns(['คะแนนที่ได้(65)', 'คะแนนที่ได้(66)'], 2566));
    expect(analysis.assessment!.indicators.find((i) => i.id === 1)?.shown).toBe(92);
    const en = await recompute(twoColumns(['Score 2022', 'Score 2023'], 2566));
    expect(en.analysis.assessment!.indicators.find((i) => i.id === 1)?.shown).toBe(92);
  });

  it('no column names the year and two name none: an error naming both, nothing computed', async () => {
    const { analysis, result } = await recompute(twoColumns(['คะแนน', 'คะแนนที่ได้'], 2566));
    const e = analysis.problems.filter((p) => p.code === 'columns.ambiguous');
    expect(e).toHaveLength(1);
    expect(e[0]).toMatchObject({ severity: 'error', sheet: 'คะแนน', cell: 'B1' });
    expect(e[0].message.th).toContain('B1 "คะแนน", C1 "คะแนนที่ได้"');
    expect(analysis.problems.some((p) => p.code === 'sheet.column-missing')).toBe(false);
    expect(analysis.assessment).toBeUndefined();
    expect(result.wroteResults).toBe(false);
  });

  it('without a year cell the default year (the newest shipped) decides, and says which', async () => {
    const { analysis } = await recompute(twoColumns(['คะแนน 2568', 'คะแนน 2569'], null));
    expect(analysis.assessment!.indicators.find((i) => i.id === 1)).toMatchObject({ shown: 92, previous: 82 });
    expect(analysis.problems.find((p) => p.code === 'columns.chosen')?.message.en).toContain('fiscal year 2569');
  });
});
