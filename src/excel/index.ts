/** The Office.js adapter: the only code that names Excel.* (read.ts, apply.ts). */
export { readSnapshot, readSnapshotWithReport } from './read';
export type { ReadReport } from './read';
export type { ReadOptions } from './chunks';
export { applyPlan, APPLY_DEFAULTS } from './apply';
export type { ApplyOptions, ApplyReport, RequestRecord } from './apply';
export type { SkippedPart, SubstitutedPart } from './ops';
export { detectFeatures, officeIsSetSupported, ALL_FEATURES, FEATURE_REQUIREMENTS, MIN_EXCEL_API } from './features';
export type { ExcelFeatures, IsSetSupported } from './features';
export { toUserError, ApplyError, isPayloadError, codeOf } from './errors';
export type { UserError } from './errors';
export { DEFAULT_BUDGET_BYTES } from './payload';
export { excelRun } from './run';
export type { Run } from './run';
