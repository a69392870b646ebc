/**
 * Strict Open XML (Excel's "Strict Open XML Spreadsheet"): the same parts under other namespaces.
 * It is read like any workbook; writing into it is refused before anything is written, with a
 * message in our own words in each language, and the input is left byte for byte.
 */
import * as ExcelJS from 'exceljs';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as os from 'os';
import * as path from 'path';
import { main, Io } from '../../src/cli/main';
import { analyzeWorkbook } from '../../src/workbook';
import { packageProblem, readWorkbook, readXlsx } from '../../src/xlsx';

const STRICT_NAMESPACES: [string, string][] = [
  ['http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main'],
  [
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
    'http://purl.oclc.org/ooxml/officeDocument/relationships',
  ],
];

/** An ExcelJS workbook of ten indicator scores, its parts moved to the Strict namespaces. */
async function strictWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('ตั้งค่า').addRows([['ปีงบประมาณ', 2566]]);
  const ws = wb.addWorksheet('คะแนน');
  ws.addRow(['ตัวชี้วัด', 'คะแนน']);
  [92, 90, 91, 89, 93, 86, 87, 88, 80, 75].forEach((s, i) => ws.addRow([i + 1, s]));
  const zip = await JSZip.loadAsync((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
    let xml = await zip.file(name)!.async('string');
    for (const [from, to] of STRICT_NAMESPACES) xml = xml.split(from).join(to);
    zip.file(name, xml);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('Strict Open XML', () => {
  it('is read: the scores give the total', async () => {
    const { wb } = await readXlsx(await strictWorkbook());
    const analysis = analyzeWorkbook(readWorkbook(wb), { today: '2026-12-02' });
    expect(analysis.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(analysis.assessment?.totalShown).toBe(84.4);
  });

  it('recompute refuses to write into it: exit 2, input byte-identical, our own words in Thai and English', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-strict-'));
    const input = path.join(dir, 'strict.xlsx');
    fs.writeFileSync(input, await strictWorkbook());
    const before = fs.readFileSync(input);
    let err = '';
    const io: Io = { out: () => undefined, err: (t) => (err += t + '\n'), readStdin: () => '' };
    const code = await main(['recompute', input, '-o', path.join(dir, 'out.xlsx')], io);
    expect(code).toBe(2);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['strict.xlsx']);
    expect(err).toContain('บันทึกแบบ Strict Open XML ซึ่งโปรแกรมอ่านได้แต่เขียนผลลงไม่ได้');
    expect(err).toContain('save it as an "Excel Workbook (.xlsx)" first');
    // The Thai line carries no English sentence.
    const thai = err.split('\n').find((l) => l.includes('Strict Open XML ซึ่ง'))!;
    expect(thai).not.toMatch(/\b(the|is|saved|first)\b/);
  });

  it('a damaged workbook part is named in our words, not the XML parser’s', async () => {
    const zip = await JSZip.loadAsync(await strictWorkbook());
    zip.file('xl/workbook.xml', '<workbook><sheets><sheet name="x"');
    const error = await readXlsx(await zip.generateAsync({ type: 'uint8array' })).catch((x) => x);
    const said = packageProblem(error);
    expect(said.en).toContain('its part xl/workbook.xml is damaged (not well-formed XML)');
    expect(said.th).toContain('ส่วน xl/workbook.xml ในไฟล์เสียหาย');
    expect(`${said.th} ${said.en}`).not.toMatch(/\[xmldom|unclosed|element parse/i);
  });
});
