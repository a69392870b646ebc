import { round2 } from './decimal';
import { Grade, GradeBand } from './framework';

/** The grade of a total, judged on the total as shown (2 decimals). */
export function gradeOf(total: number, bands: readonly GradeBand[]): Grade {
  const shown = round2(total);
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  const band = sorted.find((b) => shown >= b.min) ?? sorted[sorted.length - 1];
  return band.grade;
}

/** The band just above `grade`, or undefined at the top. */
export function nextBand(grade: Grade, bands: readonly GradeBand[]): GradeBand | undefined {
  const sorted = [...bands].sort((a, b) => a.min - b.min);
  const i = sorted.findIndex((b) => b.grade === grade);
  return i >= 0 ? sorted[i + 1] : undefined;
}

/** Pass, strength: shown score at or above the target. */
export function meetsTarget(score: number, target: number): boolean {
  return round2(score) >= round2(target);
}
