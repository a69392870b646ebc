/** Type sizes of the reports, in points: 16 for body text as in Thai government documents. */
export const SIZES = { title: 18, body: 16, table: 14, note: 10 };

/**
 * Widths as wanted, each raised to its least; a table that then overflows the line takes the room
 * back from the columns that have more than their least, in proportion to what they have spare.
 */
export function fitColumns(wanted: readonly number[], least: readonly number[], printable: number): number[] {
  const widths = wanted.map((w, j) => Math.max(w, least[j]));
  const over =
    widths.reduce((s, w) => s + w, 0) -
    Math.max(
      printable,
      wanted.reduce((s, w) => s + w, 0),
    );
  const spare = widths.map((w, j) => w - least[j]);
  const totalSpare = spare.reduce((s, w) => s + w, 0);
  if (over <= 0 || totalSpare <= 0) return widths;
  const take = Math.min(over, totalSpare);
  return widths.map((w, j) => Math.floor(w - (spare[j] / totalSpare) * take));
}
