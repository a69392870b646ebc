/**
 * A copy of the user's package holding only what reading values needs, under the part names
 * ExcelJS looks for: the workbook, its worksheets, shared strings and styles. Charts, images,
 * comments, tables, pivots, macros and extensions are left out of the copy (never out of the
 * user's file), so a part ExcelJS cannot model cannot stop the reading. Strict Open XML is read
 * by renaming its namespaces to the transitional ones.
 */
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { Bilingual, bi } from '../../domain/text';
import type { DefinedName } from '../../workbook/snapshot';
import { a1, parseA1, sheetOfReference } from '../../workbook/references';
import { Book, SheetEntry } from './book';
import { LimitError, readPart, Rel, REL_TYPE, relsOf, relsPathOf } from './zip';
import { TRANSITIONAL, toTransitional } from './strict';
import { descendants, kids, serializeXml } from './xml';

/** Refused before ExcelJS reads it: cells in one sheet (about 1 GiB of memory in ExcelJS). */
export const MAX_SHEET_CELLS = 2_000_000;

/** Elements after <sheetData> that refer to parts the copy leaves out, or to extensions. */
const DROPPED_AFTER_DATA = [
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

/** A sheet left out of the reading, and why, for the note the user sees. */
export interface SkippedSheet {
  name: string;
  reason: Bilingual;
}

export interface ReadableCopy {
  data: Uint8Array;
  skipped: SkippedSheet[];
  /**
   * The user's sheet-scoped names, with their sheet as scope. ExcelJS would read them as
   * workbook names (and so as a clash with ours), so the copy leaves them out and they are
   * added to the snapshot from here. Print areas and titles (_xlnm.*) stay in the copy.
   */
  sheetNames: DefinedName[];
}

const DAMAGED = bi(
  'ส่วน XML ของชีตนี้ในไฟล์เสียหาย — เปิดไฟล์ใน Excel ให้ซ่อมแซม แล้วบันทึกใหม่',
  'its part in the file is damaged (not well-formed XML); open the file in Excel, let it repair it, and save it again',
);

/**
 * The sheets whose worksheet part is not well-formed XML, found with the streaming parser ExcelJS
 * itself reads with (saxes): asked only after ExcelJS failed, so a sound file pays nothing.
 */
export async function damagedSheets(zip: JSZip): Promise<string[]> {
  const book = await Book.load(zip);
  const damaged: string[] = [];
  for (const s of book.sheets()) {
    const { xml } = await worksheetPart(zip, book, s);
    if (xml !== undefined && !wellFormed(xml)) damaged.push(s.name);
  }
  return damaged;
}

/**
 * The workbook-wide parts the readable copy carries (shared strings, styles) that are not
 * well-formed XML: without them no cell's text or number format can be read, so the file is
 * refused naming them. Asked only after ExcelJS failed and no sheet was found damaged.
 */
export async function damagedWorkbookParts(zip: JSZip): Promise<string[]> {
  const book = await Book.load(zip);
  const damaged: string[] = [];
  for (const type of [REL_TYPE.sharedStrings, REL_TYPE.styles]) {
    const part = book.relTarget(type);
    const xml = part && (await readPart(zip, part));
    if (part && xml !== undefined && !wellFormed(xml)) damaged.push(part);
  }
  return damaged;
}

/** A sheet's relationship, and its XML when it is a worksheet (chart and dialog sheets hold no cells we read). */
async function worksheetPart(zip: JSZip, book: Book, s: SheetEntry): Promise<{ rel?: Rel; xml?: string }> {
  const rel = relsOf(book.rels).find((r) => r.id === s.relId);
  return { rel, xml: rel?.type.endsWith(REL_TYPE.worksheet) ? await readPart(zip, s.part) : undefined };
}

function wellFormed(xml: string): boolean {
  const parser = new SaxesParser({ xmlns: true });
  let ok = true;
  parser.on('error', () => (ok = false));
  try {
    parser.write(xml).close();
  } catch {
    return false;
  }
  return ok;
}

/** `leaveOut`: sheets found damaged (damagedSheets), skipped with that reason. */
export async function readableCopy(
  zip: JSZip,
  maxCells = MAX_SHEET_CELLS,
  leaveOut: readonly string[] = [],
): Promise<ReadableCopy> {
  const book = await Book.load(zip);
  const date1904 = /^(1|true)$/.test(kids(book.root, 'workbookPr')[0]?.getAttribute('date1904') ?? '');
  const out = new JSZip();
  const skipped: SkippedSheet[] = [];
  const overrides: [string, string][] = [['xl/workbook.xml', 'sheet.main+xml']];
  const rels: string[] = [];

  const workbook = book.doc.cloneNode(true) as typeof book.doc;
  const root = workbook.documentElement!;
  for (const local of ['externalReferences', 'pivotCaches', 'extLst', 'fileRecoveryPr'])
    for (const el of kids(root, local)) root.removeChild(el);
  const entries = descendants(root, 'sheet');
  const sheets = book.sheets();
  const sheetNames: DefinedName[] = [];
  for (const el of descendants(root, 'definedName')) {
    const scope = sheets[Number(el.getAttribute('localSheetId') ?? NaN)]?.name;
    const name = el.getAttribute('name') ?? '';
    if (scope === undefined || name.startsWith('_xlnm.')) continue;
    const ref = el.textContent ?? '';
    const sheet = sheetOfReference(ref);
    sheetNames.push({ name, ref, scope, ...(sheet !== undefined ? { sheet } : {}) });
    el.parentNode!.removeChild(el);
  }
  let n = 0;
  for (let i = 0; i < sheets.length; i++) {
    const s = sheets[i];
    const el = entries[i];
    const { rel, xml } = await worksheetPart(zip, book, s);
    if (xml === undefined || leaveOut.includes(s.name)) {
      el.parentNode!.removeChild(el);
      if (xml !== undefined) skipped.push({ name: s.name, reason: DAMAGED });
      else if (!rel?.type.endsWith('/chartsheet')) {
        const kind = rel ? rel.type.replace(/.*\//, '') : 'no part';
        skipped.push({ name: s.name, reason: bi(`ไม่ใช่ชีตข้อมูล (${kind})`, `it is not a worksheet (${kind})`) });
      }
      continue;
    }
    n++;
    const cells = countCells(xml);
    if (cells > maxCells) {
      throw new LimitError('cells', maxCells, cells, s.name);
    }
    out.file(
      `xl/worksheets/sheet${n}.xml`,
      isoDatesAsSerials(withReferences(forExcelJs(readableSheet(xml))), date1904),
    );
    overrides.push([`xl/worksheets/sheet${n}.xml`, 'worksheet+xml']);
    rels.push(`<Relationship Id="rIdS${n}" Type="${TRANSITIONAL.rels}/worksheet" Target="worksheets/sheet${n}.xml"/>`);
    for (const a of Array.from(el.attributes))
      if (a.localName === 'id' && a.namespaceURI) el.setAttributeNS(a.namespaceURI, a.name, `rIdS${n}`);
    const links = await hyperlinkRels(zip, s.part);
    if (links) out.file(`xl/worksheets/_rels/sheet${n}.xml.rels`, links);
  }
  out.file('xl/workbook.xml', forExcelJs(serializeXml(workbook)));

  for (const [type, name, ct] of [
    [REL_TYPE.styles, 'styles.xml', 'styles+xml'],
    [REL_TYPE.sharedStrings, 'sharedStrings.xml', 'sharedStrings+xml'],
  ] as const) {
    const part = book.relTarget(type);
    const text = part && (await readPart(zip, part));
    if (!text) continue;
    out.file(`xl/${name}`, forExcelJs(text));
    overrides.push([`xl/${name}`, ct]);
    rels.push(`<Relationship Id="rId${name}" Type="${TRANSITIONAL.rels}${type}" Target="${name}"/>`);
  }
  out.file('xl/_rels/workbook.xml.rels', relationships(rels));
  out.file(
    '_rels/.rels',
    relationships([`<Relationship Id="rId1" Type="${TRANSITIONAL.rels}/officeDocument" Target="xl/workbook.xml"/>`]),
  );
  out.file('[Content_Types].xml', contentTypes(overrides));
  return { data: await out.generateAsync({ type: 'uint8array', compression: 'STORE' }), skipped, sheetNames };
}

/** Cells (<c> elements) in a worksheet's XML, counted without parsing it. */
function countCells(xml: string): number {
  const m = xml.match(/<(?:\w+:)?c[\s>/]/g);
  return m ? m.length : 0;
}

/** The sheet without what comes after <sheetData> and refers to parts left out. */
function readableSheet(xml: string): string {
  const end = xml.search(/<\/(?:\w+:)?sheetData>/);
  if (end < 0) return xml;
  const head = xml.slice(0, end);
  const names = DROPPED_AFTER_DATA.join('|');
  const dropped = new RegExp(`<((?:\\w+:)?(?:${names}))\\b[^>]*?(?:/>|>[^]*?</\\1>)`, 'g');
  return head + xml.slice(end).replace(dropped, '');
}

/** The sheet's hyperlink relationships only (ExcelJS reads link targets from them). */
async function hyperlinkRels(zip: JSZip, part: string): Promise<string | undefined> {
  const text = await readPart(zip, relsPathOf(part));
  if (!text) return undefined;
  const links = [...text.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).filter((r) => /\/hyperlink"/.test(r));
  return links.length ? relationships(links.map(toTransitional)) : undefined;
}

function relationships(items: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`;
}

function contentTypes(overrides: [string, string][]): string {
  const base = 'application/vnd.openxmlformats-officedocument.spreadsheetml.';
  const items = overrides.map(([p, t]) => `<Override PartName="/${p}" ContentType="${base}${t}"/>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${items}</Types>`;
}

/**
 * A SpreadsheetML part as ExcelJS reads it: transitional namespaces, and the main namespace as the
 * default one. ExcelJS matches element names as written, so a part whose elements carry a prefix
 * (`<x:worksheet xmlns:x="…">`, as the Open XML SDK and other .NET writers save) would read as empty.
 */
export function forExcelJs(xml: string): string {
  const text = toTransitional(xml);
  const head = text.slice(0, text.indexOf('>', text.search(/<[A-Za-z]/)) + 1);
  const prefix = new RegExp(`xmlns:([A-Za-z_][\\w.-]*)="${TRANSITIONAL.main}"`).exec(head)?.[1];
  if (!prefix) return text;
  const declared = new RegExp(`\\sxmlns:${prefix}="${TRANSITIONAL.main}"`);
  return text
    .replace(new RegExp(`<(/?)${prefix}:`, 'g'), '<$1')
    .replace(declared, /\sxmlns="/.test(head) ? '' : ` xmlns="${TRANSITIONAL.main}"`);
}

/**
 * Rows and cells with their `r` written out. The schema makes `r` optional (a row or cell without
 * it follows the one before; some writers leave it out), but ExcelJS places a cell only by its `r`.
 */
export function withReferences(xml: string): string {
  const TAG = /<(row|c)(?=[\s/>])([^>]*)>/g;
  if (!/<(?:row|c)(?=[\s/>])(?![^>]*\sr=")/.test(xml)) return xml;
  let row = 0;
  let col = 0;
  return xml.replace(TAG, (tag, name: string, attrs: string) => {
    const r = /\sr="([^"]*)"/.exec(attrs)?.[1];
    if (name === 'row') {
      row = r ? Number(r) : row + 1;
      col = 0;
      return r ? tag : `<row r="${row}"${attrs}>`;
    }
    col = r ? parseA1(r).col + 1 : col + 1;
    return r ? tag : `<c r="${a1(Math.max(row, 1) - 1, col - 1)}"${attrs}>`;
  });
}

const DAY_MS = 86_400_000;

/**
 * Cells of type "d" (an ISO 8601 date in <v>, as Strict Open XML files hold dates) as the serial
 * numbers ExcelJS reads: it takes the text for a number, so 2023-03-31 became the 2,023rd day of
 * 1900. Counted from the workbook's own date system; a value that is not an ISO date is left as is.
 */
export function isoDatesAsSerials(xml: string, date1904 = false): string {
  if (!/\st="d"/.test(xml)) return xml;
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return xml.replace(
    /<c(\s[^>]*?)\st="d"((?:[^>/]|\/(?!>))*)>([^]*?)<\/c>/g,
    (cell, before: string, after: string, inner: string) => {
      const v = /<v>([^<]*)<\/v>/.exec(inner);
      const serial = v ? isoSerial(v[1].trim(), epoch) : undefined;
      if (serial === undefined) return cell;
      return `<c${before}${after}>${inner.replace(v![0], `<v>${serial}</v>`)}</c>`;
    },
  );
}

function isoSerial(text: string, epoch: number): number | undefined {
  const m = /^(?:(\d{4})-(\d{2})-(\d{2}))?(?:T?(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z)?$/.exec(text);
  if (!m || text === '') return undefined;
  const [, y, mo, d, h = '0', mi = '0', sec = '0'] = m;
  const time = (Number(h) * 3600 + Number(mi) * 60 + Number(sec)) / 86400;
  if (y === undefined) return time; // a time of day alone
  return Math.round(((Date.UTC(Number(y), Number(mo) - 1, Number(d)) - epoch) / DAY_MS + time) * 1e10) / 1e10;
}
