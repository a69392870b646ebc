/**
 * An .xlsx as the plain JSON the fake Office.js starts from (fake-office.js, config.workbook):
 *
 *   { sheets: [{ name, visibility, values: [[…]], formulas: [[…]], merges: ['A1:E1'] }],
 *     names: [{ name, type: 'Range', value: "'Sheet'!$A$1" }] }
 *
 * Grids start at A1 and span the sheet's used rows and columns, shaped as Excel's Range.values
 * and Range.formulas return them: '' for an empty cell (and for the hidden cells of a merge),
 * numbers as numbers, dates as serial numbers, a formula cell's cached result in `values` and
 * "=…" in `formulas`; elsewhere `formulas` repeats the value.
 */
'use strict';

const ExcelJS = require('exceljs');

const T = ExcelJS.ValueType;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function serial(date) {
  return (date.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
}

/** A plain value (not a formula) as Range.values gives it. */
function plain(v) {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return serial(v);
  if (typeof v === 'object') {
    if (v.error !== undefined) return v.error; // '#N/A', '#REF!', …
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if (v.text !== undefined) return typeof v.text === 'string' ? v.text : plain(v.text); // hyperlink cell
    return '';
  }
  return v;
}

function cellJson(cell) {
  if (cell.type === T.Merge) return { value: '', formula: '' };
  if (cell.type === T.Formula) {
    const value = plain(cell.result);
    return { value, formula: `=${cell.formula}` };
  }
  const value = plain(cell.value);
  return { value, formula: value };
}

async function workbookJson(file) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheets = wb.worksheets.map((ws) => {
    let rows = 0;
    let cols = 0;
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cellJson(cell).formula === '') return;
        rows = Math.max(rows, r);
        cols = Math.max(cols, c);
      });
    });
    const values = [];
    const formulas = [];
    for (let r = 1; r <= rows; r++) {
      const vrow = [];
      const frow = [];
      for (let c = 1; c <= cols; c++) {
        const { value, formula } = cellJson(ws.getRow(r).getCell(c));
        vrow.push(value);
        frow.push(formula);
      }
      values.push(vrow);
      formulas.push(frow);
    }
    const visibility = ws.state === 'veryHidden' ? 'VeryHidden' : ws.state === 'hidden' ? 'Hidden' : 'Visible';
    return { name: ws.name, visibility, values, formulas, merges: [...(ws.model.merges || [])] };
  });
  const names = [];
  for (const n of wb.definedNames.model || []) {
    if (n.ranges && n.ranges.length === 1) names.push({ name: n.name, type: 'Range', value: n.ranges[0] });
  }
  return { sheets, names };
}

/** [row, col], 0-based, of an A1 reference. */
function parseA1(ref) {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(`not an A1 reference: ${ref}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]) - 1, col - 1];
}

/** A deep copy of `json` with `sheet!ref` set to a constant (value and formula alike). */
function withCell(json, sheet, ref, value) {
  const copy = JSON.parse(JSON.stringify(json));
  const s = copy.sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  const [r, c] = parseA1(ref);
  if (r >= s.values.length || c >= s.values[r].length) throw new Error(`${sheet}!${ref} is outside the used range`);
  s.values[r][c] = value;
  s.formulas[r][c] = value;
  return copy;
}

/** The value of `sheet!ref` in the JSON ('' when outside the grid). */
function cellOf(json, sheet, ref) {
  const s = json.sheets.find((x) => x.name === sheet);
  const [r, c] = parseA1(ref);
  return s && s.values[r] && s.values[r][c] !== undefined ? s.values[r][c] : '';
}

module.exports = { workbookJson, withCell, cellOf, parseA1 };
