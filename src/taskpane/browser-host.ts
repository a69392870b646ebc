/**
 * The WorkbookHost outside Excel: an .xlsx workbook held in the browser's
 * memory with the ExcelJS adapter (src/xlsx), loaded lazily so ExcelJS stays
 * out of the first bundle. Plans are applied to the file's own bytes, changing
 * only what is ours (see src/xlsx/package/write.ts). Opens the bundled sample or a file the user picks;
 * the result is downloaded as "<name>.ita.xlsx".
 */
import { bi, Bilingual } from '../domain/text';
import type { WorkbookHost } from '../workbook/host';
import type { WritePlan } from '../workbook/plan';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import type { XlsxDocument } from '../xlsx/document';
import { HostError } from './errors';

export type XlsxAdapter = typeof import('../xlsx');

export const SAMPLE_URL = 'assets/sample/sample.xlsx';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const XLSM_MIME = 'application/vnd.ms-excel.sheet.macroEnabled.12';

const NO_WORKBOOK = bi('ยังไม่ได้เปิดไฟล์ .xlsx', 'No .xlsx file is open');
const OPEN_FAILED = bi(
  'เปิดไฟล์ไม่สำเร็จ ไฟล์อาจไม่ใช่ .xlsx หรือเสียหาย',
  'The file could not be opened: it may not be an .xlsx file, or it may be damaged',
);
const SAMPLE_FAILED = bi('โหลดไฟล์ตัวอย่างไม่สำเร็จ', 'The sample file could not be loaded');
const WRITE_FAILED = bi('เขียนผลลงไฟล์ไม่สำเร็จ', 'The results could not be written to the file');
const SAVE_FAILED = bi('บันทึกไฟล์ไม่สำเร็จ', 'The file could not be saved');

function hostError(title: Bilingual, e: unknown): HostError {
  if (e instanceof HostError) return e;
  return new HostError({ title, detail: e instanceof Error ? e.message : String(e) }, e);
}

/**
 * "รายงาน ITA.xlsx" → "รายงาน ITA.ita.xlsx"; a result opened again keeps one ".ita". A workbook
 * with macros keeps ".xlsm" (its package stays macro-enabled, and Excel opens that only as .xlsm).
 */
export function resultFileName(name: string): string {
  const ext = name.match(/\.(xlsx|xlsm)$/i)?.[1].toLowerCase() ?? 'xlsx';
  const base = name.replace(/\.(xlsx|xlsm)$/i, '').replace(/\.ita$/i, '') || 'workbook';
  return `${base}.ita.${ext}`;
}

export interface Selection {
  sheet: string;
  cell: string;
}

export class BrowserHost implements WorkbookHost {
  readonly kind = 'browser' as const;
  readonly notices: Bilingual[] = [];
  fileName: string | undefined;
  selection: Selection | undefined;
  /** True once a plan was applied since the file was opened. */
  changed = false;

  private doc: XlsxDocument | undefined;
  private adapter: Promise<XlsxAdapter> | undefined;
  private readonly listeners = new Set<() => void>();
  private version = 0;

  constructor(
    private readonly loadAdapter: () => Promise<XlsxAdapter> = () => import(/* webpackChunkName: "xlsx" */ '../xlsx'),
    private readonly fetchFile: (url: string) => Promise<Response> = (url) => fetch(url),
    private readonly save: (data: Blob, name: string) => void = downloadBlob,
  ) {}

  get hasWorkbook(): boolean {
    return this.doc !== undefined;
  }

  get resultName(): string {
    return resultFileName(this.fileName ?? 'workbook.xlsx');
  }

  /** For useSyncExternalStore: the file, selection or contents changed. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  private emit(): void {
    this.version++;
    for (const l of [...this.listeners]) l();
  }

  private xlsx(): Promise<XlsxAdapter> {
    if (!this.adapter) {
      this.adapter = this.loadAdapter().catch((e) => {
        this.adapter = undefined; // let a later call retry (e.g. the chunk failed to download)
        throw e;
      });
    }
    return this.adapter;
  }

  async openBuffer(data: ArrayBuffer | Uint8Array, name: string): Promise<void> {
    try {
      const x = await this.xlsx();
      this.doc = await x.openXlsx(data);
    } catch (e) {
      throw hostError(OPEN_FAILED, e);
    }
    this.fileName = name;
    this.selection = undefined;
    this.changed = false;
    this.emit();
  }

  async openSample(url = SAMPLE_URL): Promise<void> {
    // Download ExcelJS while the sample downloads.
    this.xlsx().catch(() => undefined);
    let data: ArrayBuffer;
    try {
      const res = await this.fetchFile(url);
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      data = await res.arrayBuffer();
    } catch (e) {
      throw hostError(SAMPLE_FAILED, e);
    }
    await this.openBuffer(data, url.split('/').pop() || 'sample.xlsx');
  }

  async openFile(file: Blob & { name: string }): Promise<void> {
    let data: ArrayBuffer;
    try {
      data = await readBlob(file);
    } catch (e) {
      throw hostError(OPEN_FAILED, e);
    }
    await this.openBuffer(data, file.name);
  }

  private workbook(): XlsxDocument {
    if (!this.doc) throw new HostError({ title: NO_WORKBOOK, detail: 'no workbook' });
    return this.doc;
  }

  async read(): Promise<WorkbookSnapshot> {
    const doc = this.workbook();
    const x = await this.xlsx();
    return x.readWorkbook(doc.wb);
  }

  async apply(plan: WritePlan): Promise<{ skipped: Bilingual[] }> {
    const doc = this.workbook();
    try {
      const x = await this.xlsx();
      this.doc = await x.applyToXlsx(doc, plan);
    } catch (e) {
      throw hostError(WRITE_FAILED, e);
    }
    this.changed = true;
    this.emit();
    return { skipped: [] };
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.selection = { sheet, cell };
    this.emit();
  }

  clearSelection(): void {
    this.selection = undefined;
    this.emit();
  }

  /** Saves the workbook as it is now, as "<name>.ita.xlsx". */
  async download(): Promise<string> {
    const doc = this.workbook();
    const name = this.resultName;
    try {
      const type = name.endsWith('.xlsm') ? XLSM_MIME : XLSX_MIME;
      this.save(new Blob([doc.bytes as unknown as BlobPart], { type }), name);
    } catch (e) {
      throw hostError(SAVE_FAILED, e);
    }
    return name;
  }
}

function readBlob(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

export function downloadBlob(data: Blob, name: string): void {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export function isBrowserHost(host: WorkbookHost): host is BrowserHost {
  return host instanceof BrowserHost;
}
