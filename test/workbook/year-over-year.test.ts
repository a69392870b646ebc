import * as ExcelJS from 'exceljs';
import { sameItem } from '../../src/domain/year-over-year';
import { frameworkFor } from '../../src/domain/frameworks';
import { oitItemCodes, Framework } from '../../src/domain/framework';
import { assessmentJson } from '../../src/domain/report';
import { analysisReport } from '../../src/reports/analysis-report';
import { Row, sheet } from './fixtures';
import { recompute } from './helpers';

const F2569 = frameworkFor(2569) as Framework;
const F2568 = frameworkFor(2568) as Framework;
const RENUMBERED = oitItemCodes(F2569).find((c) => !sameItem(F2569, F2568, c))!;

/** A 2569 workbook with last year's indicator scores and a checklist whose "ปีก่อน" column gives last year's answers. */
function workbook(lastYear: (code: string) => string | null): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  sheet(wb, 'ตั้งค่า', [['ปีงบประมาณ', 2569]]);
  const scores = [92, 90, 91, 89, 93, 86, 87, 88];
  sheet(wb, 'คะแนน', [
    ['ตัวชี้วัด', 'คะแนน', 'คะแนนปีก่อน'],
    ...scores.map((s, i): Row => [i + 1, s, s - 2]),
    [9, null, 60],
    [10, null, 70],
  ]);
  const rows: Row[] = [['ข้อ', 'เผยแพร่', 'URL', 'ปีก่อน']];
  for (const code of oitItemCodes(F2569)) {
    const now = code === 'O3' ? 'ไม่มี' : 'มี';
    rows.push([code, now, now === 'มี' ? `https://www.example.go.th/${code}` : null, lastYear(code)]);
  }
  sheet(wb, 'OIT', rows);
  return wb;
}

describe('year over year in a workbook (issue 10 item 5)', () => {
  it('the checklist’s ปีก่อน column gives item changes where the code names the same item; the rest is named once', async () => {
    const { analysis } = await recompute(workbook((c) => (c === 'O2' || c === RENUMBERED ? 'ไม่มี' : 'มี')));
    const a = analysis.assessment!;
    const json = assessmentJson(a, analysis.gap!, analysis.advice, analysis.problems);
    const changes = json.indicators.flatMap((i) => i.itemChanges);
    expect(changes).toContainEqual({ code: 'O2', score: 100, previous: 0, change: 100 });
    expect(changes).toContainEqual({ code: 'O3', score: 0, previous: 100, change: -100 });
    expect(changes.find((c) => c.code === RENUMBERED)).toBeUndefined();
    const w = analysis.problems.find((p) => p.code === 'items.previous-not-comparable');
    expect(w).toMatchObject({ severity: 'warning', sheet: 'OIT' });
    expect(w?.found?.split(', ')).toContain(RENUMBERED);
    // Indicators always compare.
    expect(json.indicators.find((i) => i.id === 1)).toMatchObject({ previous: 90, change: 2 });
    expect(a.previousTotal).toBeDefined();
  });

  it('the analysis report names items published this year but not last, and the reverse', async () => {
    const { analysis } = await recompute(workbook((c) => (c === 'O2' ? 'ไม่มี' : 'มี')));
    const text = (lang: 'th' | 'en') =>
      analysisReport(analysis, lang)
        .blocks.filter((b) => b.kind === 'paragraph')
        .map((b) => (b as { text: string }).text)
        .join('\n');
    expect(text('th')).toMatch(/เผยแพร่เพิ่มจากปีก่อน: O2/);
    expect(text('th')).toMatch(/ปีก่อนเผยแพร่แต่ปีนี้ไม่มี ควรตรวจสอบ: O3/);
    expect(text('en')).toContain('published last year but not this year, worth checking: O3');
  });

  it('an unreadable ปีก่อน answer is a warning at its cell and is left out of the comparison', async () => {
    const { analysis } = await recompute(workbook((c) => (c === 'O4' ? 'บางส่วน' : null)));
    const w = analysis.problems.find((p) => p.code === 'oit.previous');
    expect(w).toMatchObject({ severity: 'warning', sheet: 'OIT', found: 'บางส่วน' });
    expect(w?.cell).toMatch(/^D\d+$/);
    expect(analysis.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
