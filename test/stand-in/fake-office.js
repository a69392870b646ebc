/**
 * The Office.js stand-in: the one fake Excel every test of the Office.js path runs against.
 *
 * This file is its entry; the stand-in itself is in test/stand-in/fake-office/, one CommonJS
 * module per part (PARTS below, in the order they build one stand-in: each is a function of the
 * stand-in's shared internals `H`, takes what earlier parts put there and adds its own).
 *
 * - The browser runs (test/e2e/office-host.js, hosts.js, ui-thread.js) serve, in place of
 *   https://appsforoffice.microsoft.com/lib/1/hosted/office.js, one script that
 *   test/stand-in/browser-script.js concatenates when the run starts: each part wrapped as a
 *   module, then this file. No bundler, no build step: the page's own <script> tag and
 *   Content-Security-Policy load it unchanged. It installs Office, Excel and OfficeExtension from
 *   window.__FAKE_OFFICE_CONFIG__, set by an init script that runs first, and the test reads and
 *   steers it through window.__fakeExcel (fake-office/fake-excel.js).
 * - jest (test/excel/*, test/contract/contract.test.ts) requires this file through
 *   test/stand-in/stand-in.ts, and this file requires the parts: createFakeOffice(config) makes
 *   one stand-in per call.
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
 *
 * What only real Excel can settle is said where the stand-in assumes it (e.g. whether Excel applies
 * the changes of a request whose response is too large, above and in fake-office/request.js;
 * whether it would rather refuse a list rule over an existing one, fake-office/format.js); what the
 * adapter assumes of Excel is checked against real Excel too (test/contract/checks.ts,
 * docs/real-excel-checklist.md).
 */
(function (root, createFakeOffice) {
  'use strict';
  if (typeof module === 'object' && module.exports) {
    // Required from Node (jest): the factory, one stand-in per call, its parts required beside it.
    module.exports = {
      createFakeOffice: function (config) {
        return createFakeOffice(config, function (name) {
          return require('./fake-office/' + name + '.js');
        });
      },
    };
  } else {
    // Loaded by a <script> tag (the browser run): the parts came first in the same script
    // (browser-script.js); the globals office.js defines, from the config the test's init script set.
    var parts = root.__fakeOfficeParts || {};
    delete root.__fakeOfficeParts;
    var fake = createFakeOffice(root.__FAKE_OFFICE_CONFIG__ || {}, function (name) {
      return parts[name];
    });
    root.OfficeExtension = fake.OfficeExtension;
    root.Excel = fake.Excel;
    root.Office = fake.Office;
    root.__fakeExcel = fake.fakeExcel;
  }
})(typeof window !== 'undefined' ? window : globalThis, function createFakeOffice(config, part) {
  'use strict';
  /** The parts (fake-office/<name>.js), in the order that builds one stand-in. */
  var PARTS = [
    'errors', // RichApi.Error, its codes and messages; requirement sets (ApiNotFound)
    'addresses', // A1 addresses and rectangles
    'model', // the workbook the host holds, loaded from config.workbook
    'request', // the request: sync, payload limits, the failure model, the log; Excel.run
    'proxy', // ClientObject: queued actions, load, PropertyNotLoaded, *OrNullObject; collections
    'cells', // what Excel does with a values / formulas / numberFormat grid; argument checks
    'format', // a range's format, font, fill, borders, data validation, data bars
    'range', // Range
    'page', // page layout, headers and footers, page breaks, charts
    'worksheet', // Worksheet, freeze panes, sheet protection, the worksheet collection
    'names', // workbook names
    'workbook', // Workbook, Application, workbook protection
    'globals', // Office, Excel, OfficeExtension
    'fake-excel', // window.__fakeExcel: what the test reads and the failures it injects
  ];
  var H = { config: config || {} };
  PARTS.forEach(function (name) {
    part(name)(H);
  });
  return { OfficeExtension: H.OfficeExtension, Excel: H.Excel, Office: H.Office, fakeExcel: H.fakeExcel };
});
