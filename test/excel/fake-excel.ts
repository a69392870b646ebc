/**
 * A fake Excel for the Office.js adapter tests (office-adapter.test.ts, recompute-syncs.test.ts),
 * built from office-addin-mock's OfficeMockObject.
 *
 * What OfficeMockObject gives: properties that read as "not loaded" / "sync not called" until
 * load() and sync() happened, so a read before load or before sync shows up as a wrong value.
 * What it cannot model, and what this file adds around it (the "fake"):
 * - collections: load('items/name') throws ("Navigational property items…"), since arrays are
 *   stored as plain values; worksheets/names get a load() that loads `items` and forwards the
 *   rest to each item;
 * - objects returned by methods (getRange, getUsedRangeOrNullObject, add) are not part of the
 *   context's tree, so context.sync() would not reach them: the fake keeps every object it
 *   creates and syncs each one;
 * - isNullObject: the mock would demand load('isNullObject'), which Office.js does not need;
 *   the fake defines it as a getter that throws when read before the next sync;
 * - round trips and request sizes: context.sync is a jest.fn that counts calls, measures what
 *   each request carries (formulas/numberFormat/hyperlink set, values loaded) and can refuse a
 *   request over a size limit (as Excel on the web does over 5 MB) or throw a chosen error;
 * - one failure model, Excel's: a request refused whole (over the payload limit, or a failure a
 *   test injects with failAt) applies nothing; an operation Excel refuses part way (deleting a very
 *   hidden sheet, writing to a sheet protected after the probe) stops the request there, and what
 *   came before it in the request stays done: a request is not a transaction. Sheet and name
 *   changes are queued in order and committed up to the failing operation.
 * Written grids are not interpreted as Excel would (no formula parsing): tests assert what the
 * adapter sends.
 */
import { OfficeMockObject } from 'office-addin-mock';

// office-addin-mock 4 requires office-addin-manifest only for its OfficeApp enum, and that
// package loads an ES-module-only dependency (strip-bom) that Jest's CommonJS runtime cannot
// parse without transforming node_modules. The enum is all the mock needs. (jest.mock is
// hoisted above the import, and works from this helper because Jest gives every module `jest`;
// test files must import this module before anything else that loads office-addin-mock.)
jest.mock('office-addin-manifest', () => ({
  OfficeApp: {
    Excel: 'excel',
    OneNote: 'onenote',
    Outlook: 'outlook',
    PowerPoint: 'powerpoint',
    Project: 'project',
    Word: 'word',
  },
}));
import { parseA1 } from '../../src/workbook/snapshot';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- office-addin-mock builds objects of any shape at run time
export type AnyMock = OfficeMockObject & Record<string, any>;

export function richApiError(code: string, message: string): Error {
  const e = new Error(message) as Error & { code: string; debugInfo: unknown };
  e.name = 'RichApi.Error';
  e.code = code;
  e.debugInfo = { code, message, errorLocation: 'Range.formulas' };
  return e;
}

export function rect(address: string): { top: number; left: number; rows: number; cols: number } {
  const [a, b = a] = address.split(':');
  const p = parseA1(a);
  const q = parseA1(b);
  return { top: p.row, left: p.col, rows: q.row - p.row + 1, cols: q.col - p.col + 1 };
}

function measured(value: unknown): number {
  return value === undefined ? 0 : Buffer.byteLength(JSON.stringify(value), 'utf8');
}

export interface FakeSheetInput {
  name: string;
  /** Used range values as Excel returns them ('' for empty). */
  values?: unknown[][];
  top?: number;
  left?: number;
  /** Cells whose formula differs from their value, e.g. { C7: '=A1&""' }. */
  formulas?: Record<string, string>;
  /** Number formats of cells that are not General, e.g. { C7: '0.00%' }. */
  numberFormats?: Record<string, string>;
  /** Worksheet.protection.protected */
  protected?: boolean;
  /** Worksheet.visibility; Excel refuses to delete a VeryHidden sheet (InvalidOperation). */
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
  /** Cells with a hyperlink, as Range.hyperlink gives them, e.g. { E3: { address: 'https://…' } }. */
  hyperlinks?: Record<string, Excel.RangeHyperlink>;
}

export interface RangeRecord {
  sheet: string;
  address: string;
  mock: AnyMock;
  loaded: string[];
  borders: Record<string, { style?: string }>;
  synced: boolean;
  /** Values the range holds in the fake workbook (what a load of `values` returns). */
  values: unknown[][];
  /** Number formats the range holds (what a load of `numberFormat` returns). */
  formats: unknown[][];
  /** The adapter set formulas (seen before the sync, when a loaded value would still be a "not synced" string). */
  wrote: boolean;
  /** The range was made with a readable `hyperlink` (a single cell of a sheet that has links). */
  linkReadable: boolean;
}

export interface RequestLog {
  writeBytes: number;
  readBytes: number;
  ok: boolean;
}

export class FakeExcel {
  readonly sync = jest.fn(() => {
    this.calcLog.push('sync');
    return this.doSync();
  });
  readonly context: Excel.RequestContext;
  readonly root: AnyMock;
  readonly ranges: RangeRecord[] = [];
  readonly requests: RequestLog[] = [];
  /** Committed (successful requests only). */
  readonly added: string[] = [];
  readonly deleted: string[] = [];
  readonly namesAdded: { name: string; sheet: string; ref: string }[] = [];
  readonly namesDeleted: string[] = [];
  activated?: string;
  /** Refuse a request whose measured payload is larger (Excel on the web: 5 MB). */
  limitBytes = Infinity;
  /** Throw this error at request number `index` (0-based), if it returns one. */
  failAt?: (index: number) => unknown;
  /**
   * Older Excel on the web: a request (or response) over this many bytes is refused with
   * GeneralException "An internal error has occurred." instead of a payload-size code.
   */
  generalExceptionOverBytes = Infinity;
  /**
   * Sheets protected after the adapter's probe looked (someone clicked Protect Sheet meanwhile):
   * a request that writes to one is refused as Excel on the web does, AccessDenied "You cannot
   * perform the requested operation." at Range.formulas.
   */
  readonly protectedLater = new Set<string>();

  private readonly data = new Map<string, FakeSheetInput>();
  private readonly sheetItems: AnyMock[] = [];
  private readonly nameItems: AnyMock[] = [];
  private readonly sheetMocks = new Map<string, AnyMock>();
  private readonly mocks: AnyMock[] = [];
  private sinceSync: RangeRecord[] = [];
  /** Sheets whose delete() was queued since the last sync. */
  /** Deletions queued since the last sync, with their place in `queued`. */
  private deleting: { name: string; at: number }[] = [];
  private queued: (() => void)[] = [];
  private nullChecks: (() => void)[] = [];

  constructor(
    sheets: FakeSheetInput[],
    names: { name: string; type: string; value: unknown }[] = [],
    options: { workbookProtected?: boolean } = {},
  ) {
    for (const s of sheets) {
      this.data.set(s.name.toLowerCase(), s);
      this.sheetItems.push(this.sheetMock(s.name));
    }
    for (const n of names) this.nameItems.push(this.nameMock(n.name, n.type, n.value));
    const fake = this;
    const collectionLoad = (items: AnyMock[]) =>
      function (this: AnyMock, arg: string) {
        OfficeMockObject.prototype.load.call(this, 'items');
        const sub = arg
          .split(',')
          .map((p) => p.trim())
          .filter((p) => p.startsWith('items/'))
          .map((p) => p.slice('items/'.length));
        for (const item of items) item.load(sub.join(','));
        return this;
      };
    this.root = new OfficeMockObject({
      workbook: {
        protection: { protected: options.workbookProtected === true },
        worksheets: {
          items: this.sheetItems,
          load: collectionLoad(this.sheetItems),
          getItem: (name: string) => fake.sheetMock(name),
          add: (name: string) => {
            const m = fake.sheetMock(name);
            fake.queued.push(() => {
              fake.added.push(name);
              fake.data.set(name.toLowerCase(), { name });
              fake.sheetItems.push(m);
            });
            return m;
          },
        },
        names: {
          items: this.nameItems,
          load: collectionLoad(this.nameItems),
          getItem: (name: string) =>
            fake.nameItems.find((n) => n._name === name) ?? fake.nameMock(name, 'Error', '#NAME?'),
          add: (name: string, range: AnyMock) => {
            const rec = fake.ranges.find((r) => r.mock === range);
            fake.queued.push(() =>
              fake.namesAdded.push({ name, sheet: rec?.sheet ?? '?', ref: rec?.address ?? String(range) }),
            );
          },
        },
      },
      application: {
        suspendApiCalculationUntilNextSync: jest.fn(() => fake.calcLog.push('suspend')),
        suspendScreenUpdatingUntilNextSync: jest.fn(),
        calculate: jest.fn((type: string) => fake.calcLog.push(`calculate ${type}`)),
      },
    }) as AnyMock;
    this.root.sync = this.sync;
    this.mocks.push(this.root);
    this.context = this.root as unknown as Excel.RequestContext;
  }

  /** Calculation calls and syncs in order ("suspend", "calculate Recalculate", "sync"). */
  readonly calcLog: string[] = [];

  get application(): {
    suspendApiCalculationUntilNextSync: jest.Mock;
    suspendScreenUpdatingUntilNextSync: jest.Mock;
    calculate: jest.Mock;
  } {
    return this.root.application;
  }

  sheet(name: string): AnyMock {
    return this.sheetMock(name);
  }

  /** Range records on `sheet` whose formulas were set, in the order they were created. */
  writes(sheet: string): RangeRecord[] {
    return this.ranges.filter((r) => r.sheet === sheet && r.wrote && r.synced);
  }

  private sheetMock(name: string): AnyMock {
    const key = name.toLowerCase();
    const existing = this.sheetMocks.get(key);
    if (existing) return existing;
    const fake = this;
    const m = new OfficeMockObject({
      name,
      getUsedRangeOrNullObject: () => fake.usedRange(name, true),
      getUsedRange: () => fake.usedRange(name, false),
      getRange: (address: string) => fake.range(name, address),
      delete: () => {
        fake.deleting.push({ name, at: fake.queued.length });
        fake.queued.push(() => fake.deleted.push(name));
      },
      visibility: fake.data.get(key)?.visibility ?? 'Visible',
      activate: () => fake.queued.push(() => (fake.activated = name)),
      freezePanes: { freezeRows: jest.fn(), unfreeze: jest.fn() },
      pageLayout: {
        headersFooters: { defaultForAllPages: {} },
        setPrintTitleRows: jest.fn(),
        setPrintArea: jest.fn(),
      },
      horizontalPageBreaks: { add: jest.fn(), removePageBreaks: jest.fn() },
      charts: {
        add: jest.fn(() => ({ title: {}, axes: { valueAxis: {} }, setPosition: jest.fn() })),
        getItemOrNullObject: jest.fn(() => ({ delete: jest.fn() })),
      },
      protection: { protected: fake.data.get(key)?.protected === true },
    }) as AnyMock;
    this.sheetMocks.set(key, m);
    this.mocks.push(m);
    return m;
  }

  private nameMock(name: string, type: string, value: unknown): AnyMock {
    const fake = this;
    const m = new OfficeMockObject({
      name,
      type,
      value,
      delete: () => fake.queued.push(() => fake.namesDeleted.push(name)),
    }) as AnyMock;
    m._name = name;
    this.mocks.push(m);
    return m;
  }

  private usedRange(sheet: string, orNull: boolean): AnyMock {
    const d = this.data.get(sheet.toLowerCase());
    const rows = d?.values?.length ?? 0;
    // A loop, not Math.max(...rows): a spread of 100,000 arguments can overflow the stack.
    let cols = 0;
    for (const r of d?.values ?? []) cols = Math.max(cols, r.length);
    if (rows === 0) {
      const m = this.range(sheet, 'A1');
      if (orNull) this.defineNull(m, true);
      return m;
    }
    const top = d!.top ?? 0;
    const left = d!.left ?? 0;
    const address = `${a1(top, left)}:${a1(top + rows - 1, left + cols - 1)}`;
    const m = this.range(sheet, address);
    if (orNull) this.defineNull(m, false);
    return m;
  }

  private defineNull(m: AnyMock, isNull: boolean): void {
    let synced = false;
    this.nullChecks.push(() => (synced = true));
    Object.defineProperty(m, 'isNullObject', {
      get: () => {
        if (!synced) throw new Error('isNullObject read before context.sync()');
        return isNull;
      },
    });
  }

  private range(sheet: string, address: string): AnyMock {
    const r = rect(address);
    const d = this.data.get(sheet.toLowerCase());
    const top = d?.top ?? 0;
    const left = d?.left ?? 0;
    const values: unknown[][] = [];
    const formulas: unknown[][] = [];
    const formats: unknown[][] = [];
    for (let i = 0; i < r.rows; i++) {
      const src = d?.values?.[r.top + i - top];
      const row: unknown[] = new Array(r.cols);
      const frow: unknown[] = new Array(r.cols);
      const nrow: unknown[] = new Array(r.cols);
      for (let j = 0; j < r.cols; j++) {
        const v = src?.[r.left + j - left];
        row[j] = v === undefined ? '' : v;
        frow[j] = d?.formulas?.[a1(r.top + i, r.left + j)] ?? row[j];
        nrow[j] = d?.numberFormats?.[a1(r.top + i, r.left + j)] ?? 'General';
      }
      values.push(row);
      formulas.push(frow);
      formats.push(nrow);
    }
    const rec: RangeRecord = {
      sheet,
      address,
      mock: undefined as unknown as AnyMock,
      values,
      formats,
      loaded: [],
      borders: {},
      synced: false,
      wrote: false,
      linkReadable: false,
    };
    // A single cell of a sheet with links can be asked for its hyperlink (an empty one when it has none).
    const linkProps: Record<string, unknown> = {};
    if (d?.hyperlinks && r.rows === 1 && r.cols === 1) {
      linkProps.hyperlink = d.hyperlinks[a1(r.top, r.left)] ?? {};
      rec.linkReadable = true;
    }
    const m = new OfficeMockObject({
      ...linkProps,
      address: `${sheet}!${address}`,
      values,
      formulas,
      numberFormat: formats,
      rowIndex: r.top,
      columnIndex: r.left,
      rowCount: r.rows,
      columnCount: r.cols,
      format: {
        font: {},
        fill: {},
        borders: { getItem: (edge: string) => (rec.borders[edge] ??= {}) },
      },
      dataValidation: { clear: jest.fn() },
      conditionalFormats: { add: jest.fn(() => ({ dataBar: { positiveFormat: {} } })), clearAll: jest.fn() },
      merge: jest.fn(),
      unmerge: jest.fn(),
      clear: jest.fn(),
    }) as AnyMock;
    const load = m.load.bind(m);
    m.load = (arg: string) => {
      rec.loaded.push(...arg.split(',').map((p) => p.trim()));
      return load(arg);
    };
    rec.mock = m;
    this.ranges.push(rec);
    this.sinceSync.push(rec);
    this.mocks.push(m);
    return m;
  }

  private async doSync(): Promise<void> {
    const index = this.requests.length;
    const created = this.sinceSync;
    this.sinceSync = [];
    const queued = this.queued;
    this.queued = [];
    let writeBytes = 0;
    let readBytes = 0;
    for (const rec of created) {
      rec.wrote = Array.isArray(rec.mock.formulas);
      if (rec.wrote) writeBytes += measured(rec.mock.formulas);
      if (Array.isArray(rec.mock.numberFormat) && rec.mock.numberFormat !== rec.formats)
        writeBytes += measured(rec.mock.numberFormat);
      if (rec.mock.hyperlink !== undefined && !rec.linkReadable) writeBytes += measured(rec.mock.hyperlink);
      if (rec.loaded.includes('values')) readBytes += measured(rec.values);
      if (rec.loaded.includes('numberFormat')) readBytes += measured(rec.formats);
    }
    const injected = this.failAt?.(index);
    const refuse = (e: unknown): never => {
      this.requests.push({ writeBytes, readBytes, ok: false });
      throw e;
    };
    if (injected) refuse(injected);
    const deleting = this.deleting;
    this.deleting = [];
    // What the adapter set before delete() decides (the mock keeps an assigned value; unloaded and
    // unassigned it reads as a "not loaded" message, and the sheet's own visibility holds).
    const visibility = (name: string): unknown => {
      const now: unknown = this.sheetMock(name).visibility;
      return now === 'Visible' || now === 'Hidden' || now === 'VeryHidden'
        ? now
        : this.data.get(name.toLowerCase())?.visibility;
    };
    // An operation refused part way: what the request did before it stays done.
    const stopAt = (doneOps: number, doneRanges: number, e: unknown): never => {
      for (const q of queued.slice(0, doneOps)) q();
      for (const rec of created.slice(0, doneRanges)) if (rec.wrote) rec.synced = true;
      return refuse(e);
    };
    const hiddenDelete = deleting.find((d) => visibility(d.name) === 'VeryHidden');
    if (hiddenDelete)
      stopAt(
        hiddenDelete.at,
        0,
        richApiError('InvalidOperation', 'This operation is not permitted for the current object.'),
      );
    const locked = created.findIndex((rec) => rec.wrote && this.protectedLater.has(rec.sheet.toLowerCase()));
    // Our requests send sheet and name changes before cell writes, so those all ran first.
    if (locked >= 0)
      stopAt(queued.length, locked, richApiError('AccessDenied', 'You cannot perform the requested operation.'));
    if (Math.max(writeBytes, readBytes) > this.generalExceptionOverBytes)
      refuse(richApiError('GeneralException', 'An internal error has occurred.'));
    if (writeBytes > this.limitBytes)
      refuse(richApiError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.'));
    if (readBytes > this.limitBytes)
      refuse(richApiError('ResponsePayloadSizeLimitExceeded', 'The size of the payload exceeded the limit.'));
    this.requests.push({ writeBytes, readBytes, ok: true });
    for (const q of queued) q();
    for (const m of this.mocks) await OfficeMockObject.prototype.sync.call(m);
    await new Promise((resolve) => setImmediate(resolve));
    for (const rec of created) rec.synced = true;
    for (const check of this.nullChecks.splice(0)) check();
  }
}

export function a1(row: number, col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return `${s}${row + 1}`;
}
