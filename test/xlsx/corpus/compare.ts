/**
 * Part-by-part comparison of a recomputed package with its input: what "nothing the user made is
 * lost" means, checked on the bytes.
 */
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';

/** Parts the surgical writer may change: the package's indexes, and the styles it appends to. */
const INDEX_PARTS = /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml)$/;
const CACHE_PARTS = /^xl\/calcChain\.xml$/;

export interface Parts {
  [path: string]: Buffer;
}

export async function partsOf(data: Uint8Array | Buffer): Promise<Parts> {
  const zip = await JSZip.loadAsync(data);
  const out: Parts = {};
  for (const f of Object.values(zip.files)) if (!f.dir) out[f.name] = await f.async('nodebuffer');
  return out;
}

const xml = (b: Buffer) => new DOMParser().parseFromString(b.toString('utf8'), 'text/xml');
const all = (b: Buffer, local: string) => Array.from(xml(b).getElementsByTagNameNS('*', local));

/** User parts whose bytes changed or that are gone (empty when every user part is kept). */
export function changedUserParts(input: Parts, output: Parts, alsoChanged: string[] = []): string[] {
  return Object.keys(input).filter(
    (p) =>
      !INDEX_PARTS.test(p) &&
      !CACHE_PARTS.test(p) &&
      !alsoChanged.includes(p) &&
      !output[p]?.equals(input[p]) &&
      !(p === APP && output[p] && appWithout(input[p], OUR_TITLES) === appWithout(output[p], OUR_TITLES)),
  );
}

const APP = 'docProps/app.xml';
/** Our sheets' titles, which docProps/app.xml may gain or lose. */
const OUR_TITLES = /^(สรุปผล ITA|ปัญหาที่พบ ITA|ITA Summary|ITA Problems)$/i;

/** app.xml with our titles, the groups' counts and the vectors' sizes left out: the user's part of it. */
function appWithout(b: Buffer, ours: RegExp): string {
  const doc = xml(b);
  for (const t of Array.from(doc.getElementsByTagNameNS('*', 'lpstr')))
    if (ours.test(t.textContent ?? '')) t.parentNode!.removeChild(t);
  for (const n of Array.from(doc.getElementsByTagNameNS('*', 'i4'))) n.textContent = '';
  for (const v of Array.from(doc.getElementsByTagNameNS('*', 'vector'))) v.removeAttribute('size');
  return doc.toString().replace(/<(\w+:)?(\w+)([^>]*)><\/\1?\2>/g, '<$1$2$3/>');
}

/** docProps/app.xml's titles (TitlesOfParts), in order. */
export function appTitlesOf(parts: Parts): string[] {
  return parts[APP] ? all(parts[APP], 'lpstr').map((t) => t.textContent ?? '') : [];
}

/** Defined names as "scope|name|formula", scope being the sheet's name (or "" for the workbook). */
export function namesOf(parts: Parts): string[] {
  const sheets = all(parts['xl/workbook.xml'], 'sheet').map((s) => s.getAttribute('name'));
  return all(parts['xl/workbook.xml'], 'definedName').map((n) => {
    const id = n.getAttribute('localSheetId');
    return `${id === null ? '' : sheets[Number(id)]}|${n.getAttribute('name')}|${n.textContent}`;
  });
}

export function sheetEntriesOf(parts: Parts): { name: string; state: string | null }[] {
  return all(parts['xl/workbook.xml'], 'sheet').map((s) => ({
    name: s.getAttribute('name') ?? '',
    state: s.getAttribute('state'),
  }));
}

/** Serialized workbook-level elements that must stay as they were (protection, views of other tabs …). */
export function workbookElement(parts: Parts, local: string): string[] {
  return all(parts['xl/workbook.xml'], local).map((e) => e.toString());
}

/** Each style collection of the input is a prefix of the output's: nothing renumbered. */
export function stylesKeptAsPrefix(input: Parts, output: Parts): string[] {
  const bad: string[] = [];
  for (const [collection, item] of [
    ['numFmts', 'numFmt'],
    ['fonts', 'font'],
    ['fills', 'fill'],
    ['borders', 'border'],
    ['cellStyleXfs', 'xf'],
    ['cellXfs', 'xf'],
    ['cellStyles', 'cellStyle'],
    ['dxfs', 'dxf'],
  ]) {
    const items = (b: Buffer) =>
      all(b, collection).flatMap((c) =>
        Array.from(c.getElementsByTagNameNS('*', item))
          .filter((e) => e.parentNode === c)
          .map(String),
      );
    const before = items(input['xl/styles.xml']);
    const after = items(output['xl/styles.xml']);
    if (before.some((x, i) => after[i] !== x)) bad.push(collection);
  }
  return bad;
}

/** Content-type overrides and workbook relationships of the input still in the output. */
export function lostIndexEntries(input: Parts, output: Parts): string[] {
  const overrides = (p: Parts) =>
    all(p['[Content_Types].xml'], 'Override').map(
      (o) => `${o.getAttribute('PartName')} ${o.getAttribute('ContentType')}`,
    );
  const rels = (p: Parts) =>
    all(p['xl/_rels/workbook.xml.rels'], 'Relationship').map(
      (r) => `${r.getAttribute('Type')} ${r.getAttribute('Target')}`,
    );
  const outO = new Set(overrides(output));
  const outR = new Set(rels(output));
  return [
    ...overrides(input).filter((o) => !outO.has(o) && !/calcChain/.test(o)),
    ...rels(input).filter((r) => !outR.has(r) && !/calcChain/.test(r)),
  ];
}
