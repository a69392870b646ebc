import { execFileSync } from 'child_process';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as os from 'os';
import * as path from 'path';
import { Io, main } from '../../src/cli/main';
import { loadXlsx, readWorkbook } from '../../src/xlsx';
import { hasOpenpyxl, PYTHON } from './corpus/producers';

const itWithOpenpyxl = hasOpenpyxl || process.env.CI === 'true' ? it : it.skip;
const SAMPLE = path.resolve(__dirname, '../../assets/sample/sample.xlsx');

/** The sample with the user's own names scoped to the scores sheet: one spelled like ours, one not. */
const ADD_SHEET_NAMES = String.raw`
import sys
from openpyxl import load_workbook
from openpyxl.workbook.defined_name import DefinedName
wb = load_workbook(sys.argv[1])
scores = wb.sheetnames.index('คะแนน')
add = getattr(wb.defined_names, 'add', None) or wb.defined_names.append  # openpyxl 3.1 / 3.0
for name, ref in [('ITA_TOTAL', "'คะแนน'!$D$4"), ('Rate', "'คะแนน'!$D$5")]:
    add(DefinedName(name, attr_text=ref, localSheetId=scores))
wb.save(sys.argv[2])
`;

function sampleWithSheetNames(dir: string): string {
  const file = path.join(dir, 'scoped.xlsx');
  execFileSync(PYTHON, ['-c', ADD_SHEET_NAMES, SAMPLE, file], { stdio: 'pipe' });
  return file;
}

async function definedNames(file: string): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(fs.readFileSync(file))).file('xl/workbook.xml')!.async('string');
  return [...xml.matchAll(/<definedName ([^>]*)>([^<]*)</g)].map((m) => `${m[1]} ${m[2]}`);
}

describe("the user's sheet-scoped names (issue 8 item 3): read with their scope, never taken for ours", () => {
  itWithOpenpyxl('are read with the sheet they belong to', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scoped-'));
    const snapshot = readWorkbook(await loadXlsx(fs.readFileSync(sampleWithSheetNames(dir))));
    expect(snapshot.names).toEqual(
      expect.arrayContaining([
        { name: 'ITA_TOTAL', ref: "'คะแนน'!$D$4", sheet: 'คะแนน', scope: 'คะแนน' },
        { name: 'Rate', ref: "'คะแนน'!$D$5", sheet: 'คะแนน', scope: 'คะแนน' },
      ]),
    );
  });

  itWithOpenpyxl(
    'a sheet-scoped ITA_TOTAL is no clash: recomputed twice, it and ours both stand, unchanged',
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scoped-'));
      const input = sampleWithSheetNames(dir);
      const io: Io = { out: () => undefined, err: () => undefined, readStdin: () => '' };
      const once = path.join(dir, 'once.xlsx');
      const twice = path.join(dir, 'twice.xlsx');
      expect(await main(['recompute', input, '-o', once], io)).toBe(0);
      expect(await main(['recompute', once, '-o', twice], io)).toBe(0);
      for (const file of [once, twice]) {
        const names = await definedNames(file);
        expect(names).toContain(`name="ITA_TOTAL" localSheetId="1" 'คะแนน'!$D$4`);
        expect(names).toContain(`name="Rate" localSheetId="1" 'คะแนน'!$D$5`);
        expect(names.filter((n) => n.startsWith('name="ITA_TOTAL" ') && !n.includes('localSheetId'))).toHaveLength(1);
      }
    },
  );
});
