/**
 * The task pane's view of the workbook pipeline (src/workbook): one place
 * that names its functions, so the hook and the tests share one seam.
 */
import type { Lang } from '../domain/text';
import type { Problem } from '../domain/problem';
import { analyzeWorkbook, planAppendMeasure, planMissingSheets, planNumberFix, planResults } from '../workbook';
import type { NewMeasure, ResultsPlan } from '../workbook';
import type { AnalysisWithSources } from '../workbook/analyze';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import type { WritePlan } from '../workbook/plan';

export type { NewMeasure, ResultsPlan, AnalysisWithSources };

export function analyze(snapshot: WorkbookSnapshot, today: string): AnalysisWithSources {
  return analyzeWorkbook(snapshot, { today });
}

export function planRecompute(
  analysis: AnalysisWithSources,
  snapshot: WorkbookSnapshot,
  options: { computedAt: string; lang: Lang },
): ResultsPlan {
  return planResults(analysis, snapshot, options);
}

export function planCreateMissing(analysis: AnalysisWithSources, snapshot: WorkbookSnapshot, lang: Lang): WritePlan {
  return planMissingSheets(analysis, snapshot, lang);
}

export function planAddMeasure(
  analysis: AnalysisWithSources,
  snapshot: WorkbookSnapshot,
  m: NewMeasure,
  lang: Lang,
): WritePlan {
  return planAppendMeasure(analysis, snapshot, m, lang);
}

export function planConvertNumbers(analysis: AnalysisWithSources): WritePlan {
  return planNumberFix(analysis);
}

export function errorCount(problems: readonly Problem[]): number {
  return problems.filter((p) => p.severity === 'error').length;
}
