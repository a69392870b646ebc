import { Bilingual } from '../domain/text';
import { WritePlan } from './plan';
import { WorkbookSnapshot } from './snapshot';

/**
 * Where the task pane's workbook lives: Excel through Office.js, or an
 * in-browser workbook (ExcelJS) when no Office host is there.
 */
export interface WorkbookHost {
  kind: 'excel' | 'browser';
  /** Things the host cannot do here (old Excel, no drop-downs…), told once. */
  notices: Bilingual[];
  read(): Promise<WorkbookSnapshot>;
  apply(plan: WritePlan): Promise<{ skipped: Bilingual[] }>;
  /** Select a cell for the user (Excel) or highlight it (browser). */
  select(sheet: string, cell: string): Promise<void>;
}
