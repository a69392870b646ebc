/**
 * How the Word reports lay their tables out: no column narrower than its longest word (a word
 * cut in two, "Percen/t", "ลำดั/บ", was what a planner saw), and a heading kept with its table.
 * Read from the document's own XML; print.test.ts shows the pages.
 */
import { readFileSync } from 'fs';
import JSZip from 'jszip';
import * as path from 'path';
import { buildReport, ReportDoc, ReportKind } from '../../src/reports';
import { fitColumns, reportDocxBytes } from '../../src/reports/docx';
import { SIZES } from '../../src/reports/layout';
import { analyzeWorkbook } from '../../src/workbook';
import { textPoints } from '../../src/workbook/print';
import { loadXlsx, readWorkbook, writeXlsx } from '../../src/xlsx';
import { seed001Workbook } from './fixtures';

async function docOf(kind: ReportKind, lang: 'th' | 'en', bundledSample = false): Promise<ReportDoc> {
  const bytes = bundledSample
    ? readFileSync(path.resolve(__dirname, '../../assets/sample/sample.xlsx'))
    : await writeXlsx(seed001Workbook());
  const snapshot = readWorkbook(await loadXlsx(bytes));
  return buildReport(analyzeWorkbook(snapshot, { today: '2023-04-05' }), kind, { lang }).doc!;
}

/** Each table of the document: its column widths (twips) and, per row, whether its paragraphs keep with the next. */
async function tablesOf(doc: ReportDoc): Promise<{ widths: number[]; keepNext: boolean[] }[]> {
  const zip = await JSZip.loadAsync(await reportDocxBytes(doc));
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:tbl>[^]*?<\/w:tbl>/g)].map(([table]) => ({
    widths: [...table.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1])),
    keepNext: [...table.matchAll(/<w:tr>[^]*?<\/w:tr>/g)].map(([row]) => row.includes('<w:keepNext/>')),
  }));
}

describe('Word report tables', () => {
  it.each(['th', 'en'] as const)(
    'no column is narrower than the longest word of its title (%s)',
    async (lang) => {
      for (const kind of ['analysis', 'plan', 'six-month'] as const) {
        const doc = await docOf(kind, lang);
        const tables = await tablesOf(doc);
        const titles = doc.blocks.flatMap((b) => (b.kind === 'table' ? [b.table.columns.map((c) => c.title)] : []));
        expect(tables).toHaveLength(titles.length);
        titles.forEach((columns, i) =>
          columns.forEach((title, j) => {
            const longest = Math.max(...title.split(/\s+/).map((w) => textPoints(w, SIZES.table, true) * 20));
            expect({ kind, title, width: tables[i].widths[j] >= longest + 160 }).toEqual({ kind, title, width: true });
          }),
        );
      }
    },
    30_000,
  );

  it('a heading keeps with the table below it, and no table row chains on to what follows', async () => {
    // LibreOffice reads a table whose rows all keep with the next as "keep the table with the next
    // paragraph", chaining whole sections onto fresh pages: a six-month report came out as four
    // pages of one part each. A long table may break between rows (its header repeats).
    const doc = await docOf('six-month', 'th', true);
    const zip = await JSZip.loadAsync(await reportDocxBytes(doc));
    const xml = await zip.file('word/document.xml')!.async('string');
    const headings = doc.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
    for (const h of headings) expect(xml).toMatch(new RegExp(`<w:keepNext/>(?:(?!</w:p>).)*${h}`));
    const tables = await tablesOf(doc);
    expect(tables.length).toBeGreaterThan(1);
    for (const t of tables) expect(t.keepNext.some(Boolean)).toBe(false);
  });
});

describe('fitColumns: widths as wanted, each at least its least, within the line', () => {
  it('raises a column below its least and takes the room from those with some to spare', () => {
    const widths = fitColumns([6000, 2000, 1000], [1000, 1000, 1500], 9000);
    expect(widths[2]).toBe(1500);
    expect(widths.reduce((s, w) => s + w, 0)).toBeLessThanOrEqual(9000);
    expect(widths[0]).toBeLessThan(6000);
  });

  it('lets a table narrower than the line grow instead', () => {
    expect(fitColumns([3000, 1000], [1000, 1500], 9000)).toEqual([3000, 1500]);
  });

  it('keeps every least when the leasts alone are wider than the line', () => {
    expect(fitColumns([3000, 3000], [5000, 5000], 9000)).toEqual([5000, 5000]);
  });
});
