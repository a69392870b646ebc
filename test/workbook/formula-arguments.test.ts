import * as ExcelJS from 'exceljs';
import { MAX_ARGUMENTS } from '../../src/workbook/formulas';
import { Row, sheet } from './fixtures';
import { recompute } from './helpers';

/**
 * An agency's own survey: one row per respondent and question, interleaved by respondent
 * (I1…I30 for the first person, then the next), so no question's rows are consecutive and each
 * row is one argument of the question's AVERAGE.
 */
function survey(respondents: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  sheet(wb, 'ตั้งค่า', [['ปีงบประมาณ', 2565]]);
  const rows: Row[] = [['ข้อ', 'คะแนน']];
  for (let r = 0; r < respondents; r++) for (let q = 1; q <= 30; q++) rows.push([`I${q}`, 70 + ((r * 7 + q) % 31)]);
  for (const s of [90, 88, 86, 95, 92]) rows.push([null, s]);
  const ws = sheet(wb, 'คะแนน', rows);
  // Indicators 6–10 at indicator level: an Indicator column for those rows.
  ws.getCell('C1').value = 'ตัวชี้วัด';
  [6, 7, 8, 9, 10].forEach((id, i) => (ws.getCell(`C${rows.length - 4 + i}`).value = id));
  return wb;
}

const formulaOf = (wb: ExcelJS.Workbook, name: string) => {
  const [ref] = wb.definedNames.getRanges(name).ranges;
  const [sheetName, cell] = ref.split('!');
  const v = wb.getWorksheet(sheetName.replace(/^'|'$/g, ''))!.getCell(cell.replace(/\$/g, '')).value;
  return v && typeof v === 'object' && 'formula' in v ? v.formula : undefined;
};

describe(`a formula past Excel's ${MAX_ARGUMENTS} arguments (issue 15 finding 5)`, () => {
  it('60 interleaved respondents (360 answers to indicator 1): the value, with one warning at the first answer', async () => {
    const { analysis, after, result } = await recompute(survey(60));
    expect(analysis.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(formulaOf(after, 'ITA_IND_1')).toBeUndefined();
    const w = result.problems.filter((p) => p.code === 'formula.too-large');
    expect(w.map((p) => p.message.en.split(' averages')[0])).toEqual([1, 2, 3, 4, 5].map((i) => `Indicator ${i}`));
    expect(w[0]).toMatchObject({ severity: 'warning', sheet: 'คะแนน', cell: 'B2', found: '360' });
  });

  it('40 respondents (240 answers) still get a live formula, and no warning', async () => {
    const { after, result } = await recompute(survey(40));
    expect(formulaOf(after, 'ITA_IND_1')).toMatch(/^IF\(AND\(COUNT\(/);
    expect(result.problems.some((p) => p.code === 'formula.too-large')).toBe(false);
  });
});
