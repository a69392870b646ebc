/**
 * The Office.js stand-in (test/stand-in/fake-office.js and its parts in fake-office/) for jest:
 * the same files the browser run serves, as one script, in place of office.js, loaded here through
 * its factory, one workbook per call. What it models and what it does not is written at the top of
 * that file.
 */
import { parseA1 } from '../../src/workbook/snapshot';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain script the browser loads too
const { createFakeOffice } = require('./fake-office.js') as {
  createFakeOffice: (config: StandInConfig) => StandIn;
};

export interface StandInSheet {
  name: string;
  /** Range.values from (top, left), by default A1; '' for an empty cell. */
  values?: unknown[][];
  top?: number;
  left?: number;
  /**
   * Formulas: a grid like `values` ("=…" where a cell holds one), or by cell ({ C7: '=A1&""' }).
   */
  formulas?: unknown[][] | Record<string, string>;
  /** Number formats of cells that are not General, e.g. { C7: '0.00%' }. */
  numberFormats?: Record<string, string>;
  /** Cells with a hyperlink, as Range.hyperlink gives them, e.g. { E3: { address: 'https://…' } }. */
  hyperlinks?: Record<string, Excel.RangeHyperlink>;
  merges?: string[];
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
  /** Worksheet.protection.protected */
  protected?: boolean;
}

export interface StandInName {
  name: string;
  type?: string;
  value: unknown;
}

export interface StandInConfig {
  workbook?: { sheets: StandInSheet[]; names?: StandInName[]; protected?: boolean };
  /** Excel on the web's 5 MB by default (platform OfficeOnline); Infinity for none. */
  payloadLimitBytes?: number;
  /** Older Excel on the web: GeneralException for a request or response over this many bytes. */
  generalExceptionOverBytes?: number;
  requirementSets?: Record<string, string | null | false>;
  protectedSheets?: string[];
  /** How long a sync takes, in ms (default 2; 0 still answers in a later tick). */
  latencyMs?: number;
  platform?: string;
  displayLanguage?: string;
}

export interface StandInRun {
  id: number;
  syncs: number;
  implicitSync: boolean;
  ok: boolean | null;
  error: string | null;
  errorLocation: string | null;
}

export interface StandInState {
  syncs: number;
  runs: StandInRun[];
  selections: { sheet: string; address: string }[];
  activations: string[];
  calls: Record<string, number>;
  errors: { run: number; code: string; location: string; message?: string; injected?: boolean }[];
  onReadyCalls: number;
  requests: StandInRequest[];
  log: StandInAction[];
}

export interface StandInRequest {
  writeBytes: number;
  readBytes: number;
  ok: boolean;
}

/** One entry of the stand-in's log: an action the host carried out, or the end of a request. */
export interface StandInAction {
  what: string;
  sheet?: string;
  address?: string;
  name?: string;
  value?: unknown;
  ok?: boolean;
}

export interface StandInSheetInfo {
  protected: boolean;
  tabColor: string;
  frozenRows: number;
  orientation: string;
  page: Record<string, unknown>;
  pageBreaks: string[];
  dataBars: { address: string; lower: unknown; upper: unknown; color: unknown; gradient: unknown }[];
  charts: { name: string; type: string; seriesBy: string; source: string; title: unknown; position: unknown }[];
  merges: string[];
  validations: { address: string; rule: unknown }[];
  formats: number;
  columnWidths: Record<string, number>;
}

export interface StandInCell {
  value: unknown;
  formula: unknown;
  numberFormat: string;
  hyperlink: Excel.RangeHyperlink | null;
}

export interface FakeExcelApi {
  state: StandInState;
  sheetNames(): string[];
  values(sheet: string): unknown[][];
  formulas(sheet: string): unknown[][];
  cell(sheet: string, address: string): StandInCell;
  hyperlinks(sheet: string): { address: string; hyperlink: Excel.RangeHyperlink }[];
  names(): { name: string; type: string; value: unknown; sheet: string | null; address: string | null }[];
  activeSheet(): string | null;
  sheetInfo(sheet: string): StandInSheetInfo;
  formatLog(sheet: string): { address: string; prop: string; value: unknown }[];
  digest(): string;
  protectSheet(name: string, on?: boolean): void;
  protectWorkbook(on?: boolean): void;
  /** The request after `after` more (default: the next one) is refused whole with `code`, or with this error object. */
  failSync(code: string | Error, options?: { message?: string; location?: string; after?: number }): void;
  isSetSupported(name: string, version?: string): boolean;
  limits: { payloadBytes: number; generalExceptionOverBytes: number };
  afterSync(fn: (index: number) => void): void;
}

export interface StandIn {
  Excel: {
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
    RequestContext: new () => Excel.RequestContext;
  };
  Office: typeof Office;
  OfficeExtension: { Error: new (...args: unknown[]) => Error };
  fakeExcel: FakeExcelApi;
}

/** An error shaped as Office.js rejects a sync with it. */
export function richApiError(code: string, message: string): Error {
  const e = new Error(message) as Error & { code: string; debugInfo: unknown };
  e.name = 'RichApi.Error';
  e.code = code;
  e.debugInfo = { code, message, errorLocation: '' };
  return e;
}

/** "B3:D7" as 0-based { top, left, rows, cols }. */
export function rect(address: string): { top: number; left: number; rows: number; cols: number } {
  const [a, b = a] = address.split(':');
  const p = parseA1(a);
  const q = parseA1(b);
  return { top: p.row, left: p.col, rows: q.row - p.row + 1, cols: q.col - p.col + 1 };
}

export function standIn(config: StandInConfig = {}): StandIn {
  return createFakeOffice({ latencyMs: 0, ...config });
}

/**
 * A workbook in the stand-in, as the adapter tests use it: `context` is a request context of
 * its own (the adapter's functions take one, as inside Excel.run), and the getters read what the
 * host counted, measured and logged.
 */
export class FakeWorkbook {
  readonly office: StandIn;
  readonly excel: FakeExcelApi;
  readonly context: Excel.RequestContext;

  constructor(
    sheets: StandInSheet[],
    names: StandInName[] = [],
    options: Omit<StandInConfig, 'workbook'> & { workbookProtected?: boolean } = {},
  ) {
    const { workbookProtected, ...config } = options;
    this.office = standIn({ ...config, workbook: { sheets, names, protected: workbookProtected === true } });
    this.excel = this.office.fakeExcel;
    this.context = new this.office.Excel.RequestContext();
  }

  /** context.sync() calls that reached the host, refused ones included. */
  get syncs(): number {
    return this.excel.state.syncs;
  }

  get requests(): StandInRequest[] {
    return this.excel.state.requests;
  }

  get log(): StandInAction[] {
    return this.excel.state.log;
  }

  /** The actions named `what` that the host carried out. */
  did(what: string): StandInAction[] {
    return this.log.filter((a) => a.what === what);
  }

  /** Sheets added, in order. */
  get added(): string[] {
    return this.did('WorksheetCollection.add').map((a) => a.sheet!);
  }

  /** Sheets deleted, in order. */
  get deleted(): string[] {
    return this.did('Worksheet.delete').map((a) => a.sheet!);
  }

  get namesAdded(): { name: string; sheet?: string; ref?: string }[] {
    return this.did('NamedItemCollection.add').map((a) => {
      const now = this.excel.names().find((n) => n.name === a.name);
      return { name: a.name!, sheet: now?.sheet ?? undefined, ref: now?.address ?? undefined };
    });
  }

  get namesDeleted(): string[] {
    return this.did('NamedItem.delete').map((a) => a.name!);
  }

  /** Range.formulas and Range.values sets on `sheet` the host carried out, in order. */
  writes(sheet: string): StandInAction[] {
    return this.log.filter(
      (a) =>
        (a.what === 'Range.formulas=' || a.what === 'Range.values=') && a.sheet?.toLowerCase() === sheet.toLowerCase(),
    );
  }

  /** Change the payload limits (Excel on the web's 5 MB by default). */
  set limitBytes(bytes: number) {
    this.excel.limits.payloadBytes = bytes;
  }

  set generalExceptionOverBytes(bytes: number) {
    this.excel.limits.generalExceptionOverBytes = bytes;
  }
}
