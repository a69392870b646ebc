/**
 * The manifest as a namespace-aware tree, and the small helpers every check uses to walk it.
 * Parsed with sax, the parser office-addin-manifest itself uses (through xml2js).
 */
'use strict';

const path = require('path');

const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  vo: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  dsig: 'http://www.w3.org/2000/09/xmldsig#',
  xmlns: 'http://www.w3.org/2000/xmlns/',
};

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
 *   children: XmlNode[], text: string, parent: XmlNode | null,
 *   ns: Record<string, string> }} XmlNode
 * text: all the element's own character data (CDATA included, entities resolved), as written;
 * ns: the namespace prefixes in scope ('' the default namespace).
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
      ns: tag.ns, // sax chains each element's prefixes onto its parent's: read, do not spread
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
/** A QName written in a value (xsi:type="bt:Button"), resolved with the prefixes in scope at node. */
const resolveQName = (node, value) => {
  const colon = value.indexOf(':');
  const prefix = colon < 0 ? '' : value.slice(0, colon);
  const uri = node.ns[prefix];
  return { local: value.slice(colon + 1), uri: typeof uri === 'string' ? uri : undefined, prefix };
};
/** The local name of node's xsi:type when it names a type of node's own namespace; else undefined. */
const xsiTypeLocal = (node) => {
  const t = xsiType(node);
  if (t === undefined) return undefined;
  const q = resolveQName(node, t);
  return q.uri === node.uri ? q.local : undefined;
};
const is = (node, ns, local) => !!node && node.uri === ns && node.local === local;
const child = (node, ns, local) => (node ? node.children.find((c) => is(c, ns, local)) : undefined);
const childrenOf = (node, ns, local) => (node ? node.children.filter((c) => is(c, ns, local)) : []);
const label = (node) => `<${node.qname}${xsiType(node) ? ` xsi:type="${xsiType(node)}"` : ''}>`;
const at = (node) => `line ${node.line}: ${label(node)}`;
function* walk(node) {
  yield node;
  for (const c of node.children) yield* walk(c);
}

/** Length as the schema counts it (characters, i.e. code points). */
const len = (s) => Array.from(s).length;

module.exports = {
  NS,
  parseXml,
  attr,
  xsiType,
  xsiTypeLocal,
  resolveQName,
  is,
  child,
  childrenOf,
  label,
  at,
  walk,
  len,
};
