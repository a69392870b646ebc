/**
 * Checks every element we hold facts for (element-facts.js) as the schema would: its attributes
 * (none unknown, every required one present, each value of its simple type), its xsi:type (one
 * the schema defines for it, and present where the schema requires one), and its content (empty,
 * child elements only, or a text of its simple type taken exactly as written).
 */
'use strict';

const { NS, attr, xsiType, resolveQName, at, walk } = require('./xml');
const { factsFor, attributeType } = require('./element-facts');
const { valueProblem } = require('./simple-types');

/** xsi: attributes any element may carry; xsi:type is checked apart, xsi:nil never allowed. */
const XSI_ANYWHERE = ['schemaLocation', 'noNamespaceSchemaLocation'];

const isDeclaration = (a) => a.qname === 'xmlns' || a.qname.startsWith('xmlns:');
const shortText = (s) => JSON.stringify(s.length > 40 ? `${s.slice(0, 37)}...` : s);

/** Unknown attributes, missing required ones, and each value against its type. */
function checkAttributes(node, facts, problems) {
  const names = [...Object.keys(facts.required ?? {}), ...Object.keys(facts.optional ?? {})];
  const allowed = names.length ? names.join(', ') : 'none';
  for (const a of node.attrs) {
    if (isDeclaration(a)) continue;
    if (a.uri === NS.xsi) {
      if (a.local === 'nil')
        problems.push(`${at(node)} has xsi:nil, but no element of the manifest schema may be nil; remove it`);
      else if (a.local !== 'type' && !XSI_ANYWHERE.includes(a.local))
        problems.push(`${at(node)} has an attribute ${a.qname} that XML Schema does not define; remove it`);
      continue;
    }
    const type = a.uri === '' ? attributeType(node, facts, a.local) : undefined;
    if (!type) {
      problems.push(
        `${at(node)} has an attribute ${a.qname}="${a.value}" that the schema does not allow there (allowed: ${allowed})`,
      );
      continue;
    }
    const p = valueProblem(a.value, type);
    if (p) problems.push(`${at(node)} ${a.local} ${p}`);
  }
  for (const name of Object.keys(facts.required ?? {})) {
    if (attr(node, name) === undefined) problems.push(`${at(node)} is missing its required attribute ${name}`);
  }
}

/** The xsi:type names one of the element's types; present where the schema's type is abstract. */
function checkXsiType(node, facts, problems) {
  const raw = xsiType(node);
  const known = facts.xsiTypes;
  if (raw === undefined) {
    if (known && known.required)
      problems.push(
        `${at(node)} needs an xsi:type (one of ${known.values.join(', ')}): without one the schema cannot tell what it is, and nothing inside it is checked`,
      );
    return;
  }
  if (!known) return; // the schema allows naming an element's own type; we do not hold those names
  const q = resolveQName(node, raw);
  if (q.uri === undefined) {
    problems.push(`${at(node)}: the prefix ${q.prefix}: of its xsi:type is not declared`);
  } else if (q.uri !== node.uri) {
    problems.push(
      `${at(node)}: its xsi:type names a type in "${q.uri}"; the types of <${node.local}> are in "${node.uri}" (write it without a prefix here)`,
    );
  } else if (!known.values.includes(q.local)) {
    problems.push(
      `${at(node)}: the schema defines no such type for <${node.local}> (it must be one of ${known.values.join(', ')}); nothing inside it is checked until it is fixed`,
    );
  }
}

/** Empty elements hold nothing, containers no text, simple-typed elements a valid text. */
function checkContent(node, facts, problems) {
  const t = node.text;
  if (facts.content === 'empty') {
    if (t !== '') {
      problems.push(
        t.trim() === ''
          ? `${at(node)} must be empty, but holds spaces or line breaks: write it as one tag ending in />`
          : `${at(node)} must be empty, but holds the text ${shortText(t.trim())}: its value comes from its attributes; write it as one tag ending in />`,
      );
    }
  } else if (facts.content === 'elements') {
    if (t.trim() !== '')
      problems.push(
        `${at(node)} holds the text ${shortText(t.trim())}; only child elements (and white space between them) are allowed there`,
      );
  } else if (node.children.length === 0) {
    const p = valueProblem(t, facts.content);
    if (p) problems.push(`${at(node)} ${p}`);
  }
}

/** Checks attributes, xsi:type and content of every element under root that we hold facts for. */
function checkElements(root, problems) {
  for (const node of walk(root)) {
    const facts = factsFor(node);
    if (!facts) continue;
    checkXsiType(node, facts, problems);
    checkAttributes(node, facts, problems);
    checkContent(node, facts, problems);
  }
}

/** Whether node's xsi:type is one the schema defines for it (as checkElements judges it). */
function xsiTypeKnown(node) {
  const facts = factsFor(node);
  const raw = xsiType(node);
  if (!facts || !facts.xsiTypes || raw === undefined) return false;
  const q = resolveQName(node, raw);
  return q.uri === node.uri && facts.xsiTypes.values.includes(q.local);
}

module.exports = { checkElements, xsiTypeKnown };
