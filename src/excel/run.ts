/** The one place the add-in starts an Office.js batch: everything that talks to Excel lives in src/excel. */

/** Runs a batch against the workbook, as `Excel.run` does; tests pass their own. */
export type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** `Excel.run` is looked up at call time: office.js may define it after this module loads. */
export const excelRun: Run = (batch) => Excel.run(batch);
