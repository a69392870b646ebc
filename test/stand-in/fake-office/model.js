/**
 * A part of the Office.js stand-in (test/stand-in/fake-office.js: what it models, how it loads).
 *
 * The workbook the host holds (the "document"): sheets (SheetModel: cells, merges,
 * validations, formats, page setup), workbook names, and its loading from config.workbook.
 */
'use strict';

module.exports = function model(H) {
  const { config, MAX_COLS, a1, absAddress, parseAddress, quoteSheet } = H;

  function deepCopy(x) {
    return x === undefined ? undefined : JSON.parse(JSON.stringify(x));
  }

  // ---------------------------------------------------------------------------------------------
  // The workbook (the "document" the host holds)

  var nextSheetId = 1;

  class SheetModel {
    constructor(name, visibility) {
      this.id = '{fake-sheet-' + nextSheetId++ + '}';
      this.name = name;
      this.visibility = visibility || 'Visible';
      /** row * MAX_COLS + col → { value, formula?, numberFormat?, hyperlink?, quotePrefix? } */
      this.cells = new Map();
      this.merges = [];
      this.validations = [];
      /** Rectangles that carry a format (they count in getUsedRange(false)). */
      this.formatted = [];
      /** Every format set, loosely: { address, prop, value }. */
      this.formatLog = [];
      this.columnWidths = {};
      this.protected = false;
      this.tabColor = '';
      this.frozenRows = 0;
      this.frozenColumns = 0;
      this.orientation = 'Portrait';
      /** Page setup beyond orientation, loosely: { prop: value }, headers and footers included. */
      this.page = {};
      this.pageBreaks = [];
      /** Data bars: { address, lower, upper, color }. */
      this.dataBars = [];
      /** Charts: { name, type, source, title, position }. */
      this.charts = [];
      this.deleted = false;
    }
    key(r, c) {
      return r * MAX_COLS + c;
    }
    get(r, c) {
      return this.cells.get(this.key(r, c));
    }
    cell(r, c) {
      var k = this.key(r, c);
      var x = this.cells.get(k);
      if (!x) this.cells.set(k, (x = { value: '' }));
      return x;
    }
    tidy(r, c) {
      var k = this.key(r, c);
      var x = this.cells.get(k);
      if (x && x.value === '' && x.formula === undefined && x.numberFormat === undefined && x.hyperlink === undefined)
        this.cells.delete(k);
    }
    valueAt(r, c) {
      var x = this.get(r, c);
      return x ? x.value : '';
    }
    formulaAt(r, c) {
      var x = this.get(r, c);
      return x ? (x.formula !== undefined ? x.formula : x.value) : '';
    }
    numberFormatAt(r, c) {
      var x = this.get(r, c);
      return x && x.numberFormat !== undefined ? x.numberFormat : 'General';
    }
    /** Bounding box of what the sheet holds, or null; valuesOnly ignores formats. */
    usedRect(valuesOnly) {
      var top = Infinity;
      var left = Infinity;
      var bottom = -1;
      var right = -1;
      var add = function (r, c, rows, cols) {
        top = Math.min(top, r);
        left = Math.min(left, c);
        bottom = Math.max(bottom, r + rows - 1);
        right = Math.max(right, c + cols - 1);
      };
      this.cells.forEach(function (x, k) {
        var has = x.value !== '' || x.formula !== undefined;
        if (!valuesOnly) has = has || x.numberFormat !== undefined || x.hyperlink !== undefined;
        if (has) add(Math.floor(k / MAX_COLS), k % MAX_COLS, 1, 1);
      });
      if (!valuesOnly) {
        this.formatted.forEach(function (f) {
          add(f.top, f.left, f.rows, f.cols);
        });
      }
      return bottom < 0 ? null : { top: top, left: left, rows: bottom - top + 1, cols: right - left + 1 };
    }
  }

  var wb = { sheets: [], names: [], active: null, protected: false, calculationMode: 'Automatic' };

  function liveSheets() {
    return wb.sheets.filter(function (s) {
      return !s.deleted;
    });
  }

  function findSheet(name) {
    var key = String(name).toLowerCase();
    return liveSheets().find(function (s) {
      return s.name.toLowerCase() === key;
    });
  }

  function findName(name) {
    var key = String(name).toLowerCase();
    return wb.names.find(function (n) {
      return n.name.toLowerCase() === key;
    });
  }

  /** "'Sheet'!$A$1:$B$2" or "Sheet!A1" to { sheet, rect }, or null. */
  function parseReference(ref) {
    var text = String(ref).replace(/^=/, '');
    var m = /^'((?:[^']|'')+)'!(.+)$/.exec(text) || /^([^'!]+)!(.+)$/.exec(text);
    if (!m) return null;
    var sheet = findSheet(m[1].replace(/''/g, "'"));
    if (!sheet) return null;
    try {
      return { sheet: sheet, rect: parseAddress(m[2]) };
    } catch (e) {
      return null;
    }
  }

  function nameType(n) {
    if (n.ref) return n.ref.sheet.deleted ? 'Error' : 'Range';
    return n.type;
  }

  function nameValue(n) {
    if (n.ref && n.ref.sheet.deleted) return '#REF!';
    // A name the workbook came with reads back as it was given (the config holds what Excel answers).
    if (n.ref && n.given && n.given.sheet === n.ref.sheet.name) return n.given.text;
    if (n.ref) return quoteSheet(n.ref.sheet.name) + '!' + absAddress(n.ref.rect);
    return n.value;
  }

  (function loadWorkbook(json) {
    var sheets = json && json.sheets && json.sheets.length ? json.sheets : [{ name: 'Sheet1', values: [] }];
    sheets.forEach(function (s) {
      var sheet = new SheetModel(s.name, s.visibility);
      var top = s.top || 0;
      var left = s.left || 0;
      var byCell = s.formulas && !Array.isArray(s.formulas) ? s.formulas : null;
      (s.values || []).forEach(function (row, i) {
        var r = top + i;
        row.forEach(function (v, j) {
          var c = left + j;
          var f = byCell ? byCell[a1(r, c)] : s.formulas && s.formulas[i] ? s.formulas[i][j] : undefined;
          var isFormula = typeof f === 'string' && f.charAt(0) === '=';
          if ((v === '' || v === null || v === undefined) && !isFormula) return;
          var x = sheet.cell(r, c);
          x.value = v === null || v === undefined ? '' : v;
          if (isFormula) x.formula = f;
        });
      });
      // { C7: '0.00%' } and { E3: { address: 'https://…' } }, by cell.
      Object.keys(s.numberFormats || {}).forEach(function (ref) {
        var rc = parseAddress(ref);
        sheet.cell(rc.top, rc.left).numberFormat = s.numberFormats[ref];
      });
      Object.keys(s.hyperlinks || {}).forEach(function (ref) {
        var rc = parseAddress(ref);
        sheet.cell(rc.top, rc.left).hyperlink = deepCopy(s.hyperlinks[ref]);
      });
      (s.merges || []).forEach(function (m) {
        sheet.merges.push(parseAddress(m));
      });
      if (s.protected) sheet.protected = true;
      wb.sheets.push(sheet);
    });
    wb.active = wb.sheets[0];
    wb.protected = !!(json && json.protected);
    (config.protectedSheets || []).forEach(function (name) {
      var s = findSheet(name);
      if (s) s.protected = true;
    });
    ((json && json.names) || []).forEach(function (n) {
      var ref = n.type === 'Range' || n.type === undefined ? parseReference(n.value) : null;
      var given = ref ? { sheet: ref.sheet.name, text: String(n.value).replace(/^=/, '') } : null;
      wb.names.push({
        name: n.name,
        type: n.type || 'Range',
        value: n.value,
        ref: ref,
        given: given,
        comment: '',
        visible: true,
      });
    });
  })(config.workbook);

  Object.assign(H, { deepCopy, SheetModel, wb, liveSheets, findSheet, findName, parseReference, nameType, nameValue });
};
