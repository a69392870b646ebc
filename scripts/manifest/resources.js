/**
 * The ribbon part of the manifest (<VersionOverrides>): an Excel host, every resource defined
 * once with a valid id and used, every resid pointing into the right collection, unique control
 * ids, and ribbon icons in the sizes Office requires.
 */
'use strict';

const { NS, attr, xsiType, xsiTypeLocal, is, child, childrenOf, at, walk } = require('./xml');
const { checkLocaleAware } = require('./values');
const { valueProblem } = require('./simple-types');

const ICON_SIZES_REQUIRED = [16, 32, 80];
const ICON_SIZES_ALLOWED = [16, 20, 24, 32, 40, 48, 64, 80];

/** Which collection each resid-bearing element must point into. */
function kindFor(n) {
  if (is(n, NS.bt, 'Image')) return 'Images';
  if (['SourceLocation', 'FunctionFile', 'LearnMoreUrl'].includes(n.local)) return 'Urls';
  if (['Label', 'Title'].includes(n.local)) return 'ShortStrings';
  if (n.local === 'Description') return 'LongStrings';
  return undefined;
}

/**
 * The resources of <Resources>, by id, each checked for a repeated id or locale. (A missing id,
 * and the lengths of ids and values, are element-check.js's.)
 * @returns {Map<string, {kind: string, node: import('./xml').XmlNode, url?: string}>}
 */
function readResources(vo, problems) {
  const resources = new Map();
  const res = child(vo, NS.vo, 'Resources');
  const collections = [
    ['Images', 'Image'],
    ['Urls', 'Url'],
    ['ShortStrings', 'String'],
    ['LongStrings', 'String'],
  ];
  for (const [coll, item] of collections) {
    for (const n of childrenOf(child(res, NS.bt, coll), NS.bt, item)) {
      const rid = attr(n, 'id');
      if (!rid) continue;
      if (resources.has(rid)) {
        problems.push(`${at(n)} id "${rid}" is already defined on line ${resources.get(rid).node.line}`);
        continue;
      }
      resources.set(rid, { kind: coll, node: n, url: attr(n, 'DefaultValue') });
      checkLocaleAware(n, problems, NS.bt);
    }
  }
  return resources;
}

/** Every resid defined, in the right collection; every resource used; control ids unique. */
function checkReferences(vo, resources, problems) {
  const used = new Set();
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
    }
    if ((is(n, NS.vo, 'Group') || is(n, NS.vo, 'Control')) && attr(n, 'id')) {
      const cid = attr(n, 'id');
      if (controlIds.has(cid)) problems.push(`${at(n)} id "${cid}" is already used on line ${controlIds.get(cid)}`);
      else controlIds.set(cid, n.line);
    }
  }
  for (const [rid, def] of resources) {
    if (!used.has(rid)) problems.push(`${at(def.node)} resource "${rid}" is defined but never used`);
  }
}

/** Each ribbon <Icon> has the mandatory sizes, and only sizes Office knows. */
function checkIconSizes(vo, problems) {
  for (const icon of [...walk(vo)].filter((n) => is(n, NS.vo, 'Icon'))) {
    const sizes = childrenOf(icon, NS.bt, 'Image').map((i) => Number(attr(i, 'size')));
    for (const s of ICON_SIZES_REQUIRED)
      if (!sizes.includes(s)) problems.push(`${at(icon)} has no ${s}px image (16, 32 and 80 are required)`);
    for (const i of childrenOf(icon, NS.bt, 'Image')) {
      const s = attr(i, 'size');
      // A missing size, or one that is no whole number, is element-check.js's to report.
      if (s === undefined || valueProblem(s, 'Integer')) continue;
      if (!ICON_SIZES_ALLOWED.includes(Number(s)))
        problems.push(`${at(i)} size="${s}" is not one of ${ICON_SIZES_ALLOWED.join(', ')}`);
    }
  }
}

/**
 * Checks <VersionOverrides> and returns its resources by id (empty when there is none), which
 * the file checks use to find the icons and pages behind them.
 */
function checkVersionOverrides(root, problems) {
  const vo = child(root, NS.vo, 'VersionOverrides');
  if (!vo) return new Map();
  // The schema lets it go without one; Office's own samples all carry it. A wrong one is
  // element-check.js's to report.
  if (xsiType(vo) === undefined) problems.push(`${at(vo)} must have xsi:type="VersionOverridesV1_0"`);
  const voHosts = childrenOf(child(vo, NS.vo, 'Hosts'), NS.vo, 'Host');
  if (!voHosts.some((h) => xsiTypeLocal(h) === 'Workbook'))
    problems.push(`${at(vo)} has no <Host xsi:type="Workbook">: the ribbon button would not appear in Excel`);
  const resources = readResources(vo, problems);
  checkReferences(vo, resources, problems);
  checkIconSizes(vo, problems);
  return resources;
}

module.exports = { checkVersionOverrides, ICON_SIZES_ALLOWED };
