import * as fs from 'fs';
import * as path from 'path';
import { analyzeWorkbook, planResults } from '../../src/workbook';
import { stampText } from '../../src/workbook/owned';
import { applyPlan, loadXlsx, readWorkbook, writeXlsx } from '../../src/xlsx';

const SAMPLE = path.resolve(__dirname, '../../assets/sample/sample.xlsx');

describe('the stamps a plan relies on travel with it (the Office.js probe checks them again)', () => {
  it('a recompute over our summary carries its stamp cell, read from the workbook; a first recompute carries none', async () => {
    const wb = await loadXlsx(fs.readFileSync(SAMPLE));
    const first = readWorkbook(wb);
    const once = planResults(analyzeWorkbook(first, { today: '2026-11-21' }), first, {
      computedAt: '2026-11-21T09:00:00Z',
    });
    expect(once.plan.proofs).toEqual([]);

    applyPlan(wb, once.plan);
    const again = readWorkbook(await loadXlsx(await writeXlsx(wb)));
    const summary = again.sheets.find((s) => s.name === 'สรุปผล ITA')!;
    const row = summary.values.findIndex((r) => r[0] === stampText('สรุปผล ITA'));
    expect(row).toBeGreaterThan(0);
    const twice = planResults(analyzeWorkbook(again, { today: '2026-11-21' }), again, {
      computedAt: '2026-11-21T09:00:00Z',
    });
    expect(twice.plan.proofs).toEqual([
      { sheet: 'สรุปผล ITA', cell: `A${summary.top + row + 1}`, text: 'ITA Planner: สรุปผล ITA' },
    ]);
  });
});
