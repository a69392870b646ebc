/**
 * A part of the Office.js stand-in (test/stand-in/fake-office.js: what it models, how it loads).
 *
 * Cell input: what Excel does with each element of a values / formulas / numberFormat grid
 * (text prefix, formulas read back as #UNCALC!, numbers typed as text, grid shapes), and the
 * checks of enumerated and colour arguments that the other parts share.
 */
'use strict';

module.exports = function cells(H) {
  const { MESSAGES, apiError, guardSheetWrite, rectAddress } = H;

  var UNCALC = '#UNCALC!';

  // ---------------------------------------------------------------------------------------------
  // Cell input: what Excel does with each element of a values / formulas grid

  var SKIP = {};

  function parseInput(x, where) {
    if (x === null || x === undefined) return SKIP; // null leaves the cell as it is
    if (typeof x === 'number') {
      if (!isFinite(x)) throw apiError('InvalidArgument', MESSAGES.InvalidArgument + ' (' + x + ')', where);
      return { value: x };
    }
    if (typeof x === 'boolean') return { value: x };
    if (typeof x !== 'string')
      throw apiError('InvalidArgument', MESSAGES.InvalidArgument + ' (' + typeof x + ' in a grid)', where);
    if (x === '') return { value: '' };
    if (x.charAt(0) === "'") return { value: x.slice(1), quotePrefix: true }; // Excel's text prefix
    if (x.charAt(0) === '=' && x.length > 1) return { formula: x };
    var t = x.trim();
    if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return { value: Number(t) };
    if (/^(true|false)$/i.test(t)) return { value: t.toUpperCase() === 'TRUE' };
    return { value: x };
  }

  /** The grid as rows × cols: a single value fills the range; other shapes are refused. */
  function shapeGrid(input, rect, where) {
    if (!Array.isArray(input)) {
      var row = [];
      for (var j = 0; j < rect.cols; j++) row.push(input);
      var out = [];
      for (var i = 0; i < rect.rows; i++) out.push(row);
      return out;
    }
    var ok =
      input.length === rect.rows &&
      input.every(function (r) {
        return Array.isArray(r) && r.length === rect.cols;
      });
    if (!ok) {
      throw apiError(
        'InvalidArgument',
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range. (" +
          input.length +
          ' rows for ' +
          rectAddress(rect) +
          ')',
        where,
      );
    }
    return input;
  }

  function writeGrid(target, input, kind) {
    var where = 'Range.' + kind;
    var sheet = target.sheet;
    var rect = target.rect;
    guardSheetWrite(sheet, where);
    var grid = shapeGrid(input, rect, where);
    for (var i = 0; i < rect.rows; i++) {
      for (var j = 0; j < rect.cols; j++) {
        var r = rect.top + i;
        var c = rect.left + j;
        var x = grid[i][j];
        if (kind === 'numberFormat') {
          if (x === null || x === undefined) continue;
          if (typeof x !== 'string')
            throw apiError(
              'InvalidArgument',
              MESSAGES.InvalidArgument + ' (number format ' + JSON.stringify(x) + ')',
              where,
            );
          sheet.cell(r, c).numberFormat = x === 'General' ? undefined : x;
          sheet.tidy(r, c);
          continue;
        }
        var p = parseInput(x, where);
        if (p === SKIP) continue;
        var cell = sheet.cell(r, c);
        delete cell.formula;
        delete cell.quotePrefix;
        if (p.formula !== undefined) {
          cell.formula = p.formula;
          cell.value = UNCALC; // no calculation engine here
        } else {
          cell.value = p.value;
          if (p.quotePrefix) cell.quotePrefix = true;
        }
        sheet.tidy(r, c);
      }
    }
  }

  function readGrid(target, read) {
    var out = [];
    for (var i = 0; i < target.rect.rows; i++) {
      var row = [];
      for (var j = 0; j < target.rect.cols; j++)
        row.push(read(target.sheet, target.rect.top + i, target.rect.left + j));
      out.push(row);
    }
    return out;
  }

  function oneOf(value, allowed, where) {
    if (allowed.indexOf(value) < 0)
      throw apiError(
        'InvalidArgument',
        MESSAGES.InvalidArgument + ' (' + JSON.stringify(value) + ' is not one of ' + allowed.join(', ') + ')',
        where,
      );
  }

  function color(value, where) {
    if (typeof value !== 'string' || !(value === '' || /^#[0-9a-f]{6}$/i.test(value) || /^[a-z]+$/i.test(value))) {
      throw apiError('InvalidArgument', MESSAGES.InvalidArgument + ' (colour ' + JSON.stringify(value) + ')', where);
    }
  }

  Object.assign(H, { writeGrid, readGrid, oneOf, color });
};
