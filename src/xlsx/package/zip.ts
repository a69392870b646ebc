/**
 * The .xlsx package as a zip of parts: open it within stated limits, find parts through their
 * relationships, and write it back with every untouched part's bytes passed through.
 */
import { bi } from '../../domain/text';
import JSZip from 'jszip';
import { Document, Element, kids, PackageError, parseXml, serializeXml } from './xml';

/** Refused before inflating: the sum of the parts' declared (uncompressed) sizes. */
export const MAX_INFLATED_BYTES = 512 * 1024 * 1024;

export const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const REL_TYPE = {
  officeDocument: '/officeDocument',
  worksheet: '/worksheet',
  styles: '/styles',
  sharedStrings: '/sharedStrings',
  calcChain: '/calcChain',
  theme: '/theme',
  hyperlink: '/hyperlink',
} as const;

/**
 * Thrown when a package passes a limit, before the memory it would take is spent. `understated`:
 * a part inflates to more bytes than the zip's headers declare for it (`limit`, the declared size),
 * so the declared total checked by openZip says nothing; inflating stopped there.
 */
export class LimitError extends PackageError {
  constructor(
    readonly kind: 'inflated' | 'cells' | 'understated',
    readonly limit: number,
    readonly found: number,
    /** The sheet (cells) or the part (understated) the limit was met in. */
    readonly sheet?: string,
  ) {
    super(
      kind === 'inflated'
        ? `the package's parts would take ${mib(found)} MiB when unpacked, more than the limit of ${mib(limit)} MiB`
        : kind === 'understated'
          ? `part ${sheet} inflates past the ${limit.toLocaleString('en')} bytes its zip headers declare`
          : `sheet "${sheet}" has ${found.toLocaleString('en')} cells, more than the limit of ${limit.toLocaleString('en')}`,
      kind === 'understated' ? sheet : undefined,
    );
    this.name = 'LimitError';
  }
}

interface SizedEntry {
  _data?: { uncompressedSize?: number };
}

/** JSZip's own chunked reading of an entry (in its code and in both builds, not in its typings). */
interface EntryStream {
  on(event: 'data', f: (chunk: Uint8Array) => void): EntryStream;
  on(event: 'end', f: () => void): EntryStream;
  on(event: 'error', f: (e: Error) => void): EntryStream;
  pause(): EntryStream;
  resume(): EntryStream;
}

export async function openZip(data: Uint8Array | ArrayBuffer, limit = MAX_INFLATED_BYTES): Promise<JSZip> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch (e) {
    throw new PackageError(
      `not a zip package (${(e as Error).message})`,
      undefined,
      bi('ไม่ใช่ไฟล์แบบ zip อย่างที่ .xlsx ต้องเป็น', 'it is not a zip package, as every .xlsx file is'),
    );
  }
  let total = 0;
  zip.forEach((_, f) => (total += (f as unknown as SizedEntry)._data?.uncompressedSize ?? 0));
  if (total > limit) {
    throw new LimitError('inflated', limit, total);
  }
  return zip;
}

export function mib(n: number): string {
  return (n / 1024 / 1024).toFixed(0);
}

export async function readPart(zip: JSZip, part: string): Promise<string | undefined> {
  const bytes = await readPartBytes(zip, part);
  // As JSZip's async('string') decodes: UTF-8, a byte-order mark kept.
  return bytes && new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

/**
 * A part's bytes, inflated chunk by chunk with the real bytes counted: a part of the user's zip
 * stops at the size its headers declare (whose sum openZip held to the limit), so headers that
 * lie cannot make it inflate past the limit. JSZip checks the size only after the whole part is
 * inflated. A part put in by us is read as it is.
 */
export async function readPartBytes(zip: JSZip, part: string): Promise<Uint8Array | undefined> {
  const f = zip.file(part);
  if (!f) return undefined;
  const declared = (f as unknown as SizedEntry)._data?.uncompressedSize;
  if (declared === undefined) return f.async('uint8array');
  const stream = (f as unknown as { internalStream(type: 'uint8array'): EntryStream }).internalStream('uint8array');
  const chunks: Uint8Array[] = [];
  let real = 0;
  await new Promise<void>((resolve, reject) => {
    stream
      .on('data', (chunk) => {
        real += chunk.length;
        if (real > declared) {
          stream.pause();
          chunks.length = 0;
          reject(new LimitError('understated', declared, real, part));
        } else chunks.push(chunk);
      })
      .on('error', reject)
      .on('end', resolve)
      .resume();
  });
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(real);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export async function readXmlPart(zip: JSZip, part: string): Promise<Document | undefined> {
  const text = await readPart(zip, part);
  return text === undefined ? undefined : parseXml(text, part);
}

export async function requireXmlPart(zip: JSZip, part: string): Promise<Document> {
  const doc = await readXmlPart(zip, part);
  if (!doc) throw new PackageError(`the package has no ${part}`, part);
  return doc;
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels"; "" (the package) → "_rels/.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship's target resolved against the part that holds it: a path inside the zip. */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = fromPart.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

export interface Rel {
  el: Element;
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function relsOf(doc: Document): Rel[] {
  return kids(doc.documentElement!, 'Relationship').map((el) => ({
    el,
    id: el.getAttribute('Id') ?? '',
    type: el.getAttribute('Type') ?? '',
    target: el.getAttribute('Target') ?? '',
    external: el.getAttribute('TargetMode') === 'External',
  }));
}

export function emptyRels(): Document {
  return parseXml(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}"/>`,
    'rels',
  );
}

/** Adds a relationship with a fresh id and returns the id. */
export function addRel(doc: Document, type: string, target: string, external = false): string {
  const taken = new Set(relsOf(doc).map((r) => r.id));
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) n++;
  const el = doc.createElementNS(REL_NS, 'Relationship');
  el.setAttribute('Id', `rId${n}`);
  el.setAttribute('Type', type);
  el.setAttribute('Target', target);
  if (external) el.setAttribute('TargetMode', 'External');
  doc.documentElement!.appendChild(el);
  return `rId${n}`;
}

/** Path of `to` relative to the folder of `from` ("xl/workbook.xml", "xl/worksheets/s.xml" → "worksheets/s.xml"). */
export function relativeTarget(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

/** A part name not yet in the zip: "xl/worksheets/sheet" + n + ".xml". */
export function freshPartName(zip: JSZip, prefix: string, suffix: string, taken: Set<string> = new Set()): string {
  for (let n = 1; ; n++) {
    const name = `${prefix}${n}${suffix}`;
    if (!zip.file(name) && !taken.has(name.toLowerCase())) return name;
  }
}

/** [Content_Types].xml: the Override for a part, added or removed. */
export class ContentTypes {
  constructor(readonly doc: Document) {}

  static async load(zip: JSZip): Promise<ContentTypes> {
    return new ContentTypes(await requireXmlPart(zip, '[Content_Types].xml'));
  }

  private overrides(): Element[] {
    return kids(this.doc.documentElement!, 'Override');
  }

  typeOf(part: string): string | undefined {
    const name = `/${part}`.toLowerCase();
    const o = this.overrides().find((e) => (e.getAttribute('PartName') ?? '').toLowerCase() === name);
    if (o) return o.getAttribute('ContentType') ?? undefined;
    const ext = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
    const d = kids(this.doc.documentElement!, 'Default').find(
      (e) => (e.getAttribute('Extension') ?? '').toLowerCase() === ext,
    );
    return d?.getAttribute('ContentType') ?? undefined;
  }

  setOverride(part: string, type: string): void {
    this.remove(part);
    const el = this.doc.createElementNS(this.doc.documentElement!.namespaceURI, 'Override');
    el.setAttribute('PartName', `/${part}`);
    el.setAttribute('ContentType', type);
    this.doc.documentElement!.appendChild(el);
  }

  remove(part: string): void {
    const name = `/${part}`.toLowerCase();
    for (const o of this.overrides())
      if ((o.getAttribute('PartName') ?? '').toLowerCase() === name) o.parentNode!.removeChild(o);
  }

  save(zip: JSZip, date: Date | undefined): void {
    putPart(zip, '[Content_Types].xml', serializeXml(this.doc), date);
  }
}

export function putPart(zip: JSZip, part: string, content: string | Uint8Array, date: Date | undefined): void {
  // No folder entries: JSZip would stamp them with the clock, and Excel needs none.
  zip.file(part, content, { createFolders: false, ...(date ? { date } : {}) });
}

/**
 * The zip's bytes. Parts that were not replaced keep their compressed bytes as they came: JSZip
 * passes a deflated entry through when the output deflates too.
 */
export async function generateZip(zip: JSZip): Promise<Uint8Array> {
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
