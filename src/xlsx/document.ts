/**
 * An .xlsx held as the user's own bytes plus ExcelJS's reading of them. A plan is applied to
 * the bytes (surgically, see ./package/write.ts) and the result read again, so what the next
 * step reads is exactly what would be saved.
 */
import type * as ExcelJS from 'exceljs';
import type { WritePlan } from '../workbook/plan';
import { writeSurgically, SurgicalOptions } from './package/write';
import { loadXlsx } from './read';

export interface XlsxDocument {
  bytes: Uint8Array;
  wb: ExcelJS.Workbook;
}

export async function openXlsx(data: ArrayBuffer | Uint8Array): Promise<XlsxDocument> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  return { bytes, wb: await loadXlsx(bytes) };
}

export async function applyToXlsx(
  doc: XlsxDocument,
  plan: WritePlan,
  options?: SurgicalOptions,
): Promise<XlsxDocument> {
  const bytes = await writeSurgically(doc.bytes, plan, options);
  return { bytes, wb: await loadXlsx(bytes) };
}
