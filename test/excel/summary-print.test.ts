/**
 * The executive summary's print layout on the Office.js path: the summary of a seed-shaped
 * workbook, planned as the pane plans it, applied to the fake Excel of fake-excel.ts. What Excel
 * is asked to do must match what the .xlsx path writes: A4 portrait at a fixed scale (manual
 * breaks are ignored on a sheet fitted to a page), a page break before the suggestions, the
 * measures and the OIT items, TH Sarabun New at 16 pt, row heights, data bars and the chart.
 */
import { FakeExcel } from './fake-excel';
import { ALL_FEATURES } from '../../src/excel/features';
import { applyPlan } from '../../src/excel/apply';
import { analyzeWorkbook, planResults } from '../../src/workbook';
import { loadXlsx, readWorkbook, writeXlsx } from '../../src/xlsx';
import { itemLevel2565, measuresSheet } from '../workbook/fixtures';
import { COMPUTED_AT } from '../workbook/helpers';

const SUMMARY = 'สรุปผล ITA';

async function summaryInExcel() {
  const wb = itemLevel2565(['O5', 'O12']);
  measuresSheet(wb);
  const snapshot = readWorkbook(await loadXlsx(await writeXlsx(wb)));
  const analysis = analyzeWorkbook(snapshot, { today: '2026-11-21' });
  const { plan } = planResults(analysis, snapshot, { computedAt: COMPUTED_AT });
  const fake = new FakeExcel(
    snapshot.sheets.map((s) => ({
      name: s.name,
      top: s.top,
      left: s.left,
      values: s.values.map((row) => row.map((v) => (v === null ? '' : v))),
    })),
  );
  await applyPlan(fake.context, plan, ALL_FEATURES);
  const spec = plan.sheets.find((s) => s.name === SUMMARY)!;
  const block = plan.blocks.find((b) => b.sheet === SUMMARY && b.top === 0)!;
  /** 1-based row of the first cell in column A whose text starts with `s`. */
  const rowOf = (s: string) =>
    block.cells.findIndex((r) => r[0] !== null && 'text' in r[0] && r[0].text.startsWith(s)) + 1;
  return { fake, sheet: fake.sheet(SUMMARY), spec, rowOf };
}

describe('the executive summary through Office.js', () => {
  it('adds a page break before the suggestions, the measures and the OIT items (ExcelApi 1.9 PageBreakCollection.add)', async () => {
    const { sheet, spec, rowOf } = await summaryInExcel();
    const breaks = sheet.horizontalPageBreaks.add.mock.calls.map((c: unknown[]) => c[0]);
    const starts = ['ข้อเสนอแนะรายตัวชี้วัด', 'ความก้าวหน้าของมาตรการ', 'รายการ OIT'].map(rowOf);
    expect(starts.every((r) => r > 1)).toBe(true);
    // Office.js adds a break before the top-left cell of the range it is given: the heading's row.
    expect(breaks).toEqual(expect.arrayContaining(starts.map((r) => `A${r}`)));
    // The rest keep an indicator's heading with its advice: every break the plan holds, in order.
    expect(breaks).toEqual(spec.page!.breaksBefore!.map((r) => `A${r + 1}`));
  });

  it('prints A4 portrait at a fixed 78% (not fitted to a page, which would drop the breaks), A:G above the stamp, row 1 repeated', async () => {
    const { sheet, spec } = await summaryInExcel();
    const layout = sheet.pageLayout;
    expect(layout.orientation).toBe('Portrait');
    expect(layout.paperSize).toBe('A4');
    expect(layout.zoom).toEqual({ scale: 78 });
    expect(layout.setPrintTitleRows).toHaveBeenCalledWith('$1:$1');
    expect(layout.setPrintArea).toHaveBeenCalledWith(`A1:G${spec.page!.lastPrintedRow}`);
    expect(spec.page!.lastPrintedRow).toBeGreaterThan(60);
  });

  it('writes header and footer in TH Sarabun New: agency and year, "หน้า x จาก y"', async () => {
    const { sheet } = await summaryInExcel();
    const all = sheet.pageLayout.headersFooters.defaultForAllPages;
    expect(all.leftHeader).toContain('"TH Sarabun New');
    expect(all.leftHeader).toContain('อบต.ทดสอบ');
    expect(all.rightHeader).toContain('ปีงบประมาณ 2565');
    expect(all.centerFooter).toMatch(/"TH Sarabun New[^"]*"&12หน้า &P จาก &N/);
  });

  it('sets TH Sarabun New 16 pt over the whole summary before its styles, and the computed row heights', async () => {
    const { fake, spec } = await summaryInExcel();
    const fonted = fake.ranges.filter((r) => r.sheet === SUMMARY && r.mock.format.font.name === 'TH Sarabun New');
    expect(fonted.some((r) => r.address.startsWith('A1:') && r.mock.format.font.size === 16)).toBe(true);
    // No range of the summary is given another font name.
    const names = new Set(fake.ranges.filter((r) => r.sheet === SUMMARY).map((r) => r.mock.format.font.name));
    expect([...names].filter((n) => typeof n === 'string' && n !== 'TH Sarabun New')).toEqual([]);
    const heights = fake.ranges.filter((r) => r.sheet === SUMMARY && typeof r.mock.format.rowHeight === 'number');
    const total = heights.reduce(
      (n, r) => n + r.mock.format.rowHeight * (r.address.split(':').length === 2 ? rows(r.address) : 1),
      0,
    );
    const planned = spec.rowHeights!.reduce((n, h) => n + h.points, 0);
    expect(total).toBeCloseTo(planned, 5);
  });

  it('draws data bars on the tool and indicator scores (0–100, solid) and the indicator chart', async () => {
    const { fake, sheet } = await summaryInExcel();
    const bars = fake.ranges.filter((r) => r.sheet === SUMMARY && r.mock.conditionalFormats.add.mock.calls.length > 0);
    expect(bars.map((r) => r.address)).toEqual(['D12:D14', 'D17:D26']);
    for (const r of bars) expect(r.mock.conditionalFormats.add).toHaveBeenCalledWith('DataBar');
    expect(sheet.charts.add).toHaveBeenCalledWith('BarClustered', expect.anything(), 'Columns');
  });
});

/** Rows in "A5:A7". */
function rows(address: string): number {
  const [a, b] = address.split(':').map((x) => Number(/\d+$/.exec(x)![0]));
  return b - a + 1;
}
