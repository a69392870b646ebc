/**
 * The reported result (Settings' คะแนนที่ประกาศ rows, or NACC summary rows pasted under the
 * indicators) against the computed one: one warning, shown first, naming the likely cell.
 */
import { round2 } from '../domain/decimal';
import { Problem } from '../domain/problem';
import { computedFor, differing, likelySlips, Reported, ReportedScope } from '../domain/reported';
import { Assessment, ScoreInput } from '../domain/scoring';
import { bi } from '../domain/text';
import { locatedProblem } from './cells';
import { CellNumber } from './parse-rows';
import { ReportedFigure, ScoreRow } from './parse-scores';
import { Settings } from './parse-settings';

export const REPORTED_CODES = ['settings.reported-total', 'scores.reported-total'];

const SCOPES: readonly ReportedScope[] = ['total', 'IIT', 'EIT', 'OIT'];

/** One figure per scope: Settings first, then the summary rows of the Scores sheet. */
export interface SourcedFigure extends ReportedFigure {
  from: 'settings' | 'scores';
}

export function reportedFigures(settings: Settings, fromScores: readonly ReportedFigure[]): SourcedFigure[] {
  const fromSettings: Record<ReportedScope, CellNumber | undefined> = {
    total: settings.reportedTotal,
    IIT: settings.reportedIIT,
    EIT: settings.reportedEIT,
    OIT: settings.reportedOIT,
  };
  return SCOPES.flatMap((scope): SourcedFigure[] => {
    const own = fromSettings[scope];
    if (own) return [{ scope, figure: own, from: 'settings' as const }];
    const pasted = fromScores.find((f) => f.scope === scope);
    return pasted ? [{ ...pasted, from: 'scores' as const }] : [];
  });
}

const scopeName = (s: ReportedScope) => (s === 'total' ? bi('คะแนนรวม', 'total') : bi(s, s));
const fix = (n: number) => round2(n).toFixed(2);

/** Undefined when every reported figure agrees with the computed one to 0.01. */
export function reportedProblem(
  a: Assessment,
  input: ScoreInput,
  figures: readonly SourcedFigure[],
  scores: readonly ScoreRow[],
): Problem | undefined {
  const reported: Reported[] = figures.map((f) => ({ scope: f.scope, value: f.figure.value }));
  const off = differing(a, reported);
  if (off.length === 0) return undefined;
  const first = figures.find((f) => f.scope === off[0].scope)!;
  const at = first.figure;
  // Only indicators typed as one figure can hold a slip; those computed from items cannot.
  const editable = a.indicators.filter((i) => i.source === 'indicator').map((i) => i.id);
  const slips = likelySlips(input, reported, editable).slice(0, 3);
  const cellOf = (id: number) => {
    const row = scores.find((r) => !r.item && r.indicator === id && r.score);
    return row?.score ? `${row.score.sheet}!${row.score.cell}` : '';
  };
  const differs = off.map((r) => ({
    th: `${scopeName(r.scope).th} ${fix(r.value)} (คำนวณได้ ${fix(computedFor(a, r.scope))})`,
    en: `${scopeName(r.scope).en} ${fix(r.value)} (computed ${fix(computedFor(a, r.scope))})`,
  }));
  const goal = fix(off[0].value);
  const slipText = slips.map((s) => ({
    th: `ตัวชี้วัดที่ ${s.indicator} ที่กรอก ${fix(s.from)} (${cellOf(s.indicator)}) ถ้าเป็น ${fix(s.to)}`,
    en: `indicator ${s.indicator} at ${fix(s.from)} (${cellOf(s.indicator)}) would need ${fix(s.to)}`,
  }));
  const head = bi(
    `ผลที่ประกาศไม่ตรงกับที่คำนวณได้: ${differs.map((d) => d.th).join(', ')}`,
    `The reported result differs from the computed one: ${differs.map((d) => d.en).join(', ')}`,
  );
  const why =
    slipText.length === 0
      ? bi(
          'ตรวจสอบคะแนนที่กรอกกับเอกสารผลการประเมินของ ป.ป.ช.',
          "check the scores entered against the NACC's published result",
        )
      : bi(
          `น่าจะพิมพ์ผิด: ${slipText[0].th} จะได้ ${goal}${slipText
            .slice(1)
            .map((t) => ` หรือ${t.th}`)
            .join('')} — ตรวจสอบเซลล์นั้นกับเอกสารผลการประเมินของ ป.ป.ช.`,
          `${slipText[0].en} to give ${goal}${
            slipText.length > 1
              ? ` (or ${slipText
                  .slice(1)
                  .map((t) => t.en)
                  .join(', or ')})`
              : ''
          }; check that cell against the NACC's published result`,
        );
  return locatedProblem(
    'warning',
    first.from === 'settings' ? REPORTED_CODES[0] : REPORTED_CODES[1],
    at.sheet,
    at.cell,
    bi(`${head.th} — ${why.th}`, `${head.en}. ${capital(why.en)}`),
    String(at.raw ?? at.value),
  );
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
