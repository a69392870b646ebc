/** Type sizes of the reports, in points: 16 for body text as in Thai government documents. */
export const SIZES = { title: 18, body: 16, table: 14, note: 10 };
