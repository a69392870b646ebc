/**
 * The command line never damages its input: output through a temporary file and a rename,
 * links to the input refused, template never overwrites without --force, a failed write leaves
 * the input byte for byte and says so in the language asked for (Thai by default), and SOURCE_DATE_EPOCH makes the
 * output byte-reproducible.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import type { Io } from '../../src/cli/main';
import { addMacros } from '../xlsx/corpus/crafted';
import { runCli } from '../helpers/run-cli';

const SAMPLE = path.resolve(__dirname, '../../assets/sample/sample.xlsx');

const run = (argv: string[], writeFile?: Io['writeFile']) => runCli(argv, { writeFile });

/** The command in Thai (the default) and again with --lang en: each run speaks its language only. */
async function inBoth(argv: string[], writeFile?: Io['writeFile']) {
  const th = await run(argv, writeFile);
  const en = await run([...argv, '--lang', 'en'], writeFile);
  expect(en.code).toBe(th.code);
  expect(th.err).not.toMatch(/[a-z]{4,} [a-z]{4,} [a-z]{4,}/); // no English sentence in the Thai run
  expect(en.err).not.toMatch(/[\u0e01-\u0e2e]/); // no Thai letter in the English run (file names here are ASCII)
  return { code: th.code, err: `${th.err}${en.err}` };
}

function folder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'ita-safe-'));
}

function copyOfSample(dir = folder()): string {
  const file = path.join(dir, 'sample.xlsx');
  fs.copyFileSync(SAMPLE, file);
  return file;
}

/** Writes half the bytes, then fails as a full disk does. */
const diskFullHalfway: Io['writeFile'] = (file, data) => {
  fs.writeFileSync(file, data.subarray(0, data.length >> 1));
  throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
};

jest.setTimeout(60_000);

describe('safe output', () => {
  it('--in-place whose write fails midway leaves the input byte-identical, no temporary file, and says why in Thai and English', async () => {
    const input = copyOfSample();
    const before = fs.readFileSync(input);
    const r = await inBoth(['recompute', input, '--in-place'], diskFullHalfway);
    expect(r.code).toBe(2);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    expect(fs.readdirSync(path.dirname(input))).toEqual(['sample.xlsx']);
    expect(r.err).toContain('พื้นที่ดิสก์เต็ม');
    expect(r.err).toContain('the disk is full; the input');
    expect(r.err).not.toMatch(/ENOSPC|\bat \w+ \(/);
  });

  it('--in-place that succeeds replaces the input with a whole workbook', async () => {
    const input = copyOfSample();
    const r = await run(['recompute', input, '--in-place']);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(input).subarray(0, 2).toString()).toBe('PK');
    expect(fs.readdirSync(path.dirname(input))).toEqual(['sample.xlsx']);
  });

  it.each([
    ['a symbolic link', (target: string, link: string) => fs.symlinkSync(target, link)],
    ['a hard link', (target: string, link: string) => fs.linkSync(target, link)],
  ])('refuses -o that is %s to the input, and leaves the input alone', async (_, makeLink) => {
    const input = copyOfSample();
    const before = fs.readFileSync(input);
    const link = path.join(path.dirname(input), 'result.xlsx');
    makeLink(input, link);
    const r = await inBoth(['recompute', input, '-o', link]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('is the input');
    expect(r.err).toContain('คือไฟล์ต้นฉบับ');
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });

  it.each([
    ['Excel', (n: string) => `~$${n}`],
    ['LibreOffice', (n: string) => `.~lock.${n}#`],
  ])('a file open in %s (its lock file beside it) is not written over, in both languages', async (_, lock) => {
    const dir = folder();
    const input = copyOfSample(dir);
    fs.writeFileSync(path.join(dir, lock('sample.xlsx')), 'lock');
    const before = fs.readFileSync(input);
    const r = await inBoth(['recompute', input, '--in-place']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('เปิดอยู่ใน Excel หรือ LibreOffice');
    expect(r.err).toContain('is open in Excel or LibreOffice');
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    // Written to a new file instead, it goes through.
    expect((await run(['recompute', input, '-o', path.join(dir, 'out.xlsx')])).code).toBe(0);
  });

  it('refuses -o through a folder path that resolves to the input', async () => {
    const dir = folder();
    const input = copyOfSample(dir);
    fs.mkdirSync(path.join(dir, 'sub'));
    const r = await run(['recompute', input, '-o', path.join(dir, 'sub', '..', 'sample.xlsx')]);
    expect(r.code).toBe(2);
  });

  it('-o naming a folder is a plain bilingual message', async () => {
    const input = copyOfSample();
    const dir = path.join(path.dirname(input), 'out.xlsx');
    fs.mkdirSync(dir);
    const r = await inBoth(['recompute', input, '-o', dir]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('it is a folder, not a file');
    expect(r.err).toContain('เป็นโฟลเดอร์');
  });

  it('an input that is a folder, or missing, is a plain bilingual message', async () => {
    const dir = folder();
    const r = await inBoth(['recompute', dir]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('it is a folder, not a file');
    const missing = await inBoth(['recompute', path.join(dir, 'nope.xlsx')]);
    expect(missing.err).toContain('there is no such file or folder');
    expect(missing.err).toContain('ไม่พบไฟล์');
  });

  it('permission denied on write is a plain bilingual message', async () => {
    const input = copyOfSample();
    const denied: Io['writeFile'] = () => {
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    };
    const r = await inBoth(['recompute', input, '-o', path.join(path.dirname(input), 'o.xlsx')], denied);
    expect(r.code).toBe(2);
    expect(r.err).toContain('permission was denied');
    expect(r.err).toContain('ไม่มีสิทธิ์');
  });

  it('template never overwrites an existing file without --force', async () => {
    const file = copyOfSample();
    const before = fs.readFileSync(file);
    const r = await run(['template', '-o', file]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--force');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    const forced = await run(['template', '-o', file, '--force']);
    expect(forced.code).toBe(0);
    expect(fs.readFileSync(file).equals(before)).toBe(false);
  });

  it('with SOURCE_DATE_EPOCH two runs write the same bytes, zip entry dates included', async () => {
    const input = copyOfSample();
    const a = path.join(path.dirname(input), 'a.xlsx');
    const b = path.join(path.dirname(input), 'b.xlsx');
    const saved = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = '1684108800'; // 2023-05-15
    try {
      expect((await run(['recompute', input, '-o', a])).code).toBe(0);
      await new Promise((r) => setTimeout(r, 1100)); // a clock tick apart: a time that leaked in would show
      expect((await run(['recompute', input, '-o', b])).code).toBe(0);
    } finally {
      if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = saved;
    }
    expect(fs.readFileSync(a).equals(fs.readFileSync(b))).toBe(true);
  });
  it('an .xlsm stays an .xlsm: -o naming it .xlsx (which Excel would refuse to open) is refused before writing, in both languages', async () => {
    const dir = folder();
    const input = path.join(dir, 'macro.xlsm');
    const zip = await JSZip.loadAsync(fs.readFileSync(SAMPLE));
    await addMacros(zip);
    fs.writeFileSync(input, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const r = await inBoth(['recompute', input, '-o', path.join(dir, 'out.xlsx')]);
    expect(r.code).toBe(2);
    expect(fs.readdirSync(dir)).toEqual(['macro.xlsm']);
    expect(r.err).toContain('เป็นไฟล์ .xlsm (มีแมโคร)');
    expect(r.err).toContain('the workbook is an .xlsm file (it has macros), but the output');
    const report = await inBoth(['report', input, '--kind', 'analysis', '-o', path.join(dir, 'report.xlsx')]);
    expect(report.code).toBe(2);
    expect(fs.readdirSync(dir)).toEqual(['macro.xlsm']);
    // Named as it is, it is written, still macro-enabled; the default name keeps .xlsm too.
    expect((await run(['recompute', input, '-o', path.join(dir, 'out.xlsm')])).code).toBe(0);
    expect((await run(['recompute', input])).code).toBe(0);
    for (const name of ['out.xlsm', 'macro.ita.xlsm']) {
      const out = await JSZip.loadAsync(fs.readFileSync(path.join(dir, name)));
      expect(await out.file('[Content_Types].xml')!.async('string')).toContain('macroEnabled.main+xml');
    }
    // And a plain workbook is not given an .xlsm name, nor is the template.
    expect((await inBoth(['recompute', SAMPLE, '-o', path.join(dir, 'plain.xlsm')])).code).toBe(2);
    expect((await inBoth(['template', '-o', path.join(dir, 'template.xlsm')])).code).toBe(2);
    expect(fs.readdirSync(dir).sort()).toEqual(['macro.ita.xlsm', 'macro.xlsm', 'out.xlsm']);
  });
});
