/**
 * How the Word reports lay their tables out: no column narrower than its longest word (a word
 * cut in two, "Percen/t", "ลำดั/บ", was what a planner saw), and a heading kept with its table.
 * Read from the document's own XML; print.test.ts shows the pages.
 */
import { readFileSync } from 'fs';
import JSZip from 'jszip';
import * as path from 'path';
import { buildReport, ReportDoc, ReportKind } from '../../src/reports';
import { reportDocxBytes } from '../../src/reports/docx';
import { fitColumns } from '../../src/reports/layout';
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
    for (const t of tables) expect(t.keepNext[t.keepNext.length - 1]).toBe(false);
  });

  it("a table's end keeps together: the total never starts a page with one row above it", async () => {
    // The analysis report's last page held one indicator and the total. The header row and the
    // last rows but one keep with the next; the last row does not (see the test above).
    for (const kind of ['analysis', 'six-month'] as const) {
      const tables = await tablesOf(await docOf(kind, 'th', true));
      for (const { keepNext } of tables) {
        const rows = keepNext.length; // the header row first
        const kept = keepNext.slice(Math.max(1, rows - 3), rows - 1);
        expect({ kind, rows, kept: kept.every(Boolean) }).toEqual({ kind, rows, kept: true });
      }
    }
  });

  it('a date in a period or due column is never broken ("31 มี.ค./2570"): its column holds it whole', async () => {
    let checked = 0;
    for (const kind of ['plan', 'six-month', 'year-end'] as const) {
      const doc = await docOf(kind, 'th', true);
      const tables = await tablesOf(doc);
      const ours = doc.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
      ours.forEach((t, i) =>
        t.columns.forEach((c, j) => {
          if (!['ระยะเวลา', 'กำหนดแล้วเสร็จ'].includes(c.title)) return; // the period and due columns
          for (const row of t.rows)
            for (const date of row[j].split(/\s*[–—-]\s*/)) {
              const need = textPoints(date.trim(), SIZES.table) * 20 + 160;
              expect({ kind, date, fits: tables[i].widths[j] >= need }).toEqual({ kind, date, fits: true });
              if (/\d{4}$/.test(date)) checked++; // a date with its year: "31 มี.ค. 2566"
            }
        }),
      );
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('declares Thai as the language of complex-script text, for the line breakers and spelling', async () => {
    const zip = await JSZip.loadAsync(await reportDocxBytes(await docOf('analysis', 'th')));
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toMatch(/<w:rPrDefault>.*<w:lang [^>]*w:bidi="th-TH"/);
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
