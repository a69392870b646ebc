/**
 * Strict Open XML (ISO/IEC 29500 Strict, Excel's "Strict Open XML Spreadsheet") names the same
 * SpreadsheetML parts and relationships under other namespaces; content types and the package's
 * own relationship namespace are the same. Reading renames the user's parts to the transitional
 * namespaces ExcelJS knows; writing renames our parts (built by ExcelJS) to the package's own.
 */
export const TRANSITIONAL = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rels: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
};
export const STRICT = {
  main: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
  rels: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
};

/** Strict namespaces (and relationship types, which start with the relationships namespace) → transitional. */
export function toTransitional(xml: string): string {
  if (!xml.includes('purl.oclc.org')) return xml;
  return xml.split(STRICT.main).join(TRANSITIONAL.main).split(STRICT.rels).join(TRANSITIONAL.rels);
}

/** Transitional → Strict, for a part of ours going into a Strict package. */
export function toStrict(xml: string): string {
  return xml.split(TRANSITIONAL.main).join(STRICT.main).split(TRANSITIONAL.rels).join(STRICT.rels);
}

/** The relationships namespace (and relationship type prefix) of a package, by its workbook's namespace. */
export function relsNamespace(strict: boolean): string {
  return strict ? STRICT.rels : TRANSITIONAL.rels;
}
