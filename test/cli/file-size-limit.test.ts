/**
 * A real failing write (issue 8): the command line run under `ulimit -f`, as a shell with a
 * file-size limit runs it. The kernel then writes only part of the file and fails the next write;
 * the input must stay byte for byte, no temporary file may be left, and the message is plain.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');
const SAMPLE = path.join(ROOT, 'assets/sample/sample.xlsx');
const onLinux = process.platform === 'linux' ? describe : describe.skip;

onLinux('a file-size limit (ulimit -f) while recompute --in-place writes', () => {
  let bin = '';
  beforeAll(() => {
    // The package as installed, compiled from src now (the working tree's lib/ may be stale).
    const pkg = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-ulimit-'));
    fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(pkg, 'package.json'));
    fs.cpSync(path.join(ROOT, 'bin'), path.join(pkg, 'bin'), { recursive: true });
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(pkg, 'node_modules'), 'dir');
    execFileSync('npx', ['tsc', '-p', 'tsconfig.cli.json', '--outDir', path.join(pkg, 'lib')], { cwd: ROOT });
    bin = path.join(pkg, 'bin/ita-planner.js');
  }, 180_000);

  it('leaves the input byte-identical, no temporary file, exit 2 and a plain bilingual message', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-ulimit-run-'));
    const input = path.join(dir, 'sample.xlsx');
    fs.copyFileSync(SAMPLE, input);
    const before = fs.readFileSync(input);
    // 20 blocks of 1 KiB: more than the input, less than the recomputed workbook.
    const limitKiB = 20;
    expect(before.length).toBeLessThan(limitKiB * 1024);
    const r = spawnSync(
      'bash',
      ['-c', `ulimit -f ${limitKiB}; exec "$0" "$@"`, process.execPath, bin, 'recompute', input, '--in-place'],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(2);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['sample.xlsx']);
    expect(r.stderr).toContain('ไฟล์ใหญ่เกินที่ระบบอนุญาต');
    expect(r.stderr).toContain('the file is larger than the system allows; the input');
    expect(r.stderr).not.toMatch(/EFBIG|\bat \w+ \(/);
    // Without the limit the same run writes a whole workbook larger than the limit.
    const ok = spawnSync(process.execPath, [bin, 'recompute', input, '--in-place'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(fs.statSync(input).size).toBeGreaterThan(limitKiB * 1024);
  });
});
