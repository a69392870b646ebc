/**
 * The schema's simple types that the manifest's texts and attributes use, as data: length limits,
 * the shapes a value must have, the words allowed. Written in our own words from the facts of
 * Microsoft's manifest schema (OfficeAppManifestV1_1, OfficeAppBasicTypesV1_0), which no npm
 * package ships and which we may not copy.
 *
 * How the schema reads a value matters as much as the rule: string types take the text exactly as
 * written (no trimming: " th-TH" is not a culture name, and spaces count towards a length), while
 * URLs and integers are read with surrounding and repeated white space collapsed first.
 */
'use strict';

const { len } = require('./xml');

const GUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/**
 * @typedef {{ min?: number, max?: number, collapse?: boolean, pattern?: RegExp, says?: string,
 *   oneOf?: string[], limitSays?: string }} SimpleType
 * min/max: length in characters; collapse: white space collapsed before testing (URL, integer);
 * pattern (whole value) with `says`, the sentence's end when it does not match; oneOf: the only
 * values; limitSays: how to say the maximum when the value is too long.
 */

/** @type {Record<string, SimpleType>} */
const SIMPLE_TYPES = {
  // Strings of a bounded length (spaces count).
  NonEmptyString: { min: 1 },
  ShortString: { min: 1, max: 125 },
  LongString: { min: 1, max: 250 },
  // The ids that resid attributes point at.
  ReferenceId: { min: 1, max: 32, limitSays: 'resource ids may have at most 32' },
  // An address: up to 2048 characters once white space is collapsed.
  URL: { min: 1, max: 2048, collapse: true },
  UUID: { pattern: new RegExp(`^(?:(?:urn:uuid:)?${GUID}|\\{${GUID}\\})$`), says: 'is not a GUID' },
  // 5 to 12 characters, a backslash, WA and nine digits (an Office Store id).
  AlternateId: { pattern: /^[^\n\r]{5,12}\\WA[0-9]{9}$/, says: 'is not an Office Store id like name\\WA123456789' },
  CultureName: {
    pattern:
      /^(?:[a-zA-Z]{2,3}-[a-zA-Z0-9]{3,8}(?:-[a-zA-Z]{2,3})?|[a-zA-Z]{2,3}(?:-[a-zA-Z]{2,3}(?:_tradnl|\.pseudo|-[a-zA-Z]{4,8})?)?)$/,
    says: 'is not a culture name like th-TH',
  },
  // One to four dot-separated numbers of up to five digits.
  Version: { pattern: /^[0-9]{1,5}(?:\.[0-9]{1,5}){0,3}$/, says: 'must look like 1.0.0.0' },
  ShortVersion: { pattern: /^[0-9]{1,5}\.[0-9]{1,5}$/, says: 'must look like 1.4' },
  Integer: { pattern: /^[+-]?[0-9]+$/, collapse: true, says: 'is not a whole number' },
  // A task pane add-in's permission levels.
  TaskPanePermissions: {
    oneOf: ['Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument'],
  },
};

const collapse = (s) => s.replace(/[ \t\r\n]+/g, ' ').trim();
const shown = (s) => JSON.stringify(s);

/** Whether `value` satisfies the type's shape and word list (not its length). */
function shapeOk(type, value) {
  if (type.pattern && !type.pattern.test(value)) return false;
  if (type.oneOf && !type.oneOf.includes(value)) return false;
  return true;
}

/**
 * What is wrong with `raw` as a value of the named type, as the end of a sentence whose start
 * names the element (and attribute); undefined when the schema accepts it.
 * @param {string} raw the text or attribute value as written
 * @param {string} typeName a key of SIMPLE_TYPES
 * @returns {string | undefined}
 */
function valueProblem(raw, typeName) {
  const type = SIMPLE_TYPES[typeName];
  if (!type) throw new Error(`manifest checker: no simple type ${typeName}`);
  const value = type.collapse ? collapse(raw) : raw;
  if (!shapeOk(type, value)) {
    if (!type.collapse && value.trim() !== value && shapeOk(type, value.trim()))
      return `${shown(value)} has spaces or line breaks around its value; the schema reads it as written, so nothing may surround ${value.trim()}`;
    if (type.oneOf) return `${shown(value)} is not one of ${type.oneOf.join(', ')}`;
    return `${shown(value)} ${type.says}`;
  }
  const n = len(value);
  if (type.min !== undefined && n < type.min)
    return raw === ''
      ? `is empty; the schema wants at least ${type.min} character`
      : `${shown(raw)} is only white space, which the schema does not count`;
  if (type.max !== undefined && n > type.max) {
    const what = n <= 40 ? `${shown(value)} is` : 'is';
    return `${what} ${n} characters; ${type.limitSays ?? `the limit is ${type.max}`}`;
  }
  return undefined;
}

module.exports = { SIMPLE_TYPES, valueProblem };
