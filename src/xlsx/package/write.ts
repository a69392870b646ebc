/**
 * Surgical write: apply a WritePlan to the user's own .xlsx package, changing only what is ours.
 *
 * Our sheets are built by ExcelJS in a workbook of their own and grafted in (their parts, sheet
 * entries, relationships, content types and styles appended to the user's); our names are
 * edited in workbook.xml; the cells a plan adds to a user's sheet are set in that sheet's XML.
 * Every other part keeps its bytes, so what ExcelJS does not model (charts, pivots, macros,
 * external links, threaded comments, extensions, protection) is still there afterwards.
 */
import { bi } from '../../domain/text';
import JSZip from 'jszip';
import type { WritePlan } from '../../workbook/plan';
import { quoteSheet } from '../../workbook/snapshot';
import { absolute } from '../apply';
import { updateAppTitles, worksheetNames } from './app-titles';
import { Book } from './book';
import { buildOwnSheets, BuiltSheets, internalTargets } from './build';
import { fitOurSheet } from './our-sheet';
import { toStrict } from './strict';
import { UserStyles } from './styles';
import { textOf, UserSheetCells } from './user-cells';
import {
  addRel,
  freshPartName,
  generateZip,
  openZip,
  putPart,
  readPart,
  readXmlPart,
  REL_TYPE,
  relativeTarget,
  relsOf,
  relsPathOf,
  requireXmlPart,
} from './zip';
import { kids, PackageError, serializeXml } from './xml';

export interface SurgicalOptions {
  /** Date stamped on the zip entries we write (SOURCE_DATE_EPOCH); untouched entries keep theirs. */
  date?: Date;
}

const lower = (s: string) => s.toLowerCase();

export async function writeSurgically(
  original: Uint8Array | ArrayBuffer,
  plan: WritePlan,
  options: SurgicalOptions = {},
): Promise<Uint8Array> {
  const { date } = options;
  const zip = await openZip(original);
  const book = await Book.load(zip);
  const owned = new Set(plan.sheets.map((s) => lower(s.name)));
  const deleted = new Set(plan.deleteSheets.map(lower).filter((n) => !owned.has(n)));
  checkSheets(book, plan, owned, deleted);

  const stylesPath = book.relTarget(REL_TYPE.styles);
  const stylesDoc = stylesPath ? await readXmlPart(zip, stylesPath) : undefined;
  let styles = stylesDoc && new UserStyles(stylesDoc);
  const edits = await userSheetEdits(zip, book, plan, owned, styles);

  const names = book.sheets().map((s) => s.name);
  const worksheetsBefore = worksheetNames(book);
  const wasActive = names[book.activeTab];
  const keepActive = wasActive !== undefined && !owned.has(lower(wasActive)) && !deleted.has(lower(wasActive));
  const built = plan.sheets.length
    ? await buildOwnSheets(plan, owned, !keepActive && !!plan.activate && owned.has(lower(plan.activate)), names)
    : undefined;
  if (built && !styles) styles = await adoptStyles(zip, book, built, date);

  for (const name of deleted) await deleteSheet(book, name);
  if (built && styles) {
    const map = built.styles ? styles.append(built.styles) : { xf: (i: number) => i, dxf: (i: number) => i };
    for (const sheet of built.sheets) {
      const at = await book.removeSheet(sheet.name);
      const fitted = fitOurSheet(sheet.xml, sheet.part, built.strings, map);
      // A Strict package gets our parts in its own namespaces: one package, one conformance class.
      const xml = book.isStrict ? toStrict(fitted) : fitted;
      const part = book.addSheet(sheet.name, xml, undefined, date, at < 0 ? undefined : at);
      await graftSheetRels(zip, book, built, sheet.name, part, date);
    }
  }
  editNames(book, plan, built);
  for (const e of edits) putPart(zip, e.part, serializeXml(e.cells.doc), date);
  if (built || deleted.size > 0 || edits.some((e) => e.changed)) await dropCalcChain(book);

  const now = book.sheets().map((s) => s.name);
  const active = keepActive ? wasActive : (plan.activate ?? now[0]);
  const index = now.findIndex((n) => lower(n) === lower(active ?? ''));
  // Only when it changes: a workbook view without activeTab (XlsxWriter writes none) is left as it was.
  if (index >= 0 && index !== book.activeTab) book.activeTab = index;

  if (styles && stylesPath) putPart(zip, stylesPath, serializeXml(styles.doc), date);
  if (built || deleted.size > 0)
    await updateAppTitles(zip, book, worksheetsBefore, new Set([...owned, ...deleted]), date);
  book.save(date);
  return generateZip(zip);
}

/**
 * The file name extension the package must keep (".xlsm" for a workbook with macros): Excel
 * refuses to open a macro-enabled package named .xlsx, and the other way round.
 */
export async function packageExtension(original: Uint8Array | ArrayBuffer): Promise<string | undefined> {
  return (await Book.load(await openZip(original))).extension;
}

/** Every sheet the plan writes to or links to is there (or is one it builds). */
function checkSheets(book: Book, plan: WritePlan, owned: Set<string>, deleted: Set<string>): void {
  const present = new Set(book.sheets().map((s) => lower(s.name)));
  // Excel's "protect workbook structure": no tab may be added or removed, so nothing is written.
  const lock = kids(book.root, 'workbookProtection')[0]?.getAttribute('lockStructure');
  const addsOrRemoves = plan.sheets.some((s) => !present.has(lower(s.name))) || deleted.size > 0;
  if ((lock === '1' || lock === 'true') && addsOrRemoves)
    throw new PackageError(
      'the workbook structure is protected',
      undefined,
      bi(
        'โครงสร้างสมุดงานถูกป้องกันไว้ จึงเพิ่มหรือลบชีตไม่ได้ — ยกเลิกการป้องกัน (รีวิว → ป้องกันเวิร์กบุ๊ก) แล้วคำนวณใหม่',
        'the workbook structure is protected, so no sheet can be added or removed; unprotect it (Review → Protect Workbook) and recompute',
      ),
    );
  const check = (name: string) => {
    const key = lower(name);
    if (!owned.has(key) && (deleted.has(key) || !present.has(key)))
      throw new PackageError(`write plan: no sheet "${name}"`);
  };
  for (const x of [...plan.blocks, ...plan.fixes, ...plan.names]) check(x.sheet);
  for (const h of plan.hyperlinks) if ('sheet' in h.to) check(h.to.sheet);
  // On a user's sheet the plan may only add cells (blocks) and apply named fixes. A proof is the
  // stamp that shows a sheet ours before the plan rewrites or deletes it: one of ours being deleted
  // carries one too.
  for (const [key, list] of Object.entries(plan)) {
    if (!Array.isArray(list) || ['sheets', 'blocks', 'fixes', 'names'].includes(key)) continue;
    for (const x of list as { sheet?: unknown }[]) {
      const proofOfDeleted = key === 'proofs' && typeof x?.sheet === 'string' && deleted.has(lower(x.sheet));
      if (typeof x?.sheet === 'string' && !owned.has(lower(x.sheet)) && !proofOfDeleted)
        throw new PackageError(`write plan: ${key} go on our own sheets only, not "${x.sheet}"`);
    }
  }
}

interface UserEdit {
  part: string;
  cells: UserSheetCells;
  changed: boolean;
}

/** Loads every user sheet the plan adds cells to or fixes, and checks every block before any change. */
async function userSheetEdits(
  zip: JSZip,
  book: Book,
  plan: WritePlan,
  owned: Set<string>,
  styles: UserStyles | undefined,
): Promise<UserEdit[]> {
  const blocks = plan.blocks.filter((b) => !owned.has(lower(b.sheet)));
  const fixes = plan.fixes.filter((f) => !owned.has(lower(f.sheet)));
  const sheets = new Set([...blocks, ...fixes].map((x) => lower(x.sheet)));
  if (sheets.size === 0) return [];
  const strings = await sharedStrings(zip, book);
  const userStyles =
    styles ?? new UserStyles(await requireXmlPart(zip, book.relTarget(REL_TYPE.styles) ?? 'xl/styles.xml'));
  const edits: UserEdit[] = [];
  for (const entry of book.sheets().filter((s) => sheets.has(lower(s.name)))) {
    const doc = await requireXmlPart(zip, entry.part);
    const cells = new UserSheetCells(doc, entry.name, strings, userStyles);
    const mine = blocks.filter((b) => lower(b.sheet) === lower(entry.name));
    mine.forEach((b) => cells.checkBlock(b));
    edits.push({ part: entry.part, cells, changed: mine.length > 0 });
  }
  for (const e of edits) {
    const name = book.sheets().find((s) => s.part === e.part)!.name;
    for (const b of blocks.filter((x) => lower(x.sheet) === lower(name))) e.cells.writeBlock(b);
    for (const f of fixes.filter((x) => lower(x.sheet) === lower(name))) e.changed = e.cells.applyFix(f) || e.changed;
  }
  return edits;
}

async function sharedStrings(zip: JSZip, book: Book): Promise<string[]> {
  const path = book.relTarget(REL_TYPE.sharedStrings);
  const doc = path ? await readXmlPart(zip, path) : undefined;
  return doc ? kids(doc.documentElement!, 'si').map((si) => textOf(si) ?? '') : [];
}

/** A package without styles.xml takes ours whole. */
async function adoptStyles(zip: JSZip, book: Book, built: BuiltSheets, date: Date | undefined): Promise<UserStyles> {
  const source = built.book.relTarget(REL_TYPE.styles)!;
  const part = `${book.path.replace(/[^/]*$/, '')}styles.xml`;
  const xml = (await readPart(built.zip, source))!;
  putPart(zip, part, book.isStrict ? toStrict(xml) : xml, date);
  book.types.setOverride(part, 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml');
  addRel(book.rels, `${book.relsNs}/styles`, relativeTarget(book.path, part));
  return new UserStyles(await requireXmlPart(zip, part));
}

/** Our sheet's relationships: external links as they are, any internal part copied under a fresh name. */
async function graftSheetRels(
  zip: JSZip,
  book: Book,
  built: BuiltSheets,
  name: string,
  part: string,
  date: Date | undefined,
): Promise<void> {
  const sheet = built.sheets.find((s) => s.name === name)!;
  if (!sheet.rels || relsOf(sheet.rels).length === 0) return;
  for (const { rel, target } of internalTargets(sheet)) {
    const copy = freshPartName(zip, target.replace(/\d*(\.[^.]+)$/, ''), target.replace(/^.*?(\.[^.]+)$/, '$1'));
    const data = await built.zip.file(target)?.async('uint8array');
    if (!data) continue;
    putPart(zip, copy, data, date);
    const type = built.book.types.typeOf(target);
    if (type) book.types.setOverride(copy, type);
    rel.setAttribute('Target', relativeTarget(part, copy));
  }
  const rels = serializeXml(sheet.rels);
  putPart(zip, relsPathOf(part), book.isStrict ? toStrict(rels) : rels, date);
}

/** Deletes one of our sheets; a user's name that pointed into it now says #REF!, as Excel does. */
async function deleteSheet(book: Book, name: string): Promise<void> {
  await book.removeSheet(name);
  // The unquoted name counts only where no letter or quote runs into it; the character before it
  // is matched and put back (a lookbehind would stop WebKit before 16.4 parsing the bundle).
  const ref = new RegExp(`(?:${escapeRe(quoteSheet(name))}|(^|[^'\\w])${escapeRe(name)})!`, 'gi');
  for (const n of book.names()) {
    const text = n.textContent ?? '';
    if (ref.test(text)) n.textContent = text.replace(ref, (_m, before?: string) => `${before ?? ''}#REF!`);
    ref.lastIndex = 0;
  }
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Our workbook names: the plan's replace or remove only workbook-scoped names of the same name. */
function editNames(book: Book, plan: WritePlan, built: BuiltSheets | undefined): void {
  const drop = new Set([...plan.deleteNames, ...plan.names.map((n) => n.name)].map(lower));
  for (const n of book.names())
    if (n.getAttribute('localSheetId') === null && drop.has(lower(n.getAttribute('name') ?? ''))) book.removeName(n);
  for (const n of plan.names) book.addName(n.name, `${quoteSheet(n.sheet)}!${absolute(n.ref)}`);
  for (const n of built?.localNames ?? []) {
    const index = book.indexOf(n.sheet);
    const existing = book
      .names()
      .find((e) => e.getAttribute('name') === n.name && e.getAttribute('localSheetId') === String(index));
    if (existing) book.removeName(existing);
    book.addName(n.name, n.formula, index);
  }
}

/** calcChain.xml lists formula cells; after sheets change it would be stale, and Excel rebuilds it. */
async function dropCalcChain(book: Book): Promise<void> {
  const part = book.relTarget(REL_TYPE.calcChain);
  if (!part) return;
  for (const r of relsOf(book.rels)) if (r.type.endsWith(REL_TYPE.calcChain)) r.el.parentNode!.removeChild(r.el);
  await book.removePart(part);
}
