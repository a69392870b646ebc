import { adviseAssessment, IndicatorAdvice } from './advice';
import { Framework } from './framework';
import { DEFAULT_PERCEPTION_STEP, GapPlan, planGap, routeIndicators } from './gap';
import { Problem } from './problem';
import { Assessment, ScoreInput, scoreAssessment } from './scoring';

export interface Evaluation {
  assessment?: Assessment;
  gap?: GapPlan;
  advice: IndicatorAdvice[];
  problems: Problem[];
}

/** Score, plan the gap and choose suggestions: everything every edge shows. */
export function evaluate(input: ScoreInput): Evaluation {
  const { assessment, problems } = scoreAssessment(input);
  if (!assessment) return { advice: [], problems };
  const fw: Framework = input.framework;
  const gap = planGap(assessment, fw, input.perceptionStep ?? DEFAULT_PERCEPTION_STEP);
  return { assessment, gap, advice: adviseAssessment(assessment, fw, routeIndicators(gap)), problems };
}
