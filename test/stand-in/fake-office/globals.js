/**
 * A part of the Office.js stand-in (test/stand-in/fake-office.js: what it models, how it loads).
 *
 * The globals office.js defines: Office (onReady, context, requirements), Excel (run,
 * RequestContext, ErrorCodes) and OfficeExtension (Error, ErrorCodes).
 */
'use strict';

module.exports = function globals(H) {
  const { config, MESSAGES, RequestContext, RichApiError, excelRun, isSetSupported, latency, state } = H;

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

  Object.assign(H, { Office, Excel, OfficeExtension });
};
