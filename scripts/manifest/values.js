/**
 * Rules on the manifest's own values: ids, versions, culture names, text lengths, the locale
 * overrides of every locale-aware setting, and what this add-in needs (an Excel host, ExcelApi
 * in the requirements, ReadWriteDocument).
 */
'use strict';

const { NS, attr, child, childrenOf, at, len } = require('./xml');

const UUID =
  /^(urn:uuid:)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$|^\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}$/;
const VERSION = /^[0-9]{1,5}(\.[0-9]{1,5}){0,3}$/;
const SHORT_VERSION = /^[0-9]{1,5}\.[0-9]{1,5}$/;
const CULTURE =
  /^([a-zA-Z]{2,3}-[a-zA-Z0-9]{3,8}(-[a-zA-Z]{2,3})?|[a-zA-Z]{2,3}(-[a-zA-Z]{2,3}(_tradnl|\.pseudo|-[a-zA-Z]{4,8})?)?)$/;
const SHORT = 125;
const LONG = 250;

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

/** The root's text values: Id, Version, ProviderName, DefaultLocale and the locale-aware settings. */
function checkRootValues(root, problems) {
  const text = (local) => {
    const n = child(root, NS.app, local);
    return n ? n.text.trim() : undefined;
  };
  const where = (local) => at(child(root, NS.app, local));
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
  const source = child(child(root, NS.app, 'DefaultSettings'), NS.app, 'SourceLocation');
  if (source) checkLocaleAware(source, 0, problems, NS.app);
}

/** What this add-in needs of the host: Excel only, ExcelApi required, ReadWriteDocument. */
function checkExcelNeeds(root, problems) {
  const hosts = childrenOf(child(root, NS.app, 'Hosts'), NS.app, 'Host').map((h) => attr(h, 'Name'));
  if (!hosts.includes('Workbook')) problems.push('<Hosts> must include <Host Name="Workbook"/> (Excel)');
  const extraHosts = hosts.filter((h) => h !== 'Workbook');
  if (extraHosts.length)
    problems.push(`<Hosts> names ${extraHosts.join(', ')}; this add-in only runs in Excel (Workbook)`);

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

  const permissions = child(root, NS.app, 'Permissions');
  const granted = permissions ? permissions.text.trim() : undefined;
  if (granted !== undefined && granted !== 'ReadWriteDocument') {
    problems.push(
      `${at(permissions)} is "${granted}"; the add-in reads and writes cells, so it must be ReadWriteDocument`,
    );
  }
}

module.exports = { checkRootValues, checkExcelNeeds, checkLocaleAware, urlValues, VERSION, SHORT, LONG };
