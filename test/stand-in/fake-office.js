/**
 * The Office.js stand-in: the one fake Excel every test of the Office.js path runs against.
 *
 * - The browser runs (test/e2e/office-host.js, hosts.js, ui-thread.js) serve this file in place
 *   of https://appsforoffice.microsoft.com/lib/1/hosted/office.js, so the page's own <script>
 *   tag and Content-Security-Policy load it unchanged; it installs Office, Excel and
 *   OfficeExtension from window.__FAKE_OFFICE_CONFIG__, set by an init script that runs first,
 *   and the test reads and steers it through window.__fakeExcel (see the end of this file).
 * - jest (test/excel/*, test/contract/contract.test.ts) requires it through
 *   test/stand-in/stand-in.ts: createFakeOffice(config) makes one stand-in per call.
 *
 * Config: {
 *   workbook: { sheets: [{ name, values, formulas, merges?, visibility?, top?, left?, numberFormats?,
 *     hyperlinks?, protected? }], names: [{ name, type, value }], protected? },
 *   displayLanguage: 'th-TH', officeTheme: { bodyBackgroundColor, … },
 *   requirementSets: { ExcelApi: '1.12' }, protectedSheets: [], latencyMs: 2, platform: 'OfficeOnline',
 *   payloadLimitBytes (default 5 MB on OfficeOnline, none elsewhere), generalExceptionOverBytes,
 *   onReadyDelayMs: 2 (how long Office.onReady takes to answer: office.js first loads the host's
 *   scripts, which on a slow office network takes seconds) }
 *
 * What it models, as Office.js does it:
 * - deferred execution: every property set and method call is queued on its RequestContext and
 *   runs, in order, on context.sync(); loaded properties become readable only after that sync
 *   (reading one earlier throws PropertyNotLoaded, as Office.js does); isNullObject on
 *   *OrNullObject results likewise;
 * - one failure model, Excel's: a request is not a transaction. An action that fails rejects the
 *   sync with a RichApi.Error-shaped error (name, code, message, debugInfo { code, message,
 *   errorLocation }); the actions queued before it in that sync HAVE been applied, the ones after
 *   it have not. A request refused whole (too large, or a failure a test injects with failSync)
 *   applies nothing;
 * - payload limits, per request (one sync): the property values a request sets and the
 *   properties it loads are measured as UTF-8 JSON (state.requests); a request over
 *   payloadLimitBytes is refused before it runs (RequestPayloadSizeLimitExceeded), a response
 *   over it after (ResponsePayloadSizeLimitExceeded: what the request changed stays, nothing it
 *   loaded comes back; whether Excel applies the changes of a request whose response is too large
 *   is not known); generalExceptionOverBytes answers GeneralException instead, as older Excel on
 *   the web did;
 * - requirement sets: isSetSupported('ExcelApi', v) answers from config.requirementSets, and an
 *   API above that version fails at sync with ApiNotFound, as a real older Excel answers;
 * - sheet protection refuses cell, format, merge, link and list changes with AccessDenied (a sheet
 *   protected between two requests: fakeExcel.afterSync + protectSheet); workbook protection
 *   refuses adding and deleting sheets; a very hidden sheet cannot be deleted (InvalidOperation);
 * - Excel.run: one RequestContext per run, objects unusable once the run ends
 *   (InvalidObjectPath), and a last implicit sync when the batch leaves actions queued.
 *
 * What it does not model (recorded loosely or not at all): formula calculation (a formula cell
 * written through the API reads back with the value '#UNCALC!'; the calculation mode is kept but
 * changes nothing), styles beyond a log (fakeExcel.formatLog), conditional formats other than
 * data bars, number parsing of typed text beyond plain numbers and TRUE/FALSE, the size of a
 * request's envelope (object paths, method ids: only the values are measured), Excel's own limits
 * beyond the payload (five million cells a get, 8,192 characters a formula), timing beyond a fixed
 * latency, events. Each action the host carries out is logged (state.log), for tests to ask what
 * was done where; loads are not logged.
 */
(function (root, factory) {
  'use strict';
  // Loaded by a <script> tag (the browser run): the globals office.js defines, from the config
  // the test's init script set. Required from Node (jest): the factory, one stand-in per call.
  if (typeof module === 'object' && module.exports) {
    module.exports = { createFakeOffice: factory };
  } else {
    var fake = factory(root.__FAKE_OFFICE_CONFIG__ || {});
    root.OfficeExtension = fake.OfficeExtension;
    root.Excel = fake.Excel;
    root.Office = fake.Office;
    root.__fakeExcel = fake.fakeExcel;
  }
})(typeof window !== 'undefined' ? window : globalThis, function createFakeOffice(config) {
  'use strict';

  config = config || {};
  var MAX_ROWS = 1048576;
  var MAX_COLS = 16384;
  var UNCALC = '#UNCALC!';

  // ---------------------------------------------------------------------------------------------
  // Errors

  /** The shape of OfficeExtension.Error as Excel rejects a sync with it. */
  class RichApiError extends Error {
    constructor(code, message, location) {
      super(message);
      this.name = 'RichApi.Error';
      this.code = code;
      this.debugInfo = { code: code, message: message, errorLocation: location || '' };
      this.traceMessages = [];
    }
  }

  function apiError(code, message, location) {
    return new RichApiError(code, message, location);
  }

  var MESSAGES = {
    AccessDenied:
      "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet.",
    InvalidOperationInCellEditMode:
      'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
    ItemNotFound: "The requested resource doesn't exist.",
    ItemAlreadyExists: 'The resource already exists.',
    InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
    ApiNotFound: 'The API you are trying to use could not be found. It may be available in a newer version of Excel.',
    GeneralException: 'An internal error has occurred.',
    RequestPayloadSizeLimitExceeded: 'The request payload size has exceeded the limit.',
    ResponsePayloadSizeLimitExceeded: 'The response payload size has exceeded the limit.',
    InvalidObjectPath:
      "The object path isn't working for what you're trying to do. Use context.trackedObjects to use an object across Excel.run calls.",
  };

  function notLoaded(prop) {
    return apiError(
      'PropertyNotLoaded',
      "The property '" +
        prop +
        '\' is not available. Before reading the property\'s value, call the load method on the containing object and call "context.sync()" on the associated request context.',
    );
  }

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

  // ---------------------------------------------------------------------------------------------
  // Requirement sets

  var requirementSets = Object.assign({ ExcelApi: '1.12' }, config.requirementSets || {});

  function versionAtLeast(have, want) {
    var h = String(have).split('.').map(Number);
    var w = String(want).split('.').map(Number);
    for (var i = 0; i < Math.max(h.length, w.length); i++) {
      var a = h[i] || 0;
      var b = w[i] || 0;
      if (a !== b) return a > b;
    }
    return true;
  }

  function isSetSupported(name, version) {
    var key = Object.keys(requirementSets).find(function (k) {
      return k.toLowerCase() === String(name).toLowerCase();
    });
    if (key === undefined || requirementSets[key] === null || requirementSets[key] === false) return false;
    return version === undefined || version === null || versionAtLeast(requirementSets[key], version);
  }

  /** Called when an action runs: an Excel without the set answers ApiNotFound at sync. */
  function needApi(version, what) {
    if (!isSetSupported('ExcelApi', version))
      throw apiError('ApiNotFound', MESSAGES.ApiNotFound + ' (' + what + ' needs ExcelApi ' + version + ')', what);
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

  // ---------------------------------------------------------------------------------------------
  // What the test reads: syncs, runs, selections, API calls

  var state = {
    /** context.sync() calls that reached the "host" (failed ones included). */
    syncs: 0,
    /** One record per Excel.run: { id, syncs, implicitSync, ok, error, errorLocation }. */
    runs: [],
    /** Range.select() as it happened: { sheet, address }. */
    selections: [],
    /** Worksheet.activate(): sheet names. */
    activations: [],
    /** How often each API ran (counted when its action executed): { 'Range.formulas=': 12, … }. */
    calls: {},
    /** Errors the fake host answered: { run, code, location }. */
    errors: [],
    /** Injected failures still to come: { code, message, after }. */
    failures: [],
    /** Office.onReady calls (the boot guard makes one, the pane another). */
    onReadyCalls: 0,
    /**
     * One record per request that reached the host, in order: { writeBytes, readBytes, ok }, as
     * UTF-8 JSON of the property values it set and of the properties it loaded (a refused
     * request keeps what was measured of it).
     */
    requests: [],
    /**
     * What ran, in order: { what, sheet?, address?, name?, value? } for each action the host
     * carried out (a property set carries its value), and { what: 'sync', ok } at the end of each
     * request. Loads are not logged.
     */
    log: [],
    /** Called with the request's index after each request that succeeded (fakeExcel.afterSync). */
    afterSync: [],
  };

  /**
   * Excel on the web refuses a request, or a response, over 5 MB (RequestPayloadSizeLimitExceeded,
   * ResponsePayloadSizeLimitExceeded); the desktop has no such limit. Older Excel on the web
   * answered an oversize one with GeneralException instead (config.generalExceptionOverBytes).
   */
  var limits = {
    payloadBytes:
      typeof config.payloadLimitBytes === 'number'
        ? config.payloadLimitBytes
        : (config.platform || 'OfficeOnline') === 'OfficeOnline'
          ? 5 * 1024 * 1024
          : Infinity,
    generalExceptionOverBytes:
      typeof config.generalExceptionOverBytes === 'number' ? config.generalExceptionOverBytes : Infinity,
  };

  /** What the request being carried out loads, measured as it runs. */
  var response = { bytes: 0 };

  /** Size of `value` as UTF-8 JSON. */
  function jsonBytes(value) {
    var text = JSON.stringify(value);
    if (text === undefined) return 0;
    var n = text.length;
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      // 2 bytes below U+0800, 3 above; a surrogate pair's two units make 4.
      if (c >= 0x80) n += c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2;
    }
    return n;
  }

  function logAction(what, target, value) {
    var entry = { what: what };
    if (target instanceof SheetModel) entry.sheet = target.name;
    else if (target && target.sheet instanceof SheetModel) {
      entry.sheet = target.sheet.name;
      if (target.rect) entry.address = rectAddress(target.rect);
    } else if (target && typeof target.name === 'string') entry.name = target.name;
    if (value !== undefined) entry.value = value;
    state.log.push(entry);
  }

  function called(what) {
    state.calls[what] = (state.calls[what] || 0) + 1;
  }

  function guardSheetWrite(sheet, what) {
    if (sheet.protected) throw apiError('AccessDenied', MESSAGES.AccessDenied, what);
  }

  function guardStructure(what) {
    if (wb.protected)
      throw apiError('AccessDenied', 'The workbook is protected, so its structure cannot be changed.', what);
  }

  // ---------------------------------------------------------------------------------------------
  // Proxy objects

  function deepCopy(x) {
    return x === undefined ? undefined : JSON.parse(JSON.stringify(x));
  }

  /** load('a,b'), load(['a','b']), load({ select: 'a,b' }) → ['a', 'b']. */
  function loadList(spec) {
    if (spec === undefined || spec === null) return null; // everything scalar
    if (typeof spec === 'object' && !Array.isArray(spec)) spec = spec.select || '';
    var list = Array.isArray(spec) ? spec : String(spec).split(',');
    return list
      .map(function (p) {
        return String(p).trim();
      })
      .filter(Boolean);
  }

  /**
   * Base of every proxy. `resolver` finds, when an action runs, what the proxy stands for in the
   * workbook (a SheetModel, a { sheet, rect } range, a name…), or null for a null object.
   */
  class ClientObject {
    constructor(ctx, kind, resolver, nullable) {
      this._ctx = ctx;
      this._kind = kind;
      this._resolver = resolver;
      this._nullable = !!nullable;
      this._loaded = Object.create(null);
      this._isNull = undefined;
      if (nullable) {
        // *OrNullObject: whether the object exists is learnt on the next sync.
        var self = this;
        ctx._enqueue(kind + '.instantiate', function () {
          var target = self._resolve();
          return function () {
            self._isNull = target === null;
          };
        });
      }
    }
    get context() {
      return this._ctx;
    }
    get isNullObject() {
      if (!this._nullable) return false;
      if (this._isNull === undefined) throw notLoaded('isNullObject');
      return this._isNull;
    }
    /** At execution time. */
    _resolve() {
      if (!('_target' in this)) this._target = this._resolver();
      var t = this._target;
      var sheet = t && (t instanceof SheetModel ? t : t.sheet);
      if (sheet && sheet.deleted)
        throw apiError('ItemNotFound', MESSAGES.ItemNotFound + ' (the sheet was deleted)', this._kind);
      return t;
    }
    /**
     * Queue an action on this object; `fn(target)` may return a commit run after a successful
     * sync. `value`, for a property set, is what the request carries (measured, and logged).
     */
    _act(what, fn, value) {
      var self = this;
      this._ctx._enqueue(
        what,
        function () {
          var target = self._resolve();
          if (target === null) return undefined; // actions on a null object do nothing
          var commit = fn(target);
          logAction(what, target, value);
          return commit;
        },
        value === undefined ? 0 : jsonBytes(value),
      );
    }
    _get(prop) {
      if (!(prop in this._loaded)) throw notLoaded(prop);
      return this._loaded[prop];
    }
    /** Props this object can load and how to read each from its target. */
    _readers() {
      return {};
    }
    load(spec) {
      var self = this;
      var wanted = loadList(spec);
      this._ctx._enqueue(this._kind + '.load', function () {
        var target = self._resolve();
        var snap = readProps(self, target, wanted, self._kind + '.load');
        called(self._kind + '.load');
        response.bytes += jsonBytes(snap);
        return function () {
          Object.assign(self._loaded, snap);
        };
      });
      return this;
    }
    toJSON() {
      return Object.assign({}, this._loaded);
    }
  }

  /**
   * The named properties of `obj` from its target (all null for a null object). An unknown name
   * fails the sync; with no names, every property this Excel has (those above its API set left out).
   */
  function readProps(obj, target, wanted, where) {
    var readers = obj._readers();
    var snap = {};
    (wanted || Object.keys(readers)).forEach(function (p) {
      if (p === 'isNullObject') return;
      var reader = readers[p];
      if (!reader)
        throw apiError('InvalidArgument', "The property '" + p + "' does not exist on " + obj._kind + '.', where);
      if (target === null) {
        snap[p] = null;
        return;
      }
      try {
        snap[p] = reader(target);
      } catch (e) {
        if (wanted || !(e instanceof RichApiError) || e.code !== 'ApiNotFound') throw e;
      }
    });
    return snap;
  }

  /** Defines get (after load) / set (queued) accessors. `set(self, target, value)` runs at sync. */
  function props(cls, list) {
    list.forEach(function (p) {
      var desc = {
        configurable: true,
        enumerable: true,
        get: function () {
          return this._get(p.name);
        },
      };
      if (p.set) {
        desc.set = function (value) {
          var self = this;
          var v = deepCopy(value);
          this._act(
            this._kind + '.' + p.name + '=',
            function (target) {
              if (p.api) needApi(p.api, self._kind + '.' + p.name);
              p.set(self, target, v);
              called(self._kind + '.' + p.name + '=');
            },
            v,
          );
        };
      }
      Object.defineProperty(cls.prototype, p.name, desc);
    });
  }

  /** A navigation property (range.format, sheet.freezePanes…): one proxy per parent, made on first use. */
  function child(self, key, make) {
    if (!self[key]) self[key] = make();
    return self[key];
  }

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

  function logFormat(target, prop, value, marksCells) {
    guardSheetWrite(target.sheet, 'RangeFormat.' + prop);
    target.sheet.formatLog.push({ address: rectAddress(target.rect), prop: prop, value: value });
    if (marksCells) target.sheet.formatted.push(target.rect);
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
        return new Worksheet(self._ctx, function () {
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

  class PageLayout extends ClientObject {
    constructor(sheet) {
      super(sheet._ctx, 'PageLayout', function () {
        return sheet._resolve();
      });
    }
    _readers() {
      return {
        orientation: function (s) {
          needApi('1.9', 'PageLayout.orientation');
          return s.orientation;
        },
      };
    }
  }
  props(
    PageLayout,
    [
      {
        name: 'orientation',
        api: '1.9',
        set: function (self, s, v) {
          oneOf(v, ['Portrait', 'Landscape'], 'PageLayout.orientation');
          s.orientation = v;
        },
      },
    ].concat(
      [
        'paperSize',
        'topMargin',
        'bottomMargin',
        'leftMargin',
        'rightMargin',
        'headerMargin',
        'footerMargin',
        'zoom',
      ].map(function (name) {
        return {
          name: name,
          api: '1.9',
          set: function (self, s, v) {
            s.page[name] = v;
          },
        };
      }),
    ),
  );
  PageLayout.prototype.setPrintTitleRows = function (address) {
    this._act('PageLayout.setPrintTitleRows', function (s) {
      needApi('1.9', 'PageLayout.setPrintTitleRows');
      s.page.printTitleRows = address;
    });
  };
  PageLayout.prototype.setPrintArea = function (address) {
    this._act('PageLayout.setPrintArea', function (s) {
      needApi('1.9', 'PageLayout.setPrintArea');
      parseAddress(address, 'PageLayout.setPrintArea');
      s.page.printArea = address;
    });
  };
  Object.defineProperty(PageLayout.prototype, 'headersFooters', {
    get: function () {
      var layout = this;
      return child(this, '_headersFooters', function () {
        return { defaultForAllPages: new HeaderFooter(layout) };
      });
    },
  });

  /** PageLayout.headersFooters.defaultForAllPages (ExcelApi 1.9). */
  class HeaderFooter extends ClientObject {
    constructor(layout) {
      super(layout._ctx, 'HeaderFooter', function () {
        return layout._resolve();
      });
    }
  }
  props(
    HeaderFooter,
    ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'].map(function (name) {
      return {
        name: name,
        api: '1.9',
        set: function (self, s, v) {
          if (typeof v !== 'string')
            throw apiError('InvalidArgument', MESSAGES.InvalidArgument, 'HeaderFooter.' + name);
          s.page[name] = v;
        },
      };
    }),
  );

  /** Worksheet.horizontalPageBreaks (ExcelApi 1.9). */
  class PageBreaks extends ClientObject {
    constructor(sheet) {
      super(sheet._ctx, 'PageBreakCollection', function () {
        return sheet._resolve();
      });
    }
    add(address) {
      this._act('PageBreakCollection.add', function (s) {
        needApi('1.9', 'PageBreakCollection.add');
        s.pageBreaks.push(rectAddress(parseAddress(address, 'PageBreakCollection.add')));
      });
    }
    removePageBreaks() {
      this._act('PageBreakCollection.removePageBreaks', function (s) {
        needApi('1.9', 'PageBreakCollection.removePageBreaks');
        s.pageBreaks = [];
      });
    }
  }

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

  /** Worksheet.charts (ExcelApi 1.1): enough to add one, place it, and delete it by name. */
  class Charts extends ClientObject {
    constructor(sheet) {
      super(sheet._ctx, 'ChartCollection', function () {
        return sheet._resolve();
      });
    }
    add(type, source, seriesBy) {
      var chart = { name: 'Chart ' + Date.now(), type: type, seriesBy: seriesBy, title: null, position: null };
      this._act('ChartCollection.add', function (s) {
        var src = source._resolve();
        chart.source = quoteSheet(src.sheet.name) + '!' + rectAddress(src.rect);
        s.charts.push(chart);
      });
      var title = {};
      Object.defineProperty(title, 'text', {
        set: function (v) {
          chart.title = v;
        },
      });
      var axis = {};
      Object.defineProperty(axis, 'minimum', {
        set: function (v) {
          chart.min = v;
        },
      });
      Object.defineProperty(axis, 'maximum', {
        set: function (v) {
          chart.max = v;
        },
      });
      var proxy = {
        title: title,
        axes: { valueAxis: axis },
        setPosition: function (from, to) {
          chart.position = [from, to];
        },
      };
      Object.defineProperty(proxy, 'name', {
        set: function (v) {
          chart.name = v;
        },
      });
      return proxy;
    }
    getItemOrNullObject(name) {
      var charts = this;
      return {
        delete: function () {
          charts._act('Chart.delete', function (s) {
            s.charts = s.charts.filter(function (c) {
              return c.name !== name;
            });
          });
        },
      };
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

  /** worksheets / names: `items` after load('items/…'); other load paths are item properties. */
  class Collection extends ClientObject {
    constructor(ctx, kind, listTargets, makeItem) {
      super(ctx, kind, function () {
        return wb;
      });
      this._listTargets = listTargets;
      this._makeItem = makeItem;
    }
    get items() {
      return this._get('items');
    }
    load(spec) {
      var self = this;
      var wanted = (loadList(spec) || ['items'])
        .map(function (p) {
          return p.indexOf('items/') === 0 ? p.slice(6) : p;
        })
        .filter(function (p) {
          return p !== 'items';
        });
      // 'protection/protected': a property of a navigation property of each item (one level).
      var nested = wanted.filter(function (p) {
        return p.indexOf('/') > 0;
      });
      var own = wanted.filter(function (p) {
        return p.indexOf('/') < 0;
      });
      this._ctx._enqueue(this._kind + '.load', function () {
        var targets = self._listTargets();
        var items = targets.map(function (t) {
          var item = self._makeItem(t);
          item._target = t;
          return item;
        });
        var snaps = items.map(function (item, i) {
          // Own properties named, or none when only nested ones are; nothing named loads every scalar.
          var ownWanted = own.length ? own : nested.length ? [] : null;
          return readProps(item, targets[i], ownWanted, self._kind + '.load');
        });
        var childSnaps = items.map(function (item) {
          return nested.map(function (path) {
            var head = path.slice(0, path.indexOf('/'));
            var child = item[head];
            if (!(child instanceof ClientObject))
              throw apiError(
                'InvalidArgument',
                "The property '" + head + "' is not a navigation property of " + item._kind + '.',
                self._kind + '.load',
              );
            return {
              child: child,
              snap: readProps(child, child._resolve(), [path.slice(head.length + 1)], self._kind + '.load'),
            };
          });
        });
        called(self._kind + '.load');
        response.bytes +=
          jsonBytes(snaps) +
          jsonBytes(
            childSnaps.map(function (c) {
              return c.map(function (x) {
                return x.snap;
              });
            }),
          );
        return function () {
          items.forEach(function (item, i) {
            Object.assign(item._loaded, snaps[i]);
            childSnaps[i].forEach(function (c) {
              Object.assign(c.child._loaded, c.snap);
            });
          });
          self._loaded.items = items;
        };
      });
      return this;
    }
  }

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

  // ---------------------------------------------------------------------------------------------
  // Workbook names

  class NamedItem extends ClientObject {
    constructor(ctx, resolver, nullable) {
      super(ctx, 'NamedItem', resolver, nullable);
    }
    _readers() {
      return {
        name: function (n) {
          return n.name;
        },
        type: function (n) {
          return nameType(n);
        },
        value: function (n) {
          return nameValue(n);
        },
        visible: function (n) {
          return n.visible;
        },
        comment: function (n) {
          return n.comment;
        },
        formula: function (n) {
          needApi('1.7', 'NamedItem.formula');
          return '=' + nameValue(n);
        },
      };
    }
    delete() {
      this._act('NamedItem.delete', function (n) {
        needApi('1.4', 'NamedItem.delete');
        wb.names = wb.names.filter(function (x) {
          return x !== n;
        });
        called('NamedItem.delete');
      });
    }
  }
  props(NamedItem, [
    { name: 'name' },
    { name: 'type' },
    { name: 'value' },
    { name: 'visible' },
    { name: 'comment' },
    { name: 'formula' },
  ]);

  function validName(name) {
    return (
      typeof name === 'string' &&
      name.length <= 255 &&
      /^[\p{L}_\\][\p{L}\p{M}\p{N}_.\\?]*$/u.test(name) &&
      !/^[A-Za-z]{1,3}\d+$/.test(name) && // would read as a cell
      !/^[rRcC]$/.test(name)
    );
  }

  class NamedItemCollection extends Collection {
    constructor(ctx) {
      super(
        ctx,
        'NamedItemCollection',
        function () {
          return wb.names.slice();
        },
        function (n) {
          return new NamedItem(ctx, function () {
            return n;
          });
        },
      );
    }
    getItem(name) {
      return new NamedItem(this._ctx, function () {
        var n = findName(name);
        if (!n)
          throw apiError(
            'ItemNotFound',
            MESSAGES.ItemNotFound + ' (name "' + name + '")',
            'NamedItemCollection.getItem',
          );
        return n;
      });
    }
    getItemOrNullObject(name) {
      return new NamedItem(
        this._ctx,
        function () {
          needApi('1.4', 'NamedItemCollection.getItemOrNullObject');
          return findName(name) || null;
        },
        true,
      );
    }
    add(name, reference, comment) {
      var ctx = this._ctx;
      var proxy = new NamedItem(ctx, function () {
        throw apiError('ItemNotFound', MESSAGES.ItemNotFound + ' (the name was not added)', 'NamedItemCollection.add');
      });
      if (reference instanceof Range && reference._ctx !== ctx)
        throw apiError('InvalidObjectPath', MESSAGES.InvalidObjectPath, 'NamedItemCollection.add');
      ctx._enqueue('NamedItemCollection.add', function () {
        needApi('1.4', 'NamedItemCollection.add');
        if (!validName(name))
          throw apiError(
            'InvalidArgument',
            MESSAGES.InvalidArgument + ' (name ' + JSON.stringify(name) + ')',
            'NamedItemCollection.add',
          );
        if (findName(name))
          throw apiError(
            'ItemAlreadyExists',
            MESSAGES.ItemAlreadyExists + ' (name "' + name + '")',
            'NamedItemCollection.add',
          );
        var item;
        if (reference instanceof Range) {
          var t = reference._resolve();
          item = {
            name: name,
            type: 'Range',
            ref: { sheet: t.sheet, rect: t.rect },
            comment: comment || '',
            visible: true,
          };
        } else if (typeof reference === 'string') {
          var ref = parseReference(reference);
          item = ref
            ? { name: name, type: 'Range', ref: ref, comment: comment || '', visible: true }
            : { name: name, type: 'String', value: reference.replace(/^=/, ''), comment: comment || '', visible: true };
        } else {
          throw apiError('InvalidArgument', MESSAGES.InvalidArgument + ' (reference)', 'NamedItemCollection.add');
        }
        wb.names.push(item);
        proxy._target = item;
        called('NamedItemCollection.add');
        logAction('NamedItemCollection.add', item, item.ref ? undefined : item.value);
      });
      return proxy;
    }
  }

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

  var nextRunId = 1;
  var latency = typeof config.latencyMs === 'number' ? config.latencyMs : 2;

  class RequestContext {
    constructor(run) {
      this._run = run || { id: 0, syncs: 0 };
      this._queue = [];
      this._closed = false;
      this.application = new Application(this);
      this.workbook = new Workbook(this);
      this.trackedObjects = { add: function () {}, remove: function () {} };
    }
    _enqueue(what, fn, bytes) {
      if (this._closed) throw apiError('InvalidObjectPath', MESSAGES.InvalidObjectPath, what);
      this._queue.push({ what: what, fn: fn, bytes: bytes || 0 });
    }
    sync() {
      var self = this;
      if (this._closed)
        return Promise.reject(apiError('InvalidObjectPath', MESSAGES.InvalidObjectPath, 'RequestContext.sync'));
      var queue = this._queue;
      this._queue = [];
      var run = this._run;
      run.syncs++;
      state.syncs++;
      // The round trip: Excel answers later, never within the same tick.
      return new Promise(function (resolve) {
        setTimeout(resolve, latency);
      }).then(function () {
        return self._execute(queue, run);
      });
    }
    _execute(queue, run) {
      var record = { writeBytes: 0, readBytes: 0, ok: false };
      var index = state.requests.length;
      state.requests.push(record);
      queue.forEach(function (action) {
        record.writeBytes += action.bytes;
      });
      var refuse = function (error, injected) {
        var entry = { run: run.id, code: error.code, location: error.debugInfo.errorLocation };
        if (injected) entry.injected = true;
        else entry.message = error.message;
        state.errors.push(entry);
        state.log.push({ what: 'sync', ok: false });
        throw error;
      };
      // Refused whole, before anything in the request ran: an injected failure, a request too large.
      var injected = state.failures[0];
      if (injected) {
        if (injected.after > 0) injected.after--;
        else {
          state.failures.shift();
          if (injected.error) {
            state.errors.push({ run: run.id, code: injected.code, location: '', injected: true });
            state.log.push({ what: 'sync', ok: false });
            throw injected.error;
          }
          refuse(
            apiError(
              injected.code,
              injected.message || MESSAGES[injected.code] || injected.code,
              injected.location || '',
            ),
            true,
          );
        }
      }
      if (record.writeBytes > limits.generalExceptionOverBytes)
        refuse(apiError('GeneralException', MESSAGES.GeneralException, 'RequestContext.sync'));
      if (record.writeBytes > limits.payloadBytes)
        refuse(
          apiError('RequestPayloadSizeLimitExceeded', MESSAGES.RequestPayloadSizeLimitExceeded, 'RequestContext.sync'),
        );
      response = { bytes: 0 };
      var commits = [];
      for (var i = 0; i < queue.length; i++) {
        var action = queue[i];
        try {
          var commit = action.fn();
          if (typeof commit === 'function') commits.push(commit);
        } catch (err) {
          // What ran before this action stays applied; the rest of the request is dropped.
          var error =
            err instanceof RichApiError
              ? err
              : apiError('GeneralException', String((err && err.message) || err), action.what);
          if (!error.debugInfo.errorLocation) error.debugInfo.errorLocation = action.what;
          record.readBytes = response.bytes;
          refuse(error);
        }
      }
      // A response too large: what the request changed stays, nothing it loaded comes back.
      record.readBytes = response.bytes;
      if (record.readBytes > limits.generalExceptionOverBytes)
        refuse(apiError('GeneralException', MESSAGES.GeneralException, 'RequestContext.sync'));
      if (record.readBytes > limits.payloadBytes)
        refuse(
          apiError(
            'ResponsePayloadSizeLimitExceeded',
            MESSAGES.ResponsePayloadSizeLimitExceeded,
            'RequestContext.sync',
          ),
        );
      commits.forEach(function (c) {
        c();
      });
      record.ok = true;
      state.log.push({ what: 'sync', ok: true });
      state.afterSync.forEach(function (fn) {
        fn(index);
      });
    }
  }

  function excelRun(a, b) {
    var batch = typeof a === 'function' ? a : b;
    var run = { id: nextRunId++, syncs: 0, implicitSync: false, ok: null, error: null, errorLocation: null };
    state.runs.push(run);
    var ctx = new RequestContext(run);
    return Promise.resolve()
      .then(function () {
        return batch(ctx);
      })
      .then(function (result) {
        // Excel.run sends what the batch left queued.
        if (ctx._queue.length === 0) return result;
        run.implicitSync = true;
        return ctx.sync().then(function () {
          return result;
        });
      })
      .then(
        function (result) {
          run.ok = true;
          ctx._closed = true;
          return result;
        },
        function (e) {
          run.ok = false;
          run.error = (e && e.code) || String((e && e.message) || e);
          run.errorLocation = (e && e.debugInfo && e.debugInfo.errorLocation) || null;
          ctx._closed = true;
          throw e;
        },
      );
  }

  // ---------------------------------------------------------------------------------------------
  // The globals office.js defines

  var ErrorCodes = {};
  Object.keys(MESSAGES)
    .concat([
      'InvalidOperation',
      'InvalidReference',
      'InvalidSelection',
      'PropertyNotLoaded',
      'UnsupportedOperation',
      'RequestAborted',
    ])
    .forEach(function (c) {
      ErrorCodes[c.charAt(0).toLowerCase() + c.slice(1)] = c;
    });

  var OfficeExtension = { Error: RichApiError, ErrorCodes: ErrorCodes };

  var Excel = {
    run: excelRun,
    RequestContext: RequestContext,
    ErrorCodes: ErrorCodes,
  };

  var HostType = {
    Word: 'Word',
    Excel: 'Excel',
    PowerPoint: 'PowerPoint',
    Outlook: 'Outlook',
    OneNote: 'OneNote',
    Project: 'Project',
    Access: 'Access',
  };
  var PlatformType = {
    PC: 'PC',
    OfficeOnline: 'OfficeOnline',
    Mac: 'Mac',
    iOS: 'iOS',
    Android: 'Android',
    Universal: 'Universal',
  };
  var platform = config.platform || PlatformType.OfficeOnline;

  var officeTheme = Object.assign(
    {
      bodyBackgroundColor: '#FFFFFF',
      bodyForegroundColor: '#000000',
      controlBackgroundColor: '#FFFFFF',
      controlForegroundColor: '#000000',
    },
    config.officeTheme || {},
  );

  var readyInfo = { host: HostType.Excel, platform: platform };
  var officeReadyAt = Date.now() + (typeof config.onReadyDelayMs === 'number' ? config.onReadyDelayMs : 0);
  var Office = {
    HostType: HostType,
    PlatformType: PlatformType,
    context: {
      displayLanguage: config.displayLanguage || 'en-US',
      contentLanguage: config.displayLanguage || 'en-US',
      officeTheme: officeTheme,
      host: HostType.Excel,
      platform: platform,
      diagnostics: { host: HostType.Excel, platform: platform, version: '16.0.0.0' },
      requirements: { isSetSupported: isSetSupported },
    },
    /** Calls back (and resolves) with the host once "Office" is ready: never synchronously. */
    onReady: function (callback) {
      state.onReadyCalls++;
      // Office is ready at one moment after the script loaded; every call answers from then on.
      var readyAt = Math.max(latency, officeReadyAt - Date.now());
      return new Promise(function (resolve) {
        setTimeout(function () {
          if (typeof Office.initialize === 'function') Office.initialize('');
          if (typeof callback === 'function') callback(readyInfo);
          resolve(readyInfo);
        }, readyAt);
      });
    },
    actions: { associate: function () {} },
  };

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
  return { OfficeExtension: OfficeExtension, Excel: Excel, Office: Office, fakeExcel: fakeExcel };
});
