/**
 * A part of the Office.js stand-in (test/stand-in/fake-office.js: what it models, how it loads).
 *
 * Worksheets: Worksheet (ranges, used range, delete, activate, name, visibility, tab
 * colour), its freeze panes and protection, and the worksheet collection (getItem, add…).
 */
'use strict';

module.exports = function worksheet(H) {
  const {
    Charts,
    ClientObject,
    Collection,
    MAX_COLS,
    MAX_ROWS,
    MESSAGES,
    PageBreaks,
    PageLayout,
    Range,
    SheetModel,
    a1,
    apiError,
    called,
    child,
    color,
    findSheet,
    guardStructure,
    liveSheets,
    logAction,
    needApi,
    oneOf,
    parseAddress,
    props,
    state,
    wb,
  } = H;

  // ---------------------------------------------------------------------------------------------
  // Worksheets

  class Worksheet extends ClientObject {
    constructor(ctx, resolver, nullable) {
      super(ctx, 'Worksheet', resolver, nullable);
    }
    _readers() {
      return {
        name: function (s) {
          return s.name;
        },
        id: function (s) {
          return s.id;
        },
        position: function (s) {
          return liveSheets().indexOf(s);
        },
        visibility: function (s) {
          return s.visibility;
        },
        tabColor: function (s) {
          needApi('1.7', 'Worksheet.tabColor');
          return s.tabColor;
        },
      };
    }
    getRange(address) {
      var self = this;
      return new Range(this._ctx, function () {
        var s = self._resolve();
        var rect =
          address === undefined || address === ''
            ? { top: 0, left: 0, rows: MAX_ROWS, cols: MAX_COLS }
            : parseAddress(address, 'Worksheet.getRange');
        return { sheet: s, rect: rect };
      });
    }
    getCell(row, column) {
      return this.getRange(a1(row, column));
    }
    getUsedRange(valuesOnly) {
      var self = this;
      return new Range(this._ctx, function () {
        var s = self._resolve();
        // A blank sheet answers A1, not an error.
        return { sheet: s, rect: s.usedRect(!!valuesOnly) || { top: 0, left: 0, rows: 1, cols: 1 } };
      });
    }
    getUsedRangeOrNullObject(valuesOnly) {
      var self = this;
      return new Range(
        this._ctx,
        function () {
          needApi('1.4', 'Worksheet.getUsedRangeOrNullObject');
          var s = self._resolve();
          var rect = s.usedRect(!!valuesOnly);
          return rect ? { sheet: s, rect: rect } : null;
        },
        true,
      );
    }
    delete() {
      this._act('Worksheet.delete', function (s) {
        guardStructure('Worksheet.delete');
        var visible = liveSheets().filter(function (x) {
          return x.visibility === 'Visible';
        });
        if (visible.length === 1 && visible[0] === s)
          throw apiError(
            'InvalidOperation',
            'A workbook must contain at least one visible worksheet.',
            'Worksheet.delete',
          );
        // Microsoft's reference for Worksheet.delete: a very hidden sheet cannot be deleted.
        if (s.visibility === 'VeryHidden')
          throw apiError(
            'InvalidOperation',
            'This operation is not permitted for the current object.',
            'Worksheet.delete',
          );
        s.deleted = true;
        if (wb.active === s) wb.active = liveSheets()[0];
        called('Worksheet.delete');
      });
    }
    activate() {
      this._act('Worksheet.activate', function (s) {
        if (s.visibility !== 'Visible')
          throw apiError('InvalidOperation', 'A hidden sheet cannot be activated.', 'Worksheet.activate');
        wb.active = s;
        state.activations.push(s.name);
        called('Worksheet.activate');
      });
    }
    get freezePanes() {
      var self = this;
      return child(this, '_freezePanes', function () {
        return new FreezePanes(self);
      });
    }
    get pageLayout() {
      var self = this;
      return child(this, '_pageLayout', function () {
        return new PageLayout(self);
      });
    }
    get horizontalPageBreaks() {
      var self = this;
      return child(this, '_pageBreaks', function () {
        return new PageBreaks(self);
      });
    }
    get charts() {
      var self = this;
      return child(this, '_charts', function () {
        return new Charts(self);
      });
    }
    get protection() {
      var self = this;
      return child(this, '_protection', function () {
        return new WorksheetProtection(self);
      });
    }
  }
  props(Worksheet, [
    { name: 'id' },
    { name: 'position' },
    {
      name: 'name',
      set: function (self, s, v) {
        guardStructure('Worksheet.name');
        if (typeof v !== 'string' || !validSheetName(v))
          throw apiError(
            'InvalidArgument',
            MESSAGES.InvalidArgument + ' (sheet name ' + JSON.stringify(v) + ')',
            'Worksheet.name',
          );
        var other = findSheet(v);
        if (other && other !== s) throw apiError('ItemAlreadyExists', MESSAGES.ItemAlreadyExists, 'Worksheet.name');
        s.name = v;
      },
    },
    {
      name: 'visibility',
      set: function (self, s, v) {
        oneOf(v, ['Visible', 'Hidden', 'VeryHidden'], 'Worksheet.visibility');
        s.visibility = v;
      },
    },
    {
      name: 'tabColor',
      api: '1.7',
      set: function (self, s, v) {
        color(v, 'Worksheet.tabColor');
        s.tabColor = v;
      },
    },
  ]);

  function validSheetName(name) {
    return (
      name.length >= 1 &&
      name.length <= 31 &&
      !/[\\/?*:[\]]/.test(name) &&
      name.charAt(0) !== "'" &&
      name.charAt(name.length - 1) !== "'"
    );
  }

  class FreezePanes extends ClientObject {
    constructor(sheet) {
      super(sheet._ctx, 'WorksheetFreezePanes', function () {
        return sheet._resolve();
      });
    }
    freezeRows(count) {
      this._act('WorksheetFreezePanes.freezeRows', function (s) {
        needApi('1.7', 'WorksheetFreezePanes.freezeRows');
        if (typeof count !== 'number' || count < 0 || count >= MAX_ROWS)
          throw apiError('InvalidArgument', MESSAGES.InvalidArgument, 'WorksheetFreezePanes.freezeRows');
        s.frozenRows = count;
        s.frozenColumns = 0;
        called('WorksheetFreezePanes.freezeRows');
      });
    }
    freezeColumns(count) {
      this._act('WorksheetFreezePanes.freezeColumns', function (s) {
        needApi('1.7', 'WorksheetFreezePanes.freezeColumns');
        s.frozenColumns = count;
        s.frozenRows = 0;
        called('WorksheetFreezePanes.freezeColumns');
      });
    }
    unfreeze() {
      this._act('WorksheetFreezePanes.unfreeze', function (s) {
        needApi('1.7', 'WorksheetFreezePanes.unfreeze');
        s.frozenRows = 0;
        s.frozenColumns = 0;
        called('WorksheetFreezePanes.unfreeze');
      });
    }
  }

  class WorksheetProtection extends ClientObject {
    constructor(sheet) {
      super(sheet._ctx, 'WorksheetProtection', function () {
        return sheet._resolve();
      });
    }
    _readers() {
      return {
        protected: function (s) {
          return s.protected;
        },
      };
    }
    protect() {
      this._act('WorksheetProtection.protect', function (s) {
        s.protected = true;
        called('WorksheetProtection.protect');
      });
    }
    unprotect() {
      this._act('WorksheetProtection.unprotect', function (s) {
        s.protected = false;
        called('WorksheetProtection.unprotect');
      });
    }
  }
  props(WorksheetProtection, [{ name: 'protected' }]);

  class WorksheetCollection extends Collection {
    constructor(ctx) {
      super(ctx, 'WorksheetCollection', liveSheets, function (s) {
        return new Worksheet(ctx, function () {
          return s;
        });
      });
    }
    getItem(key) {
      return new Worksheet(this._ctx, function () {
        var s = findSheet(key);
        if (!s)
          throw apiError(
            'ItemNotFound',
            MESSAGES.ItemNotFound + ' (worksheet "' + key + '")',
            'WorksheetCollection.getItem',
          );
        return s;
      });
    }
    getItemOrNullObject(key) {
      return new Worksheet(
        this._ctx,
        function () {
          needApi('1.4', 'WorksheetCollection.getItemOrNullObject');
          return findSheet(key) || null;
        },
        true,
      );
    }
    getActiveWorksheet() {
      return new Worksheet(this._ctx, function () {
        return wb.active;
      });
    }
    add(name) {
      var proxy = new Worksheet(this._ctx, function () {
        throw apiError('ItemNotFound', MESSAGES.ItemNotFound + ' (the sheet was not added)', 'WorksheetCollection.add');
      });
      this._ctx._enqueue('WorksheetCollection.add', function () {
        guardStructure('WorksheetCollection.add');
        var n = name;
        if (n === undefined || n === null) {
          for (var i = liveSheets().length + 1; findSheet('Sheet' + i); i++);
          n = 'Sheet' + i;
        }
        if (typeof n !== 'string' || !validSheetName(n))
          throw apiError(
            'InvalidArgument',
            MESSAGES.InvalidArgument + ' (sheet name ' + JSON.stringify(n) + ')',
            'WorksheetCollection.add',
          );
        if (findSheet(n))
          throw apiError(
            'ItemAlreadyExists',
            MESSAGES.ItemAlreadyExists + ' (worksheet "' + n + '")',
            'WorksheetCollection.add',
          );
        var s = new SheetModel(n);
        wb.sheets.push(s);
        proxy._target = s;
        called('WorksheetCollection.add');
        logAction('WorksheetCollection.add', s);
      });
      return proxy;
    }
  }

  Object.assign(H, { Worksheet, WorksheetCollection });
};
