/**
 * A part of the Office.js stand-in (test/stand-in/fake-office.js: what it models, how it loads).
 *
 * The errors Excel answers: RichApi.Error as a sync rejects with it (code, message, debugInfo),
 * the codes' messages, PropertyNotLoaded; and the requirement sets: isSetSupported answers from
 * config.requirementSets, and an API above them fails at sync with ApiNotFound (needApi).
 */
'use strict';

module.exports = function errors(H) {
  const { config } = H;

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

  Object.assign(H, { RichApiError, apiError, MESSAGES, notLoaded, isSetSupported, needApi });
};
