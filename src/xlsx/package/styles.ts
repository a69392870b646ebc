/**
 * Our cell styles added to the user's styles.xml: appended after the user's own, an identical
 * entry reused (so a recompute run again adds nothing), the user's indices never renumbered.
 */
import { createLike, Document, Element, ensureChild, kids, serializeXml } from './xml';

const STYLESHEET_ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
] as const;

/** The first id Excel leaves for custom number formats. */
const FIRST_CUSTOM_NUMFMT = 164;

export interface StyleMap {
  /** Our cellXfs index → the index in the user's styles. */
  xf: (i: number) => number;
  /** Our dxfs index → the index in the user's styles. */
  dxf: (i: number) => number;
}

/** A collection (fonts, cellXfs …) of the user's styles with lookup by content. */
class Collection {
  private readonly index = new Map<string, number>();
  constructor(readonly el: Element) {
    kids(el, itemName(el.localName ?? '')).forEach((item, i) => {
      const key = serializeXml(item);
      if (!this.index.has(key)) this.index.set(key, i);
    });
  }

  get items(): Element[] {
    return kids(this.el, itemName(this.el.localName ?? ''));
  }

  /** Index of an identical item, or of `item` appended. */
  add(item: Element): number {
    const key = serializeXml(item);
    const found = this.index.get(key);
    if (found !== undefined) return found;
    this.el.appendChild(item);
    const i = this.items.length - 1;
    this.index.set(key, i);
    this.el.setAttribute('count', String(i + 1));
    return i;
  }
}

function itemName(collection: string): string {
  return { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf', dxfs: 'dxf' }[
    collection
  ] as string;
}

export class UserStyles {
  private readonly root: Element;
  private readonly cache = new Map<string, Collection>();

  constructor(readonly doc: Document) {
    this.root = doc.documentElement!;
  }

  private collection(name: (typeof STYLESHEET_ORDER)[number]): Collection {
    let c = this.cache.get(name);
    if (!c) {
      c = new Collection(ensureChild(this.root, name, STYLESHEET_ORDER));
      this.cache.set(name, c);
    }
    return c;
  }

  /** The id of a number format with this code, added when the user has none. */
  numFmtId(code: string): number {
    const fmts = this.collection('numFmts');
    const existing = kids(fmts.el, 'numFmt').find((f) => f.getAttribute('formatCode') === code);
    if (existing) return Number(existing.getAttribute('numFmtId'));
    const ids = kids(fmts.el, 'numFmt').map((f) => Number(f.getAttribute('numFmtId')));
    const id = Math.max(FIRST_CUSTOM_NUMFMT - 1, ...ids) + 1;
    const el = createLike(fmts.el, 'numFmt');
    el.setAttribute('numFmtId', String(id));
    el.setAttribute('formatCode', code);
    fmts.add(el);
    return id;
  }

  /** Appends (or finds) our styles: fonts, fills, borders, number formats, cell formats and dxfs. */
  append(ours: Document): StyleMap {
    const theirs = ours.documentElement!;
    const codes = new Map<string, string>();
    for (const f of descendantsOf(theirs, 'numFmts', 'numFmt'))
      codes.set(f.getAttribute('numFmtId') ?? '', f.getAttribute('formatCode') ?? '');
    const mapNumFmt = (id: string): string =>
      Number(id) < FIRST_CUSTOM_NUMFMT || !codes.has(id) ? id : String(this.numFmtId(codes.get(id)!));

    const copyAll = (name: 'fonts' | 'fills' | 'borders'): number[] =>
      descendantsOf(theirs, name, itemName(name)).map((item) => this.collection(name).add(this.import(item)));
    const fonts = copyAll('fonts');
    const fills = copyAll('fills');
    const borders = copyAll('borders');

    const xfs = descendantsOf(theirs, 'cellXfs', 'xf').map((xf) => {
      const copy = this.import(xf);
      remapAttr(copy, 'fontId', (v) => String(fonts[Number(v)] ?? 0));
      remapAttr(copy, 'fillId', (v) => String(fills[Number(v)] ?? 0));
      remapAttr(copy, 'borderId', (v) => String(borders[Number(v)] ?? 0));
      remapAttr(copy, 'numFmtId', mapNumFmt);
      copy.setAttribute('xfId', '0'); // the user's Normal style
      return this.collection('cellXfs').add(copy);
    });

    const dxfs = descendantsOf(theirs, 'dxfs', 'dxf').map((dxf) => {
      const copy = this.import(dxf);
      for (const f of kids(copy, 'numFmt')) remapAttr(f, 'numFmtId', mapNumFmt);
      return this.collection('dxfs').add(copy);
    });

    return { xf: (i) => xfs[i] ?? 0, dxf: (i) => dxfs[i] ?? 0 };
  }

  /** The user's cell format `base` with another number format: an index in cellXfs. */
  withNumberFormat(base: number, code: string): number {
    const xfs = this.collection('cellXfs');
    const source = xfs.items[base] ?? xfs.items[0];
    const copy = (source ? source.cloneNode(true) : createLike(xfs.el, 'xf')) as Element;
    copy.setAttribute('numFmtId', String(this.numFmtId(code)));
    copy.setAttribute('applyNumberFormat', '1');
    return xfs.add(copy);
  }

  private import(el: Element): Element {
    const copy = this.doc.importNode(el, true) as Element;
    // Our parts use the transitional namespace; the user's may use a prefix: keep theirs.
    return rename(copy, this.root);
  }
}

function descendantsOf(root: Element, collection: string, item: string): Element[] {
  const c = kids(root, collection)[0];
  return c ? kids(c, item) : [];
}

function remapAttr(el: Element, attr: string, f: (v: string) => string): void {
  const v = el.getAttribute(attr);
  if (v !== null) el.setAttribute(attr, f(v));
}

/** A copy of `el` (recursively) in the namespace and prefix of `like`, when they differ. */
function rename(el: Element, like: Element): Element {
  if (el.namespaceURI === like.namespaceURI && el.prefix === like.prefix) return el;
  const out = createLike(like, el.localName ?? '');
  for (const a of Array.from(el.attributes)) out.setAttribute(a.name, a.value);
  for (let c = el.firstChild; c; c = c.nextSibling)
    out.appendChild(c.nodeType === 1 ? rename(c as Element, like) : c.cloneNode(true));
  return out;
}
