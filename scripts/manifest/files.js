/**
 * What the manifest's URLs point at: every URL https (and, for production, not a placeholder
 * host), every icon a PNG under assets/ of the declared pixel size, the pages present next to a
 * production manifest, and the Version agreeing with package.json.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const { NS, attr, is, child, at, walk } = require('./xml');
const { urlValues, VERSION } = require('./values');
const { ICON_SIZES_ALLOWED } = require('./resources');

/** Hosts that must not appear in a production manifest. */
const PLACEHOLDER_HOST = /(^|\.)(localhost|example|invalid|test|contoso\.com)$|^127\.|^\[::1\]$/i;
const ICON_MAX_BYTES = 100 * 1024;
const LOOKS_LIKE_URL = /^[a-z][a-z0-9+.-]*:\/\//i;

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

/** Every URL in an attribute or a text: https, well-formed; production: no placeholder host. */
function checkUrls(root, production, problems) {
  const urlProblem = (node, url, what) => {
    let u;
    try {
      u = new URL(url);
    } catch {
      return `${at(node)} ${what} "${url}" is not an absolute URL`;
    }
    if (u.protocol !== 'https:') return `${at(node)} ${what} "${url}" must use https`;
    if (production && PLACEHOLDER_HOST.test(u.hostname)) {
      return `${at(node)} ${what} "${url}" points at ${u.hostname}, which is not a production host (set ITA_PROD_URL when building)`;
    }
    return undefined;
  };
  for (const n of walk(root)) {
    for (const a of n.attrs) {
      if (a.qname === 'xmlns' || a.qname.startsWith('xmlns:') || a.uri === NS.xsi) continue;
      if (LOOKS_LIKE_URL.test(a.value)) {
        const p = urlProblem(n, a.value, a.qname);
        if (p) problems.push(p);
      }
    }
    const t = n.children.length === 0 ? n.text.trim() : '';
    if (LOOKS_LIKE_URL.test(t)) {
      const p = urlProblem(n, t, 'text');
      if (p) problems.push(p);
    }
  }
}

/** Maps URLs under the task pane's folder (SourceLocation's) to files under rootDir. */
function servedFiles(root, rootDir) {
  const source = child(child(root, NS.app, 'DefaultSettings'), NS.app, 'SourceLocation');
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
  return { source, base, localFile };
}

/** Icons (always) and pages (production) exist where the manifest's URLs say. */
function checkServedFiles(root, resources, { rootDir, production }, problems) {
  const { source, base, localFile } = servedFiles(root, rootDir);
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
  const vo = child(root, NS.vo, 'VersionOverrides');
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
  if (production) {
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
}

/** The manifest's Version agrees with package.json's version (1.2.3 ↔ 1.2.3.0). */
function checkVersionMatchesPackage(root, pkgPath, problems) {
  const versionNode = child(root, NS.app, 'Version');
  const version = versionNode ? versionNode.text.trim() : undefined;
  if (!pkgPath || !version || !VERSION.test(version)) return;
  try {
    const pkgVersion = String(JSON.parse(fs.readFileSync(pkgPath, 'utf8')).version || '');
    const core = pkgVersion.split(/[-+]/)[0].split('.');
    const mine = version.split('.');
    const same =
      core.every((part, i) => Number(part) === Number(mine[i] ?? 0)) &&
      mine.slice(core.length).every((p) => Number(p) === 0);
    if (!same)
      problems.push(
        `${at(versionNode)} ${version} does not match package.json version ${pkgVersion} (expected ${core.concat('0').slice(0, 4).join('.')})`,
      );
  } catch (err) {
    problems.push(`cannot read ${pkgPath} to compare versions: ${err.message}`);
  }
}

module.exports = { checkUrls, checkServedFiles, checkVersionMatchesPackage, pngSize };
