import * as ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { agencySheet, Cell } from '../fixtures/agencies/district-30';
import { runCli } from '../helpers/run-cli';

const run = (argv: string[]) => runCli(argv);

async function district30File(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const add = (name: string, rows: Cell[][]) => {
    const ws = wb.addWorksheet(name);
    rows.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
  };
  add('ตั้งค่า', [['ปีงบประมาณ', 2568]]);
  add('หน่วยงาน', agencySheet('th'));
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ita-cli-agencies-')), 'lamphun.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

describe('ita-planner recompute on a workbook of many agencies (issue 14)', () => {
  it('prints the area against the country and who is below the target, and writes the area sheet', async () => {
    const input = await district30File();
    const r = await run(['recompute', input, '--lang', 'en']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Agencies in the area: 30 agencies, mean 86.78, 19 at the target (63.33%)');
    expect(r.out).toContain('  Country, 2568: 8,317 agencies, mean 93.82, 94.17% at 85 or above');
    expect(r.out).toContain('Below the target: 11');
    expect(r.out).toContain('  อบต.วังดิน 84.00 B: Raise indicator 9 from 84.00 to 89.00 (+5.00)');
    // The district and type figures come under headings of their own, after the agencies below the target.
    const lines = r.out.split('\n');
    expect(lines.indexOf('By district:')).toBeGreaterThan(lines.indexOf('Below the target: 11'));
    expect(lines[lines.indexOf('By district:') + 1]).toMatch(/^ {2}\S.*: \d+ agencies?, mean /);
    expect(lines).toContain('By type of agency:');
    expect(r.out).not.toContain('No results were written');
    expect(fs.existsSync(input.replace(/\.xlsx$/, '.ita.xlsx'))).toBe(true);
  });

  it('--json carries every agency and the groups', async () => {
    const input = await district30File();
    const r = await run(['recompute', input, '--json', '-o', input.replace(/\.xlsx$/, '.out.xlsx')]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.area.area).toMatchObject({ count: 30, mean: 86.78, passed: 19, belowTarget: 11 });
    expect(json.area.national).toMatchObject({ fiscalYear: 2568, agencies: 8317 });
    expect(json.area.byDistrict.map((d: { district: string }) => d.district)).toEqual(['เมืองลำพูน', 'ป่าซาง', 'บ้านโฮ่ง']);
    expect(json.area.agencies[12]).toMatchObject({
      name: 'อบต.มะกอก',
      row: 15,
      basis: 'tools',
      total: 84.6,
      pass: false,
      step: { kind: 'tool', id: 'OIT', from: 90, to: 91, points: 1 },
    });
    expect(json.result).toBeNull();
  });
});
