/**
 * A part of the Office.js stand-in (test/stand-in/fake-office.js: what it models, how it loads).
 *
 * Range: its address and sizes, values, formulas, number formats, text, value types and
 * hyperlinks, and merge, unmerge, clear and select.
 */
'use strict';

module.exports = function range(H) {
  const {
    ClientObject,
    ConditionalFormats,
    DataValidation,
    MAX_COLS,
    MESSAGES,
    RangeFormat,
    apiError,
    called,
    child,
    contains,
    deepCopy,
    guardSheetWrite,
    intersects,
    needApi,
    oneOf,
    props,
    quoteSheet,
    readGrid,
    rectAddress,
    state,
    writeGrid,
  } = H;

  // ---------------------------------------------------------------------------------------------
  // Range and its parts

  class Range extends ClientObject {
    constructor(ctx, resolver, nullable) {
      super(ctx, 'Range', resolver, nullable);
    }
    _readers() {
      return {
        address: function (t) {
          return quoteSheet(t.sheet.name) + '!' + rectAddress(t.rect);
        },
        addressLocal: function (t) {
          return quoteSheet(t.sheet.name) + '!' + rectAddress(t.rect);
        },
        rowIndex: function (t) {
          return t.rect.top;
        },
        columnIndex: function (t) {
          return t.rect.left;
        },
        rowCount: function (t) {
          return t.rect.rows;
        },
        columnCount: function (t) {
          return t.rect.cols;
        },
        cellCount: function (t) {
          return t.rect.rows * t.rect.cols;
        },
        values: function (t) {
          return readGrid(t, function (s, r, c) {
            return s.valueAt(r, c);
          });
        },
        formulas: function (t) {
          return readGrid(t, function (s, r, c) {
            return s.formulaAt(r, c);
          });
        },
        numberFormat: function (t) {
          return readGrid(t, function (s, r, c) {
            return s.numberFormatAt(r, c);
          });
        },
        text: function (t) {
          return readGrid(t, function (s, r, c) {
            return String(s.valueAt(r, c));
          });
        },
        valueTypes: function (t) {
          return readGrid(t, function (s, r, c) {
            var v = s.valueAt(r, c);
            return v === ''
              ? 'Empty'
              : typeof v === 'number'
                ? 'Double'
                : typeof v === 'boolean'
                  ? 'Boolean'
                  : 'String';
          });
        },
        hyperlink: function (t) {
          needApi('1.7', 'Range.hyperlink');
          var x = t.sheet.get(t.rect.top, t.rect.left);
          return x && x.hyperlink ? deepCopy(x.hyperlink) : null;
        },
      };
    }
    get format() {
      var self = this;
      return child(this, '_format', function () {
        return new RangeFormat(self);
      });
    }
    get dataValidation() {
      var self = this;
      return child(this, '_dataValidation', function () {
        return new DataValidation(self);
      });
    }
    get conditionalFormats() {
      var self = this;
      return child(this, '_conditionalFormats', function () {
        return new ConditionalFormats(self);
      });
    }
    get worksheet() {
      var self = this;
      return child(this, '_worksheet', function () {
        return new H.Worksheet(self._ctx, function () {
          return self._resolve().sheet;
        });
      });
    }
    getCell(row, column) {
      var self = this;
      return new Range(this._ctx, function () {
        var t = self._resolve();
        return { sheet: t.sheet, rect: { top: t.rect.top + row, left: t.rect.left + column, rows: 1, cols: 1 } };
      });
    }
    merge(across) {
      this._act('Range.merge', function (t) {
        guardSheetWrite(t.sheet, 'Range.merge');
        var rows = across ? t.rect.rows : 1;
        for (var i = 0; i < rows; i++) {
          var m = across ? { top: t.rect.top + i, left: t.rect.left, rows: 1, cols: t.rect.cols } : t.rect;
          t.sheet.merges = t.sheet.merges.filter(function (x) {
            return !intersects(x, m);
          });
          t.sheet.merges.push(m);
          // Excel keeps the upper-left value of a merged area and drops the others.
          for (var r = m.top; r < m.top + m.rows; r++) {
            for (var c = m.left; c < m.left + m.cols; c++) {
              if (r === m.top && c === m.left) continue;
              var x = t.sheet.get(r, c);
              if (x) {
                x.value = '';
                delete x.formula;
                t.sheet.tidy(r, c);
              }
            }
          }
        }
        called('Range.merge');
      });
    }
    unmerge() {
      this._act('Range.unmerge', function (t) {
        guardSheetWrite(t.sheet, 'Range.unmerge');
        t.sheet.merges = t.sheet.merges.filter(function (x) {
          return !intersects(x, t.rect);
        });
        called('Range.unmerge');
      });
    }
    clear(applyTo) {
      var what = applyTo || 'All';
      this._act(
        'Range.clear',
        function (t) {
          oneOf(what, ['All', 'Formats', 'Contents', 'Hyperlinks', 'RemoveHyperlinks', 'ResetContents'], 'Range.clear');
          guardSheetWrite(t.sheet, 'Range.clear');
          var s = t.sheet;
          var all = what === 'All';
          var contents = all || what === 'Contents' || what === 'ResetContents';
          var formats = all || what === 'Formats';
          var links = all || what === 'Hyperlinks' || what === 'RemoveHyperlinks';
          var keys = [];
          s.cells.forEach(function (x, k) {
            var r = Math.floor(k / MAX_COLS);
            var c = k % MAX_COLS;
            if (r >= t.rect.top && r < t.rect.top + t.rect.rows && c >= t.rect.left && c < t.rect.left + t.rect.cols)
              keys.push([r, c, x]);
          });
          keys.forEach(function (e) {
            var x = e[2];
            if (contents) {
              x.value = '';
              delete x.formula;
              delete x.quotePrefix;
            }
            if (formats) delete x.numberFormat;
            if (links) delete x.hyperlink;
            s.tidy(e[0], e[1]);
          });
          if (formats) {
            s.formatted = s.formatted.filter(function (f) {
              return !contains(t.rect, f);
            });
            s.merges = s.merges.filter(function (m) {
              return !intersects(m, t.rect);
            });
          }
          called('Range.clear');
        },
        what,
      );
    }
    select() {
      this._act('Range.select', function (t) {
        if (t.sheet.visibility !== 'Visible')
          throw apiError('InvalidSelection', 'The current selection is invalid for this operation.', 'Range.select');
        // As Excel on Windows does (a known office-js issue): selecting a range on a sheet that is
        // not the active one does not bring that sheet forward; Worksheet.activate() must come first.
        state.selections.push({ sheet: t.sheet.name, address: rectAddress(t.rect) });
        called('Range.select');
      });
    }
  }

  props(Range, [
    { name: 'address' },
    { name: 'addressLocal' },
    { name: 'rowIndex' },
    { name: 'columnIndex' },
    { name: 'rowCount' },
    { name: 'columnCount' },
    { name: 'cellCount' },
    { name: 'text' },
    { name: 'valueTypes' },
    {
      name: 'values',
      set: function (self, t, v) {
        writeGrid(t, v, 'values');
      },
    },
    {
      name: 'formulas',
      set: function (self, t, v) {
        writeGrid(t, v, 'formulas');
      },
    },
    {
      name: 'numberFormat',
      set: function (self, t, v) {
        writeGrid(t, v, 'numberFormat');
      },
    },
    {
      name: 'hyperlink',
      api: '1.7',
      set: function (self, t, v) {
        guardSheetWrite(t.sheet, 'Range.hyperlink');
        if (v !== null && (typeof v !== 'object' || (v.address === undefined && v.documentReference === undefined))) {
          throw apiError(
            'InvalidArgument',
            MESSAGES.InvalidArgument + ' (hyperlink ' + JSON.stringify(v) + ')',
            'Range.hyperlink',
          );
        }
        for (var r = t.rect.top; r < t.rect.top + t.rect.rows; r++) {
          for (var c = t.rect.left; c < t.rect.left + t.rect.cols; c++) {
            var x = t.sheet.cell(r, c);
            if (v === null) delete x.hyperlink;
            else {
              x.hyperlink = v;
              if (v.textToDisplay !== undefined) {
                x.value = String(v.textToDisplay);
                delete x.formula;
              }
            }
            t.sheet.tidy(r, c);
          }
        }
      },
    },
  ]);

  Object.assign(H, { Range });
};
