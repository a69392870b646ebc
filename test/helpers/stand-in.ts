/**
 * The Office.js stand-in (test/e2e/fake-office/fake-office.js) for jest: the same file the
 * browser run serves in place of office.js, loaded here through its factory, one workbook per
 * call. What it models and what it does not is written at the top of that file.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain script the browser loads as it is
const { createFakeOffice } = require('../e2e/fake-office/fake-office.js') as {
  createFakeOffice: (config: StandInConfig) => StandIn;
};

export interface StandInSheet {
  name: string;
  /** Range.values from A1, '' for an empty cell. */
  values?: unknown[][];
  /** Range.formulas from A1 where a cell holds a formula ("=…"); other cells take their value. */
  formulas?: unknown[][];
  merges?: string[];
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
}

export interface StandInConfig {
  workbook?: { sheets: StandInSheet[]; names?: { name: string; type?: string; value: unknown }[] };
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
  digest(): string;
  protectSheet(name: string, on?: boolean): void;
  protectWorkbook(on?: boolean): void;
  failSync(code: string, options?: { message?: string; location?: string; after?: number }): void;
  isSetSupported(name: string, version?: string): boolean;
}

export interface StandIn {
  Excel: { run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T> };
  Office: typeof Office;
  OfficeExtension: { Error: new (...args: unknown[]) => Error };
  fakeExcel: FakeExcelApi;
}

export function standIn(config: StandInConfig = {}): StandIn {
  return createFakeOffice({ latencyMs: 0, ...config });
}
