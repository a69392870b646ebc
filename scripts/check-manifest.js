#!/usr/bin/env node
/**
 * Offline checks for the add-in's XML manifest: what `office-addin-manifest validate` checks
 * (it needs the network), as far as we rely on it, plus rules of our own.
 *
 *   node scripts/check-manifest.js [--production] [--root DIR] [--json] [manifest.xml ...]
 *
 * Exit code 0 when every file passes, 1 when any has problems. --json prints
 * [{ file, problems, summary }] instead of text (the jest test reads it: office-addin-manifest
 * depends on an ESM-only uuid, which plain Node 20.19+ can require and jest cannot).
 *
 * Checks: well-formed XML; child elements in the order of the schema's <xs:sequence>s
 * (OfficeApp, DefaultSettings, Requirements, VersionOverrides and its ribbon: Host,
 * DesktopFormFactor, GetStarted, ExtensionPoint, Group, Control, Supertip, Action, Resources),
 * with the right namespaces; required elements present; string lengths and id formats; every
 * resid defined in the right Resources collection, and every resource used; every icon a PNG
 * under assets/ of the declared pixel size; every URL https; Permissions ReadWriteDocument;
 * Requirements naming ExcelApi; a Workbook host; Version matching package.json.
 * --production additionally rejects localhost and placeholder hosts and requires the pages
 * (taskpane.html, commands.html) to exist next to the manifest, as in dist/.
 *
 * Library use (the jest test does this):
 *   const { checkManifest, checkManifestXml, readManifestSummary } = require('./check-manifest');
 *   checkManifest('manifest.xml')            // => string[] of problems, [] when fine
 */
'use strict';

const fs = require('fs');
const path = require('path');

const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  vo: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  dsig: 'http://www.w3.org/2000/09/xmldsig#',
  xmlns: 'http://www.w3.org/2000/xmlns/',
};
const PREFIX = { [NS.app]: '', [NS.vo]: '', [NS.bt]: 'bt:', [NS.dsig]: 'ds:' };

/** Hosts that must not appear in a production manifest. */
const PLACEHOLDER_HOST = /(^|\.)(localhost|example|invalid|test|contoso\.com)$|^127\.|^\[::1\]$/i;

// ------------------------------------------------------------------------- XML → tree

/** sax is what office-addin-manifest parses with (via xml2js); resolve it through that chain. */
function loadSax() {
  try {
    const manifestLib = path.dirname(require.resolve('office-addin-manifest/package.json'));
    const xml2js = path.dirname(require.resolve('xml2js/package.json', { paths: [manifestLib] }));
    return require(require.resolve('sax', { paths: [xml2js] }));
  } catch {
    return require('sax');
  }
}

/**
 * @typedef {{ local: string, uri: string, qname: string, line: number,
 *   attrs: { qname: string, local: string, uri: string, value: string }[],
 *   children: XmlNode[], text: string, parent: XmlNode | null }} XmlNode
 */

/** Parses strictly (namespaces included). Returns { root } or { error }. */
function parseXml(text) {
  const sax = loadSax();
  const parser = sax.parser(true, { xmlns: true, position: true });
  /** @type {XmlNode | null} */
  let root = null;
  /** @type {XmlNode[]} */
  const stack = [];
  parser.onerror = (err) => {
    throw err;
  };
  parser.onopentag = (tag) => {
    const parent = stack[stack.length - 1] || null;
    /** @type {XmlNode} */
    const node = {
      local: tag.local,
      uri: tag.uri,
      qname: tag.name,
      line: parser.line + 1,
      attrs: Object.values(tag.attributes).map((a) => ({ qname: a.name, local: a.local, uri: a.uri, value: a.value })),
      children: [],
      text: '',
      parent,
    };
    if (parent) parent.children.push(node);
    else root = node;
    stack.push(node);
  };
  parser.onclosetag = () => {
    stack.pop();
  };
  parser.ontext = (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  };
  parser.oncdata = parser.ontext;
  try {
    parser.write(text).close();
  } catch (err) {
    const msg = String(err && err.message ? err.message : err);
    const m = /^([^\n]*)\nLine: (\d+)\nColumn: (\d+)/.exec(msg);
    return { error: m ? `line ${Number(m[2]) + 1}, column ${m[3]}: ${m[1]}` : msg.replace(/\n/g, ' ') };
  }
  if (!root) return { error: 'no root element' };
  return { root };
}

const attr = (node, local, uri = '') => {
  const a = node.attrs.find((x) => x.local === local && x.uri === uri && !x.qname.startsWith('xmlns'));
  return a ? a.value : undefined;
};
const xsiType = (node) => attr(node, 'type', NS.xsi);
const is = (node, ns, local) => !!node && node.uri === ns && node.local === local;
const child = (node, ns, local) => (node ? node.children.find((c) => is(c, ns, local)) : undefined);
const childrenOf = (node, ns, local) => (node ? node.children.filter((c) => is(c, ns, local)) : []);
const label = (node) => `<${node.qname}${xsiType(node) ? ` xsi:type="${xsiType(node)}"` : ''}>`;
const at = (node) => `line ${node.line}: ${label(node)}`;
function* walk(node) {
  yield node;
  for (const c of node.children) yield* walk(c);
}

// ------------------------------------------------------------------------- schema sequences

/** One entry of an <xs:sequence>. */
const E = (ns, local, min = 0, max = 1) => ({ ns, local, min, max });
const MANY = Infinity;
const LEAF = [];
const OVERRIDES_APP = [E(NS.app, 'Override', 0, MANY)];
const OVERRIDES_BT = [E(NS.bt, 'Override', 0, MANY)];

/** The sequence of TaskPaneApp: OfficeApp's, then the TaskPaneApp extension. */
const OFFICE_APP = [
  E(NS.app, 'Id', 1),
  E(NS.app, 'AlternateId'),
  E(NS.app, 'Version', 1),
  E(NS.app, 'ProviderName', 1),
  E(NS.app, 'DefaultLocale', 1),
  E(NS.app, 'DisplayName', 1),
  E(NS.app, 'Description', 1),
  E(NS.app, 'IconUrl'),
  E(NS.app, 'HighResolutionIconUrl'),
  E(NS.app, 'SupportUrl'),
  E(NS.app, 'AppDomains'),
  E(NS.app, 'Hosts'),
  E(NS.app, 'Requirements'),
  E(NS.app, 'DefaultSettings', 1),
  E(NS.app, 'Permissions', 1),
  E(NS.app, 'Dictionary'),
  E(NS.vo, 'VersionOverrides'),
  E(NS.dsig, 'Signature'),
];

/**
 * The expected children of `node`, or null when we do not check inside it.
 * @param {XmlNode} node
 * @returns {{ns: string, local: string, min: number, max: number}[] | null}
 */
function sequenceFor(node) {
  const p = node.parent;
  if (node.uri === NS.app) {
    switch (node.local) {
      case 'OfficeApp':
        return OFFICE_APP;
      case 'DisplayName':
      case 'Description':
      case 'IconUrl':
      case 'HighResolutionIconUrl':
      case 'SupportUrl':
      case 'SourceLocation':
        return OVERRIDES_APP;
      case 'AppDomains':
        return [E(NS.app, 'AppDomain', 1, MANY)];
      case 'Hosts':
        return [E(NS.app, 'Host', 1, MANY)];
      case 'Requirements':
        return [E(NS.app, 'Sets'), E(NS.app, 'Methods')];
      case 'Sets':
        return [E(NS.app, 'Set', 1, MANY)];
      case 'Methods':
        return [E(NS.app, 'Method', 1, MANY)];
      case 'DefaultSettings':
        return [E(NS.app, 'SourceLocation', 1)];
      case 'Id':
      case 'AlternateId':
      case 'Version':
      case 'ProviderName':
      case 'DefaultLocale':
      case 'Permissions':
      case 'Host':
      case 'Set':
      case 'Method':
      case 'Override':
      case 'AppDomain':
        return LEAF;
      default:
        return null; // unknown here: its parent already reported it
    }
  }
  if (node.uri === NS.vo) {
    switch (node.local) {
      case 'VersionOverrides':
        return [
          E(NS.vo, 'Description'),
          E(NS.vo, 'Requirements'),
          E(NS.vo, 'Hosts'),
          E(NS.vo, 'Resources'),
          E(NS.vo, 'WebApplicationInfo'),
          E(NS.vo, 'EquivalentAddins'),
          E(`${NS.vo}/1.1`, 'VersionOverrides'),
        ];
      case 'Requirements':
        return [E(NS.bt, 'Sets', 1)];
      case 'Hosts':
        return [E(NS.vo, 'Host', 1, MANY)];
      case 'Host':
        return [E(NS.vo, 'AllFormFactors'), E(NS.vo, 'DesktopFormFactor')];
      case 'DesktopFormFactor':
        return [E(NS.vo, 'GetStarted'), E(NS.vo, 'FunctionFile'), E(NS.vo, 'ExtensionPoint', 1, MANY)];
      case 'GetStarted':
        return [E(NS.vo, 'Title', 1), E(NS.vo, 'Description', 1), E(NS.vo, 'LearnMoreUrl', 1)];
      case 'ExtensionPoint':
        if (xsiType(node) === 'PrimaryCommandSurface')
          return [E(NS.vo, 'OfficeTab', 0, MANY), E(NS.vo, 'CustomTab', 0, MANY)];
        if (xsiType(node) === 'ContextMenu') return [E(NS.vo, 'OfficeMenu', 1, MANY)];
        return null;
      case 'OfficeTab':
        return [E(NS.vo, 'Group', 1, MANY)];
      case 'CustomTab':
        return [E(NS.vo, 'Group', 1, MANY), E(NS.vo, 'Label', 1)];
      case 'OfficeMenu':
        return [E(NS.vo, 'Control', 1, MANY)];
      case 'Group':
        return [E(NS.vo, 'Label', 1), E(NS.vo, 'Icon', 1), E(NS.vo, 'Control', 1, MANY)];
      case 'Control':
        if (xsiType(node) === 'Button')
          return [E(NS.vo, 'Label', 1), E(NS.vo, 'Supertip', 1), E(NS.vo, 'Icon', 1), E(NS.vo, 'Action', 1)];
        if (xsiType(node) === 'Menu')
          return [E(NS.vo, 'Label', 1), E(NS.vo, 'Supertip', 1), E(NS.vo, 'Icon', 1), E(NS.vo, 'Items', 1)];
        return null;
      case 'Items':
        return [E(NS.vo, 'Item', 1, MANY)];
      case 'Item':
        return [E(NS.vo, 'Label', 1), E(NS.vo, 'Supertip', 1), E(NS.vo, 'Icon'), E(NS.vo, 'Action', 1)];
      case 'Supertip':
        return [E(NS.vo, 'Title', 1), E(NS.vo, 'Description', 1)];
      case 'Icon':
        return [E(NS.bt, 'Image', 1, MANY)];
      case 'Action':
        if (xsiType(node) === 'ShowTaskpane')
          return [E(NS.vo, 'TaskpaneId'), E(NS.vo, 'SourceLocation', 1), E(NS.vo, 'Title')];
        if (xsiType(node) === 'ExecuteFunction') return [E(NS.vo, 'FunctionName', 1)];
        return null;
      case 'Resources':
        return [E(NS.bt, 'Images'), E(NS.bt, 'Urls'), E(NS.bt, 'ShortStrings'), E(NS.bt, 'LongStrings')];
      case 'Title':
      case 'Description':
      case 'LearnMoreUrl':
      case 'FunctionFile':
      case 'Label':
      case 'TaskpaneId':
      case 'SourceLocation':
      case 'FunctionName':
        return LEAF;
      default:
        return null; // AllFormFactors, WebApplicationInfo, ...: not checked inside
    }
  }
  if (node.uri === NS.bt) {
    switch (node.local) {
      case 'Images':
        return [E(NS.bt, 'Image', 0, MANY)];
      case 'Urls':
        return [E(NS.bt, 'Url', 0, MANY)];
      case 'ShortStrings':
      case 'LongStrings':
        return [E(NS.bt, 'String', 0, MANY)];
      case 'Sets':
        return [E(NS.bt, 'Set', 1, MANY)];
      case 'Image':
        return p && is(p, NS.bt, 'Images') ? OVERRIDES_BT : LEAF;
      case 'Url':
      case 'String':
        return OVERRIDES_BT;
      case 'Override':
      case 'Set':
        return LEAF;
      default:
        return null;
    }
  }
  return null;
}

const nameOf = (e) => `${PREFIX[e.ns] ?? `{${e.ns}}`}${e.local}`;

/** Checks node's element children against its sequence: membership, order, counts. */
function checkSequence(node, seq, problems) {
  const kids = node.children;
  let pos = 0; // index in seq of the last matched entry
  let last = null; // the child matched there
  const counts = new Array(seq.length).fill(0);
  for (const kid of kids) {
    const idx = seq.findIndex((e) => e.ns === kid.uri && e.local === kid.local);
    if (idx < 0) {
      const sameName = seq.find((e) => e.local === kid.local);
      problems.push(
        sameName
          ? `${at(kid)} is in the wrong namespace ("${kid.uri || 'none'}"); inside ${label(node)} it must be ${nameOf(sameName)} ("${sameName.ns}")`
          : `${at(kid)} is not allowed inside ${label(node)} (allowed: ${seq.length ? seq.map(nameOf).join(', ') : 'no child elements'})`,
      );
      continue;
    }
    if (idx < pos) {
      problems.push(
        `${at(kid)} is out of order: inside ${label(node)} it must come before <${last.qname}> (line ${last.line}); the schema's order is ${seq.map(nameOf).join(', ')}`,
      );
      continue;
    }
    counts[idx]++;
    if (counts[idx] > seq[idx].max)
      problems.push(
        `${at(kid)} appears more than ${seq[idx].max === 1 ? 'once' : `${seq[idx].max} times`} inside ${label(node)}`,
      );
    pos = idx;
    last = kid;
  }
  seq.forEach((e, i) => {
    if (counts[i] < e.min && !kids.some((k) => k.uri === e.ns && k.local === e.local)) {
      problems.push(`${at(node)} is missing its required child ${nameOf(e)}`);
    }
  });
}

// ------------------------------------------------------------------------- value rules

const UUID =
  /^(urn:uuid:)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$|^\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}$/;
const VERSION = /^[0-9]{1,5}(\.[0-9]{1,5}){0,3}$/;
const SHORT_VERSION = /^[0-9]{1,5}\.[0-9]{1,5}$/;
const CULTURE =
  /^([a-zA-Z]{2,3}-[a-zA-Z0-9]{3,8}(-[a-zA-Z]{2,3})?|[a-zA-Z]{2,3}(-[a-zA-Z]{2,3}(_tradnl|\.pseudo|-[a-zA-Z]{4,8})?)?)$/;
const SHORT = 125;
const LONG = 250;
const RESID_MAX = 32;
const ICON_SIZES_REQUIRED = [16, 32, 80];
const ICON_SIZES_ALLOWED = [16, 20, 24, 32, 40, 48, 64, 80];
const ICON_MAX_BYTES = 100 * 1024;

/** Length as the schema counts it (characters, i.e. code points). */
const len = (s) => Array.from(s).length;

/** Checks DefaultValue and every <Override> of a locale-aware setting. */
function checkLocaleAware(node, maxLen, problems, overrideNs) {
  const def = attr(node, 'DefaultValue');
  if (def === undefined || def === '') problems.push(`${at(node)} needs a non-empty DefaultValue`);
  else if (maxLen && len(def) > maxLen)
    problems.push(`${at(node)} DefaultValue is ${len(def)} characters; the limit is ${maxLen}`);
  const seen = new Set();
  for (const o of childrenOf(node, overrideNs, 'Override')) {
    const locale = attr(o, 'Locale');
    const value = attr(o, 'Value');
    if (!locale || !CULTURE.test(locale))
      problems.push(`${at(o)} Locale "${locale ?? ''}" is not a culture name like en-US`);
    else if (seen.has(locale.toLowerCase())) problems.push(`${at(o)} repeats the override for ${locale}`);
    else seen.add(locale.toLowerCase());
    if (value === undefined || value === '') problems.push(`${at(o)} needs a non-empty Value`);
    else if (maxLen && len(value) > maxLen)
      problems.push(`${at(o)} Value is ${len(value)} characters; the limit is ${maxLen}`);
  }
}

/** All URL values of a locale-aware URL setting: DefaultValue and overrides. */
function urlValues(node, overrideNs) {
  const out = [];
  const def = attr(node, 'DefaultValue');
  if (def) out.push({ node, url: def });
  for (const o of childrenOf(node, overrideNs, 'Override')) {
    const v = attr(o, 'Value');
    if (v) out.push({ node: o, url: v });
  }
  return out;
}

/** Width and height from a PNG's IHDR, or an error message. */
function pngSize(file) {
  let fd;
  try {
    fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(24);
    const n = fs.readSync(fd, head, 0, 24, 0);
    const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    if (n < 24 || !head.subarray(0, 8).equals(sig)) return { error: 'is not a PNG file' };
    if (head.toString('ascii', 12, 16) !== 'IHDR') return { error: 'is a PNG without an IHDR header' };
    return { width: head.readUInt32BE(16), height: head.readUInt32BE(20), bytes: fs.fstatSync(fd).size };
  } catch (err) {
    return { error: `cannot be read (${err.code || err.message})` };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

// ------------------------------------------------------------------------- the check

/**
 * @typedef {object} CheckOptions
 * @property {string} [root] Directory that the add-in's base URL (the folder of
 *   DefaultSettings/SourceLocation) maps to; icons are looked up there. Default: the
 *   manifest's own directory.
 * @property {boolean} [production] Reject localhost and placeholder hosts, and require the
 *   pages the manifest names to exist under root (as in dist/).
 * @property {string | false} [packageJson] package.json whose version the manifest's Version
 *   must match. Default: root/package.json when it exists; false to skip.
 */

/**
 * Checks manifest XML text. Returns the problems found, one sentence each; [] when fine.
 * @param {string} xml
 * @param {CheckOptions} [options]
 * @returns {string[]}
 */
function checkManifestXml(xml, options = {}) {
  const problems = [];
  const parsed = parseXml(xml);
  if (parsed.error) return [`not well-formed XML: ${parsed.error}`];
  const root = /** @type {XmlNode} */ (parsed.root);

  // ---- the root
  if (!is(root, NS.app, 'OfficeApp')) {
    return [`${at(root)}: the root element must be <OfficeApp xmlns="${NS.app}">`];
  }
  if (xsiType(root) !== 'TaskPaneApp') problems.push(`${at(root)} must have xsi:type="TaskPaneApp"`);

  // ---- element order, membership and counts, everywhere we know the schema
  for (const node of walk(root)) {
    const seq = sequenceFor(node);
    if (seq) checkSequence(node, seq, problems);
  }

  // ---- simple values
  const text = (local) => {
    const n = child(root, NS.app, local);
    return n ? n.text.trim() : undefined;
  };
  const where = (local) => at(/** @type {XmlNode} */ (child(root, NS.app, local)));
  const id = text('Id');
  if (id !== undefined && !UUID.test(id)) problems.push(`${where('Id')} "${id}" is not a GUID`);
  const version = text('Version');
  if (version !== undefined && !VERSION.test(version))
    problems.push(`${where('Version')} "${version}" must look like 1.0.0.0`);
  const provider = text('ProviderName');
  if (provider !== undefined && (provider === '' || len(provider) > SHORT))
    problems.push(`${where('ProviderName')} must be 1 to ${SHORT} characters`);
  const locale = text('DefaultLocale');
  if (locale !== undefined && !CULTURE.test(locale))
    problems.push(`${where('DefaultLocale')} "${locale}" is not a culture name like th-TH`);
  const displayName = child(root, NS.app, 'DisplayName');
  if (displayName) checkLocaleAware(displayName, SHORT, problems, NS.app);
  const description = child(root, NS.app, 'Description');
  if (description) checkLocaleAware(description, LONG, problems, NS.app);
  for (const local of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) {
    const n = child(root, NS.app, local);
    if (n) checkLocaleAware(n, 0, problems, NS.app);
  }

  // ---- hosts
  const hosts = childrenOf(child(root, NS.app, 'Hosts'), NS.app, 'Host').map((h) => attr(h, 'Name'));
  if (!hosts.includes('Workbook')) problems.push('<Hosts> must include <Host Name="Workbook"/> (Excel)');
  const extraHosts = hosts.filter((h) => h !== 'Workbook');
  if (extraHosts.length)
    problems.push(`<Hosts> names ${extraHosts.join(', ')}; this add-in only runs in Excel (Workbook)`);

  // ---- requirements
  const sets = child(child(root, NS.app, 'Requirements'), NS.app, 'Sets');
  const excelSet = childrenOf(sets, NS.app, 'Set').find((s) => attr(s, 'Name') === 'ExcelApi');
  if (!excelSet) {
    problems.push(
      '<Requirements><Sets> must list <Set Name="ExcelApi" MinVersion="..."/>: the add-in needs the Excel JavaScript API',
    );
  } else {
    const min = attr(excelSet, 'MinVersion') ?? (sets && attr(sets, 'DefaultMinVersion')) ?? '1.1';
    if (!SHORT_VERSION.test(min)) problems.push(`${at(excelSet)} MinVersion "${min}" must look like 1.4`);
  }
  for (const s of sets ? [sets, ...sets.children] : []) {
    for (const a of ['MinVersion', 'DefaultMinVersion']) {
      const v = attr(s, a);
      if (v !== undefined && !SHORT_VERSION.test(v)) problems.push(`${at(s)} ${a} "${v}" must look like 1.4`);
    }
  }

  // ---- default settings and permissions
  const source = child(child(root, NS.app, 'DefaultSettings'), NS.app, 'SourceLocation');
  if (source) checkLocaleAware(source, 0, problems, NS.app);
  const permissions = text('Permissions');
  if (permissions !== undefined && permissions !== 'ReadWriteDocument') {
    problems.push(
      `${where('Permissions')} is "${permissions}"; the add-in reads and writes cells, so it must be ReadWriteDocument`,
    );
  }

  // ---- VersionOverrides: hosts, resources and resids
  const vo = child(root, NS.vo, 'VersionOverrides');
  /** @type {Map<string, {kind: string, node: XmlNode, url?: string}>} */
  const resources = new Map();
  const used = new Set();
  if (vo) {
    if (xsiType(vo) !== 'VersionOverridesV1_0') problems.push(`${at(vo)} must have xsi:type="VersionOverridesV1_0"`);
    const voHosts = childrenOf(child(vo, NS.vo, 'Hosts'), NS.vo, 'Host');
    if (!voHosts.some((h) => xsiType(h) === 'Workbook'))
      problems.push(`${at(vo)} has no <Host xsi:type="Workbook">: the ribbon button would not appear in Excel`);

    const res = child(vo, NS.vo, 'Resources');
    const collections = [
      ['Images', 'Image', 0],
      ['Urls', 'Url', 0],
      ['ShortStrings', 'String', SHORT],
      ['LongStrings', 'String', LONG],
    ];
    for (const [coll, item, maxLen] of collections) {
      for (const n of childrenOf(child(res, NS.bt, coll), NS.bt, item)) {
        const rid = attr(n, 'id');
        if (!rid) {
          problems.push(`${at(n)} needs an id`);
          continue;
        }
        if (len(rid) > RESID_MAX)
          problems.push(`${at(n)} id "${rid}" is ${len(rid)} characters; resource ids may have at most ${RESID_MAX}`);
        if (resources.has(rid)) {
          problems.push(`${at(n)} id "${rid}" is already defined on line ${resources.get(rid).node.line}`);
          continue;
        }
        resources.set(rid, { kind: coll, node: n, url: attr(n, 'DefaultValue') });
        checkLocaleAware(n, maxLen, problems, NS.bt);
      }
    }

    // Which collection each resid-bearing element must point into.
    const kindFor = (n) => {
      if (is(n, NS.bt, 'Image')) return 'Images';
      if (['SourceLocation', 'FunctionFile', 'LearnMoreUrl'].includes(n.local)) return 'Urls';
      if (['Label', 'Title'].includes(n.local)) return 'ShortStrings';
      if (n.local === 'Description') return 'LongStrings';
      return undefined;
    };
    const controlIds = new Map();
    for (const n of walk(vo)) {
      const rid = attr(n, 'resid');
      if (rid !== undefined) {
        used.add(rid);
        const def = resources.get(rid);
        const want = kindFor(n);
        if (!def)
          problems.push(
            `${at(n)} refers to resid "${rid}", which is not defined in <Resources>${want ? ` (expected in bt:${want})` : ''}`,
          );
        else if (want && def.kind !== want)
          problems.push(
            `${at(n)} refers to resid "${rid}", a bt:${def.kind} entry (line ${def.node.line}); it must name a bt:${want} entry`,
          );
        if (len(rid) > RESID_MAX) problems.push(`${at(n)} resid "${rid}" is longer than ${RESID_MAX} characters`);
      }
      if ((is(n, NS.vo, 'Group') || is(n, NS.vo, 'Control')) && attr(n, 'id')) {
        const cid = attr(n, 'id');
        if (controlIds.has(cid)) problems.push(`${at(n)} id "${cid}" is already used on line ${controlIds.get(cid)}`);
        else controlIds.set(cid, n.line);
        if (len(cid) > SHORT) problems.push(`${at(n)} id is longer than ${SHORT} characters`);
      }
    }
    for (const [rid, def] of resources) {
      if (!used.has(rid)) problems.push(`${at(def.node)} resource "${rid}" is defined but never used`);
    }

    // Ribbon icons: each <Icon> has the mandatory sizes; sizes are ones Office knows.
    for (const icon of [...walk(vo)].filter((n) => is(n, NS.vo, 'Icon'))) {
      const sizes = childrenOf(icon, NS.bt, 'Image').map((i) => Number(attr(i, 'size')));
      for (const s of ICON_SIZES_REQUIRED)
        if (!sizes.includes(s)) problems.push(`${at(icon)} has no ${s}px image (16, 32 and 80 are required)`);
      for (const i of childrenOf(icon, NS.bt, 'Image')) {
        const s = attr(i, 'size');
        if (!ICON_SIZES_ALLOWED.includes(Number(s)))
          problems.push(`${at(i)} size="${s ?? ''}" is not one of ${ICON_SIZES_ALLOWED.join(', ')}`);
      }
    }
  }

  // ---- every URL: https, well-formed; production: no localhost or placeholder
  const urlProblem = (node, url, what) => {
    let u;
    try {
      u = new URL(url);
    } catch {
      return `${at(node)} ${what} "${url}" is not an absolute URL`;
    }
    if (u.protocol !== 'https:') return `${at(node)} ${what} "${url}" must use https`;
    if (options.production && PLACEHOLDER_HOST.test(u.hostname)) {
      return `${at(node)} ${what} "${url}" points at ${u.hostname}, which is not a production host (set ITA_PROD_URL when building)`;
    }
    return undefined;
  };
  for (const n of walk(root)) {
    for (const a of n.attrs) {
      if (a.qname === 'xmlns' || a.qname.startsWith('xmlns:') || a.uri === NS.xsi) continue;
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(a.value)) {
        const p = urlProblem(n, a.value, a.qname);
        if (p) problems.push(p);
      }
    }
    const t = n.children.length === 0 ? n.text.trim() : '';
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(t)) {
      const p = urlProblem(n, t, 'text');
      if (p) problems.push(p);
    }
  }

  // ---- files behind the URLs: icons (always) and pages (production)
  const manifestDir = options.manifestDir || process.cwd();
  const rootDir = path.resolve(options.root || manifestDir);
  let base;
  try {
    base = source && attr(source, 'DefaultValue') ? new URL('.', attr(source, 'DefaultValue')) : undefined;
  } catch {
    base = undefined;
  }
  /** Local file for a URL under the base, or undefined. */
  const localFile = (url) => {
    if (!base) return undefined;
    let u;
    try {
      u = new URL(url);
    } catch {
      return undefined;
    }
    if (u.origin !== base.origin || !u.pathname.startsWith(base.pathname)) return undefined;
    return path.join(rootDir, decodeURIComponent(u.pathname.slice(base.pathname.length)));
  };
  const checkImage = (node, url, size) => {
    const file = localFile(url);
    if (!file) {
      problems.push(
        `${at(node)} image "${url}" is not served by the add-in (it is outside ${base ? base.href : 'the SourceLocation folder'}), so its size cannot be checked`,
      );
      return;
    }
    const rel = path.relative(rootDir, file).split(path.sep).join('/');
    if (!/^assets\/[^/]+\.png$/i.test(rel))
      problems.push(`${at(node)} image "${url}" should be a PNG in assets/ (it maps to ${rel})`);
    if (!fs.existsSync(file)) {
      problems.push(`${at(node)} image "${url}" maps to ${rel}, which does not exist`);
      return;
    }
    const png = pngSize(file);
    if (png.error) problems.push(`${at(node)} image ${rel} ${png.error}`);
    else {
      if (png.width !== size || png.height !== size)
        problems.push(`${at(node)} image ${rel} is ${png.width}x${png.height} px; it must be ${size}x${size}`);
      if (png.bytes > ICON_MAX_BYTES)
        problems.push(`${at(node)} image ${rel} is ${png.bytes} bytes; keep icons under 100 KB`);
    }
  };
  for (const [local, size] of [
    ['IconUrl', 32],
    ['HighResolutionIconUrl', 64],
  ]) {
    const n = child(root, NS.app, local);
    if (n) for (const v of urlValues(n, NS.app)) checkImage(v.node, v.url, size);
  }
  if (vo) {
    // Each image resource must have the size of every <bt:Image size> that names it.
    const checked = new Set();
    for (const n of walk(vo)) {
      if (!is(n, NS.bt, 'Image') || !n.parent || !is(n.parent, NS.vo, 'Icon')) continue;
      const rid = attr(n, 'resid');
      const def = resources.get(rid);
      const size = Number(attr(n, 'size'));
      if (!def || def.kind !== 'Images' || !ICON_SIZES_ALLOWED.includes(size) || checked.has(`${rid}@${size}`))
        continue;
      checked.add(`${rid}@${size}`);
      for (const v of urlValues(def.node, NS.bt)) checkImage(v.node, v.url, size);
    }
  }
  if (options.production) {
    const pages = new Map();
    if (source) for (const v of urlValues(source, NS.app)) pages.set(v.url, v.node);
    for (const def of resources.values())
      if (def.kind === 'Urls') for (const v of urlValues(def.node, NS.bt)) pages.set(v.url, v.node);
    for (const [url, node] of pages) {
      const file = localFile(url);
      if (file && !fs.existsSync(file))
        problems.push(`${at(node)} "${url}" maps to ${path.relative(rootDir, file)}, which does not exist`);
    }
  }

  // ---- Version agrees with package.json
  let pkgPath = options.packageJson;
  if (pkgPath === undefined) {
    const candidate = path.join(rootDir, 'package.json');
    pkgPath = fs.existsSync(candidate) ? candidate : false;
  }
  if (pkgPath && version && VERSION.test(version)) {
    try {
      const pkgVersion = String(JSON.parse(fs.readFileSync(pkgPath, 'utf8')).version || '');
      const core = pkgVersion.split(/[-+]/)[0].split('.');
      const mine = version.split('.');
      const same =
        core.every((part, i) => Number(part) === Number(mine[i] ?? 0)) &&
        mine.slice(core.length).every((p) => Number(p) === 0);
      if (!same)
        problems.push(
          `${where('Version')} ${version} does not match package.json version ${pkgVersion} (expected ${core.concat('0').slice(0, 4).join('.')})`,
        );
    } catch (err) {
      problems.push(`cannot read ${pkgPath} to compare versions: ${err.message}`);
    }
  }

  return problems;
}

/**
 * Checks a manifest file. Returns the problems found; [] when fine.
 * @param {string} file
 * @param {CheckOptions} [options]
 * @returns {string[]}
 */
function checkManifest(file, options = {}) {
  let xml;
  try {
    xml = fs.readFileSync(file, 'utf8');
  } catch (err) {
    return [`cannot read ${file}: ${err.code || err.message}`];
  }
  return checkManifestXml(xml, { manifestDir: path.dirname(path.resolve(file)), ...options });
}

/**
 * What office-addin-manifest's own (local, offline) reader makes of the file: the same
 * parser `office-addin-debugging start` uses to sideload it.
 * @param {string} file
 */
async function readManifestSummary(file) {
  const { OfficeAddinManifest } = require('office-addin-manifest');
  const info = await OfficeAddinManifest.readManifestFile(file);
  return {
    id: info.id,
    version: info.version,
    displayName: info.displayName,
    providerName: info.providerName,
    defaultLocale: info.defaultLocale,
    hosts: info.hosts,
    permissions: info.permissions,
    officeAppType: info.officeAppType,
    sourceLocation: info.defaultSettings && info.defaultSettings.sourceLocation,
  };
}

// ------------------------------------------------------------------------- command line

async function main(argv) {
  const files = [];
  const options = {};
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--production') options.production = true;
    else if (a === '--root') options.root = argv[++i];
    else if (a === '--json') json = true;
    else if (a === '-h' || a === '--help') {
      console.log('usage: node scripts/check-manifest.js [--production] [--root DIR] [--json] [manifest.xml ...]');
      return 0;
    } else files.push(a);
  }
  if (files.length === 0) files.push('manifest.xml');
  const results = [];
  for (const file of files) {
    const problems = checkManifest(file, options);
    let summary = null;
    if (!problems.some((p) => p.startsWith('not well-formed') || p.startsWith('cannot read'))) {
      try {
        summary = await readManifestSummary(file);
        if (summary.officeAppType !== 'TaskPaneApp')
          problems.push(`office-addin-manifest reads the type as "${summary.officeAppType}", not TaskPaneApp`);
        if (!summary.hosts || !summary.hosts.includes('Workbook'))
          problems.push('office-addin-manifest finds no Workbook host');
      } catch (err) {
        problems.push(
          `office-addin-manifest cannot read it: ${String((err && err.message) || err).replace(/\s+/g, ' ')}`,
        );
      }
    }
    results.push({ file, problems, summary });
  }
  if (json) {
    console.log(JSON.stringify(results, null, 2));
  } else {
    for (const { file, problems, summary } of results) {
      if (problems.length) {
        console.error(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
        for (const p of problems) console.error(`  - ${p}`);
      } else {
        console.log(
          `${file}: OK: "${summary.displayName}" ${summary.version} (${summary.id}), ${summary.officeAppType} for ${summary.hosts.join(', ')}, ` +
            `${summary.permissions}, default locale ${summary.defaultLocale}, task pane ${summary.sourceLocation}`,
        );
      }
    }
  }
  return results.some((r) => r.problems.length) ? 1 : 0;
}

module.exports = { checkManifest, checkManifestXml, readManifestSummary, parseXml, pngSize, NS };

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      console.error(err);
      process.exitCode = 2;
    },
  );
}
