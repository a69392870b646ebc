/**
 * The .xlsx path keeps the user's package: a corpus from several producers (ExcelJS, openpyxl,
 * LibreOffice, and parts crafted at the XML level that no producer here writes), each recomputed
 * and compared part by part with its input, then opened again by ExcelJS and by LibreOffice.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { analyzeWorkbook, planResults } from '../../src/workbook';
import { applyPlan, loadXlsx, readWorkbook, readXlsx, writeSurgically, writeXlsx } from '../../src/xlsx';
import { chiangMai } from '../workbook/fixtures';
import {
  appTitlesOf,
  changedUserParts,
  lostIndexEntries,
  namesOf,
  partsOf,
  sheetEntriesOf,
  stylesKeptAsPrefix,
  workbookElement,
} from './corpus/compare';
import {
  addChartSheet,
  addDynamicArray,
  addExternalLink,
  addMacros,
  addPasswords,
  addPivot,
  addPowerQuery,
  addSensitivityLabel,
  addTextBox,
  addThreadedComments,
  addX14Extensions,
  usePrefix,
} from './corpus/crafted';
import {
  CSV_ALL_SHEETS,
  hasOpenpyxl,
  hasSoffice,
  hasXlsxwriter,
  libreOfficeConvert,
  openpyxlWorkbook,
  xlsxwriterWorkbook,
} from './corpus/producers';

const SUMMARY = 'สรุปผล ITA';
// CI installs both producers; elsewhere a missing one skips its workbooks.
const must = process.env.CI === 'true';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-corpus-'));

/** One recompute's plan, as the command line makes it. */
async function resultsPlan(input: Uint8Array) {
  const snapshot = readWorkbook(await loadXlsx(input));
  const analysis = analyzeWorkbook(snapshot, { today: '2023-05-15' });
  const result = planResults(analysis, snapshot, { computedAt: '2023-05-15T00:00:00Z', lang: 'th' });
  expect(result.wroteResults).toBe(true);
  return result.plan;
}

async function recompute(input: Uint8Array): Promise<Uint8Array> {
  return writeSurgically(input, await resultsPlan(input), { date: new Date('2023-05-15T00:00:00Z') });
}

/** What changed or went missing of what the user made (empty when everything is kept). */
async function lost(input: Uint8Array, output: Uint8Array): Promise<string[]> {
  const before = await partsOf(input);
  const after = await partsOf(output);
  const userNames = namesOf(before).filter((n) => !/\|ITA_/i.test(n));
  const names = new Set(namesOf(after));
  const sheetsBefore = JSON.stringify(sheetEntriesOf(before));
  return [
    ...changedUserParts(before, after).map((p) => `part ${p}`),
    ...lostIndexEntries(before, after).map((e) => `entry ${e}`),
    ...stylesKeptAsPrefix(before, after).map((c) => `styles ${c}`),
    ...userNames.filter((n) => !names.has(n)).map((n) => `name ${n}`),
    ...['fileSharing', 'workbookProtection', 'bookViews', 'workbookPr', 'externalReferences', 'pivotCaches']
      .filter(
        (local) => JSON.stringify(workbookElement(after, local)) !== JSON.stringify(workbookElement(before, local)),
      )
      .map((local) => `workbook ${local}`),
    ...(JSON.stringify(sheetEntriesOf(after).slice(0, sheetEntriesOf(before).length)) === sheetsBefore
      ? []
      : ['sheet entries']),
  ];
}

async function withZip(data: Uint8Array, f: (zip: JSZip) => Promise<void>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  await f(zip);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function excelJsInput(): Promise<Uint8Array> {
  return new Uint8Array((await chiangMai().xlsx.writeBuffer()) as ArrayBuffer);
}

async function craftedInput(): Promise<Uint8Array> {
  return withZip(await excelJsInput(), async (zip) => {
    await addMacros(zip);
    await addPivot(zip, 'คะแนน');
    await addExternalLink(zip);
    await addThreadedComments(zip);
    await addX14Extensions(zip, 'ตั้งค่า');
    await addChartSheet(zip, 'กราฟคะแนน', 'คะแนน');
    await addPasswords(zip);
    await addSensitivityLabel(zip);
    await addPowerQuery(zip);
    await addDynamicArray(zip, 'xl/worksheets/sheet2.xml');
    await addTextBox(zip, 'xl/worksheets/sheet1.xml');
  });
}

/** The ExcelJS workbook as the Open XML SDK writes its parts: `<x:worksheet xmlns:x="…">`. */
async function prefixedInput(): Promise<Uint8Array> {
  return withZip(await excelJsInput(), usePrefix);
}

/** An ExcelJS workbook with a table, saved again by LibreOffice (which writes no <tableStyleInfo>). */
async function libreOfficeInput(): Promise<Uint8Array> {
  const wb = chiangMai();
  wb.getWorksheet('คะแนน')!.addTable({
    name: 'History',
    ref: 'H2',
    columns: [{ name: 'ปี' }, { name: 'คะแนนรวม' }],
    rows: [
      [2563, 90.1],
      [2564, 95.01],
    ],
  });
  const source = path.join(dir, 'for-lo.xlsx');
  await wb.xlsx.writeFile(source);
  const out = libreOfficeConvert([source], 'xlsx', fs.mkdtempSync(path.join(dir, 'lo-')));
  return new Uint8Array(fs.readFileSync(path.join(out, 'for-lo.xlsx')));
}

jest.setTimeout(300_000);

const corpus: { name: string; input: Uint8Array; output: Uint8Array }[] = [];

beforeAll(async () => {
  const inputs: [string, () => Promise<Uint8Array> | Uint8Array, boolean][] = [
    ['exceljs.xlsx', excelJsInput, true],
    ['crafted.xlsm', craftedInput, true],
    ['prefixed.xlsx', prefixedInput, true],
    ['openpyxl.xlsx', () => new Uint8Array(fs.readFileSync(openpyxlWorkbook(dir))), hasOpenpyxl || must],
    ['libreoffice.xlsx', libreOfficeInput, hasSoffice || must],
    ['xlsxwriter.xlsx', () => new Uint8Array(fs.readFileSync(xlsxwriterWorkbook(dir))), hasXlsxwriter || must],
  ];
  for (const [name, make, available] of inputs) {
    if (!available) continue;
    const input = await make();
    corpus.push({ name, input, output: await recompute(input) });
  }
});

describe('surgical write keeps every part the user made', () => {
  it.each(['exceljs.xlsx', 'crafted.xlsm', 'prefixed.xlsx', 'openpyxl.xlsx', 'libreoffice.xlsx', 'xlsxwriter.xlsx'])(
    '%s: every user part byte for byte, every name with its scope, protection, sheets and styles',
    async (name) => {
      const item = corpus.find((c) => c.name === name);
      if (!item) return console.warn(`${name}: its producer is not installed here`);
      expect(await lost(item.input, item.output)).toEqual([]);
      const after = await partsOf(item.output);
      expect(sheetEntriesOf(after).filter((s) => s.name === SUMMARY)).toHaveLength(1);
      // Where the input's docProps/app.xml lists its sheets (ExcelJS, Excel), it lists ours too.
      if (appTitlesOf(await partsOf(item.input)).length > 0) expect(appTitlesOf(after)).toContain(SUMMARY);
      expect((await readXlsx(item.output)).wb.worksheets.map((w) => w.name)).toContain(SUMMARY);
    },
  );

  it('the crafted .xlsm stays macro-enabled and keeps its chart sheet tab', async () => {
    const { output } = corpus.find((c) => c.name === 'crafted.xlsm')!;
    const parts = await partsOf(output);
    expect(parts['[Content_Types].xml'].toString()).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    expect(parts['xl/vbaProject.bin']).toBeDefined();
    const tabs = sheetEntriesOf(parts).map((s) => s.name);
    expect(tabs.slice(0, 3)).toEqual(['ตั้งค่า', 'คะแนน', 'กราฟคะแนน']);
    expect(tabs).toContain(SUMMARY);
  });

  it('the crafted .xlsm carries, and keeps, every kind of part the issue lists (the corpus tests what it claims to)', async () => {
    const { input, output } = corpus.find((c) => c.name === 'crafted.xlsm')!;
    const kinds = {
      macros: 'xl/vbaProject.bin',
      'pivot table': 'xl/pivotTables/pivotTable1.xml',
      'pivot cache': 'xl/pivotCache/pivotCacheRecords1.xml',
      'external link': 'xl/externalLinks/externalLink1.xml',
      'threaded comments': 'xl/threadedComments/threadedComment1.xml',
      'chart sheet': 'xl/chartsheets/sheet1.xml',
      'sensitivity label': 'docMetadata/LabelInfo.xml',
      'label properties': 'docProps/custom.xml',
      'Power Query connection': 'xl/connections.xml',
      'Power Query query': 'customXml/item1.xml',
      'dynamic array metadata': 'xl/metadata.xml',
      'text box': 'xl/drawings/drawing9.xml',
    };
    const before = await partsOf(input);
    const after = await partsOf(output);
    for (const [kind, part] of Object.entries(kinds)) {
      expect([kind, !!before[part]]).toEqual([kind, true]);
      expect([kind, after[part]?.equals(before[part])]).toEqual([kind, true]);
    }
    const sheets = (p: typeof before) => p['xl/worksheets/sheet1.xml'].toString() + p['xl/worksheets/sheet2.xml'];
    for (const marker of [
      'x14:dataValidations',
      'x14:sparklineGroups',
      '<sheetProtection algorithmName="SHA-512"',
      'cm="1"',
    ])
      expect([marker, sheets(after).includes(marker)]).toEqual([marker, true]);
    const workbook = after['xl/workbook.xml'].toString();
    expect(workbook).toMatch(/<fileSharing [^>]*hashValue="[^"]+"/);
    expect(workbook).toMatch(/<workbookProtection [^>]*workbookHashValue="[^"]+"/);
    expect(after['_rels/.rels'].toString()).toContain('classificationlabels');
  });

  it('the openpyxl workbook carries, and keeps, a named style, grouped rows, a page break and a sheet password', async () => {
    const item = corpus.find((c) => c.name === 'openpyxl.xlsx');
    if (!item) return console.warn('openpyxl is not installed here');
    const before = await partsOf(item.input);
    const after = await partsOf(item.output);
    expect(before['xl/styles.xml'].toString()).toMatch(/<cellStyle name="หัวข้อของฉัน"/);
    expect(after['xl/styles.xml'].toString()).toMatch(/<cellStyle name="หัวข้อของฉัน"/);
    const scores = before['xl/worksheets/sheet2.xml'];
    expect(scores.toString()).toMatch(/outlineLevel="1"[^]*<rowBreaks/);
    expect(after['xl/worksheets/sheet2.xml'].equals(scores)).toBe(true);
    expect(after['xl/worksheets/sheet3.xml'].toString()).toMatch(/<sheetProtection [^>]*password="/);
  });

  it('the XlsxWriter (pandas) workbook keeps its chart sheet tab, sheet-scoped name and the parts XlsxWriter writes natively', async () => {
    const item = corpus.find((c) => c.name === 'xlsxwriter.xlsx');
    if (!item) return console.warn('XlsxWriter is not installed here');
    const before = await partsOf(item.input);
    const after = await partsOf(item.output);
    const kinds = Object.keys(before).filter((p) =>
      /chartsheets|charts\/|drawings\/|comments|metadata\.xml|custom\.xml/.test(p),
    );
    expect(kinds.length).toBeGreaterThanOrEqual(7);
    for (const p of kinds) expect([p, after[p]?.equals(before[p])]).toEqual([p, true]);
    expect(before['xl/worksheets/sheet2.xml'].toString()).toMatch(/x14:sparklineGroups/);
    expect(
      sheetEntriesOf(after)
        .map((s) => s.name)
        .slice(0, 3),
    ).toEqual(['ตั้งค่า', 'คะแนน', 'กราฟ']);
    expect(namesOf(after)).toEqual(expect.arrayContaining(['|TaxRate|0.07', "คะแนน|Local|'คะแนน'!$B$2"]));
    // Its docProps/app.xml lists worksheets, charts and named ranges: ours join the worksheets only.
    expect(appTitlesOf(after)).toEqual(expect.arrayContaining([SUMMARY, 'กราฟ', "'คะแนน'!Local"]));
  });

  it('a workbook whose parts use a prefix (x:) is read, and what we add to it is written with the same prefix', async () => {
    const { input, output } = corpus.find((c) => c.name === 'prefixed.xlsx')!;
    expect((await partsOf(input))['xl/worksheets/sheet1.xml'].toString()).toContain('<x:sheetData>');
    const workbook = (await partsOf(output))['xl/workbook.xml'].toString();
    expect(workbook).toContain(`<x:sheet name="${SUMMARY}"`);
    expect(workbook).toMatch(/<x:definedName name="ITA_TOTAL">/);
    expect(workbook).not.toMatch(/<(sheet|definedName) /);
  });

  it('openpyxl names keep their values and scopes (TaxRate, Rate on two sheets, OFFSET, whole column)', async () => {
    const item = corpus.find((c) => c.name === 'openpyxl.xlsx');
    if (!item) return console.warn('openpyxl is not installed here');
    expect(namesOf(await partsOf(item.output))).toEqual(
      expect.arrayContaining([
        '|TaxRate|0.07',
        "|ScoreCol|'คะแนน'!$B:$B",
        "|Recent|OFFSET('คะแนน'!$B$2,0,0,COUNTA('คะแนน'!$B:$B)-1,1)",
        "ตั้งค่า|Rate|'ตั้งค่า'!$B$3",
        'บันทึก|Rate|0.5',
      ]),
    );
  });

  it('recomputing a result again appends no styles and keeps one summary', async () => {
    const { output } = corpus.find((c) => c.name === 'exceljs.xlsx')!;
    const again = await partsOf(await recompute(output));
    expect(again['xl/styles.xml'].equals((await partsOf(output))['xl/styles.xml'])).toBe(true);
    expect(sheetEntriesOf(again).filter((s) => s.name === SUMMARY)).toHaveLength(1);
  });

  it('the old full ExcelJS save loses what the surgical write keeps (the comparison can fail)', async () => {
    const { input } = corpus.find((c) => c.name === 'crafted.xlsm')!;
    const wb = await loadXlsx(input);
    applyPlan(wb, await resultsPlan(input));
    const losses = await lost(input, await writeXlsx(wb));
    expect(losses).toEqual(expect.arrayContaining(['part xl/vbaProject.bin', 'part xl/charts/chart1.xml']));
  });

  (hasSoffice || must ? it : it.skip)('LibreOffice opens every output and reads our summary sheet', () => {
    const files = corpus.map(({ name, output }) => {
      const file = path.join(dir, `out-${name}`);
      fs.writeFileSync(file, output);
      return file;
    });
    const out = libreOfficeConvert(files, CSV_ALL_SHEETS, fs.mkdtempSync(path.join(dir, 'csv-')));
    for (const { name } of corpus) {
      const summary = path.join(out, `out-${name.replace(/\.[^.]+$/, '')}-${SUMMARY}.csv`);
      expect(fs.existsSync(summary) ? fs.readFileSync(summary, 'utf8') : `${name}: no summary sheet read`).toMatch(
        // The total's label heads its box; the figure is on the next row.
        /คะแนนรวม,[^\n]*\n\d+\.\d\d,/,
      );
    }
  });
});
