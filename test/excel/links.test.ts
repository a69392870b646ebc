/**
 * A linked OIT URL cell is judged by its link, not the text it shows, on both paths: the .xlsx
 * reader (ExcelJS) and Office.js (Range.values gives the shown text; the reader then asks
 * Range.hyperlink of the URL column's cells, ExcelApi 1.7, in one more sync). The workbook is
 * the bundled sample with links set by openpyxl, another producer than ours.
 */
import { FakeWorkbook, StandInSheet } from '../stand-in/stand-in';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readSnapshotWithReport } from '../../src/excel/read';
import { analyzeWorkbook } from '../../src/workbook';
import { linkCells } from '../../src/workbook/links';
import type { WorkbookSnapshot } from '../../src/workbook/snapshot';
import { loadXlsx, readWorkbook } from '../../src/xlsx/read';
import { PYTHON, hasOpenpyxl } from '../xlsx/corpus/producers';

const SAMPLE = path.join(__dirname, '../../assets/sample/sample.xlsx');
const TODAY = '2023-09-30';

/**
 * D3: text "เว็บไซต์" linked to O1's page; D4: "ดูที่นี่" linked to an e-mail address; D5: a bare
 * host, no link. (ExcelJS drops links to a place inside the workbook, so those are judged by
 * their text on the .xlsx path; Office.js gives them as "#Sheet!A1", not a web page either.)
 */
const SCRIPT = `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb['OIT']
ws['D3'].value = 'เว็บไซต์'
ws['D3'].hyperlink = 'https://www.bansuan-sample.go.th/ita/2566/o1'
ws['D4'].value = 'ดูที่นี่'
ws['D4'].hyperlink = 'mailto:oit@bansuan-sample.go.th'
ws['D5'].value = 'www.bansuan-sample.go.th/ita/2566/o3'
wb.save(sys.argv[2])
`;

function oitUrlProblems(snapshot: WorkbookSnapshot): { code: string; cell?: string; found?: string }[] {
  return analyzeWorkbook(snapshot, { today: TODAY })
    .problems.filter((p) => p.code.startsWith('oit.url'))
    .map(({ code, cell, found }) => ({ code, cell, found }));
}

/** The workbook as Excel holds it: '' for empty cells, links as Range.hyperlink gives them. */
function inExcel(snapshot: WorkbookSnapshot): StandInSheet[] {
  return snapshot.sheets.map((s) => ({
    name: s.name,
    top: s.top,
    left: s.left,
    values: s.values.map((row) => Array.from(row, (v) => (v === null || v === undefined ? '' : v))),
    ...(s.hyperlinks
      ? {
          hyperlinks: Object.fromEntries(
            Object.entries(s.hyperlinks).map(([cell, link]) => [
              cell,
              link.startsWith('#') ? { documentReference: link.slice(1) } : { address: link },
            ]),
          ),
        }
      : {}),
  }));
}

(hasOpenpyxl ? describe : describe.skip)('hyperlinked OIT URL cells', () => {
  let xlsx: WorkbookSnapshot;
  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-links-'));
    const file = path.join(dir, 'linked.xlsx');
    execFileSync(PYTHON, ['-c', SCRIPT, SAMPLE, file], { stdio: 'pipe' });
    xlsx = readWorkbook(await loadXlsx(fs.readFileSync(file)));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the .xlsx path judges a linked cell by its link: shown text "เว็บไซต์" is fine, an e-mail link is not a web page', () => {
    const oit = xlsx.sheets.find((s) => s.name === 'OIT')!;
    expect(oit.hyperlinks).toEqual({
      D3: 'https://www.bansuan-sample.go.th/ita/2566/o1',
      D4: 'mailto:oit@bansuan-sample.go.th',
    });
    expect(oitUrlProblems(xlsx)).toEqual([
      { code: 'oit.url', cell: 'D4', found: 'mailto:oit@bansuan-sample.go.th' },
      { code: 'oit.url-scheme', cell: 'D5', found: 'www.bansuan-sample.go.th/ita/2566/o3' },
    ]);
  });

  it('Office.js reads the URL column’s links in one more sync and finds the same problems as the .xlsx path', async () => {
    const fake = new FakeWorkbook(inExcel(xlsx));
    const { snapshot, report } = await readSnapshotWithReport(fake.context, { links: linkCells });
    expect(report.syncs).toBe(4);
    // Every non-empty cell of the URL column, in one request.
    const urlCells = xlsx.sheets
      .find((s) => s.name === 'OIT')!
      .values.slice(2)
      .filter((row) => row[3] !== null && row[3] !== undefined).length;
    expect(report.linkCells).toBe(urlCells);
    expect(urlCells).toBeGreaterThan(30);
    expect(snapshot.sheets.find((s) => s.name === 'OIT')!.hyperlinks).toEqual(
      xlsx.sheets.find((s) => s.name === 'OIT')!.hyperlinks,
    );
    expect(oitUrlProblems(snapshot)).toEqual(oitUrlProblems(xlsx));

    // Without Range.hyperlink (below ExcelApi 1.7) the shown text is all there is: 3 syncs, and
    // "เว็บไซต์" is a problem the link would have answered.
    const old = new FakeWorkbook(inExcel(xlsx));
    const bare = await readSnapshotWithReport(old.context);
    expect(bare.report.syncs).toBe(3);
    expect(oitUrlProblems(bare.snapshot).map((p) => p.cell)).toEqual(['D3', 'D4', 'D5']);
  });

  it('a workbook without an OIT URL column costs no extra sync', async () => {
    const noOit: WorkbookSnapshot = { ...xlsx, sheets: xlsx.sheets.filter((s) => s.name !== 'OIT') };
    const fake = new FakeWorkbook(inExcel(noOit));
    const { report } = await readSnapshotWithReport(fake.context, { links: linkCells });
    expect([report.syncs, report.linkCells]).toEqual([3, 0]);
  });
});
