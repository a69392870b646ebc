/**
 * What the manifest schema says of each element this add-in uses (and the few beside them that
 * a manifest like ours could plausibly gain), as data, in our own words:
 *   content: 'empty' (nothing at all inside, not even a space), 'elements' (child elements with
 *     only white space between them), or the simple type its text must be (simple-types.js);
 *   required / optional: the attributes it may carry, each with its simple type (any other
 *     attribute is rejected; the xsi: attributes are handled apart);
 *   xsiTypes: the types its xsi:type may name (in the element's own namespace), and whether one
 *     is required (the schema's type is abstract: the element means nothing without it).
 * The child elements and their order are schema-order.js's job.
 *
 * Keys are "Local" or, where the same name means different things by place, "Parent/Local"
 * (tried first). An element missing from its namespace's table is not checked here.
 */
'use strict';

const { NS } = require('./xml');

/** The Value of an <Override> has the type of its setting's DefaultValue. */
const SAME_AS_SETTING = 'same as the DefaultValue of the setting it overrides';

/**
 * @typedef {{ content: string, required?: Record<string, string>, optional?: Record<string, string>,
 *   xsiTypes?: { values: string[], required: boolean } }} ElementFacts
 */

const CONTAINER = { content: 'elements' };
/** A pointer into <Resources>: an empty element with a resid. */
const RESOURCE_REFERENCE = { content: 'empty', required: { resid: 'ReferenceId' } };
/** A control (button, menu, menu item) or a group or tab: a container with an id. */
const WITH_ID = { content: 'elements', required: { id: 'ShortString' } };
/** A setting with a default value and per-locale overrides. */
const setting = (type) => ({ content: 'elements', required: { DefaultValue: type } });
/** A resource: a setting with an id that resids name. */
const resource = (type) => ({ content: 'elements', required: { id: 'ReferenceId', DefaultValue: type } });
const OVERRIDE = { content: 'empty', required: { Locale: 'CultureName', Value: SAME_AS_SETTING } };
const text = (type) => ({ content: type });
const all = (names, facts) => Object.fromEntries(names.map((n) => [n, facts]));

/** @type {Record<string, Record<string, ElementFacts>>} */
const ELEMENT_FACTS = {
  [NS.app]: {
    OfficeApp: { content: 'elements', xsiTypes: { values: ['TaskPaneApp', 'ContentApp', 'MailApp'], required: true } },
    Id: text('UUID'),
    AlternateId: text('AlternateId'),
    Version: text('Version'),
    ProviderName: text('ShortString'),
    DefaultLocale: text('CultureName'),
    DisplayName: setting('ShortString'),
    Description: setting('LongString'),
    ...all(['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation'], setting('URL')),
    Override: OVERRIDE,
    ...all(['AppDomains', 'Hosts', 'Requirements', 'Methods', 'DefaultSettings'], CONTAINER),
    AppDomain: text('LongString'),
    Host: { content: 'empty', required: { Name: 'ShortString' } },
    Sets: { content: 'elements', optional: { DefaultMinVersion: 'ShortVersion' } },
    Set: { content: 'empty', required: { Name: 'ShortString' }, optional: { MinVersion: 'ShortVersion' } },
    Method: { content: 'empty', required: { Name: 'LongString' } },
    Permissions: text('TaskPanePermissions'),
  },
  [NS.vo]: {
    VersionOverrides: { content: 'elements', xsiTypes: { values: ['VersionOverridesV1_0'], required: false } },
    ...all(['Description', 'Title', 'Label', 'LearnMoreUrl', 'FunctionFile', 'SourceLocation'], RESOURCE_REFERENCE),
    Namespace: RESOURCE_REFERENCE,
    ...all(['Requirements', 'Hosts', 'Resources', 'AllFormFactors', 'DesktopFormFactor', 'GetStarted'], CONTAINER),
    ...all(['Supertip', 'Icon', 'Items', 'Script', 'Page', 'Metadata'], CONTAINER),
    Host: {
      content: 'elements',
      xsiTypes: { values: ['Workbook', 'Document', 'Notebook', 'Presentation'], required: true },
    },
    ExtensionPoint: {
      content: 'elements',
      xsiTypes: { values: ['PrimaryCommandSurface', 'ContextMenu', 'CustomFunctions'], required: true },
    },
    ...all(['OfficeTab', 'CustomTab', 'OfficeMenu', 'Group', 'Item'], WITH_ID),
    Control: { ...WITH_ID, xsiTypes: { values: ['Button', 'Menu'], required: true } },
    Action: { content: 'elements', xsiTypes: { values: ['ShowTaskpane', 'ExecuteFunction'], required: true } },
    TaskpaneId: text('ShortString'),
    FunctionName: text('LongString'),
  },
  [NS.bt]: {
    ...all(['Images', 'Urls', 'ShortStrings', 'LongStrings'], CONTAINER),
    'Images/Image': resource('URL'),
    'Icon/Image': { content: 'empty', required: { resid: 'ReferenceId', size: 'Integer' } },
    Url: resource('URL'),
    'ShortStrings/String': resource('ShortString'),
    'LongStrings/String': resource('LongString'),
    Override: OVERRIDE,
    ...all(['Sets', 'Methods'], { content: 'elements', optional: { DefaultMinVersion: 'ShortVersion' } }),
    ...all(['Set', 'Method'], {
      content: 'empty',
      required: { Name: 'ShortString' },
      optional: { MinVersion: 'ShortVersion' },
    }),
  },
};

const has = (o, k) => Object.prototype.hasOwnProperty.call(o, k);

/**
 * The facts for node, or undefined when we hold none.
 * @param {import('./xml').XmlNode} node
 * @returns {ElementFacts | undefined}
 */
function factsFor(node) {
  if (!has(ELEMENT_FACTS, node.uri)) return undefined;
  const table = ELEMENT_FACTS[node.uri];
  const inPlace = node.parent ? `${node.parent.local}/${node.local}` : '';
  if (node.parent && has(table, inPlace)) return table[inPlace];
  return has(table, node.local) ? table[node.local] : undefined;
}

/** The simple type of node's attribute `name`, or undefined when the attribute is not allowed. */
function attributeType(node, facts, name) {
  const type =
    (facts.required && has(facts.required, name) && facts.required[name]) ||
    (facts.optional && has(facts.optional, name) && facts.optional[name]) ||
    undefined;
  if (type !== SAME_AS_SETTING) return type;
  const setting = node.parent && factsFor(node.parent);
  return (setting && setting.required && setting.required.DefaultValue) || 'NonEmptyString';
}

module.exports = { ELEMENT_FACTS, factsFor, attributeType };
