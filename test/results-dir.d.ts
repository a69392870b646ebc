/** See results-dir.js. */
export const RESULTS: string;
