/**
 * docProps/app.xml lists the workbook's worksheets (TitlesOfParts, counted in HeadingPairs).
 * Excel rewrites the list on save and ignores it on open, but other tools (file managers,
 * document libraries, search indexers) show it: after we add or remove our sheets, only our
 * entries in the worksheets group are changed; every other title and group stays as it was.
 */
import JSZip from 'jszip';
import { Book } from './book';
import { putPart, readXmlPart, relsOf, requireXmlPart, resolveTarget } from './zip';
import { createLike, Element, elementChildren, kid, serializeXml } from './xml';

/** Transitional and Strict spell the relationship type differently. */
const EXTENDED_PROPERTIES = /\/(extended-properties|extendedProperties)$/;
/** The worksheets group's heading as Excel writes it in a few languages; other files are recognised by their titles. */
const WORKSHEETS_HEADINGS = new Set([
  'worksheets',
  'แผ่นงาน',
  'arbeitsblätter',
  'feuilles de calcul',
  'hojas de cálculo',
]);

interface Group {
  count: Element;
  titles: string[];
}

/**
 * `before`: the workbook's worksheet names before the write; `ours`: names (any case) of the
 * sheets we removed, replaced or added. Does nothing when app.xml has no titles, or when no
 * group can be told to be the worksheets'.
 */
export async function updateAppTitles(
  zip: JSZip,
  book: Book,
  before: string[],
  ours: Set<string>,
  date: Date | undefined,
): Promise<void> {
  const rel = relsOf(await requireXmlPart(zip, '_rels/.rels')).find(
    (r) => EXTENDED_PROPERTIES.test(r.type) && !r.external,
  );
  const part = rel && resolveTarget('', rel.target);
  // Only a list for other tools: a part that cannot be read is left as it is, and stops nothing.
  const doc = part ? await readXmlPart(zip, part).catch(() => undefined) : undefined;
  if (!part || !doc) return;
  const pairs = vectorOf(doc.documentElement!, 'HeadingPairs');
  const titles = vectorOf(doc.documentElement!, 'TitlesOfParts');
  if (!pairs || !titles) return;

  const variants = elementChildren(pairs);
  const items = elementChildren(titles);
  const groups: Group[] = [];
  let at = 0;
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const count = kid(variants[i + 1], 'i4');
    const n = Number(count?.textContent ?? NaN);
    if (!count || !Number.isInteger(n) || n < 0 || at + n > items.length) return; // not as the format says
    groups.push({ count, titles: items.slice(at, at + n).map((t) => t.textContent ?? '') });
    at += n;
  }
  if (at !== items.length) return;

  const lower = (s: string) => s.toLowerCase();
  const known = new Set(before.map(lower));
  const index = groups.findIndex((g, i) => {
    const heading = lower(elementChildren(variants[2 * i])[0]?.textContent ?? '');
    return WORKSHEETS_HEADINGS.has(heading) || (g.titles.length > 0 && g.titles.every((t) => known.has(lower(t))));
  });
  if (index < 0) return;

  // The user's titles as they were; ours taken out, then put back where their tabs are.
  const group = groups[index];
  const now = worksheetNames(book);
  const list = group.titles.filter((t) => !ours.has(lower(t)));
  for (const name of now) {
    if (!ours.has(lower(name))) continue;
    const tab = now.indexOf(name);
    const earlier = new Set(now.slice(0, tab).map(lower));
    let pos = 0;
    list.forEach((t, i) => {
      if (earlier.has(lower(t))) pos = i + 1;
    });
    list.splice(pos, 0, name);
  }
  if (list.length === group.titles.length && list.every((t, i) => t === group.titles[i])) return;

  group.titles = list;
  group.count.textContent = String(list.length);
  const all = groups.flatMap((g) => g.titles);
  const like = items[0];
  for (const item of items) titles.removeChild(item);
  for (const text of all) {
    const el = like ? createLike(like, like.localName ?? 'lpstr') : createLike(titles, 'lpstr');
    el.appendChild(doc.createTextNode(text));
    titles.appendChild(el);
  }
  titles.setAttribute('size', String(all.length));
  putPart(zip, part, serializeXml(doc), date);
}

function vectorOf(root: Element, local: string): Element | undefined {
  const holder = kid(root, local);
  return holder && kid(holder, 'vector');
}

/** The workbook's worksheets in tab order (chart and dialog sheets are listed in groups of their own). */
export function worksheetNames(book: Book): string[] {
  const rels = relsOf(book.rels);
  return book
    .sheets()
    .filter((s) => rels.find((r) => r.id === s.relId)?.type.endsWith('/worksheet'))
    .map((s) => s.name);
}
