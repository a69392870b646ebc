/**
 * The workbook pipeline every edge calls: read (a snapshot from an adapter)
 * → analyze (detect, parse, validate, compute) → plan (a WritePlan for an adapter).
 */
export { analyzeWorkbook } from './analyze';
export type { AnalyzeOptions } from './analyze';
export { planResults, planMissingSheets, planAppendMeasure, planTemplate, planNumberFix, sheetNames } from './write';
export { planAreaTemplate } from './template-area';
export type { ResultsPlan, NewMeasure } from './write';
export type { Analysis, SheetFound, ColumnFound, MeasureRow, MeasuresSummary, SheetRole } from './analysis';
export type { WorkbookSnapshot, SheetSnapshot, CellValue, DefinedName } from './snapshot';
export type { WritePlan } from './plan';
export type { WorkbookHost } from './host';
