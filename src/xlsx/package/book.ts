/**
 * The workbook part and what hangs on it: sheet entries, their relationships and parts, defined
 * names (with sheet scope kept right when tabs move) and the active tab.
 */
import JSZip from 'jszip';
import {
  addRel,
  ContentTypes,
  emptyRels,
  freshPartName,
  putPart,
  readXmlPart,
  REL_TYPE,
  relativeTarget,
  relsOf,
  relsPathOf,
  requireXmlPart,
  resolveTarget,
} from './zip';
import { relsNamespace, STRICT } from './strict';
import { createLike, descendants, Document, Element, ensureChild, kid, kids, PackageError, serializeXml } from './xml';

const WORKBOOK_ORDER = [
  'fileVersion',
  'fileSharing',
  'workbookPr',
  'absPath',
  'workbookProtection',
  'bookViews',
  'sheets',
  'functionGroups',
  'externalReferences',
  'definedNames',
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
] as const;

/** The workbook part's content type → the only file name extension Excel opens a package of that kind under. */
const EXTENSION_OF_MAIN: Record<string, string> = {
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml': '.xlsx',
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml': '.xlsm',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml': '.xltx',
  'application/vnd.ms-excel.template.macroEnabled.main+xml': '.xltm',
};

const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

export interface SheetEntry {
  el: Element;
  name: string;
  relId: string;
  /** Path of the sheet's part in the zip ("" when its relationship is missing). */
  part: string;
}

export class Book {
  private constructor(
    readonly zip: JSZip,
    readonly path: string,
    readonly doc: Document,
    readonly rels: Document,
    readonly types: ContentTypes,
  ) {}

  static async load(zip: JSZip): Promise<Book> {
    const root = relsOf(await requireXmlPart(zip, '_rels/.rels')).find((r) => r.type.endsWith(REL_TYPE.officeDocument));
    if (!root) throw new PackageError('the package names no workbook part (_rels/.rels)', '_rels/.rels');
    const path = resolveTarget('', root.target);
    const doc = await requireXmlPart(zip, path);
    const rels = (await readXmlPart(zip, relsPathOf(path))) ?? emptyRels();
    return new Book(zip, path, doc, rels, await ContentTypes.load(zip));
  }

  get root(): Element {
    return this.doc.documentElement!;
  }

  /** ".xlsx", ".xlsm" (macros), ".xltx" or ".xltm" (templates), from the workbook part's content type. */
  get extension(): string | undefined {
    return EXTENSION_OF_MAIN[this.types.typeOf(this.path) ?? ''];
  }

  /** True for Strict Open XML, whose parts use other namespaces than ExcelJS writes. */
  get isStrict(): boolean {
    return this.root.namespaceURI === STRICT.main;
  }

  /** The namespace of r:id attributes and the prefix of relationship types in this package. */
  get relsNs(): string {
    return relsNamespace(this.isStrict);
  }

  private sheetsEl(): Element {
    return ensureChild(this.root, 'sheets', WORKBOOK_ORDER);
  }

  sheets(): SheetEntry[] {
    const rels = relsOf(this.rels);
    return kids(this.sheetsEl(), 'sheet').map((el) => {
      const relId = el.getAttributeNS(this.relsNs, 'id') ?? el.getAttribute('r:id') ?? '';
      const rel = rels.find((r) => r.id === relId);
      return { el, name: el.getAttribute('name') ?? '', relId, part: rel ? resolveTarget(this.path, rel.target) : '' };
    });
  }

  /** Excel compares sheet names without regard to case. */
  indexOf(name: string): number {
    const key = name.toLowerCase();
    return this.sheets().findIndex((s) => s.name.toLowerCase() === key);
  }

  relTarget(type: string): string | undefined {
    const rel = relsOf(this.rels).find((r) => r.type.endsWith(type) && !r.external);
    return rel && resolveTarget(this.path, rel.target);
  }

  /**
   * Removes the sheet with its part, its part's relationships and the parts only it used, its
   * sheet-scoped names, and moves the other sheet-scoped names and the active tab with the tabs.
   * Returns its position.
   */
  async removeSheet(name: string): Promise<number> {
    const index = this.indexOf(name);
    if (index < 0) return -1;
    const entry = this.sheets()[index];
    entry.el.parentNode!.removeChild(entry.el);
    const rel = relsOf(this.rels).find((r) => r.id === entry.relId);
    if (rel) rel.el.parentNode!.removeChild(rel.el);
    if (entry.part) await this.removePart(entry.part);
    this.shiftSheetIndices(index, -1);
    return index;
  }

  /** Removes a part, its relationships and every part it alone refers to. */
  async removePart(part: string): Promise<void> {
    const relsPath = relsPathOf(part);
    const rels = await readXmlPart(this.zip, relsPath);
    this.zip.remove(part);
    this.zip.remove(relsPath);
    this.types.remove(part);
    if (!rels) return;
    for (const r of relsOf(rels)) {
      if (r.external) continue;
      const target = resolveTarget(part, r.target);
      if (this.zip.file(target) && !(await this.isReferenced(target))) await this.removePart(target);
    }
  }

  private async isReferenced(part: string): Promise<boolean> {
    for (const relsPath of Object.keys(this.zip.files).filter((p) => p.endsWith('.rels'))) {
      const doc = relsPath === relsPathOf(this.path) ? this.rels : await readXmlPart(this.zip, relsPath);
      const from = relsPath.replace(/_rels\/([^/]*)\.rels$/, '$1');
      if (doc && relsOf(doc).some((r) => !r.external && resolveTarget(from, r.target) === part)) return true;
    }
    return false;
  }

  /** Adds a worksheet part and its entry at `at` (the end by default); returns the part's path. */
  addSheet(name: string, xml: string, rels: string | undefined, date: Date | undefined, at?: number): string {
    const part = freshPartName(this.zip, `${this.path.replace(/[^/]*$/, '')}worksheets/sheet`, '.xml');
    putPart(this.zip, part, xml, date);
    if (rels) putPart(this.zip, relsPathOf(part), rels, date);
    this.types.setOverride(part, WORKSHEET_TYPE);
    const type = relsOf(this.rels).find((r) => r.type.endsWith(REL_TYPE.worksheet))?.type;
    const relId = addRel(this.rels, type ?? `${this.relsNs}/worksheet`, relativeTarget(this.path, part));
    const sheets = this.sheets();
    const el = createLike(this.sheetsEl(), 'sheet');
    el.setAttribute('name', name);
    el.setAttribute(
      'sheetId',
      String(Math.max(0, ...sheets.map((s) => Number(s.el.getAttribute('sheetId')) || 0)) + 1),
    );
    el.setAttributeNS(this.relsNs, `${this.root.lookupPrefix(this.relsNs) ?? 'r'}:id`, relId);
    const position = at === undefined || at >= sheets.length ? sheets.length : at;
    this.sheetsEl().insertBefore(el, sheets[position]?.el ?? null);
    this.shiftSheetIndices(position, +1);
    return part;
  }

  /** After a tab at `from` was removed (-1) or inserted (+1): sheet-scoped names and views follow. */
  private shiftSheetIndices(from: number, by: 1 | -1): void {
    for (const n of this.names()) {
      const id = Number(n.getAttribute('localSheetId') ?? NaN);
      if (Number.isNaN(id)) continue;
      if (by < 0 && id === from) n.parentNode!.removeChild(n);
      else if (id >= from + (by < 0 ? 1 : 0)) n.setAttribute('localSheetId', String(id + by));
    }
    for (const view of descendants(this.root, 'workbookView')) {
      for (const attr of ['activeTab', 'firstSheet']) {
        const v = Number(view.getAttribute(attr) ?? NaN);
        if (!Number.isNaN(v) && v >= from + (by < 0 ? 1 : 0)) view.setAttribute(attr, String(v + by));
      }
    }
  }

  names(): Element[] {
    const el = kid(this.root, 'definedNames');
    return el ? kids(el, 'definedName') : [];
  }

  /** Adds a defined name (sheet-scoped when localSheetId is given). */
  addName(name: string, formula: string, localSheetId?: number): void {
    const parent = ensureChild(this.root, 'definedNames', WORKBOOK_ORDER);
    const el = createLike(parent, 'definedName');
    el.setAttribute('name', name);
    if (localSheetId !== undefined) el.setAttribute('localSheetId', String(localSheetId));
    el.appendChild(this.doc.createTextNode(formula));
    parent.appendChild(el);
  }

  removeName(el: Element): void {
    const parent = el.parentNode as Element;
    parent.removeChild(el);
    if (kids(parent, 'definedName').length === 0) parent.parentNode!.removeChild(parent);
  }

  /** The active tab's position (0 when the workbook says none). */
  get activeTab(): number {
    const view = descendants(this.root, 'workbookView')[0];
    return Number(view?.getAttribute('activeTab') ?? 0) || 0;
  }

  set activeTab(index: number) {
    const view = descendants(this.root, 'workbookView')[0];
    if (!view) return;
    view.setAttribute('activeTab', String(index));
    const first = Number(view.getAttribute('firstSheet') ?? 0) || 0;
    if (first > index) view.setAttribute('firstSheet', String(index));
  }

  save(date: Date | undefined): void {
    putPart(this.zip, this.path, serializeXml(this.doc), date);
    putPart(this.zip, relsPathOf(this.path), serializeXml(this.rels), date);
    this.types.save(this.zip, date);
  }
}
