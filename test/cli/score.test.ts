import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../helpers/run-cli';

const ROOT = path.resolve(__dirname, '../..');
const WORKED = path.join(ROOT, 'test/fixtures/score/chiang-mai-2564.json');

const runAsync = (argv: string[], stdin = '') => runCli(argv, { stdin });

describe('ita-planner score', () => {
  it('answers the worked example (seed 003, written with Thai digits and suffixes): 95.01 AA, passing', async () => {
    const r = await runAsync(['score', WORKED]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.total).toBe(95.01);
    expect(json.grade).toBe('AA');
    expect(json.pass).toBe(true);
    expect(json.tools.IIT).toMatchObject({ score: 92.53, weighted: 27.76 });
    expect(json.tools.EIT).toMatchObject({ score: 92.32, weighted: 27.7 });
    expect(json.tools.OIT).toMatchObject({ score: 98.89, weighted: 39.56 });
    expect(json.indicators).toHaveLength(10);
    expect(json.indicators[2]).toMatchObject({
      id: 3,
      score: 91.57,
      status: 'strength',
      change: null,
      suggestions: [],
    });
    expect(json.gap.toTarget.gap).toBe(0);
  });

  it('reads standard input with "-", with items, previous scores and a target', async () => {
    const input = {
      fiscalYear: 2022,
      target: '๙๐',
      indicators: { 1: 80, 2: 81, 3: 82, 4: 83, 5: 84, 6: 85, 7: 86, 8: 87, 10: 90 },
      items: Object.fromEntries(Array.from({ length: 43 }, (_, i) => [`O${i + 1}`, i === 6 ? 0 : 100])),
      previous: { 1: '๗๐.๕๐', 2: 81 },
    };
    const r = await runAsync(['score', '-'], JSON.stringify(input));
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.fiscalYear).toBe(2565);
    expect(json.target).toBe(90);
    const ind1 = json.indicators.find((i: { id: number }) => i.id === 1);
    expect(ind1).toMatchObject({ score: 80, previous: 70.5, change: 9.5, status: 'weakness' });
    expect(ind1.suggestions.length).toBeGreaterThan(0);
    const ind9 = json.indicators.find((i: { id: number }) => i.id === 9);
    expect(ind9.score).toBe(97.78); // O7 missing from 9.1: (88.89 + 4 × 100) / 5
    expect(ind9.unpublishedItems.map((i: { code: string }) => i.code)).toEqual(['O7']);
    expect(json.gap.toTarget.steps.length).toBeGreaterThan(0);
  });

  it('rejects bad input with exit 2, naming the field, what was found and what was expected', async () => {
    const bad = JSON.stringify({ fiscalYear: 2565, indicators: { 1: 'ดีมาก', 2: 120, 11: 50 }, items: { X9: 1 } });
    const r = await runAsync(['score', '-', '--lang', 'en'], bad);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/error \[indicators\.1\]: found "ดีมาก", expected a score from 0 to 100/);
    expect(r.err).toMatch(/\[indicators\.2\]: found 120, .*outside 0–100/);
    expect(r.err).toMatch(/\[indicators\.11\]: found "11", expected an indicator number 1–10/);
    expect(r.err).toMatch(/\[items\.X9\]: found "X9"/);
    // Thai by default, and only Thai.
    const th = await runAsync(['score', '-'], bad);
    expect(th.err).toMatch(/ข้อผิดพลาด \[indicators\.1\]: .*ต้องการ/);
    expect(th.err).not.toMatch(/expected/);
  });

  it('reports every missing indicator instead of scoring it zero', async () => {
    const r = await runAsync(
      ['score', '-', '--lang', 'en'],
      JSON.stringify({ fiscalYear: 2565, indicators: { 1: 90 } }),
    );
    expect(r.code).toBe(2);
    for (let id = 2; id <= 10; id++) expect(r.err).toContain(`[indicators.${id}]: No score for indicator ${id} `);
  });

  it('rejects an unreadable fiscal year, non-JSON and a missing file with exit 2', async () => {
    expect((await runAsync(['score', '-', '--lang', 'en'], '{"fiscalYear":"next year","indicators":{}}')).err).toMatch(
      /\[fiscalYear\]: found "next year"/,
    );
    expect((await runAsync(['score', '-'], 'not json')).code).toBe(2);
    expect((await runAsync(['score', '/no/such/file.json'])).code).toBe(2);
    expect((await runAsync(['score'])).code).toBe(2);
  });

  it("works as the package's bin (package.json bin → bin/ita-planner.js → lib/)", () => {
    // The package as installed, in a temp folder: package.json's bin, bin/, and lib/ compiled from src
    // now (not the working tree's lib/, which may be stale and is not ours to write).
    const pkg = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-bin-'));
    fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(pkg, 'package.json'));
    fs.cpSync(path.join(ROOT, 'bin'), path.join(pkg, 'bin'), { recursive: true });
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(pkg, 'node_modules'), 'dir');
    execFileSync('npx', ['tsc', '-p', 'tsconfig.cli.json', '--outDir', path.join(pkg, 'lib')], { cwd: ROOT });
    const bin = (JSON.parse(fs.readFileSync(path.join(pkg, 'package.json'), 'utf8')) as { bin: Record<string, string> })
      .bin['ita-planner'];
    const ok = spawnSync(process.execPath, [bin, 'score', WORKED], { cwd: pkg, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ total: 95.01, grade: 'AA' });
    const bad = spawnSync(process.execPath, [bin, 'score', '-'], {
      cwd: pkg,
      encoding: 'utf8',
      input: '{"fiscalYear":2565,"indicators":{"1":"x"}}',
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('indicators.1');
    fs.rmSync(pkg, { recursive: true, force: true });
  }, 120_000);
});
