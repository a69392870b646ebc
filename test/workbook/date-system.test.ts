import { execFileSync } from 'child_process';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as os from 'os';
import * as path from 'path';
import { analyzeWorkbook } from '../../src/workbook';
import { loadXlsx, readWorkbook } from '../../src/xlsx';
import { hasOpenpyxl, PYTHON } from '../xlsx/corpus/producers';

const itWithOpenpyxl = hasOpenpyxl || process.env.CI === 'true' ? it : it.skip;
const SAMPLE = path.join(__dirname, '../../assets/sample/sample.xlsx');

/** The sample with a measure's period typed as a date (31 Mar 2023), saved by openpyxl in either date system. */
const WITH_DATE = String.raw`
import sys, datetime
from openpyxl import load_workbook
from openpyxl.utils.datetime import CALENDAR_MAC_1904
wb = load_workbook(sys.argv[1])
ws = wb['มาตรการ']
ws['E3'].value = datetime.datetime(2023, 3, 31)
ws['E3'].number_format = 'd mmm yyyy'
if sys.argv[3] == '1904':
    wb.epoch = CALENDAR_MAC_1904
wb.save(sys.argv[2])
`;

function sampleSaved(system: '1900' | '1904'): Buffer {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'date-system-')), `sample-${system}.xlsx`);
  execFileSync(PYTHON, ['-c', WITH_DATE, SAMPLE, out, system], { stdio: 'pipe' });
  return fs.readFileSync(out);
}

/** The number stored for E3 of the measures sheet: the serial day in the workbook's own date system. */
async function storedSerial(bytes: Buffer): Promise<number> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
  for (const name of names) {
    const m = /<c r="E3"[^>]*><v>([\d.]+)<\/v>/.exec(await zip.file(name)!.async('string'));
    if (m) return Number(m[1]);
  }
  throw new Error('E3 not found');
}

describe('1904 date system (Excel for Mac workbooks; issue 8 item 2)', () => {
  itWithOpenpyxl(
    'a date in a 1904 workbook is the same day as in a 1900 one, although its stored number differs by 1,462',
    async () => {
      const [b1900, b1904] = [sampleSaved('1900'), sampleSaved('1904')];
      expect((await storedSerial(b1900)) - (await storedSerial(b1904))).toBe(1462);
      for (const bytes of [b1900, b1904]) {
        const analysis = analyzeWorkbook(readWorkbook(await loadXlsx(bytes)), { today: '2026-11-21' });
        const measure = analysis.measures!.rows.find((r) => r.cell === 'B3');
        expect(measure?.period).toEqual({ start: '2023-03-31', end: '2023-03-31' });
      }
    },
  );
});
