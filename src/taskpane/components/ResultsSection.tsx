import { Divider, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { NewMeasure } from '../../workbook';
import type { AnalysisWithSources } from '../../workbook/analyze';
import { useI18n } from '../i18n';
import { useCommonStyles } from '../styles';
import { GapPlanner } from './GapPlanner';
import { IndicatorChart } from './IndicatorChart';
import { ScoreSummary } from './ScoreSummary';
import { StrengthsWeaknesses } from './StrengthsWeaknesses';
import { Suggestions } from './Suggestions';
import { YearChange } from './YearChange';

export function ResultsSection({
  analysis,
  hasErrors,
  busy,
  onAddMeasure,
}: {
  analysis: AnalysisWithSources | undefined;
  hasErrors: boolean;
  busy: boolean;
  onAddMeasure: (m: NewMeasure) => void;
}) {
  const { s } = useI18n();
  const common = useCommonStyles();
  const a = analysis?.assessment;
  const measureTexts = new Set((analysis?.measures?.rows ?? []).map((r) => r.measure.trim()));
  return (
    <section className={common.section} aria-labelledby="results-title">
      <h2 id="results-title" className={common.h2}>
        {s.resultsTitle}
      </h2>
      {!a ? (
        hasErrors ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{s.blockedByErrors}</MessageBarBody>
          </MessageBar>
        ) : (
          <Text>{analysis?.survey ? s.surveyAloneResults : s.noResults}</Text>
        )
      ) : (
        <>
          {hasErrors && (
            <MessageBar intent="warning" layout="multiline" data-testid="not-written">
              <MessageBarBody>{s.notWrittenBanner}</MessageBarBody>
            </MessageBar>
          )}
          <ScoreSummary a={a} notWritten={hasErrors} />
          <h3 className={common.h3}>{s.chartTitle}</h3>
          <IndicatorChart indicators={a.indicators} target={a.target} />
          <StrengthsWeaknesses indicators={a.indicators} />
          <Divider />
          <YearChange a={a} />
          {analysis?.gap && (
            <>
              <Divider />
              <GapPlanner gap={analysis.gap} />
            </>
          )}
          <Divider />
          <Suggestions
            advice={analysis?.advice ?? []}
            indicators={a.indicators}
            measureTexts={measureTexts}
            busy={busy}
            onAdd={onAddMeasure}
          />
        </>
      )}
    </section>
  );
}
