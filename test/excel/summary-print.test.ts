/**
 * The executive summary's print layout on the Office.js path: the summary of a seed-shaped
 * workbook, planned as the pane plans it, applied to the Office.js stand-in. What Excel
 * is asked to do must match what the .xlsx path writes: A4 portrait at a fixed scale (manual
 * breaks are ignored on a sheet fitted to a page), a page break before the suggestions, the
 * measures and the OIT items, TH Sarabun New at 16 pt, row heights, data bars and the chart.
 */
import { FakeWorkbook } from '../stand-in/stand-in';
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
  const fake = new FakeWorkbook(
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
  return { fake, sheet: fake.excel.sheetInfo(SUMMARY), spec, rowOf };
}

describe('the executive summary through Office.js', () => {
  it('adds a page break before the suggestions, the measures and the OIT items (ExcelApi 1.9 PageBreakCollection.add)', async () => {
    const { sheet, spec, rowOf } = await summaryInExcel();
    const breaks = sheet.pageBreaks;
    const starts = ['ข้อเสนอแนะรายตัวชี้วัด', 'ความก้าวหน้าของมาตรการ', 'รายการ OIT'].map(rowOf);
    expect(starts.every((r) => r > 1)).toBe(true);
    // Office.js adds a break before the top-left cell of the range it is given: the heading's row.
    expect(breaks).toEqual(expect.arrayContaining(starts.map((r) => `A${r}`)));
    // The rest keep an indicator's heading with its advice: every break the plan holds, in order.
    expect(breaks).toEqual(spec.page!.breaksBefore!.map((r) => `A${r + 1}`));
  });

  it('prints A4 portrait at a fixed 78% (not fitted to a page, which would drop the breaks), A:G above the stamp, row 1 repeated', async () => {
    const { sheet, spec } = await summaryInExcel();
    expect(sheet.orientation).toBe('Portrait');
    expect(sheet.page.paperSize).toBe('A4');
    expect(sheet.page.zoom).toEqual({ scale: 78 });
    expect(sheet.page.printTitleRows).toBe('$1:$1');
    expect(sheet.page.printArea).toBe(`A1:G${spec.page!.lastPrintedRow}`);
    expect(spec.page!.lastPrintedRow).toBeGreaterThan(60);
  });

  it('writes header and footer in TH Sarabun New: agency and year, "หน้า x จาก y"', async () => {
    const { sheet } = await summaryInExcel();
    const all = sheet.page as Record<string, string>;
    expect(all.leftHeader).toContain('"TH Sarabun New');
    expect(all.leftHeader).toContain('อบต.ทดสอบ');
    expect(all.rightHeader).toContain('ปีงบประมาณ 2565');
    expect(all.centerFooter).toMatch(/"TH Sarabun New[^"]*"&12หน้า &P จาก &N/);
  });

  it('sets TH Sarabun New 16 pt over the whole summary before its styles, and the computed row heights', async () => {
    const { fake, spec } = await summaryInExcel();
    const formats = fake.excel.formatLog(SUMMARY);
    const set = (prop: string) => formats.filter((f) => f.prop === prop);
    const fonted = set('RangeFont.name').filter((f) => f.value === 'TH Sarabun New');
    const sized = new Set(
      set('RangeFont.size')
        .filter((f) => f.value === 16)
        .map((f) => f.address),
    );
    expect(fonted.some((f) => f.address.startsWith('A1:') && sized.has(f.address))).toBe(true);
    // The whole summary's font comes before its styles: the first font set of the sheet.
    expect(formats.find((f) => f.prop.startsWith('RangeFont.'))?.address).toMatch(/^A1:/);
    // No range of the summary is given another font name.
    expect(set('RangeFont.name').filter((f) => f.value !== 'TH Sarabun New')).toEqual([]);
    const heights = set('RangeFormat.rowHeight');
    const total = heights.reduce(
      (n, f) => n + (f.value as number) * (f.address.split(':').length === 2 ? rows(f.address) : 1),
      0,
    );
    const planned = spec.rowHeights!.reduce((n, h) => n + h.points, 0);
    expect(total).toBeCloseTo(planned, 5);
  });

  it('draws data bars on the tool and indicator scores (0–100, solid) and the indicator chart', async () => {
    const { sheet } = await summaryInExcel();
    // The stand-in models data bars only: a conditional format of another type fails the request.
    expect(sheet.dataBars.map((b) => b.address)).toEqual(['D12:D14', 'D17:D26']);
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0]).toMatchObject({ type: 'BarClustered', seriesBy: 'Columns' });
  });
});

/** Rows in "A5:A7". */
function rows(address: string): number {
  const [a, b] = address.split(':').map((x) => Number(/\d+$/.exec(x)![0]));
  return b - a + 1;
}
