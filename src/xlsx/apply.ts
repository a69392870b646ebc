/**
 * ExcelJS write side: apply a WritePlan to a workbook in memory, and write it out.
 */
import * as ExcelJS from 'exceljs';
import type { PlanCell, PlanHeaderFooter, PlanPage, PlanSheet, PlanStyle, WritePlan } from '../workbook/plan';
import { headerFooterCode } from '../workbook/plan';
import { a1, hyperlinkFormula, parseA1, placeReference, quoteSheet, sheetOfReference } from '../workbook/references';
import { cellValue } from './read';

export async function writeXlsx(wb: ExcelJS.Workbook): Promise<Buffer> {
  // A Node Buffer in node; the browser build of ExcelJS returns its own Buffer polyfill.
  return (await wb.xlsx.writeBuffer()) as unknown as Buffer;
}

/**
 * Apply the plan. Every check runs before the first change, so a refused plan leaves the
 * workbook as it was.
 */
export function applyPlan(wb: ExcelJS.Workbook, plan: WritePlan): void {
  checkPlan(wb, plan);
  const views = wb.views ?? []; // undefined after loading a file without <bookViews>
  const wasActive = wb.worksheets[views[0]?.activeTab ?? 0]?.name;

  for (const name of plan.deleteSheets) {
    const ws = findSheet(wb, name);
    if (!ws) continue;
    wb.removeWorksheet(ws.id);
    // A name left pointing into a removed sheet makes Excel repair the file on open.
    removeNames(wb, (n) => n.ranges.some((r) => sheetOfReference(r)?.toLowerCase() === ws.name.toLowerCase()));
  }
  for (const spec of plan.sheets) recreateSheet(wb, spec);

  for (const block of plan.blocks) {
    const ws = sheet(wb, block.sheet);
    block.cells.forEach((line, r) =>
      line.forEach((pc, c) => {
        const fmt = block.numberFormats?.[r]?.[c];
        if (pc === null && !fmt) return;
        const cell = ws.getCell(block.top + r + 1, block.left + c + 1);
        if (pc !== null) cell.value = toExcel(pc);
        if (fmt) cell.numFmt = fmt;
      }),
    );
  }

  for (const fix of plan.fixes) {
    const cell = sheet(wb, fix.sheet).getCell(fix.cell);
    // Only while the cell still holds the text that was found: a cell edited since is left alone.
    const isText = cell.type === ExcelJS.ValueType.String || cell.type === ExcelJS.ValueType.RichText;
    if (isText && cellValue(cell) === fix.found) cell.value = fix.number;
  }

  for (const m of plan.merges) sheet(wb, m.sheet).mergeCells(m.range);
  for (const s of plan.styles) applyStyle(sheet(wb, s.sheet), s);
  for (const spec of plan.sheets) applyRowsAndPage(sheet(wb, spec.name), spec);
  for (const bar of plan.dataBars) {
    sheet(wb, bar.sheet).addConditionalFormatting({
      ref: bar.range.replace(/\$/g, ''),
      rules: [
        {
          type: 'dataBar',
          priority: 1,
          gradient: false,
          cfvo: [
            { type: 'num', value: bar.min },
            { type: 'num', value: bar.max },
          ],
          color: { argb: argb(bar.color) },
        } as ExcelJS.DataBarRuleType,
      ],
    });
  }
  // plan.charts: ExcelJS cannot write charts; the data bars stand in on this path.

  for (const h of plan.hyperlinks) {
    const cell = sheet(wb, h.sheet).getCell(h.cell);
    const shown = cellValue(cell);
    if ('url' in h.to) {
      cell.value = { text: shown === null ? h.to.url : String(shown), hyperlink: h.to.url };
    } else {
      const text = shown === null ? placeReference(h.to) : String(shown);
      // Not ExcelJS's { hyperlink: "#Sheet!C7" }: it writes both an external relationship and a
      // location, which LibreOffice (and, per exceljs#3027, Excel) read as "#Sheet!C7##Sheet!C7".
      cell.value = { formula: hyperlinkFormula(h.to, text), result: text };
    }
  }

  for (const v of plan.validations) {
    // Worksheet.dataValidations is missing from ExcelJS's typings; it takes a range key
    // ("D2:D40") and writes one <dataValidation sqref="D2:D40">.
    const dv = (sheet(wb, v.sheet) as unknown as DataValidations).dataValidations;
    dv.add(v.range.replace(/\$/g, ''), {
      type: 'list',
      allowBlank: true,
      formulae: [`"${v.list.map((x) => x.replace(/"/g, '""')).join(',')}"`],
    });
  }

  const dropNames = new Set([...plan.deleteNames, ...plan.names.map((n) => n.name)].map((n) => n.toLowerCase()));
  removeNames(wb, (n) => dropNames.has(n.name.toLowerCase()));
  for (const n of plan.names) wb.definedNames.add(`${quoteSheet(n.sheet)}!${absolute(n.ref)}`, n.name);

  if (plan.activate) activate(wb, sheet(wb, plan.activate));
  // Deleting or re-creating sheets shifts tab indexes: keep the tab that was active shown.
  else if (views.length) activate(wb, (wasActive && findSheet(wb, wasActive)) || wb.worksheets[0]);
}

interface DataValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

/** Excel compares sheet names without regard to case. */
function findSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const key = name.toLowerCase();
  return wb.worksheets.find((ws) => ws.name.toLowerCase() === key);
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = findSheet(wb, name);
  if (!ws) throw new Error(`write plan: no sheet "${name}"`);
  return ws;
}

/**
 * Refuse the plan before any change when it names a sheet that will not be there, or when a
 * block on a sheet the add-in does not own would write over a filled cell.
 */
function checkPlan(wb: ExcelJS.Workbook, plan: WritePlan): void {
  const owned = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
  const deleted = new Set(plan.deleteSheets.map((s) => s.toLowerCase()));
  const referenced = [
    plan.blocks,
    plan.styles,
    plan.merges,
    plan.names,
    plan.hyperlinks,
    plan.validations,
    plan.fixes,
    plan.dataBars,
    plan.charts,
  ]
    .flatMap((list: { sheet: string }[]) => list.map((x) => x.sheet))
    .concat(
      plan.hyperlinks.flatMap((h) => ('sheet' in h.to ? [h.to.sheet] : [])),
      plan.activate ?? [],
    );
  for (const name of referenced) {
    const key = name.toLowerCase();
    if (!owned.has(key) && (deleted.has(key) || !findSheet(wb, name)))
      throw new Error(`write plan: no sheet "${name}"`);
  }

  for (const part of [...plan.dataBars, ...plan.charts]) {
    if (!owned.has(part.sheet.toLowerCase()))
      throw new Error(`write plan: formats only sheets it owns, not "${part.sheet}"`);
  }

  for (const block of plan.blocks) {
    if (owned.has(block.sheet.toLowerCase())) continue;
    const ws = sheet(wb, block.sheet);
    block.cells.forEach((line, r) =>
      line.forEach((pc, c) => {
        if (pc === null) return;
        const cell = ws.findCell(block.top + r + 1, block.left + c + 1);
        // A merged non-master cell counts as filled: writing it would write its master.
        if (cell && (cell.type === ExcelJS.ValueType.Merge || cellValue(cell) !== null)) {
          throw new Error(
            `write plan would overwrite ${ws.name}!${a1(block.top + r, block.left + c)}, which is not empty`,
          );
        }
      }),
    );
  }
}

/**
 * Replace the sheet with a fresh one at the same tab position: the only way in ExcelJS to drop
 * every cell, style, merge, validation and link of the old one.
 */
function recreateSheet(wb: ExcelJS.Workbook, spec: PlanSheet): ExcelJS.Worksheet {
  const old = findSheet(wb, spec.name) as (ExcelJS.Worksheet & { orderNo: number }) | undefined;
  const orderNo = old?.orderNo;
  if (old) wb.removeWorksheet(old.id);
  const freeze = spec.freezeRows ?? 0;
  const ws = wb.addWorksheet(spec.name, {
    properties: spec.tabColor ? { tabColor: { argb: argb(spec.tabColor) } } : {},
    views: freeze > 0 ? [{ state: 'frozen', xSplit: 0, ySplit: freeze, topLeftCell: `A${freeze + 1}` }] : [],
    pageSetup: pageSetup(spec.page),
  });
  // Tabs are ordered by orderNo; removeWorksheet frees the id, which addWorksheet reuses.
  if (orderNo !== undefined) (ws as ExcelJS.Worksheet & { orderNo: number }).orderNo = orderNo;
  spec.columnWidths.forEach((w, i) => {
    const column = ws.getColumn(i + 1);
    column.width = w;
    // A column's font is the default of every cell later written in it (ExcelJS merges it in).
    if (spec.font) column.font = xlsxFont(spec.font.name, spec.font.size);
  });
  return ws;
}

/** Charset 222 (Thai): where the named face is missing, Excel picks a face that has Thai glyphs. */
function xlsxFont(name: string, size: number): Partial<ExcelJS.Font> {
  return { name, size, charset: 222, family: 2 } as Partial<ExcelJS.Font>;
}

const PAPER_A4 = 9;

function pageSetup(page: PlanPage | undefined): Partial<ExcelJS.PageSetup> {
  if (!page) return { paperSize: PAPER_A4, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  return {
    paperSize: PAPER_A4,
    orientation: page.orientation,
    margins: page.margins,
    // fitToHeight 0: as many pages down as needed, one page across.
    ...(page.fitToWidth
      ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 }
      : { fitToPage: false, scale: page.scale ?? 100 }),
    ...(page.titleRows && { printTitlesRow: `${page.titleRows[0]}:${page.titleRows[1]}` }),
  };
}

/** Row heights, then what depends on the written extent: print area, header and footer, page breaks. */
function applyRowsAndPage(ws: ExcelJS.Worksheet, spec: PlanSheet): void {
  for (const { row, points } of spec.rowHeights ?? []) ws.getRow(row + 1).height = points;
  const page = spec.page;
  if (!page) return;
  if (page.printColumns) {
    const [from, to = from] = page.printColumns.split(':');
    // ExcelJS puts "$" before each end ("$A$1:$G$9" from "A$1:G$9"); LibreOffice ignores "$A1:$G9".
    ws.pageSetup.printArea = `${from}$1:${to}$${page.lastPrintedRow ?? Math.max(1, ws.rowCount)}`;
  }
  const code = (hf: PlanHeaderFooter | undefined): string | undefined => {
    if (!hf) return undefined;
    const parts = (['left', 'center', 'right'] as const)
      .filter((k) => hf[k])
      .map((k) => `&${k[0].toUpperCase()}${headerFooterCode(hf[k]!, spec.font, hf.size)}`);
    return parts.length ? parts.join('') : undefined;
  };
  const header = code(page.header);
  const footer = code(page.footer);
  if (header || footer)
    ws.headerFooter = { ...(header && { oddHeader: header }), ...(footer && { oddFooter: footer }) };
  // Columns 1..16384: ExcelJS's default right edge (16838) is past the last column.
  for (const b of page.breaksBefore ?? []) if (b > 0) ws.getRow(b).addPageBreak(1, 16384);
}

function toExcel(pc: Exclude<PlanCell, null>): ExcelJS.CellValue {
  if ('text' in pc) return pc.text; // ExcelJS stores a string as a string, "=1+1" included
  if ('number' in pc) return pc.number;
  if ('bool' in pc) return pc.bool;
  return { formula: pc.formula.replace(/^=/, ''), result: pc.cached } as ExcelJS.CellFormulaValue;
}

function applyStyle(ws: ExcelJS.Worksheet, s: PlanStyle): void {
  const [from, to = from] = s.range.split(':');
  const tl = parseA1(from);
  const br = parseA1(to);
  const thin: Partial<ExcelJS.Border> = { style: 'thin' };
  for (let r = Math.min(tl.row, br.row); r <= Math.max(tl.row, br.row); r++) {
    for (let c = Math.min(tl.col, br.col); c <= Math.max(tl.col, br.col); c++) {
      const cell = ws.getCell(r + 1, c + 1);
      // Each entry adds to what earlier entries set on the same cell.
      if (s.bold !== undefined || s.italic !== undefined || s.fontSize !== undefined || s.fontColor) {
        cell.font = {
          ...cell.font,
          ...(s.bold !== undefined && { bold: s.bold }),
          ...(s.italic !== undefined && { italic: s.italic }),
          ...(s.fontSize !== undefined && { size: s.fontSize }),
          ...(s.fontColor && { color: { argb: argb(s.fontColor) } }),
        };
      }
      if (s.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
      if (s.wrap !== undefined || s.horizontal || s.vertical) {
        cell.alignment = {
          ...cell.alignment,
          ...(s.wrap !== undefined && { wrapText: s.wrap }),
          ...(s.horizontal && { horizontal: s.horizontal }),
          ...(s.vertical && { vertical: s.vertical }),
        };
      }
      if (s.border) cell.border = { top: thin, left: thin, bottom: thin, right: thin };
    }
  }
}

/** "#1f4e79" → "FF1F4E79". */
function argb(hex: string): string {
  return `FF${hex.replace(/^#/, '').toUpperCase()}`;
}

/** "B5" → "$B$5", "B5:C9" → "$B$5:$C$9". */
export function absolute(ref: string): string {
  return ref
    .split(':')
    .map((part) => {
      const { row, col } = parseA1(part);
      return a1(row, col).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
    })
    .join(':');
}

function removeNames(wb: ExcelJS.Workbook, drop: (n: ExcelJS.DefinedNamesRanges) => boolean): void {
  const model = wb.definedNames.model;
  // ExcelJS has no call to remove a whole name; rebuilding the model is its public way.
  if (model.some(drop)) wb.definedNames.model = model.filter((n) => !drop(n));
}

function activate(wb: ExcelJS.Workbook, target: ExcelJS.Worksheet): void {
  const index = wb.worksheets.indexOf(target);
  const views = wb.views ?? [];
  const view = views[0] ?? { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, visibility: 'visible' };
  wb.views = [{ ...view, activeTab: index, firstSheet: Math.min(view.firstSheet ?? 0, index) }, ...views.slice(1)];
  // Excel groups every sheet marked tabSelected, so only the active one may carry it.
  for (const ws of wb.worksheets) {
    const sheetViews = (ws.views ?? []) as (Partial<ExcelJS.WorksheetView> & { tabSelected?: boolean })[]; // null on some loaded sheets
    if (ws === target) {
      if (sheetViews.length) sheetViews[0].tabSelected = true;
      else ws.views = [{ state: 'normal', tabSelected: true } as Partial<ExcelJS.WorksheetView>];
    } else if (sheetViews.length) {
      sheetViews[0].tabSelected = false;
    }
  }
}
