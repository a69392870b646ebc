/**
 * The manifest schema's <xs:sequence>s, as far as we rely on them: for each element we check
 * inside, its allowed children in order with their counts, and the check that walks a node's
 * children against that order (membership, namespace, order, counts, required children).
 *
 * Microsoft's XSDs are not in any npm package (office-addin-manifest validates online), so the
 * sequences are written here from the published schema, only for the elements this add-in uses.
 */
'use strict';

const { NS, xsiTypeLocal, is, label, at, walk } = require('./xml');

const PREFIX = { [NS.app]: '', [NS.vo]: '', [NS.bt]: 'bt:', [NS.dsig]: 'ds:' };

/** One entry of an <xs:sequence>. */
const E = (ns, local, min = 0, max = 1) => ({ ns, local, min, max });
const MANY = Infinity;
const LEAF = [];
const app = (local, min, max) => E(NS.app, local, min, max);
const vo = (local, min, max) => E(NS.vo, local, min, max);
const bt = (local, min, max) => E(NS.bt, local, min, max);
const OVERRIDES_APP = [app('Override', 0, MANY)];
const OVERRIDES_BT = [bt('Override', 0, MANY)];

/** The sequence of TaskPaneApp: OfficeApp's, then the TaskPaneApp extension. */
const OFFICE_APP = [
  app('Id', 1),
  app('AlternateId'),
  app('Version', 1),
  app('ProviderName', 1),
  app('DefaultLocale', 1),
  app('DisplayName', 1),
  app('Description', 1),
  app('IconUrl'),
  app('HighResolutionIconUrl'),
  app('SupportUrl'),
  app('AppDomains'),
  app('Hosts'),
  app('Requirements'),
  app('DefaultSettings', 1),
  app('Permissions', 1),
  app('Dictionary'),
  vo('VersionOverrides'),
  E(NS.dsig, 'Signature'),
];

const leaves = (names) => Object.fromEntries(names.map((n) => [n, LEAF]));
const overridden = (names, overrides) => Object.fromEntries(names.map((n) => [n, overrides]));

/**
 * Per namespace, per element: its sequence, or a function of the node when the sequence depends
 * on xsi:type or the parent (null: not checked inside). An element missing from its namespace's
 * table is not checked inside either: its parent already reported it, or (AllFormFactors,
 * WebApplicationInfo, ...) we do not use it.
 */
const SEQUENCES = {
  [NS.app]: {
    OfficeApp: OFFICE_APP,
    ...overridden(
      ['DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation'],
      OVERRIDES_APP,
    ),
    AppDomains: [app('AppDomain', 1, MANY)],
    Hosts: [app('Host', 1, MANY)],
    Requirements: [app('Sets'), app('Methods')],
    Sets: [app('Set', 1, MANY)],
    Methods: [app('Method', 1, MANY)],
    DefaultSettings: [app('SourceLocation', 1)],
    ...leaves(['Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'Permissions']),
    ...leaves(['Host', 'Set', 'Method', 'Override', 'AppDomain']),
  },
  [NS.vo]: {
    VersionOverrides: [
      vo('Description'),
      vo('Requirements'),
      vo('Hosts'),
      vo('Resources'),
      vo('WebApplicationInfo'),
      vo('EquivalentAddins'),
      E(`${NS.vo}/1.1`, 'VersionOverrides'),
    ],
    Requirements: [bt('Sets', 1)],
    Hosts: [vo('Host', 1, MANY)],
    Host: [vo('AllFormFactors'), vo('DesktopFormFactor')],
    DesktopFormFactor: [vo('GetStarted'), vo('FunctionFile'), vo('ExtensionPoint', 1, MANY)],
    GetStarted: [vo('Title', 1), vo('Description', 1), vo('LearnMoreUrl', 1)],
    ExtensionPoint: {
      PrimaryCommandSurface: [vo('OfficeTab', 0, MANY), vo('CustomTab', 0, MANY)],
      ContextMenu: [vo('OfficeMenu', 1, MANY)],
    },
    OfficeTab: [vo('Group', 1, MANY)],
    CustomTab: [vo('Group', 1, MANY), vo('Label', 1)],
    OfficeMenu: [vo('Control', 1, MANY)],
    Group: [vo('Label', 1), vo('Icon', 1), vo('Control', 1, MANY)],
    Control: {
      Button: [vo('Label', 1), vo('Supertip', 1), vo('Icon', 1), vo('Action', 1)],
      Menu: [vo('Label', 1), vo('Supertip', 1), vo('Icon', 1), vo('Items', 1)],
    },
    Items: [vo('Item', 1, MANY)],
    Item: [vo('Label', 1), vo('Supertip', 1), vo('Icon'), vo('Action', 1)],
    Supertip: [vo('Title', 1), vo('Description', 1)],
    Icon: [bt('Image', 1, MANY)],
    Action: {
      ShowTaskpane: [vo('TaskpaneId'), vo('SourceLocation', 1), vo('Title')],
      ExecuteFunction: [vo('FunctionName', 1)],
    },
    Resources: [bt('Images'), bt('Urls'), bt('ShortStrings'), bt('LongStrings')],
    ...leaves(['Title', 'Description', 'LearnMoreUrl', 'FunctionFile', 'Label', 'TaskpaneId']),
    ...leaves(['SourceLocation', 'FunctionName']),
  },
  [NS.bt]: {
    Images: [bt('Image', 0, MANY)],
    Urls: [bt('Url', 0, MANY)],
    ShortStrings: [bt('String', 0, MANY)],
    LongStrings: [bt('String', 0, MANY)],
    Sets: [bt('Set', 1, MANY)],
    // An image resource may be overridden per locale; an <Icon>'s image only names one.
    Image: (node) => (node.parent && is(node.parent, NS.bt, 'Images') ? OVERRIDES_BT : LEAF),
    Url: OVERRIDES_BT,
    String: OVERRIDES_BT,
    ...leaves(['Override', 'Set']),
  },
};

/**
 * The expected children of `node`, or null when we do not check inside it.
 * @param {import('./xml').XmlNode} node
 * @returns {{ns: string, local: string, min: number, max: number}[] | null}
 */
function sequenceFor(node) {
  const table = SEQUENCES[node.uri];
  const entry = table && Object.prototype.hasOwnProperty.call(table, node.local) ? table[node.local] : undefined;
  if (!entry) return null;
  if (Array.isArray(entry)) return entry;
  if (typeof entry === 'function') return entry(node);
  const type = xsiTypeLocal(node); // by xsi:type; an unknown type is not checked inside
  return type !== undefined && Object.prototype.hasOwnProperty.call(entry, type) ? entry[type] : null;
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

/** Checks the order of children everywhere under root that we know the schema. */
function checkSchemaOrder(root, problems) {
  for (const node of walk(root)) {
    const seq = sequenceFor(node);
    if (seq) checkSequence(node, seq, problems);
  }
}

module.exports = { checkSchemaOrder, sequenceFor };
