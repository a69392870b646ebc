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
 * with the right namespaces; required elements present; for every element we use, what the
 * schema says of it: the attributes it may and must carry, its xsi:type, whether it holds
 * nothing, only elements or a text, and every text and attribute value against its type
 * (lengths, GUID, versions, culture names), taken as written, without trimming; every
 * resid defined in the right Resources collection, and every resource used; every icon a PNG
 * under assets/ of the declared pixel size; every URL https; Permissions ReadWriteDocument;
 * Requirements naming ExcelApi; a Workbook host; Version matching package.json.
 * --production additionally rejects localhost and placeholder hosts and requires the pages
 * (taskpane.html, commands.html) to exist next to the manifest, as in dist/.
 *
 * One module per job under scripts/manifest/: xml.js (the tree), schema-order.js (the schema's
 * sequences), element-facts.js (each element's attributes, xsi:types and content, as a table),
 * simple-types.js (the value types: lengths, patterns, word lists), element-check.js (applies
 * those two), values.js (repeated locales, what Excel needs), resources.js (the ribbon's
 * resources and resids), files.js (URLs, icons and pages on disk, the version).
 *
 * Library use (the jest test does this):
 *   const { checkManifest, checkManifestXml, readManifestSummary } = require('./check-manifest');
 *   checkManifest('manifest.xml')            // => string[] of problems, [] when fine
 */
'use strict';

const fs = require('fs');
const path = require('path');
const { NS, parseXml, is, at, xsiTypeLocal } = require('./manifest/xml');
const { checkSchemaOrder } = require('./manifest/schema-order');
const { checkElements, xsiTypeKnown } = require('./manifest/element-check');
const { checkRootValues, checkExcelNeeds } = require('./manifest/values');
const { checkVersionOverrides } = require('./manifest/resources');
const { checkUrls, checkServedFiles, checkVersionMatchesPackage, pngSize } = require('./manifest/files');

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
  const parsed = parseXml(xml);
  if (parsed.error) return [`not well-formed XML: ${parsed.error}`];
  const root = /** @type {import('./manifest/xml').XmlNode} */ (parsed.root);
  if (!is(root, NS.app, 'OfficeApp')) {
    return [`${at(root)}: the root element must be <OfficeApp xmlns="${NS.app}">`];
  }
  const problems = [];
  // An unknown or missing xsi:type is checkElements' to report; a known one must be ours.
  if (xsiTypeKnown(root) && xsiTypeLocal(root) !== 'TaskPaneApp')
    problems.push(`${at(root)} must have xsi:type="TaskPaneApp"`);
  checkSchemaOrder(root, problems);
  checkElements(root, problems);
  checkRootValues(root, problems);
  checkExcelNeeds(root, problems);
  const resources = checkVersionOverrides(root, problems);
  checkUrls(root, !!options.production, problems);
  const rootDir = path.resolve(options.root || options.manifestDir || process.cwd());
  checkServedFiles(root, resources, { rootDir, production: !!options.production }, problems);
  let pkgPath = options.packageJson;
  if (pkgPath === undefined) {
    const candidate = path.join(rootDir, 'package.json');
    pkgPath = fs.existsSync(candidate) ? candidate : false;
  }
  checkVersionMatchesPackage(root, pkgPath, problems);
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
