/**
 * The manifest schema's facts that scripts/manifest/element-check.js holds in place of
 * Microsoft's XSDs (which no npm package ships and which we may not copy): attributes, xsi:type,
 * content, and values taken as written. Each broken copy below is one the real schema rejects
 * (checked with xmllint against the XSDs when these rules were written); the near misses at the
 * end are ones it accepts, which the checker must accept too.
 */
import * as fs from 'fs';
import * as path from 'path';

interface CheckManifestModule {
  checkManifestXml(xml: string, options?: { root?: string }): string[];
  parseXml(xml: string): { root?: XmlNode; error?: string };
}
interface XmlNode {
  local: string;
  uri: string;
  qname: string;
  children: XmlNode[];
  parent: XmlNode | null;
}
interface ElementFacts {
  content: string;
  required?: Record<string, string>;
  optional?: Record<string, string>;
}
interface ElementFactsModule {
  ELEMENT_FACTS: Record<string, Record<string, ElementFacts>>;
  factsFor(node: XmlNode): ElementFacts | undefined;
  attributeType(node: XmlNode, facts: ElementFacts, name: string): string | undefined;
}
interface SimpleTypesModule {
  SIMPLE_TYPES: Record<string, unknown>;
}

const repo = path.resolve(__dirname, '..', '..');
/* eslint-disable @typescript-eslint/no-require-imports -- plain CommonJS scripts without types; the interfaces above type them */
const { checkManifestXml, parseXml } = require('../../scripts/check-manifest') as CheckManifestModule;
const facts = require('../../scripts/manifest/element-facts') as ElementFactsModule;
const { SIMPLE_TYPES } = require('../../scripts/manifest/simple-types') as SimpleTypesModule;
/* eslint-enable @typescript-eslint/no-require-imports */

const good = fs.readFileSync(path.join(repo, 'manifest.xml'), 'utf8');
const check = (xml: string): string[] => checkManifestXml(xml, { root: repo });

/** Applies one string edit and fails loudly if the edit no longer matches the manifest. */
function edit(xml: string, from: string | RegExp, to: string): string {
  const out = xml.replace(from, to);
  if (out === xml) throw new Error(`test edit did not apply: ${String(from)}`);
  return out;
}

describe('the facts table covers the manifest', () => {
  test('every element of manifest.xml has facts, and every type the table names exists', () => {
    const root = parseXml(good).root as XmlNode;
    const missing: string[] = [];
    const walk = (n: XmlNode): void => {
      if (!facts.factsFor(n)) missing.push(n.qname);
      n.children.forEach(walk);
    };
    walk(root);
    expect(missing).toEqual([]);
    for (const table of Object.values(facts.ELEMENT_FACTS)) {
      for (const [name, f] of Object.entries(table)) {
        const types = [f.content, ...Object.values(f.required ?? {}), ...Object.values(f.optional ?? {})];
        for (const t of types.filter((t) => t !== 'empty' && t !== 'elements' && !t.startsWith('same as')))
          expect([name, t, t in SIMPLE_TYPES]).toEqual([name, t, true]);
      }
    }
  });
});

describe('texts are taken as written, as the schema reads them (no trimming)', () => {
  test.each([
    ['Id', /<Id>([^<]+)<\/Id>/, '<Id> $1 </Id>'],
    ['Version', /<Version>([^<]+)<\/Version>/, '<Version>\n    $1\n  </Version>'],
    ['DefaultLocale', '<DefaultLocale>th-TH<', '<DefaultLocale>th-TH <'],
    ['Permissions', '>ReadWriteDocument<', '> ReadWriteDocument <'],
  ])('a padded <%s> is reported as padded', (local, from, to) => {
    expect(check(edit(good, from, to))).toEqual([
      expect.stringMatching(new RegExp(`^line \\d+: <${local}> ".*" has spaces or line breaks around its value`)),
    ]);
  });

  test('a Permissions value the schema does not list is reported once, with the list', () => {
    expect(check(edit(good, '>ReadWriteDocument<', '>ReadWrite<'))).toEqual([
      expect.stringMatching(/<Permissions> "ReadWrite" is not one of Restricted, ReadDocument, .*ReadWriteDocument/),
    ]);
  });
});

describe('attributes: none the schema does not define, every required one present', () => {
  test('an unknown attribute is reported, naming the ones allowed', () => {
    expect(check(edit(good, '<Host Name="Workbook"/>', '<Host Name="Workbook" Foo="1"/>'))).toEqual([
      expect.stringMatching(
        /^line 26: <Host> has an attribute Foo="1" that the schema does not allow there \(allowed: Name\)/,
      ),
    ]);
    expect(check(edit(good, '<Label resid="Group.Label"/>', '<Label resid="Group.Label" DefaultValue="x"/>'))).toEqual([
      expect.stringMatching(/<Label> has an attribute DefaultValue="x" .*\(allowed: resid\)/),
    ]);
    expect(check(edit(good, '<Host Name="Workbook"/>', '<Host Name="Workbook" xml:lang="en"/>'))).toEqual([
      expect.stringMatching(/<Host> has an attribute xml:lang="en" that the schema does not allow/),
    ]);
  });

  test('xsi:nil is reported (no manifest element may be nil)', () => {
    expect(check(edit(good, '<Host Name="Workbook"/>', '<Host Name="Workbook" xsi:nil="false"/>'))).toEqual([
      expect.stringMatching(/<Host> has xsi:nil/),
    ]);
  });

  test.each([
    ['Group', 'id', '<Group id="ItaPlanner.Group">', '<Group>'],
    ['Control', 'id', ' id="ItaPlanner.OpenTaskpane"', ''],
    [
      'Set',
      'Name',
      '<Set Name="ExcelApi" MinVersion="1.4"/>',
      '<Set Name="ExcelApi" MinVersion="1.4"/><Set MinVersion="1.1"/>',
    ],
    ['DisplayName', 'DefaultValue', /<DisplayName DefaultValue="[^"]*">/, '<DisplayName>'],
    ['bt:Url', 'DefaultValue', /<bt:Url id="Commands\.Url" [^>]*\/>/, '<bt:Url id="Commands.Url"/>'],
    ['Override', 'Locale', '<Override Locale="en-US" Value="ITA Planner"/>', '<Override Value="ITA Planner"/>'],
  ])('<%s> without its required %s is reported, and nothing else', (element, attribute, from, to) => {
    expect(check(edit(good, from, to))).toEqual([
      expect.stringMatching(
        new RegExp(`^line \\d+: <${element}[ >].* is missing its required attribute ${attribute}$`),
      ),
    ]);
  });

  test('a <Label> without resid gets its own message, not only "resource never used"', () => {
    expect(check(edit(good, '<Label resid="Group.Label"/>', '<Label/>'))).toEqual([
      expect.stringMatching(/^line 57: <Label> is missing its required attribute resid$/),
      expect.stringMatching(/resource "Group\.Label" is defined but never used/),
    ]);
  });

  test("a <Host> without Name gets its own message, not the Workbook rule's", () => {
    expect(check(edit(good, '<Host Name="Workbook"/>', '<Host Name="Workbook"/><Host/>'))).toEqual([
      expect.stringMatching(/^line 26: <Host> is missing its required attribute Name$/),
    ]);
  });

  test('attribute values are checked against their types (resid length, size a whole number)', () => {
    expect(check(edit(good, '<bt:Image size="16" resid="Icon.16x16"/>', '<bt:Image size="16" resid=""/>'))).toEqual([
      expect.stringMatching(/^line 59: <bt:Image> resid is empty/),
      expect.stringMatching(/<bt:Image> refers to resid "", which is not defined/),
    ]);
    // One message for the size, and our own rule's for the image it leaves missing.
    expect(
      check(edit(good, '<bt:Image size="16" resid="Icon.16x16"/>', '<bt:Image size="abc" resid="Icon.16x16"/>')),
    ).toEqual([
      expect.stringMatching(/^line 59: <bt:Image> size "abc" is not a whole number$/),
      expect.stringMatching(/^line 58: <Icon> has no 16px image/),
    ]);
  });
});

describe('xsi:type: one the schema defines, and present where it is required', () => {
  const noWorkbookRibbon = /has no <Host xsi:type="Workbook">: the ribbon button would not appear/;
  test.each([
    ['Control', 'xsi:type="Button"', 'xsi:type="Buton"', []],
    ['ExtensionPoint', 'xsi:type="PrimaryCommandSurface"', 'xsi:type="PrimaryCommandSurfaces"', []],
    // The ribbon then has no Workbook host either, which our own rule says.
    ['Host', '<Host xsi:type="Workbook">', '<Host xsi:type="Workbok">', [noWorkbookRibbon]],
    ['VersionOverrides', 'xsi:type="VersionOverridesV1_0"', 'xsi:type="VersionOverridesV1_1"', []],
    ['OfficeApp', 'xsi:type="TaskPaneApp"', 'xsi:type="TaskpaneApp"', []],
  ])('a typo in the xsi:type of <%s> is reported', (element, from, to, also: RegExp[]) => {
    expect(check(edit(good, from, to))).toEqual([
      expect.stringMatching(
        new RegExp(
          `^line \\d+: <${element} xsi:type="[^"]+">: the schema defines no such type for <${element}> \\(it must be one of`,
        ),
      ),
      ...also.map((re) => expect.stringMatching(re)),
    ]);
  });

  test('a typo in the xsi:type of <Action> gets its own message, not only "resource never used"', () => {
    // As the probe that found it wrote it: the typo and a stray element inside, which drops the
    // SourceLocation (so its resource is unused). Only the type is reported of the inside.
    const broken = edit(
      good,
      /<Action xsi:type="ShowTaskpane">[\s\S]*?<\/Action>/,
      '<Action xsi:type="ShowTaskPane"><Foo/></Action>',
    );
    expect(check(broken)).toEqual([
      expect.stringMatching(
        /^line 74: <Action xsi:type="ShowTaskPane">: the schema defines no such type for <Action> \(it must be one of ShowTaskpane, ExecuteFunction\)/,
      ),
      expect.stringMatching(/resource "Taskpane\.Url" is defined but never used/),
    ]);
    expect(check(edit(good, 'xsi:type="ShowTaskpane"', 'xsi:type="ShowTaskPane"'))).toEqual([
      expect.stringMatching(/^line 74: <Action xsi:type="ShowTaskPane">: the schema defines no such type/),
    ]);
  });

  test.each([
    ['Control', '<Control xsi:type="Button" id=', '<Control id='],
    ['ExtensionPoint', '<ExtensionPoint xsi:type="PrimaryCommandSurface">', '<ExtensionPoint>'],
    ['Action', '<Action xsi:type="ShowTaskpane">', '<Action>'],
    ['OfficeApp', '\n  xsi:type="TaskPaneApp">', '>'],
  ])('<%s> without the xsi:type its abstract type needs is reported', (element, from, to) => {
    expect(check(edit(good, from, to))).toEqual([
      expect.stringMatching(new RegExp(`^line \\d+: <${element}> needs an xsi:type \\(one of `)),
    ]);
  });

  test('an xsi:type whose prefix names another namespace, or none, is reported', () => {
    expect(check(edit(good, 'xsi:type="Button"', 'xsi:type="bt:Button"'))).toEqual([
      expect.stringMatching(
        /<Control xsi:type="bt:Button">: its xsi:type names a type in "http:\/\/schemas\.microsoft\.com\/office\/officeappbasictypes\/1\.0"/,
      ),
    ]);
    expect(check(edit(good, 'xsi:type="Button"', 'xsi:type="q:Button"'))).toEqual([
      expect.stringMatching(/<Control xsi:type="q:Button">: the prefix q: of its xsi:type is not declared/),
    ]);
  });
  test('a prefixed xsi:type still has the inside of its element checked (order in a Button)', () => {
    let broken = edit(
      good,
      '<Control xsi:type="Button"',
      '<Control xmlns:t="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="t:Button"',
    );
    broken = edit(broken, /(<Label resid="OpenTaskpane\.Label"\/>)(\s*)(<Supertip>[\s\S]*?<\/Supertip>)/, '$3$2$1');
    expect(check(broken)).toEqual([
      expect.stringMatching(
        /<Label> is out of order: inside <Control xsi:type="t:Button"> it must come before <Supertip>/,
      ),
    ]);
  });
});

describe('content: empty elements hold nothing, containers no text', () => {
  test('text inside an element that must be empty is reported', () => {
    expect(check(edit(good, '<Label resid="Group.Label"/>', '<Label resid="Group.Label">Home</Label>'))).toEqual([
      expect.stringMatching(/^line 57: <Label> must be empty, but holds the text "Home"/),
    ]);
    // The schema allows not even white space in an element whose content is empty.
    expect(check(edit(good, '<Host Name="Workbook"/>', '<Host Name="Workbook">\n</Host>'))).toEqual([
      expect.stringMatching(/^line 26: <Host> must be empty, but holds spaces or line breaks/),
    ]);
  });

  test('text inside a container is reported', () => {
    expect(check(edit(good, '<Hosts>\n    <Host Name', '<Hosts>oops<Host Name'))).toEqual([
      expect.stringMatching(/^line 25: <Hosts> holds the text "oops"; only child elements/),
    ]);
  });
});

describe('lengths', () => {
  test.each([
    [
      'TaskpaneId',
      '<TaskpaneId>ItaPlannerTaskpane<',
      `<TaskpaneId>${'t'.repeat(126)}<`,
      'is 126 characters; the limit is 125',
    ],
    ['TaskpaneId', '<TaskpaneId>ItaPlannerTaskpane<', '<TaskpaneId><', 'is empty'],
    [
      'ProviderName',
      '<ProviderName>ITA Planner<',
      `<ProviderName>${'p'.repeat(126)}<`,
      'is 126 characters; the limit is 125',
    ],
    [
      'AppDomain',
      '  <Hosts>\n    <Host Name',
      `  <AppDomains><AppDomain>${'a'.repeat(251)}</AppDomain></AppDomains>\n  <Hosts>\n    <Host Name`,
      'is 251 characters; the limit is 250',
    ],
    [
      'bt:Url',
      'https://localhost:3000/commands.html"',
      `https://localhost:3000/commands.html?${'q'.repeat(2012)}"`,
      'DefaultValue is 2049 characters; the limit is 2048',
    ],
  ])('<%s> over or under its length limit is reported', (element, from, to, says) => {
    expect(check(edit(good, from, to))).toEqual([expect.stringMatching(new RegExp(`<${element}> ${says}`))]);
  });
});

describe('near misses the schema accepts are accepted', () => {
  test.each([
    [
      'a padded ProviderName (spaces count, they are not wrong)',
      '<ProviderName>ITA Planner<',
      '<ProviderName>\n  ITA Planner\n<',
    ],
    ['a TaskpaneId of exactly 125 characters', '<TaskpaneId>ItaPlannerTaskpane<', `<TaskpaneId>${'t'.repeat(125)}<`],
    [
      'an icon size with spaces (an integer is read collapsed)',
      '<bt:Image size="16" resid="Icon.16x16"/>',
      '<bt:Image size=" 16 " resid="Icon.16x16"/>',
    ],
    [
      'a URL with spaces around it (a URL is read collapsed)',
      '<IconUrl DefaultValue="https',
      '<IconUrl DefaultValue="  https',
    ],
    [
      'a comment inside an empty element',
      '<Label resid="Group.Label"/>',
      '<Label resid="Group.Label"><!-- ribbon group --></Label>',
    ],
    ["tabs and blank lines between a container's children", '<Hosts>\n    <Host', '<Hosts>\n\t  \n    <Host'],
    ['xsi:schemaLocation on the root', 'xsi:type="TaskPaneApp">', 'xsi:type="TaskPaneApp" xsi:schemaLocation="x y">'],
    [
      'an xsi:type written with a prefix bound to the right namespace',
      '<Control xsi:type="Button"',
      '<Control xmlns:t="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="t:Button"',
    ],
  ])('%s', (_what, from, to) => {
    expect(check(edit(good, from, to))).toEqual([]);
  });
});

describe('our own rules beside the facts', () => {
  test('a locale overridden twice in one setting is reported (the schema would take both)', () => {
    const broken = edit(
      good,
      '<Override Locale="en-US" Value="ITA Planner"/>',
      '<Override Locale="en-US" Value="ITA Planner"/><Override Locale="EN-us" Value="ITA"/>',
    );
    expect(check(broken)).toEqual([expect.stringMatching(/^line 17: <Override> repeats the override for EN-us$/)]);
  });

  test('a provider name of spaces alone is reported as blank (the schema counts the spaces)', () => {
    expect(check(edit(good, '<ProviderName>ITA Planner<', '<ProviderName>   <'))).toEqual([
      expect.stringMatching(/^line 14: <ProviderName> is blank/),
    ]);
  });
});
