import { adviseAssessment, IndicatorAdvice } from './advice';
import { Framework } from './framework';
import { GapPlan, planGap } from './gap';
import { Problem } from './problem';
import { Assessment, ScoreInput, scoreAssessment } from './scoring';

export interface Evaluation {
  assessment?: Assessment;
  gap?: GapPlan;
  advice: IndicatorAdvice[];
  problems: Problem[];
}

/** Score, plan the gap and choose suggestions: everything every edge shows. */
export function evaluate(input: ScoreInput, field?: (path: string) => string): Evaluation {
  const { assessment, problems } = scoreAssessment(input, field);
  if (!assessment) return { advice: [], problems };
  const fw: Framework = input.framework;
  return { assessment, gap: planGap(assessment, fw), advice: adviseAssessment(assessment, fw), problems };
}
