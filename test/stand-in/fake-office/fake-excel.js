/**
 * A part of the Office.js stand-in (test/stand-in/fake-office.js: what it models, how it loads).
 *
 * Window.__fakeExcel in the browser, fakeExcel in jest: what the test reads of the
 * document (values, formulas, names, sheet info, a digest) and the failures and protection it
 * injects between requests.
 */
'use strict';

module.exports = function fakeExcel(H) {
  const {
    MAX_COLS,
    a1,
    deepCopy,
    findSheet,
    isSetSupported,
    limits,
    liveSheets,
    nameType,
    nameValue,
    parseAddress,
    rectAddress,
    state,
    wb,
  } = H;

  // ---------------------------------------------------------------------------------------------
  // window.__fakeExcel: what the test reads and the failures it injects

  function sheetOrThrow(name) {
    var s = findSheet(name);
    if (!s) throw new Error('fake Excel: no sheet "' + name + '"');
    return s;
  }

  function dump(sheet, read) {
    var rect = sheet.usedRect(true);
    if (!rect) return [];
    var out = [];
    for (var r = 0; r < rect.top + rect.rows; r++) {
      var row = [];
      for (var c = 0; c < rect.left + rect.cols; c++) row.push(read(r, c));
      out.push(row);
    }
    return out;
  }

  var fakeExcel = {
    state: state,
    /** Live sheet names in tab order. */
    sheetNames: function () {
      return liveSheets().map(function (s) {
        return s.name;
      });
    },
    /** Range.values of the sheet from A1 to the end of its used range (values only). */
    values: function (name) {
      var s = sheetOrThrow(name);
      return dump(s, function (r, c) {
        return s.valueAt(r, c);
      });
    },
    /** Range.formulas likewise. */
    formulas: function (name) {
      var s = sheetOrThrow(name);
      return dump(s, function (r, c) {
        return s.formulaAt(r, c);
      });
    },
    cell: function (name, ref) {
      var s = sheetOrThrow(name);
      var rc = parseAddress(ref);
      var x = s.get(rc.top, rc.left);
      return {
        value: s.valueAt(rc.top, rc.left),
        formula: s.formulaAt(rc.top, rc.left),
        numberFormat: s.numberFormatAt(rc.top, rc.left),
        hyperlink: x && x.hyperlink ? deepCopy(x.hyperlink) : null,
      };
    },
    /** Cells of the sheet with a hyperlink: [{ address, hyperlink }]. */
    hyperlinks: function (name) {
      var s = sheetOrThrow(name);
      var out = [];
      s.cells.forEach(function (x, k) {
        if (x.hyperlink)
          out.push({ address: a1(Math.floor(k / MAX_COLS), k % MAX_COLS), hyperlink: deepCopy(x.hyperlink) });
      });
      return out;
    },
    names: function () {
      return wb.names.map(function (n) {
        return {
          name: n.name,
          type: nameType(n),
          value: nameValue(n),
          sheet: n.ref ? n.ref.sheet.name : null,
          address: n.ref ? rectAddress(n.ref.rect) : null,
        };
      });
    },
    sheetInfo: function (name) {
      var s = sheetOrThrow(name);
      return {
        protected: s.protected,
        tabColor: s.tabColor,
        frozenRows: s.frozenRows,
        orientation: s.orientation,
        page: deepCopy(s.page),
        pageBreaks: s.pageBreaks.slice(),
        dataBars: deepCopy(s.dataBars),
        charts: deepCopy(s.charts),
        merges: s.merges.map(rectAddress),
        validations: s.validations.map(function (v) {
          return { address: rectAddress(v.rect), rule: deepCopy(v.rule) };
        }),
        formats: s.formatLog.length,
        columnWidths: deepCopy(s.columnWidths),
      };
    },
    activeSheet: function () {
      return wb.active ? wb.active.name : null;
    },
    /** Everything the document holds, as one string (protection, selection and activation aside). */
    digest: function () {
      return JSON.stringify({
        sheets: liveSheets().map(function (s) {
          var cells = [];
          s.cells.forEach(function (x, k) {
            cells.push([k, x.value, x.formula, x.numberFormat, x.hyperlink, x.quotePrefix]);
          });
          cells.sort(function (p, q) {
            return p[0] - q[0];
          });
          return {
            name: s.name,
            visibility: s.visibility,
            cells: cells,
            merges: s.merges.map(rectAddress).sort(),
            validations: s.validations.map(function (v) {
              return [rectAddress(v.rect), v.rule];
            }),
            formats: s.formatLog,
            columnWidths: s.columnWidths,
            tabColor: s.tabColor,
            frozen: [s.frozenRows, s.frozenColumns],
            orientation: s.orientation,
          };
        }),
        names: wb.names.map(function (n) {
          return [n.name, nameType(n), nameValue(n)];
        }),
      });
    },
    protectSheet: function (name, on) {
      sheetOrThrow(name).protected = on !== false;
    },
    protectWorkbook: function (on) {
      wb.protected = on !== false;
    },
    /**
     * The sync after `after` more successful ones fails with `code` (default: the next one), with
     * nothing of its request applied: e.g. 'InvalidOperationInCellEditMode' while a cell is edited.
     */
    failSync: function (code, options) {
      var o = options || {};
      // An error object (jest) is thrown as it is.
      var error = typeof code === 'object' ? code : null;
      state.failures.push({
        code: error ? error.code : code,
        error: error,
        message: o.message,
        location: o.location,
        after: o.after || 0,
      });
    },
    isSetSupported: isSetSupported,
    /** The payload limits (see `limits`), to change between requests. */
    limits: limits,
    /** `fn(index)` after each request that succeeded, e.g. to protect a sheet between two requests. */
    afterSync: function (fn) {
      state.afterSync.push(fn);
    },
    /** Every format set on the sheet, loosely: [{ address, prop: 'RangeFont.bold', value }]. */
    formatLog: function (name) {
      return deepCopy(sheetOrThrow(name).formatLog);
    },
  };

  Object.assign(H, { fakeExcel });
};
