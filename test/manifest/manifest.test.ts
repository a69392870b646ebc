/**
 * The add-in manifest, checked offline: the rules live in scripts/check-manifest.js (also the
 * `check-manifest` command); these tests run them on manifest.xml, on the production rewrite
 * that webpack.config.js applies, and on deliberately broken copies to prove each rule bites.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

interface CheckOptions {
  root?: string;
  production?: boolean;
  packageJson?: string | false;
}
interface ManifestSummary {
  id?: string;
  version?: string;
  displayName?: string;
  providerName?: string;
  defaultLocale?: string;
  hosts?: string[];
  permissions?: string;
  officeAppType?: string;
  sourceLocation?: string;
}
interface CheckManifestModule {
  checkManifest(file: string, options?: CheckOptions): string[];
  checkManifestXml(xml: string, options?: CheckOptions): string[];
  pngSize(file: string): { width?: number; height?: number; bytes?: number; error?: string };
}
interface WebpackConfigModule {
  urlDev: string;
  urlProdPlaceholder: string;
  productionUrl(raw?: string): string;
  rewriteManifest(content: string | Buffer, urlProd: string): string;
  contractManifest(content: string | Buffer): string;
}
interface MakeIconsModule {
  SIZES: number[];
  iconPng(size: number): Buffer;
}

const repo = path.resolve(__dirname, '..', '..');
const manifestPath = path.join(repo, 'manifest.xml');
/* eslint-disable @typescript-eslint/no-require-imports -- plain CommonJS scripts without types; the interfaces above type them */
const { checkManifest, checkManifestXml, pngSize } = require('../../scripts/check-manifest') as CheckManifestModule;
const webpackConfig = require('../../webpack.config.js') as WebpackConfigModule;
const makeIcons = require('../../scripts/make-icons') as MakeIconsModule;
/* eslint-enable @typescript-eslint/no-require-imports */

const good = fs.readFileSync(manifestPath, 'utf8');
const pkg = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')) as { version: string };
const check = (xml: string, options: CheckOptions = {}): string[] => checkManifestXml(xml, { root: repo, ...options });

/** Applies one string edit and fails loudly if the edit no longer matches the manifest. */
function edit(xml: string, from: string | RegExp, to: string): string {
  const out = xml.replace(from, to);
  if (out === xml) throw new Error(`test edit did not apply: ${String(from)}`);
  return out;
}

interface CliResult {
  file: string;
  problems: string[];
  summary: ManifestSummary | null;
}

/**
 * Runs `node scripts/check-manifest.js --json ...` in a child Node: office-addin-manifest needs
 * an ESM-only uuid that Node 20.19+ can require and jest's module loader cannot.
 */
function runCli(args: string[]): CliResult[] {
  const run = spawnSync(process.execPath, [path.join(repo, 'scripts', 'check-manifest.js'), ...args], {
    cwd: repo,
    encoding: 'utf8',
  });
  if (run.status !== 0 && run.status !== 1) throw new Error(`check-manifest exited ${run.status}: ${run.stderr}`);
  const results = JSON.parse(run.stdout) as CliResult[];
  expect(run.status).toBe(results.some((r) => r.problems.length > 0) ? 1 : 0);
  return results;
}

/** A folder laid out like dist/: assets/*.png and the two pages. */
function fakeDist(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-manifest-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  for (const f of fs.readdirSync(path.join(repo, 'assets')).filter((f) => f.endsWith('.png'))) {
    fs.copyFileSync(path.join(repo, 'assets', f), path.join(dir, 'assets', f));
  }
  fs.writeFileSync(path.join(dir, 'taskpane.html'), '<!doctype html>');
  fs.writeFileSync(path.join(dir, 'commands.html'), '<!doctype html>');
  return dir;
}

describe('manifest.xml as committed', () => {
  test('passes every offline check (order, resids, icons, https, permissions, requirements)', () => {
    expect(checkManifest(manifestPath)).toEqual([]);
  });

  test('the check-manifest command passes it, and office-addin-manifest reads it as an Excel task pane add-in in Thai', () => {
    const [result] = runCli(['--json', manifestPath]);
    expect(result.problems).toEqual([]);
    const info = result.summary as ManifestSummary;
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.providerName).toBe('ITA Planner');
    expect(info.defaultLocale).toBe('th-TH');
    expect(info.displayName).toBe('ITA Planner – วางแผนยกระดับ ITA');
    expect(info.permissions).toBe('ReadWriteDocument');
    expect(info.sourceLocation).toBe('https://localhost:3000/taskpane.html');
    expect(info.version).toBe(`${pkg.version.split('-')[0]}.0`);
  });

  test('declares ExcelApi 1.4 as the floor (names.add and the *OrNullObject getters); newer sets are run-time checks', () => {
    expect(good).toMatch(/<Set Name="ExcelApi" MinVersion="1\.4"\/>/);
    expect(good).not.toMatch(/<Set Name="ExcelApi" MinVersion="1\.(?:[5-9]|1\d)"/);
  });

  test('offers English overrides for the name, the description and every ribbon string', () => {
    expect(good).toMatch(/<DisplayName [^>]*>\s*<Override Locale="en-US"/);
    expect(good).toMatch(/<Description [^>]*>\s*<Override Locale="en-US"/);
    const strings = good.match(/<bt:String id="[^"]+" DefaultValue="[^"]*">\s*<bt:Override Locale="en-US"/g) ?? [];
    const all = good.match(/<bt:String id=/g) ?? [];
    expect(strings.length).toBe(all.length);
  });

  test('icons: every assets/icon-N.png is N x N and is what scripts/make-icons.js draws', () => {
    for (const size of makeIcons.SIZES) {
      const file = path.join(repo, 'assets', `icon-${size}.png`);
      expect(pngSize(file)).toMatchObject({ width: size, height: size });
      expect(fs.readFileSync(file).equals(makeIcons.iconPng(size))).toBe(true);
    }
  });
});

describe('production manifest (webpack.config.js rewrite)', () => {
  test('rewriting to ITA_PROD_URL leaves no localhost URL and passes the production checks', () => {
    const prod = webpackConfig.rewriteManifest(good, 'https://ita.example.go.th/addin/');
    expect(prod).not.toContain('https://localhost');
    expect(prod).toContain('<SourceLocation DefaultValue="https://ita.example.go.th/addin/taskpane.html"/>');
    expect(checkManifestXml(prod, { root: fakeDist(), production: true, packageJson: false })).toEqual([]);
  });

  test('the placeholder URL and the dev URL are both rejected by the production checks', () => {
    const placeholder = webpackConfig.rewriteManifest(good, webpackConfig.urlProdPlaceholder);
    const onPlaceholder = checkManifestXml(placeholder, { root: fakeDist(), production: true, packageJson: false });
    expect(onPlaceholder.length).toBeGreaterThan(0);
    expect(onPlaceholder.join('\n')).toMatch(/not a production host/);
    expect(checkManifestXml(good, { root: fakeDist(), production: true, packageJson: false }).join('\n')).toMatch(
      /localhost, which is not a production host/,
    );
  });

  test('ITA_PROD_URL must be an https folder; a missing trailing slash is added', () => {
    expect(webpackConfig.productionUrl('https://ita.example.go.th/addin')).toBe('https://ita.example.go.th/addin/');
    expect(() => webpackConfig.productionUrl('')).toThrow(/ITA_PROD_URL is not set/);
    expect(() => webpackConfig.productionUrl('http://ita.example.go.th/')).toThrow(/https/);
    expect(() => webpackConfig.productionUrl('ita.example.go.th')).toThrow(/absolute URL/);
  });
});

describe('the contract checks manifest (test and development builds)', () => {
  test('is another add-in, opening contract.html, and passes the same checks', () => {
    const contract = webpackConfig.contractManifest(good);
    expect(contract).not.toContain('taskpane.html');
    expect(contract).toContain('<SourceLocation DefaultValue="https://localhost:3000/contract.html"/>');
    expect(/<Id>([^<]*)<\/Id>/.exec(contract)![1]).not.toBe(/<Id>([^<]*)<\/Id>/.exec(good)![1]);
    expect(contract).toContain('<DisplayName DefaultValue="ITA Planner contract checks"/>');
    expect(check(contract)).toEqual([]);
  });
});

describe('production build without ITA_PROD_URL', () => {
  /** The configuration webpack would use, or the error it stops with, for this mode, env and ITA_PROD_URL. */
  async function configFor(mode: string, env: Record<string, unknown>, prodUrl: string | undefined) {
    const saved = process.env.ITA_PROD_URL;
    if (prodUrl === undefined) delete process.env.ITA_PROD_URL;
    else process.env.ITA_PROD_URL = prodUrl;
    try {
      return await (webpackConfig as unknown as (e: object, a: object) => Promise<{ mode: string; entry: object }>)(
        env,
        { mode },
      );
    } finally {
      if (saved === undefined) delete process.env.ITA_PROD_URL;
      else process.env.ITA_PROD_URL = saved;
    }
  }

  test('fails: a deployable build must name its host, never ship the placeholder', async () => {
    await expect(configFor('production', {}, undefined)).rejects.toThrow(
      /ITA_PROD_URL is not set.*npm run build:test/s,
    );
    await expect(configFor('production', {}, '')).rejects.toThrow(/ITA_PROD_URL is not set/);
    await expect(configFor('production', {}, 'https://ita.example.go.th/addin/')).resolves.toMatchObject({
      mode: 'production',
    });
  });

  test('only test and development builds carry the contract checks page', async () => {
    const entries = async (mode: string, env: Record<string, unknown>, url?: string) =>
      Object.keys((await configFor(mode, env, url)).entry).sort();
    expect(await entries('production', {}, 'https://ita.example.go.th/addin/')).toEqual(['commands', 'taskpane']);
    expect(await entries('production', { test: true })).toEqual(['commands', 'contract', 'taskpane']);
    expect(await entries('development', {})).toEqual(['commands', 'contract', 'taskpane']);
  });

  test('the test build (npm test) and the development build need no ITA_PROD_URL', async () => {
    await expect(configFor('production', { test: true }, undefined)).resolves.toMatchObject({ mode: 'production' });
    await expect(configFor('development', {}, undefined)).resolves.toMatchObject({ mode: 'development' });
    const pkgScripts = (
      JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    expect(pkgScripts['build:test']).toBe('webpack --mode production --env test');
    expect(pkgScripts.test).toContain('npm run build:test');
    expect(pkgScripts.build).toBe('webpack --mode production');
  });

  test('webpack itself stops with the message, before compiling anything', () => {
    const env = { ...process.env };
    delete env.ITA_PROD_URL;
    const run = spawnSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], {
      cwd: repo,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toMatch(/ITA_PROD_URL is not set/);
  });
});

describe('broken manifests are reported', () => {
  test('elements out of schema order and a resid missing from Resources are both reported (file on disk)', () => {
    let broken = edit(
      good,
      /(\s*<DefaultSettings>[\s\S]*?<\/DefaultSettings>)(\s*<!--[\s\S]*?-->)?(\s*<Permissions>[^<]*<\/Permissions>)/,
      '$3$1',
    );
    broken = edit(broken, /\s*<bt:String id="OpenTaskpane\.Title"[\s\S]*?<\/bt:String>/, '');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-manifest-'));
    const file = path.join(dir, 'manifest.xml');
    fs.writeFileSync(file, broken);
    const expected = [
      expect.stringMatching(/<DefaultSettings> is out of order: .* must come before <Permissions>/),
      expect.stringMatching(
        /<Title> refers to resid "OpenTaskpane\.Title", which is not defined in <Resources> \(expected in bt:ShortStrings\)/,
      ),
    ];
    expect(checkManifest(file, { root: repo })).toEqual(expected);
    // The command exits 1 and says the same.
    const [result] = runCli(['--json', '--root', repo, file]);
    expect(result.problems).toEqual(expected);
  });

  test('order inside the ribbon: <Label> after <Supertip> in a Button is reported', () => {
    const broken = edit(good, /(<Label resid="OpenTaskpane\.Label"\/>)(\s*)(<Supertip>[\s\S]*?<\/Supertip>)/, '$3$2$1');
    expect(check(broken)).toEqual([
      expect.stringMatching(
        /<Label> is out of order: inside <Control xsi:type="Button"> it must come before <Supertip>/,
      ),
    ]);
  });

  test('order inside Resources: bt:Urls before bt:Images is reported', () => {
    const urls = /\s*<bt:Urls>[\s\S]*?<\/bt:Urls>/.exec(good)?.[0] ?? '';
    const broken = edit(edit(good, urls, ''), '<Resources>', `<Resources>${urls}`);
    expect(check(broken)).toEqual([
      expect.stringMatching(/<bt:Images> is out of order: inside <Resources> it must come before <bt:Urls>/),
    ]);
  });

  test('a required element that is missing (DefaultSettings) is reported', () => {
    const broken = edit(good, /\s*<DefaultSettings>[\s\S]*?<\/DefaultSettings>/, '');
    expect(check(broken).join('\n')).toMatch(/missing its required child DefaultSettings/);
  });

  test('an element the schema does not allow, or a second DisplayName, is reported', () => {
    expect(check(edit(good, '<Permissions>', '<Foo/><Permissions>'))).toEqual([
      expect.stringMatching(/<Foo> is not allowed inside <OfficeApp/),
    ]);
    expect(
      check(edit(good, '<Description DefaultValue', '<DisplayName DefaultValue="x"/><Description DefaultValue')),
    ).toEqual([expect.stringMatching(/<DisplayName> appears more than once/)]);
  });

  test('a resid pointing into the wrong collection (a Label naming a LongString) is reported', () => {
    const broken = edit(good, '<Label resid="OpenTaskpane.Label"/>', '<Label resid="OpenTaskpane.Tooltip"/>');
    expect(check(broken)).toEqual([
      expect.stringMatching(
        /<Label> refers to resid "OpenTaskpane\.Tooltip", a bt:LongStrings entry .* must name a bt:ShortStrings entry/,
      ),
      expect.stringMatching(/resource "OpenTaskpane\.Label" is defined but never used/),
    ]);
  });

  test('resource ids longer than 32 characters are reported', () => {
    const broken = good.replace(/Icon\.16x16/g, 'Icon.sixteen.by.sixteen.pixels.png');
    expect(check(broken).join('\n')).toMatch(
      /id "Icon\.sixteen\.by\.sixteen\.pixels\.png" is 34 characters; resource ids may have at most 32/,
    );
  });

  test('bt:Images written without the bt: namespace is reported', () => {
    const broken = edit(edit(good, '<bt:Images>', '<Images>'), '</bt:Images>', '</Images>');
    expect(check(broken)[0]).toMatch(/<Images> is in the wrong namespace .* it must be bt:Images/);
  });

  test('a plain-http URL is reported', () => {
    const broken = edit(good, 'https://localhost:3000/commands.html', 'http://localhost:3000/commands.html');
    expect(check(broken)).toEqual([expect.stringMatching(/"http:\/\/localhost:3000\/commands\.html" must use https/)]);
  });

  test('an icon of the wrong pixel size, or a missing icon file, is reported', () => {
    const wrongSize = edit(
      good,
      'id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-16.png"',
      'id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-32.png"',
    );
    expect(check(wrongSize)).toEqual([expect.stringMatching(/assets\/icon-32\.png is 32x32 px; it must be 16x16/)]);
    const missing = edit(good, 'assets/icon-64.png', 'assets/icon-65.png');
    expect(check(missing)).toEqual([expect.stringMatching(/maps to assets\/icon-65\.png, which does not exist/)]);
  });

  test('a ribbon <Icon> without its mandatory 80 px image is reported', () => {
    const broken = edit(good, /\s*<bt:Image size="80" resid="Icon\.80x80"\/>/, '');
    expect(check(broken)).toEqual([expect.stringMatching(/<Icon> has no 80px image/)]);
  });

  test('Permissions other than ReadWriteDocument are reported', () => {
    expect(check(edit(good, '>ReadWriteDocument<', '>ReadDocument<'))).toEqual([
      expect.stringMatching(/<Permissions> is "ReadDocument"/),
    ]);
  });

  test('Requirements without ExcelApi are reported', () => {
    expect(check(edit(good, '<Set Name="ExcelApi"', '<Set Name="WordApi"'))).toEqual([
      expect.stringMatching(/must list <Set Name="ExcelApi"/),
    ]);
  });

  test('a host other than Workbook, or a ribbon without a Workbook host, is reported', () => {
    expect(check(edit(good, '<Host Name="Workbook"/>', '<Host Name="Document"/>')).join('\n')).toMatch(
      /must include <Host Name="Workbook"\/>/,
    );
    expect(check(edit(good, '<Host xsi:type="Workbook">', '<Host xsi:type="Document">')).join('\n')).toMatch(
      /no <Host xsi:type="Workbook">/,
    );
  });

  test('an Id that is not a GUID, and a Version out of step with package.json, are reported', () => {
    expect(check(edit(good, /<Id>[^<]+<\/Id>/, '<Id>ita-planner</Id>'))).toEqual([
      expect.stringMatching(/<Id> "ita-planner" is not a GUID/),
    ]);
    expect(check(edit(good, /<Version>[^<]+<\/Version>/, '<Version>9.9.9.9</Version>'))).toEqual([
      expect.stringMatching(/<Version> 9\.9\.9\.9 does not match package\.json version/),
    ]);
  });

  test('a DisplayName longer than 125 characters is reported', () => {
    const broken = edit(
      good,
      '<Override Locale="en-US" Value="ITA Planner"/>',
      `<Override Locale="en-US" Value="${'x'.repeat(126)}"/>`,
    );
    expect(check(broken)).toEqual([expect.stringMatching(/Value is 126 characters; the limit is 125/)]);
  });

  test('XML that is not well-formed is reported with its line', () => {
    expect(check(edit(good, '</Hosts>', '</Host>'))).toEqual([
      expect.stringMatching(/^not well-formed XML: line \d+, column \d+: /),
    ]);
    // "--" is not allowed inside an XML comment: an easy slip in a comment about CLI flags.
    expect(check(edit(good, '<!-- The add-in reads', '<!-- --mode production. The add-in reads'))[0]).toMatch(
      /not well-formed XML: .*comment/i,
    );
  });

  test('a file that does not exist is reported, not thrown', () => {
    expect(checkManifest(path.join(os.tmpdir(), 'no-such-dir-ita', 'manifest.xml'))).toEqual([
      expect.stringMatching(/^cannot read .*ENOENT/),
    ]);
  });
});
