/**
 * Issue 9, item 6: files that are not a readable .xlsx are named for what they are, with how to
 * save them as .xlsx, in the language asked for (Thai by default); every command-line message,
 * argument errors and usage included, follows --lang; never a library's words or a stack trace.
 * Runs the built command line as a subprocess, as a planner does.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { compoundFile } from '../helpers/compound-file';
import { hasLibreOffice, LIBREOFFICE_TIMEOUT_MS } from '../helpers/lo-recalc';

jest.setTimeout(LIBREOFFICE_TIMEOUT_MS);

const ROOT = path.resolve(__dirname, '../..');
const SAMPLE = path.join(ROOT, 'assets/sample/sample.xlsx');
let pkg: string;
let dir: string;

/** What a library, Node or a stack trace would say: none of it may reach the planner. */
const INTERNALS = /JSZip|central directory|stuk\.github|Error:|ENOENT|EISDIR|\bat [\w.<>]+ \(|node_modules|\.js:\d+/;

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [path.join(pkg, 'bin/ita-planner.js'), ...args], {
    cwd: dir,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** LibreOffice's own conversion of the sample, as a planner's colleague would send it. */
function convert(format: string): string {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-profile-'));
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--norestore',
      '--convert-to',
      format,
      '--outdir',
      dir,
      SAMPLE,
    ],
    { timeout: LIBREOFFICE_TIMEOUT_MS, stdio: 'ignore' },
  );
  return path.join(dir, `sample.${format}`);
}

beforeAll(() => {
  // The package as installed: package.json's bin, bin/, and lib/ compiled from src now.
  pkg = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-cli-'));
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-files-'));
  fs.cpSync(path.join(ROOT, 'bin'), path.join(pkg, 'bin'), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(pkg, 'package.json'));
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(pkg, 'node_modules'), 'dir');
  execFileSync('npx', ['tsc', '-p', 'tsconfig.cli.json', '--outDir', path.join(pkg, 'lib')], { cwd: ROOT });
  const put = (name: string, data: string | Uint8Array) => fs.writeFileSync(path.join(dir, name), data);
  put('empty.xlsx', '');
  put('scores.csv', 'ตัวชี้วัด,คะแนน\n1,87.49\n2,77.85\n');
  put('export.xls', '<html><body><table><tr><td>ตัวชี้วัด</td><td>คะแนน</td></tr></table></body></html>');
  put('locked.xlsx', compoundFile(['EncryptionInfo', 'EncryptedPackage']));
  put('report.pdf', '%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n');
  put('logo.xlsx', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  if (hasLibreOffice) {
    convert('xls');
    convert('ods');
  }
});

afterAll(() => {
  fs.rmSync(pkg, { recursive: true, force: true });
  fs.rmSync(dir, { recursive: true, force: true });
});

const CASES: [string, string, RegExp, RegExp][] = [
  ['an empty file', 'empty.xlsx', /ว่างเปล่า \(0 ไบต์\)/, /the file is empty \(0 bytes\)/],
  ['a CSV file', 'scores.csv', /คั่นด้วยจุลภาค \(CSV\)/, /comma-separated text \(CSV\)/],
  ['a web page named .xls', 'export.xls', /หน้าเว็บ \(HTML\)/, /a web page \(HTML\) named like an Excel file/],
  ['an encrypted workbook (password to open)', 'locked.xlsx', /ตั้งรหัสผ่านสำหรับเปิด/, /has a password to open/],
  ['a PDF', 'report.pdf', /เป็น PDF ไม่ใช่สมุดงาน/, /is a PDF document, not a workbook/],
  ['not a spreadsheet at all (an image)', 'logo.xlsx', /ไม่ใช่สเปรดชีต/, /this is not a spreadsheet/],
];
const LO_CASES: [string, string, RegExp, RegExp][] = [
  [
    'an Excel 97–2003 .xls (saved by LibreOffice)',
    'sample.xls',
    /Excel 97–2003 \(\.xls\)/,
    /an Excel 97–2003 workbook \(\.xls\)/,
  ],
  [
    'an OpenDocument .ods (saved by LibreOffice)',
    'sample.ods',
    /OpenDocument \(\.ods\)/,
    /an OpenDocument spreadsheet \(\.ods\)/,
  ],
];

describe('item 6: unreadable files say what they are and how to save them as .xlsx, in the chosen language', () => {
  const check = (file: string, th: RegExp, en: RegExp) => {
    const thai = cli(['recompute', file]);
    expect(thai.code).toBe(2);
    expect(thai.err).toMatch(th);
    expect(thai.err).not.toMatch(INTERNALS);
    expect(thai.err).not.toMatch(/[a-z]{4,} [a-z]{4,} [a-z]{4,}/); // no English sentence
    const english = cli(['recompute', file, '--lang', 'en']);
    expect(english.code).toBe(2);
    expect(english.err).toMatch(en);
    expect(english.err).not.toMatch(INTERNALS);
    expect(english.err).not.toMatch(/[\u0e01-\u0e2e]/); // no Thai letter
    return { thai, english };
  };

  it.each(CASES)('%s', (_what, file, th, en) => {
    check(file, th, en);
  });

  (hasLibreOffice || process.env.CI === 'true' ? it.each(LO_CASES) : it.skip.each(LO_CASES))(
    '%s',
    (_what, file, th, en) => {
      const { thai, english } = check(file, th, en);
      expect(thai.err).toContain('บันทึกเป็น > "สมุดงาน Excel (*.xlsx)"');
      expect(english.err).toContain('Save As > "Excel Workbook (*.xlsx)"');
    },
  );

  it('the report command says the same', () => {
    const r = cli(['report', 'scores.csv', '--kind', 'analysis', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/comma-separated text \(CSV\)/);
  });

  it('a missing file and a folder: plain words, no ENOENT', () => {
    const missing = cli(['recompute', 'nope.xlsx']);
    expect(missing.err).toContain('ไม่พบไฟล์หรือโฟลเดอร์นี้');
    expect(missing.err).not.toMatch(INTERNALS);
    const folder = cli(['recompute', '.', '--lang', 'en']);
    expect(folder.err).toContain('it is a folder, not a file');
    expect(folder.err).not.toMatch(INTERNALS);
  });
});

describe('item 6: every command-line message follows --lang, Thai by default', () => {
  it.each([
    [
      ['recompute'],
      /ต้องระบุไฟล์นำเข้าหนึ่งไฟล์\nวิธีใช้: ita-planner recompute/,
      /expected one input file\nusage: ita-planner recompute/,
    ],
    [['recompute', 'x.xlsx', '--frobnicate'], /ไม่รู้จักตัวเลือก --frobnicate/, /unknown option --frobnicate/],
    [['recompute', 'x.xlsx', '--as-of', 'someday'], /--as-of "someday": ต้องการ/, /--as-of "someday": expected/],
    [['recompute', 'x.xlsx', '--step', 'lots'], /--step "lots": ต้องการ/, /--step "lots": expected/],
    [['template', '--year', 'next'], /--year "next": ต้องการ/, /--year "next": expected/],
    [['template', 'extra'], /ไม่ต้องมี "extra"/, /unexpected argument "extra"/],
    [['report', 'x.xlsx'], /--kind ต้องเป็น/, /--kind must be/],
    [['score'], /ต้องระบุไฟล์ JSON หนึ่งไฟล์/, /expected one FILE\.json/],
    [['frobnicate'], /ไม่รู้จักคำสั่ง "frobnicate"/, /unknown command "frobnicate"/],
  ])('%j', (args, th, en) => {
    const thai = cli(args);
    expect(thai.code).toBe(2);
    expect(thai.err).toMatch(th);
    expect(thai.err).not.toMatch(/[a-z]{4,} [a-z]{4,} [a-z]{4,}/);
    const english = cli([...args, '--lang', 'en']);
    expect(english.code).toBe(2);
    expect(english.err).toMatch(en);
    // Thai only inside quoted examples of what may be typed ("21 พ.ย. 2569").
    expect(english.err.replace(/"[^"]*"/g, '')).not.toMatch(/[\u0e01-\u0e2e]/);
  });

  it('a wrong --lang is said in Thai, the default', () => {
    const r = cli(['recompute', 'x.xlsx', '--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--lang ต้องเป็น th หรือ en (พบ "fr")');
  });

  it('the usage is Thai by default and English with --lang en', () => {
    const th = cli(['--help']);
    expect(th.code).toBe(0);
    expect(th.out).toContain('คำนวณผลการประเมิน ITA');
    expect(th.out).toContain('รหัสออก');
    const en = cli(['--help', '--lang', 'en']);
    expect(en.out).toContain('exit codes: 0 done');
    expect(en.out).not.toMatch(/[\u0e01-\u0e2e]/);
  });

  it('the report after a recompute is in the chosen language only', () => {
    fs.copyFileSync(SAMPLE, path.join(dir, 'ok.xlsx'));
    const th = cli(['recompute', 'ok.xlsx', '-o', 'ok.th.xlsx']);
    expect(th.code).toBe(0);
    expect(th.out).toMatch(/คะแนนรวม \d+\.\d\d ระดับ/);
    expect(th.out).not.toMatch(/\bTotal\b|Route|reach/);
    const en = cli(['recompute', 'ok.xlsx', '-o', 'ok.en.xlsx', '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.out).toMatch(/Total \d+\.\d\d, grade/);
  });
});
