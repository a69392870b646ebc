/**
 * Strict Open XML (Excel's "Strict Open XML Spreadsheet"): the same parts under other namespaces.
 * It is read like any workbook, and a recompute writes our parts into it in its own namespaces.
 * No producer on this machine writes Strict (LibreOffice reads it but cannot save it), so the
 * workbook is an ExcelJS one with its namespaces moved, as Excel's Strict files name them.
 */
import * as ExcelJS from 'exceljs';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as os from 'os';
import * as path from 'path';
import { main, Io } from '../../src/cli/main';
import { analyzeWorkbook } from '../../src/workbook';
import { packageProblem, readWorkbook, readXlsx } from '../../src/xlsx';
import { LIBREOFFICE_TIMEOUT_MS, recalcWithLibreOffice } from '../helpers/lo-recalc';
import { nameValue } from '../workbook/helpers';
import { changedUserParts, partsOf } from './corpus/compare';

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

  it(
    "recompute writes into it in the package's own namespaces: the user's parts kept byte for byte, nothing transitional added, LibreOffice recalculates our formulas to the same total",
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-strict-'));
      const input = path.join(dir, 'strict.xlsx');
      fs.writeFileSync(input, await strictWorkbook());
      const before = fs.readFileSync(input);
      const output = path.join(dir, 'out.xlsx');
      let err = '';
      const io: Io = { out: () => undefined, err: (t) => (err += t + '\n'), readStdin: () => '' };
      expect(await main(['recompute', input, '-o', output], io)).toBe(0);
      expect(err).toBe('');
      expect(fs.readFileSync(input).equals(before)).toBe(true);

      const inParts = await partsOf(before);
      const outParts = await partsOf(fs.readFileSync(output));
      expect(changedUserParts(inParts, outParts)).toEqual([]);
      // One conformance class in one package: no SpreadsheetML part or relationship in the
      // transitional namespaces, ours included.
      const transitional = Object.entries(outParts)
        .filter(([name]) => /\.(xml|rels)$/.test(name))
        .filter(([, bytes]) => STRICT_NAMESPACES.some(([t]) => bytes.toString('utf8').includes(t)))
        .map(([name]) => name);
      expect(transitional).toEqual([]);
      expect(outParts['xl/workbook.xml'].toString()).toContain('<sheet name="สรุปผล ITA" sheetId="3" r:id="rId');

      // Read back by us, and recalculated by LibreOffice, which reads Strict packages.
      const { wb } = await readXlsx(fs.readFileSync(output));
      expect(wb.worksheets.map((w) => w.name)).toEqual(['ตั้งค่า', 'คะแนน', 'สรุปผล ITA']);
      const recalculated = await recalcWithLibreOffice(output);
      if (!recalculated) return console.warn('LibreOffice is not installed here');
      const lo = new ExcelJS.Workbook();
      await lo.xlsx.readFile(recalculated);
      expect(Number(nameValue(lo, 'ITA_TOTAL')).toFixed(2)).toBe('84.40');
    },
    LIBREOFFICE_TIMEOUT_MS,
  );

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
