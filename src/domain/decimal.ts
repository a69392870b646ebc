/**
 * Rounding as the NACC shows figures: 2 decimals, half up, judged on what is shown.
 *
 * IEEE doubles cannot hold most decimals exactly (0.3 × 92.53 = 27.758999…),
 * so before rounding we cut the value to 15 significant digits — the precision
 * Excel itself keeps — which removes the binary noise of sums and products of
 * 2-decimal scores while keeping every real digit.
 */
export function round2(x: number): number {
  const y = Math.abs(x) * 100;
  // Away from a half (…x.5), cutting to 15 digits cannot move y across the rounding boundary, so
  // the slow cut is needed only near one: the same result, several times faster (8,500 agencies).
  const frac = y - Math.floor(y);
  if (y < 1e6 && Math.abs(frac - 0.5) > 1e-6) {
    const r = Math.round(y) / 100;
    return x < 0 && r !== 0 ? -r : r;
  }
  const scaled = Number(y.toPrecision(15));
  const rounded = Math.round(scaled) / 100;
  return x < 0 && rounded !== 0 ? -rounded : rounded;
}

/**
 * Whether two figures differ by more than 0.01 once shown: how a reported
 * figure (typed by the user) is checked against the computed one.
 */
export function differsWhenShown(reported: number, computed: number): boolean {
  return Math.abs(round2(reported) - round2(computed)) > 0.01 + 1e-9;
}

/** "95.01" — a shown figure as text, always 2 decimals. */
export function format2(x: number): string {
  return round2(x).toFixed(2);
}

export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new Error('mean of nothing');
  return values.reduce((s, v) => s + v, 0) / values.length;
}

/**
 * Smallest 2-decimal number ≥ x: points a planner must gain. Its input is a
 * quotient (1.34 / 0.2 = 6.700000000000001), whose noise survives 15 digits,
 * so it is cut at 12 before rounding up.
 */
export function ceil2(x: number): number {
  return Math.ceil(Number((x * 100).toPrecision(12))) / 100;
}
