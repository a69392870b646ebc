/** The ExcelJS adapter: read an .xlsx into a WorkbookSnapshot, apply a WritePlan, write it back. */
export { loadXlsx, readXlsx, readWorkbook, readSheet, readNames, cellValue } from './read';
export { applyPlan, writeXlsx } from './apply';
export { packageExtension, writeSurgically } from './package/write';
export type { SurgicalOptions } from './package/write';
export { openXlsx, applyToXlsx } from './document';
export type { XlsxDocument } from './document';
export { packageProblem } from './messages';
export { LimitError, MAX_INFLATED_BYTES } from './package/zip';
export { MAX_SHEET_CELLS } from './package/readable';
export type { SkippedSheet } from './package/readable';
export { PackageError } from './package/xml';
