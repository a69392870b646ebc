/**
 * One of our sheet parts, as ExcelJS wrote it in a workbook of its own, made fit for the user's
 * package: style indices moved to where our styles landed in the user's styles.xml, and shared
 * strings written inline so the user's sharedStrings.xml stays as it is.
 */
import { StyleMap } from './styles';
import { createLike, descendants, Document, Element, kid, parseXml, serializeXml } from './xml';

export function fitOurSheet(xml: string, part: string, strings: Element[], styles: StyleMap): string {
  // A sheet without rules (no data bars) is only cells, rows and columns: rewritten as text, which
  // a sheet of 8,500 agencies (250,000 cells) needs; a DOM of it takes most of a recompute.
  if (!/<cfRule\b|<x14:id\b/.test(xml)) return fitCellsAsText(xml, strings, styles);
  return fitOurSheetDom(xml, part, strings, styles);
}

/** The DOM path: every index, data bar rules and their extension ids included. */
export function fitOurSheetDom(xml: string, part: string, strings: Element[], styles: StyleMap): string {
  const doc = parseXml(xml, part);
  const root = doc.documentElement!;
  for (const c of descendants(root, 'c')) {
    remapIndex(c, 's', styles.xf);
    if (c.getAttribute('t') === 's') inlineString(doc, c, strings);
  }
  for (const row of descendants(root, 'row')) remapIndex(row, 's', styles.xf);
  for (const col of descendants(root, 'col')) remapIndex(col, 'style', styles.xf);
  for (const rule of descendants(root, 'cfRule')) remapIndex(rule, 'dxfId', styles.dxf);
  stableRuleIds(root);
  return serializeXml(doc);
}

/**
 * ExcelJS ties a data bar to its Excel 2010 extension by a random GUID; numbering them in order
 * keeps two runs on the same input byte for byte the same (SOURCE_DATE_EPOCH builds).
 */
function stableRuleIds(root: Element): void {
  const ids = new Map<string, string>();
  const stable = (guid: string) => {
    if (!ids.has(guid)) ids.set(guid, `{00000000-0000-4000-8000-${String(ids.size + 1).padStart(12, '0')}}`);
    return ids.get(guid)!;
  };
  for (const id of descendants(root, 'id'))
    if (id.prefix === 'x14' && id.textContent) id.textContent = stable(id.textContent);
  for (const rule of descendants(root, 'cfRule')) {
    const id = rule.prefix === 'x14' ? rule.getAttribute('id') : null;
    if (id) rule.setAttribute('id', stable(id));
  }
}

function remapIndex(el: Element, attr: string, map: (i: number) => number): void {
  const v = el.getAttribute(attr);
  if (v !== null && /^\d+$/.test(v)) el.setAttribute(attr, String(map(Number(v))));
}

/** <c t="s"><v>3</v></c> → <c t="inlineStr"><is>…the 4th <si>'s runs…</is></c>. */
function inlineString(doc: Document, c: Element, strings: Element[]): void {
  const v = kid(c, 'v');
  const si = strings[Number(v?.textContent ?? -1)];
  if (v) c.removeChild(v);
  const is = createLike(c, 'is');
  if (si) for (let n = si.firstChild; n; n = n.nextSibling) is.appendChild(doc.importNode(n, true));
  c.appendChild(is);
  c.setAttribute('t', 'inlineStr');
}

/**
 * fitOurSheet without a DOM, for sheets whose only indices are on <c>, <row> and <col> (as
 * ExcelJS writes them: no prefixes, one start tag each): style indices remapped and shared strings
 * inlined, the same result as the DOM path (test/xlsx/our-sheet.test.ts compares them).
 */
export function fitCellsAsText(xml: string, strings: Element[], styles: StyleMap): string {
  const inlined = new Map<number, string>();
  const runs = (i: number): string => {
    let out = inlined.get(i);
    if (out === undefined) {
      out = '';
      const si = strings[i];
      // Serialized alone, a run restates the sheet's default namespace, which it already has.
      if (si)
        for (let n = si.firstChild; n; n = n.nextSibling)
          out += serializeXml(n as Element).replace(/^(<[^>]*?) xmlns="[^"]*"/, '$1');
      inlined.set(i, out);
    }
    return out;
  };
  const remap = (attrs: string, name: string) =>
    attrs.replace(
      new RegExp(`(\\s${name}=")(\\d+)(")`),
      (_m, a: string, n: string, z: string) => `${a}${styles.xf(Number(n))}${z}`,
    );
  return xml.replace(
    /<(c|row|col)(\s[^>]*?)?(\/?)>(?:<v>(\d+)<\/v><\/c>)?/g,
    (_whole, tag: string, attrs: string | undefined, close: string, v: string | undefined) => {
      let a = remap(attrs ?? '', tag === 'col' ? 'style' : 's');
      if (tag !== 'c' || v === undefined || !/\st="s"/.test(a)) {
        const rest = v === undefined ? '' : `<v>${v}</v></c>`;
        return `<${tag}${a}${close}>${rest}`;
      }
      a = a.replace(/(\s)t="s"/, '$1t="inlineStr"');
      return `<c${a}><is>${runs(Number(v))}</is></c>`;
    },
  );
}
