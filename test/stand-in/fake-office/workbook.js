/**
 * A part of the Office.js stand-in (test/stand-in/fake-office.js: what it models, how it loads).
 *
 * Workbook, Application (calculation mode, suspend calculation or screen updating) and
 * workbook protection: what a RequestContext holds.
 */
'use strict';

module.exports = function workbook(H) {
  const {
    ClientObject,
    NamedItemCollection,
    Range,
    WorksheetCollection,
    called,
    findSheet,
    needApi,
    oneOf,
    parseAddress,
    props,
    state,
    wb,
  } = H;

  // ---------------------------------------------------------------------------------------------
  // Workbook, application, request context, Excel.run

  class Application extends ClientObject {
    constructor(ctx) {
      super(ctx, 'Application', function () {
        return wb;
      });
    }
    _readers() {
      return {
        calculationMode: function () {
          return wb.calculationMode;
        },
      };
    }
    suspendApiCalculationUntilNextSync() {
      this._act('Application.suspendApiCalculationUntilNextSync', function () {
        needApi('1.6', 'Application.suspendApiCalculationUntilNextSync');
        called('Application.suspendApiCalculationUntilNextSync');
      });
    }
    suspendScreenUpdatingUntilNextSync() {
      this._act('Application.suspendScreenUpdatingUntilNextSync', function () {
        needApi('1.9', 'Application.suspendScreenUpdatingUntilNextSync');
        called('Application.suspendScreenUpdatingUntilNextSync');
      });
    }
    calculate(type) {
      this._act(
        'Application.calculate',
        function () {
          called('Application.calculate:' + type);
        },
        type,
      );
    }
  }
  props(Application, [
    {
      // Kept and read back; nothing is calculated either way.
      name: 'calculationMode',
      api: '1.8',
      set: function (self, t, v) {
        oneOf(v, ['Automatic', 'AutomaticExceptTables', 'Manual'], 'Application.calculationMode');
        wb.calculationMode = v;
      },
    },
  ]);

  class WorkbookProtection extends ClientObject {
    constructor(ctx) {
      super(ctx, 'WorkbookProtection', function () {
        return wb;
      });
    }
    _readers() {
      return {
        protected: function () {
          return wb.protected;
        },
      };
    }
  }
  props(WorkbookProtection, [{ name: 'protected' }]);

  class Workbook extends ClientObject {
    constructor(ctx) {
      super(ctx, 'Workbook', function () {
        return wb;
      });
      this.worksheets = new WorksheetCollection(ctx);
      this.names = new NamedItemCollection(ctx);
      this.protection = new WorkbookProtection(ctx);
    }
    get application() {
      return this._ctx.application;
    }
    getSelectedRange() {
      return new Range(this._ctx, function () {
        var last = state.selections[state.selections.length - 1];
        var s = last ? findSheet(last.sheet) : wb.active;
        return {
          sheet: s || wb.active,
          rect: last && s ? parseAddress(last.address) : { top: 0, left: 0, rows: 1, cols: 1 },
        };
      });
    }
  }

  Object.assign(H, { Workbook, Application });
};
