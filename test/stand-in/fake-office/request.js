/**
 * A part of the Office.js stand-in (test/stand-in/fake-office.js: what it models, how it loads).
 *
 * The request and Excel's failure model (see the header of ../fake-office.js): what the
 * test reads (state: syncs, runs, requests, errors, the action log), the payload limits, the
 * RequestContext queue and what one sync measures, refuses, runs and applies, and Excel.run.
 */
'use strict';

module.exports = function request(H) {
  const { config, MESSAGES, RichApiError, SheetModel, apiError, rectAddress, wb } = H;

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
  H.response = { bytes: 0 };

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

  var nextRunId = 1;
  var latency = typeof config.latencyMs === 'number' ? config.latencyMs : 2;

  class RequestContext {
    constructor(run) {
      this._run = run || { id: 0, syncs: 0 };
      this._queue = [];
      this._closed = false;
      this.application = new H.Application(this);
      this.workbook = new H.Workbook(this);
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
      H.response = { bytes: 0 };
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
          record.readBytes = H.response.bytes;
          refuse(error);
        }
      }
      // A response too large: what the request changed stays, nothing it loaded comes back.
      record.readBytes = H.response.bytes;
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

  Object.assign(H, {
    RequestContext,
    state,
    limits,
    jsonBytes,
    logAction,
    called,
    guardSheetWrite,
    guardStructure,
    latency,
    excelRun,
  });
};
