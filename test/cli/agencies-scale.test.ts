/**
 * The whole country (issue 14): a generated workbook of 8,500 agencies (scripts/agencies-workbook.js)
 * recomputed by the command line, as a provincial or national office would. Time is measured in
 * BENCHMARK.md (npm run bench), not here; this checks that it works and what it writes.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Io, main } from '../../src/cli/main';
import { loadXlsx } from '../../src/xlsx';
import { nameValue } from '../workbook/helpers';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain script shared with bench.js and the e2e
const { agenciesWorkbook } = require('../../scripts/agencies-workbook') as {
  agenciesWorkbook: (n: number) => { xlsx: { writeFile(f: string): Promise<void> } };
};

it('recomputes 8,500 agencies: every one on the area sheet, the names, the JSON', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-country-'));
  const input = path.join(dir, 'country.xlsx');
  await agenciesWorkbook(8500).xlsx.writeFile(input);
  const output = path.join(dir, 'country.ita.xlsx');
  let out = '';
  let err = '';
  const io: Io = { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n'), readStdin: () => '' };
  const code = await main(['recompute', input, '--json', '-o', output], io);
  expect(err).toBe('');
  expect(code).toBe(0);
  const json = JSON.parse(out);
  expect(json.area.area.count).toBe(8500);
  expect(json.area.agencies).toHaveLength(8500);
  expect(json.area.below.length).toBe(json.area.area.belowTarget);
  const ranks = json.area.agencies.map((a: { rank: number }) => a.rank);
  expect(Math.min(...ranks)).toBe(1);
  const written = await loadXlsx(fs.readFileSync(output));
  expect(nameValue(written, 'ITA_AGENCIES_COUNT')).toBe(8500);
  expect(nameValue(written, 'ITA_AGENCIES_MEAN')).toBe(json.area.area.mean);
  expect(nameValue(written, 'ITA_AGENCIES_PASS_SHARE')).toBeCloseTo(json.area.area.passShare, 12);
  const sheet = written.getWorksheet('ภาพรวมหน่วยงาน ITA')!;
  // One row per agency, each total a live formula over the Agencies sheet.
  const totals: unknown[] = [];
  sheet.getColumn(7).eachCell((c) => {
    const v = c.value as { formula?: string } | null;
    if (v && typeof v === 'object' && /^ROUND\((\(|IF)/.test(v.formula ?? '')) totals.push(v.formula);
  });
  expect(totals.length).toBe(8500);
}, 600_000);
