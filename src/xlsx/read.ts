/**
 * ExcelJS read side: an .xlsx workbook → WorkbookSnapshot (plain values only).
 */
import * as ExcelJS from 'exceljs';
import type { CellValue, DefinedName, SheetSnapshot, WorkbookSnapshot } from '../workbook/snapshot';
import { sheetOfReference } from '../workbook/references';
import { assertWorkbookPackage } from './identify';
import { bi } from '../domain/text';
import { damagedSheets, damagedWorkbookParts, readableCopy, SkippedSheet } from './package/readable';
import { PackageError } from './package/xml';
import { openZip } from './package/zip';

const T = ExcelJS.ValueType;

/** Sheet-scoped names of each workbook read by readXlsx, which ExcelJS's model has no room for. */
const SHEET_SCOPED = new WeakMap<ExcelJS.Workbook, DefinedName[]>();

export async function loadXlsx(data: Buffer | ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  return (await readXlsx(data)).wb;
}

/**
 * ExcelJS's reading of a readable copy of the package (see ./package/readable.ts), within the
 * limits of ./package/zip.ts and ./package/readable.ts; `skipped` names the sheets not read.
 */
export async function readXlsx(
  data: Buffer | ArrayBuffer | Uint8Array,
): Promise<{ wb: ExcelJS.Workbook; skipped: SkippedSheet[] }> {
  assertWorkbookPackage(data); // an .xls, .csv, .ods, encrypted or empty file is named as what it is
  const zip = await openZip(data);
  const load = async (leaveOut: readonly string[] = []) => {
    const copy = await readableCopy(zip, undefined, leaveOut);
    const wb = new ExcelJS.Workbook();
    // JSZip takes Buffer, ArrayBuffer and Uint8Array alike; ExcelJS's typing names only its own Buffer.
    await wb.xlsx.load(copy.data as unknown as ArrayBuffer);
    SHEET_SCOPED.set(wb, copy.sheetNames);
    return { wb, skipped: copy.skipped };
  };
  try {
    return await load();
  } catch (e) {
    // A damaged sheet stops ExcelJS without naming it: find it, read the rest, and say which.
    const damaged = await damagedSheets(zip);
    if (damaged.length > 0) return await load(damaged);
    const [part] = await damagedWorkbookParts(zip);
    if (part)
      throw new PackageError(
        `${part} is not well-formed XML`,
        part,
        bi(`ส่วน ${part} ในไฟล์เสียหาย (XML ไม่สมบูรณ์)`, `its part ${part} is damaged (not well-formed XML)`),
      );
    throw e;
  }
}

export function readWorkbook(wb: ExcelJS.Workbook): WorkbookSnapshot {
  return { sheets: wb.worksheets.map(readSheet), names: readNames(wb) };
}

/**
 * Values of the sheet's used range, computed from the cells that hold a value: ExcelJS's own
 * dimensions also count cells that only carry a style. Rows are ragged: each row ends at its
 * last non-empty cell, and an empty row inside the range is [].
 */
export function readSheet(ws: ExcelJS.Worksheet): SheetSnapshot {
  const lines: { row: number; cells: CellValue[]; formats?: (string | null)[] }[] = [];
  let left = Infinity;
  let anyFormat = false;
  let hyperlinks: Record<string, string> | undefined;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    let cells: CellValue[] | undefined;
    let formats: (string | null)[] | undefined;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const v = cellValue(cell);
      if (v === null) return;
      (cells ??= [])[colNumber - 1] = v;
      const link = cellLink(cell);
      if (link !== undefined) (hyperlinks ??= {})[cell.address] = link;
      if (colNumber - 1 < left) left = colNumber - 1;
      // Only a number's format changes what it means (0.9235 shown as 92.35%).
      const fmt = typeof v === 'number' ? cell.numFmt : undefined;
      if (fmt && fmt !== 'General') {
        (formats ??= [])[colNumber - 1] = fmt;
        anyFormat = true;
      }
    });
    if (cells) lines.push({ row: rowNumber - 1, cells, ...(formats ? { formats } : {}) });
  });
  const hidden = ws.state === 'hidden' || ws.state === 'veryHidden' ? { hidden: true } : {};
  if (lines.length === 0) return { name: ws.name, values: [], top: 0, left: 0, ...hidden };

  const top = lines[0].row;
  const values: CellValue[][] = new Array(lines[lines.length - 1].row - top + 1);
  const numberFormats: (string | null)[][] | undefined = anyFormat ? new Array(values.length) : undefined;
  for (let i = 0; i < values.length; i++) {
    values[i] = [];
    if (numberFormats) numberFormats[i] = [];
  }
  for (const { row, cells, formats } of lines) {
    const out: CellValue[] = new Array(cells.length - left);
    for (let c = left; c < cells.length; c++) out[c - left] = cells[c] ?? null;
    values[row - top] = out;
    if (numberFormats && formats) numberFormats[row - top] = out.map((_, c) => formats[c + left] ?? null);
  }
  return {
    name: ws.name,
    values,
    top,
    left,
    ...(numberFormats ? { numberFormats } : {}),
    ...(hyperlinks ? { hyperlinks } : {}),
    ...hidden,
  };
}

/** Where a linked cell points ("#Sheet!A1" for a place in the workbook); undefined without a link. */
function cellLink(cell: ExcelJS.Cell): string | undefined {
  if (cell.type !== T.Hyperlink) return undefined;
  const link = (cell.value as ExcelJS.CellHyperlinkValue).hyperlink;
  return typeof link === 'string' && link !== '' ? link : undefined;
}

/** One cell as a plain value; null when empty (including "" and merged non-master cells). */
export function cellValue(cell: ExcelJS.Cell): CellValue {
  let v: CellValue;
  switch (cell.type) {
    case T.Null:
    case T.Merge: // ExcelJS reports the master's value on every merged cell; only the master holds it
      return null;
    case T.Number:
    case T.String:
    case T.Date:
    case T.Boolean:
      v = cell.value as CellValue;
      break;
    case T.Formula:
      v = resultValue(cell.result);
      break;
    case T.RichText:
      v = richText(cell.value);
      break;
    case T.Hyperlink:
      v = richText((cell.value as ExcelJS.CellHyperlinkValue).text);
      break;
    case T.Error:
      v = (cell.value as ExcelJS.CellErrorValue).error;
      break;
    default:
      v = cell.text;
  }
  return v === '' || v === undefined ? null : v;
}

function resultValue(r: unknown): CellValue {
  if (r === undefined || r === null) return null; // formula never calculated: no cached value
  if (typeof r === 'object' && !(r instanceof Date)) return (r as ExcelJS.CellErrorValue).error ?? null;
  return r as CellValue;
}

/** Rich text (or a hyperlink's text, which may itself be rich) as one string. */
function richText(v: unknown): string {
  if (typeof v === 'string') return v;
  const runs = (v as ExcelJS.CellRichTextValue | undefined)?.richText;
  return runs ? runs.map((r) => r.text).join('') : v == null ? '' : String(v);
}

/**
 * Workbook names as ExcelJS keeps them: only names that refer to cells survive loading (a name
 * holding a constant or formula is dropped), and sheet-scoped names lose their scope.
 */
/** Workbook-scoped names from ExcelJS, then the sheet-scoped ones (with `scope`) the package reader kept aside. */
export function readNames(wb: ExcelJS.Workbook): DefinedName[] {
  const workbookScoped = wb.definedNames.model.map(({ name, ranges }): DefinedName => {
    const sheets = new Set(ranges.map(sheetOfReference));
    const sheet = sheets.size === 1 ? [...sheets][0] : undefined;
    return sheet === undefined ? { name, ref: ranges.join(',') } : { name, sheet, ref: ranges.join(',') };
  });
  return [...workbookScoped, ...(SHEET_SCOPED.get(wb) ?? [])];
}
