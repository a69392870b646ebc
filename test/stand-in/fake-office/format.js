/**
 * A part of the Office.js stand-in (test/stand-in/fake-office.js: what it models, how it loads).
 *
 * A range's format (RangeFormat, font, fill, borders: each set logged on the sheet, not
 * rendered), its data validation (list rules checked closely) and its conditional formats (data bars
 * only).
 */
'use strict';

module.exports = function format(H) {
  const {
    ClientObject,
    MESSAGES,
    apiError,
    called,
    child,
    color,
    contains,
    deepCopy,
    guardSheetWrite,
    intersects,
    needApi,
    oneOf,
    parseAddress,
    props,
    rectAddress,
  } = H;

  // ---------------------------------------------------------------------------------------------
  // Formats
  function logFormat(target, prop, value, marksCells) {
    guardSheetWrite(target.sheet, 'RangeFormat.' + prop);
    target.sheet.formatLog.push({ address: rectAddress(target.rect), prop: prop, value: value });
    if (marksCells) target.sheet.formatted.push(target.rect);
  }

  /** A part of a range's format (format, format.font, format.fill, a border): each set is logged. */
  class FormatPart extends ClientObject {
    constructor(range, kind, fields) {
      super(range._ctx, kind, function () {
        return range._resolve();
      });
      this._range = range;
      this._fields = fields;
    }
    _readers() {
      var logKind = this._logKind || this._kind;
      var out = {};
      this._fields.forEach(function (f) {
        out[f] = function (t) {
          var hit = null;
          t.sheet.formatLog.forEach(function (e) {
            if (e.prop === logKind + '.' + f && e.address === rectAddress(t.rect)) hit = e.value;
          });
          return hit;
        };
      });
      return out;
    }
  }

  function formatProps(cls, kind, fields, checks) {
    props(
      cls,
      fields.map(function (f) {
        return {
          name: f,
          set: function (self, t, v) {
            if (checks && checks[f]) checks[f](v, kind + '.' + f);
            var size = kind === 'RangeFormat' && (f === 'columnWidth' || f === 'rowHeight');
            if (size && (typeof v !== 'number' || v < 0))
              throw apiError('InvalidArgument', MESSAGES.InvalidArgument + ' (' + f + ' ' + v + ')', kind + '.' + f);
            // A border's edge is part of its name: 'RangeBorder:EdgeTop.style'.
            logFormat(t, (self._logKind || kind) + '.' + f, v, !size); // widths and heights do not make cells "used"
            if (kind === 'RangeFormat' && f === 'columnWidth') {
              for (var c = t.rect.left; c < t.rect.left + t.rect.cols; c++) t.sheet.columnWidths[c] = v;
            }
          },
        };
      }),
    );
  }

  var HORIZONTAL = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
  var VERTICAL = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];
  var BORDER_INDEX = [
    'EdgeTop',
    'EdgeBottom',
    'EdgeLeft',
    'EdgeRight',
    'InsideVertical',
    'InsideHorizontal',
    'DiagonalDown',
    'DiagonalUp',
  ];
  var BORDER_STYLE = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'];
  var BORDER_WEIGHT = ['Hairline', 'Thin', 'Medium', 'Thick'];

  class RangeFormat extends FormatPart {
    constructor(range) {
      super(range, 'RangeFormat', ['wrapText', 'horizontalAlignment', 'verticalAlignment', 'columnWidth', 'rowHeight']);
    }
    get font() {
      var range = this._range;
      return child(this, '_font', function () {
        return new RangeFont(range);
      });
    }
    get fill() {
      var range = this._range;
      return child(this, '_fill', function () {
        return new RangeFill(range);
      });
    }
    get borders() {
      var range = this._range;
      return child(this, '_borders', function () {
        return {
          getItem: function (index) {
            return new RangeBorder(range, index);
          },
        };
      });
    }
    autofitColumns() {
      this._act('RangeFormat.autofitColumns', function () {
        called('RangeFormat.autofitColumns');
      });
    }
    autofitRows() {
      this._act('RangeFormat.autofitRows', function () {
        called('RangeFormat.autofitRows');
      });
    }
  }
  formatProps(
    RangeFormat,
    'RangeFormat',
    ['wrapText', 'horizontalAlignment', 'verticalAlignment', 'columnWidth', 'rowHeight'],
    {
      horizontalAlignment: function (v, w) {
        oneOf(v, HORIZONTAL, w);
      },
      verticalAlignment: function (v, w) {
        oneOf(v, VERTICAL, w);
      },
      wrapText: function (v, w) {
        oneOf(v, [true, false], w);
      },
    },
  );

  class RangeFont extends FormatPart {
    constructor(range) {
      super(range, 'RangeFont', ['bold', 'italic', 'size', 'color', 'name', 'underline']);
    }
  }
  formatProps(RangeFont, 'RangeFont', ['bold', 'italic', 'size', 'color', 'name', 'underline'], {
    bold: function (v, w) {
      oneOf(v, [true, false], w);
    },
    italic: function (v, w) {
      oneOf(v, [true, false], w);
    },
    color: color,
    size: function (v, w) {
      if (typeof v !== 'number' || v < 1 || v > 409)
        throw apiError('InvalidArgument', MESSAGES.InvalidArgument + ' (font size ' + v + ')', w);
    },
  });

  class RangeFill extends FormatPart {
    constructor(range) {
      super(range, 'RangeFill', ['color']);
    }
    clear() {
      this._act('RangeFill.clear', function (t) {
        logFormat(t, 'RangeFill.clear', true, false);
        called('RangeFill.clear');
      });
    }
  }
  formatProps(RangeFill, 'RangeFill', ['color'], { color: color });

  class RangeBorder extends FormatPart {
    constructor(range, index) {
      super(range, 'RangeBorder', ['style', 'color', 'weight']);
      this._logKind = 'RangeBorder:' + index;
      // The edge is checked when the border is used, as Excel does on sync.
      this._resolver = function () {
        oneOf(index, BORDER_INDEX, 'RangeBorderCollection.getItem');
        return range._resolve();
      };
    }
  }
  formatProps(RangeBorder, 'RangeBorder', ['style', 'color', 'weight'], {
    style: function (v, w) {
      oneOf(v, BORDER_STYLE, w);
    },
    weight: function (v, w) {
      oneOf(v, BORDER_WEIGHT, w);
    },
    color: color,
  });

  /** Range.dataValidation (ExcelApi 1.8): only list rules are checked closely. */
  class DataValidation extends ClientObject {
    constructor(range) {
      super(range._ctx, 'DataValidation', function () {
        return range._resolve();
      });
    }
    _readers() {
      return {
        rule: function (t) {
          needApi('1.8', 'DataValidation.rule');
          var v = t.sheet.validations.find(function (x) {
            return contains(x.rect, t.rect);
          });
          return v ? deepCopy(v.rule) : {};
        },
      };
    }
    clear() {
      this._act('DataValidation.clear', function (t) {
        needApi('1.8', 'DataValidation.clear');
        guardSheetWrite(t.sheet, 'DataValidation.clear');
        t.sheet.validations = t.sheet.validations.filter(function (x) {
          return !intersects(x.rect, t.rect);
        });
        called('DataValidation.clear');
      });
    }
  }
  props(DataValidation, [
    {
      name: 'rule',
      api: '1.8',
      set: function (self, t, rule) {
        guardSheetWrite(t.sheet, 'DataValidation.rule');
        var where = 'DataValidation.rule';
        if (!rule || typeof rule !== 'object' || Object.keys(rule).length !== 1)
          throw apiError('InvalidArgument', MESSAGES.InvalidArgument + ' (one rule type expected)', where);
        if (rule.list) {
          var src = rule.list.source;
          if (typeof src !== 'string' || src === '' || src.length > 255)
            throw apiError(
              'InvalidArgument',
              MESSAGES.InvalidArgument + ' (list source ' + JSON.stringify(src) + ')',
              where,
            );
        }
        // The new rule replaces any rule on these cells (whether Excel would rather refuse a rule
        // over an existing one is not modelled; the adapter clears first anyway).
        t.sheet.validations = t.sheet.validations.filter(function (x) {
          return !contains(t.rect, x.rect);
        });
        t.sheet.validations.push({ rect: t.rect, rule: rule });
      },
    },
  ]);

  /** Range.conditionalFormats (ExcelApi 1.6): data bars only. */
  class ConditionalFormats extends ClientObject {
    constructor(range) {
      super(range._ctx, 'ConditionalFormatCollection', function () {
        return range._resolve();
      });
    }
    add(type) {
      var bar = { lower: null, upper: null, color: null, gradient: null };
      this._act('ConditionalFormatCollection.add', function (t) {
        needApi('1.6', 'ConditionalFormatCollection.add');
        if (type !== 'DataBar')
          throw apiError('InvalidArgument', MESSAGES.InvalidArgument + ' (only DataBar is modelled)', 'add');
        bar.address = rectAddress(t.rect);
        t.sheet.dataBars.push(bar);
      });
      var set = function (key) {
        return function (v) {
          bar[key] = deepCopy(v);
        };
      };
      var positive = {};
      Object.defineProperty(positive, 'fillColor', { set: set('color') });
      Object.defineProperty(positive, 'gradientFill', { set: set('gradient') });
      var dataBar = { positiveFormat: positive };
      Object.defineProperty(dataBar, 'lowerBoundRule', { set: set('lower') });
      Object.defineProperty(dataBar, 'upperBoundRule', { set: set('upper') });
      return { dataBar: dataBar };
    }
    clearAll() {
      this._act('ConditionalFormatCollection.clearAll', function (t) {
        needApi('1.6', 'ConditionalFormatCollection.clearAll');
        t.sheet.dataBars = t.sheet.dataBars.filter(function (b) {
          return !intersects(parseAddress(b.address, 'clearAll'), t.rect);
        });
      });
    }
  }

  Object.assign(H, { RangeFormat, DataValidation, ConditionalFormats });
};
