/**
 * Rules of our own on the manifest's values, beyond the schema's facts (element-check.js): no
 * locale overridden twice, a provider name that is not blank, and what this add-in needs (an
 * Excel host, ExcelApi in the requirements, ReadWriteDocument).
 */
'use strict';

const { NS, attr, child, childrenOf, at } = require('./xml');
const { SIMPLE_TYPES, valueProblem } = require('./simple-types');

const VERSION = SIMPLE_TYPES.Version.pattern;
const CULTURE = SIMPLE_TYPES.CultureName.pattern;

/**
 * No locale overridden twice in a locale-aware setting. (Each value's type and length, and the
 * culture names, are element-check.js's: the schema's facts.)
 */
function checkLocaleAware(node, problems, overrideNs) {
  const seen = new Set();
  for (const o of childrenOf(node, overrideNs, 'Override')) {
    const locale = attr(o, 'Locale');
    if (!locale || !CULTURE.test(locale)) continue;
    if (seen.has(locale.toLowerCase())) problems.push(`${at(o)} repeats the override for ${locale}`);
    else seen.add(locale.toLowerCase());
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

/** The root's locale-aware settings repeat no locale; the provider's name is not blank. */
function checkRootValues(root, problems) {
  const provider = child(root, NS.app, 'ProviderName');
  // The schema counts spaces as characters; a name of spaces alone would show as nothing.
  if (provider && provider.children.length === 0 && provider.text !== '' && provider.text.trim() === '')
    problems.push(`${at(provider)} is blank: write the provider's name`);
  for (const local of ['DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) {
    const n = child(root, NS.app, local);
    if (n) checkLocaleAware(n, problems, NS.app);
  }
  const source = child(child(root, NS.app, 'DefaultSettings'), NS.app, 'SourceLocation');
  if (source) checkLocaleAware(source, problems, NS.app);
}

/** What this add-in needs of the host: Excel only, ExcelApi required, ReadWriteDocument. */
function checkExcelNeeds(root, problems) {
  const hosts = childrenOf(child(root, NS.app, 'Hosts'), NS.app, 'Host').map((h) => attr(h, 'Name'));
  if (!hosts.includes('Workbook')) problems.push('<Hosts> must include <Host Name="Workbook"/> (Excel)');
  const extraHosts = hosts.filter((h) => h !== undefined && h !== 'Workbook'); // no Name: element-check.js
  if (extraHosts.length)
    problems.push(`<Hosts> names ${extraHosts.join(', ')}; this add-in only runs in Excel (Workbook)`);

  const sets = child(child(root, NS.app, 'Requirements'), NS.app, 'Sets');
  const excelSet = childrenOf(sets, NS.app, 'Set').find((s) => attr(s, 'Name') === 'ExcelApi');
  if (!excelSet) {
    problems.push(
      '<Requirements><Sets> must list <Set Name="ExcelApi" MinVersion="..."/>: the add-in needs the Excel JavaScript API',
    );
  }

  // A value the schema does not know (or padded) is element-check.js's to report.
  const permissions = child(root, NS.app, 'Permissions');
  const granted = permissions ? permissions.text : undefined;
  if (granted !== undefined && granted !== 'ReadWriteDocument' && !valueProblem(granted, 'TaskPanePermissions')) {
    problems.push(
      `${at(permissions)} is "${granted}"; the add-in reads and writes cells, so it must be ReadWriteDocument`,
    );
  }
}

module.exports = { checkRootValues, checkExcelNeeds, checkLocaleAware, urlValues, VERSION };
