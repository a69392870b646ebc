/** The ExcelJS adapter: read an .xlsx into a WorkbookSnapshot, apply a WritePlan, write it back. */
export { loadXlsx, readWorkbook, readSheet, readNames, cellValue } from './read';
export { applyPlan, writeXlsx } from './apply';
