/**
 * A part of the Office.js stand-in (test/stand-in/fake-office.js: what it models, how it loads).
 *
 * A1 addresses: "B3", "B3:D7", "A:C", "2:4" to a { top, left, rows, cols } rectangle and back,
 * sheet names quoted as Excel writes them in a reference, and rectangle arithmetic.
 */
'use strict';

module.exports = function addresses(H) {
  const { MESSAGES, apiError } = H;

  var MAX_ROWS = 1048576;
  var MAX_COLS = 16384;

  // ---------------------------------------------------------------------------------------------
  // A1 addresses

  function colName(c) {
    var s = '';
    for (var n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  }

  function colIndex(letters) {
    var c = 0;
    for (var i = 0; i < letters.length; i++) c = c * 26 + (letters.charCodeAt(i) - 64);
    return c - 1;
  }

  function a1(r, c) {
    return colName(c) + (r + 1);
  }

  /** "B3", "B3:D7", "A:C", "2:4" (with or without $) to { top, left, rows, cols }; throws InvalidArgument. */
  function parseAddress(address, where) {
    var bad = function () {
      return apiError('InvalidArgument', MESSAGES.InvalidArgument + ' (address "' + address + '")', where);
    };
    if (typeof address !== 'string' || address === '' || address.indexOf('!') >= 0) throw bad();
    var parts = address.replace(/\$/g, '').toUpperCase().split(':');
    if (parts.length > 2) throw bad();
    var ends = parts.map(function (p) {
      var m = /^([A-Z]{1,3})?(\d{1,7})?$/.exec(p);
      if (!m || (!m[1] && !m[2])) throw bad();
      return { col: m[1] ? colIndex(m[1]) : null, row: m[2] ? Number(m[2]) - 1 : null };
    });
    if (ends.length === 1) ends.push(ends[0]);
    var p = ends[0];
    var q = ends[1];
    if ((p.col === null) !== (q.col === null) || (p.row === null) !== (q.row === null)) throw bad();
    if (p.col === null && parts.length === 1) throw bad(); // "3" alone is not a range
    if (p.row === null && parts.length === 1) throw bad(); // neither is "C"
    var top = p.row === null ? 0 : Math.min(p.row, q.row);
    var bottom = p.row === null ? MAX_ROWS - 1 : Math.max(p.row, q.row);
    var left = p.col === null ? 0 : Math.min(p.col, q.col);
    var right = p.col === null ? MAX_COLS - 1 : Math.max(p.col, q.col);
    if (top < 0 || bottom >= MAX_ROWS || left < 0 || right >= MAX_COLS) throw bad();
    return { top: top, left: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  function rectAddress(rect) {
    var first = a1(rect.top, rect.left);
    return rect.rows === 1 && rect.cols === 1
      ? first
      : first + ':' + a1(rect.top + rect.rows - 1, rect.left + rect.cols - 1);
  }

  function absAddress(rect) {
    var abs = function (r, c) {
      return '$' + colName(c) + '$' + (r + 1);
    };
    var first = abs(rect.top, rect.left);
    return rect.rows === 1 && rect.cols === 1
      ? first
      : first + ':' + abs(rect.top + rect.rows - 1, rect.left + rect.cols - 1);
  }

  /** Sheet name as Excel writes it in a reference: quoted unless it is letters, digits, _ and . only. */
  function quoteSheet(name) {
    return /^[\p{L}\p{M}_][\p{L}\p{M}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
      ? name
      : "'" + name.replace(/'/g, "''") + "'";
  }

  function intersects(a, b) {
    return a.top < b.top + b.rows && b.top < a.top + a.rows && a.left < b.left + b.cols && b.left < a.left + a.cols;
  }

  function contains(outer, inner) {
    return (
      inner.top >= outer.top &&
      inner.left >= outer.left &&
      inner.top + inner.rows <= outer.top + outer.rows &&
      inner.left + inner.cols <= outer.left + outer.cols
    );
  }

  Object.assign(H, { MAX_ROWS, MAX_COLS, a1, parseAddress, rectAddress, absAddress, quoteSheet, intersects, contains });
};
