jest.setTimeout(60_000);

import * as fs from 'fs';
import * as path from 'path';
import { isPerception } from '../../src/domain/gap';
import { analyzeWorkbook } from '../../src/workbook';
import { loadXlsx, readWorkbook } from '../../src/xlsx';
import { filledTemplate, findRow } from './helpers';

describe('item 7: the perception step is a settings row and an option', () => {
  it('the template carries the row at 5; a planner who types 2 gets routes with IIT/EIT +2.00 at most', async () => {
    const wb = await filledTemplate({ ind9: '๙๕' });
    const settings = wb.getWorksheet('ตั้งค่า')!;
    const row = findRow(settings, 'เพิ่มคะแนนการรับรู้ได้ปีละ');
    expect(settings.getCell(row, 2).value).toBe(5);
    settings.getCell(row, 2).value = 2;
    const a = analyzeWorkbook(readWorkbook(wb), { today: '2022-09-30' });
    expect(a.gap!.perceptionStep).toBe(2);
    const fw = a.framework;
    const perception = a.gap!.nextGrade!.route.steps.filter((s) =>
      isPerception(fw.indicators.find((d) => d.id === s.indicator)!.tool),
    );
    expect(perception.length).toBeGreaterThan(0);
    for (const s of perception) expect(s.points).toBeLessThanOrEqual(2);
    // The option (the command line's --step) wins over the row.
    const b = analyzeWorkbook(readWorkbook(wb), { today: '2022-09-30', perceptionStep: 7.5 });
    expect(b.gap!.perceptionStep).toBe(7.5);
  });

  it('the bundled sample: no survey indicator is asked to jump to 100 on the way to AA', async () => {
    const wb = await loadXlsx(fs.readFileSync(path.join(__dirname, '../../assets/sample/sample.xlsx')));
    const a = analyzeWorkbook(readWorkbook(wb), { today: '2024-03-31' });
    const routes = [a.gap!.toTarget, a.gap!.nextGrade?.route].filter((r) => r !== undefined);
    for (const r of routes)
      for (const s of r.steps) {
        const tool = a.framework.indicators.find((d) => d.id === s.indicator)!.tool;
        if (isPerception(tool)) expect(s.points).toBeLessThanOrEqual(5);
      }
    for (const r of routes)
      for (const s of r.steps) expect(a.advice.some((x) => x.indicator === s.indicator)).toBe(true);
  });
});
