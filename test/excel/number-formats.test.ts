/** A percent-formatted score in Excel: read with its number format in the same batched read. */
import { FakeWorkbook } from '../stand-in/stand-in';
import { readSnapshotWithReport } from '../../src/excel/read';
import { analyzeWorkbook } from '../../src/workbook';
import { chiangMaiBook } from '../workbook/ownership-cases';

describe('number formats in the Office.js read', () => {
  it('0.9157 in a "0.00%" cell means 91.57: formats come with the values, still 3 syncs in all', async () => {
    const book = await chiangMaiBook();
    const scores = book.sheets.find((s) => s.name === 'คะแนน')!;
    scores.rows[4][4] = 0.9157; // E5, indicator 3
    const fake = new FakeWorkbook(
      book.sheets.map((s) => ({
        name: s.name,
        values: s.rows.map((r) => r.map((v) => v ?? '')),
        ...(s === scores ? { numberFormats: { E5: '0.00%', E3: '0.00' } } : {}),
      })),
    );
    const { snapshot, report } = await readSnapshotWithReport(fake.context);
    expect(report.syncs).toBe(3);
    const read = snapshot.sheets.find((s) => s.name === 'คะแนน')!;
    expect(read.numberFormats?.[4][4]).toBe('0.00%');
    expect(read.numberFormats?.[1][4]).toBeNull(); // a text header keeps no format
    const a = analyzeWorkbook(snapshot, { today: '2026-11-21' });
    expect(a.assessment?.indicators.find((i) => i.id === 3)?.shown).toBe(91.57);
    expect(a.assessment?.totalShown).toBe(95.01);
  });
});
