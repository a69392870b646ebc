/**
 * Our sheets, built by ExcelJS (src/xlsx/apply.ts stays the one place that turns a plan into
 * cells and formats) in a workbook of their own, then read back as parts to graft.
 */
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { WritePlan } from '../../workbook/plan';
import { applyPlan } from '../apply';
import { Book } from './book';
import { readPart, readXmlPart, REL_TYPE, relsOf, relsPathOf, resolveTarget } from './zip';
import { Document, Element, kids } from './xml';

export interface BuiltSheet {
  name: string;
  part: string;
  xml: string;
  rels?: Document;
}

export interface BuiltSheets {
  zip: JSZip;
  book: Book;
  sheets: BuiltSheet[];
  /** Shared strings of the built workbook: <si> elements by index. */
  strings: Element[];
  styles?: Document;
  /** Sheet-scoped names ExcelJS wrote (print titles, print area), by sheet name. */
  localNames: { name: string; formula: string; sheet: string }[];
}

/** Keys of a WritePlan whose entries all name a `sheet`: kept for our sheets only. */
const NOT_OURS_TO_BUILD = new Set(['names', 'deleteNames', 'deleteSheets', 'fixes']);

/** The part of the plan that builds our own sheets; everything else is done on the package. */
export function ownSheetsPlan(plan: WritePlan, owned: Set<string>, activate: boolean): WritePlan {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(plan)) {
    if (NOT_OURS_TO_BUILD.has(key)) out[key] = [];
    else if (key === 'activate') continue;
    else if (key !== 'sheets' && Array.isArray(value))
      out[key] = value.filter(
        (x: { sheet?: string }) => typeof x?.sheet !== 'string' || owned.has(x.sheet.toLowerCase()),
      );
    else out[key] = value;
  }
  if (activate && plan.activate) out.activate = plan.activate;
  return out as unknown as WritePlan;
}

export async function buildOwnSheets(
  plan: WritePlan,
  owned: Set<string>,
  activate: boolean,
  userSheets: string[],
): Promise<BuiltSheets> {
  const wb = new ExcelJS.Workbook();
  const own = ownSheetsPlan(plan, owned, activate);
  // Links from our sheets into the user's need their targets to exist while building.
  const linked = new Set(own.hyperlinks.flatMap((h) => ('sheet' in h.to ? [h.to.sheet.toLowerCase()] : [])));
  for (const name of userSheets)
    if (linked.has(name.toLowerCase()) && !owned.has(name.toLowerCase())) wb.addWorksheet(name);
  applyPlan(wb, own);
  // Stored, not deflated: this package is only read back here, and deflating an area sheet of
  // 8,500 agencies took a quarter of the write.
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } }));
  const book = await Book.load(zip);
  const entries = book.sheets();
  const sheets: BuiltSheet[] = [];
  for (const e of entries) {
    if (!owned.has(e.name.toLowerCase())) continue;
    sheets.push({
      name: e.name,
      part: e.part,
      xml: (await readPart(zip, e.part)) ?? '',
      rels: await readXmlPart(zip, relsPathOf(e.part)),
    });
  }
  const sstPath = book.relTarget(REL_TYPE.sharedStrings);
  const sst = sstPath ? await readXmlPart(zip, sstPath) : undefined;
  const stylesPath = book.relTarget(REL_TYPE.styles);
  const localNames = book.names().flatMap((n) => {
    const id = n.getAttribute('localSheetId');
    const sheet = id === null ? undefined : entries[Number(id)]?.name;
    return sheet && owned.has(sheet.toLowerCase())
      ? [{ name: n.getAttribute('name') ?? '', formula: n.textContent ?? '', sheet }]
      : [];
  });
  return {
    zip,
    book,
    sheets,
    strings: sst ? kids(sst.documentElement!, 'si') : [],
    styles: stylesPath ? await readXmlPart(zip, stylesPath) : undefined,
    localNames,
  };
}

/** Internal parts our sheet refers to (none today; images or drawings if ever), by resolved path. */
export function internalTargets(sheet: BuiltSheet): { rel: Element; target: string }[] {
  if (!sheet.rels) return [];
  return relsOf(sheet.rels)
    .filter((r) => !r.external)
    .map((r) => ({ rel: r.el, target: resolveTarget(sheet.part, r.target) }));
}
