/**
 * Small DOM helpers over @xmldom/xmldom for package parts. Elements are matched by local name so
 * a part that uses a prefix (x:sheet) or another namespace is read the same way.
 */
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import type { Document, Element, Node } from '@xmldom/xmldom';
import { bi, Bilingual } from '../../domain/text';

export type { Document, Element, Node };

export class PackageError extends Error {
  constructor(
    message: string,
    /** The part (path inside the zip) the problem is in, when there is one. */
    readonly part?: string,
    /** What the user reads, in both languages, where the message is for developers. */
    readonly said?: Bilingual,
  ) {
    super(message);
    this.name = 'PackageError';
  }
}

export function parseXml(text: string, part: string): Document {
  let failure: string | undefined;
  let doc: Document | undefined;
  try {
    doc = new DOMParser({
      onError: (level, msg) => {
        if (level !== 'warning') failure ??= msg;
      },
    }).parseFromString(text, 'text/xml');
  } catch (e) {
    // xmldom throws on a fatal error (an unclosed tag) after reporting it.
    failure ??= (e as Error).message;
  }
  if (failure || !doc?.documentElement)
    throw new PackageError(
      `${part} is not well-formed XML (${failure})`,
      part,
      bi(`ส่วน ${part} ในไฟล์เสียหาย (XML ไม่สมบูรณ์)`, `its part ${part} is damaged (not well-formed XML)`),
    );
  return doc;
}

export function serializeXml(doc: Document | Element): string {
  return new XMLSerializer().serializeToString(doc);
}

/** Element children of `el` with the local name. */
export function kids(el: Element, local: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling)
    if (n.nodeType === 1 && (n as Element).localName === local) out.push(n as Element);
  return out;
}

export function kid(el: Element, local: string): Element | undefined {
  for (let n = el.firstChild; n; n = n.nextSibling)
    if (n.nodeType === 1 && (n as Element).localName === local) return n as Element;
  return undefined;
}

/** Every descendant element with the local name, in document order. */
export function descendants(el: Element | Document, local: string): Element[] {
  return Array.from(el.getElementsByTagNameNS('*', local));
}

/** A new element in the namespace (and with the prefix) of `like`. */
export function createLike(like: Element, local: string): Element {
  const doc = like.ownerDocument!;
  return doc.createElementNS(like.namespaceURI, like.prefix ? `${like.prefix}:${local}` : local);
}

/**
 * The child `local` of `parent`, created when missing at the place the schema's `order` gives
 * it (OOXML schemas are sequences: a child out of order makes Excel repair the file).
 */
export function ensureChild(parent: Element, local: string, order: readonly string[]): Element {
  const found = kid(parent, local);
  if (found) return found;
  const el = createLike(parent, local);
  const rank = order.indexOf(local);
  let before: Element | null = null;
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && order.indexOf((n as Element).localName ?? '') > rank) {
      before = n as Element;
      break;
    }
  }
  parent.insertBefore(el, before);
  return el;
}

export function elementChildren(el: Element): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}
