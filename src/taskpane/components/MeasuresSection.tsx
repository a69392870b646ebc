import {
  Badge,
  Card,
  Field,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkCircleFilled } from '@fluentui/react-icons';
import type { MeasuresSummary } from '../../workbook/analysis';
import type { IndicatorResult } from '../../domain/scoring';
import { formatDate, percent } from '../format';
import { useI18n } from '../i18n';
import { useCommonStyles } from '../styles';

const useStyles = makeStyles({
  counts: { display: 'flex', flexWrap: 'wrap', columnGap: '8px', rowGap: '6px' },
  card: { display: 'flex', flexDirection: 'column', rowGap: '10px' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: '6px' },
  row: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '2px',
    padding: '6px 8px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}`,
  },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  ok: { color: tokens.colorPaletteGreenForeground1, display: 'flex', alignItems: 'center', columnGap: '6px' },
  uncovered: { margin: 0, paddingLeft: '20px' },
});

export function MeasuresSection({
  measures,
  indicators,
  onSelect,
}: {
  measures: MeasuresSummary | undefined;
  indicators: readonly IndicatorResult[];
  onSelect: (sheet: string, cell: string) => void;
}) {
  const { lang, s, t } = useI18n();
  const styles = useStyles();
  const common = useCommonStyles();
  const overdue = measures?.rows.filter((r) => r.overdue) ?? [];
  return (
    <section className={common.section} aria-labelledby="measures-title">
      <h2 id="measures-title" className={common.h2}>
        {s.measuresTitle}
      </h2>
      {!measures ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{s.noMeasures}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <Card className={styles.card}>
            <Text weight="semibold">{s.measuresCount(measures.total)}</Text>
            <div className={styles.counts}>
              <Badge appearance="tint" color="success">
                {s.done_} {measures.done}
              </Badge>
              <Badge appearance="tint" color="brand">
                {s.inProgress} {measures.inProgress}
              </Badge>
              <Badge appearance="tint" color="subtle">
                {s.notStarted} {measures.notStarted}
              </Badge>
              {measures.unknown > 0 && (
                <Badge appearance="outline" color="informative">
                  {s.unknownStatus} {measures.unknown}
                </Badge>
              )}
            </div>
            <Field label={s.percentDone(percent(measures.percentDone))} validationState="none">
              <ProgressBar value={measures.percentDone / 100} max={1} thickness="large" color="success" />
            </Field>
          </Card>

          <h3 className={common.h3}>
            {s.overdueTitle}{' '}
            {overdue.length > 0 && (
              <Badge color="danger" size="small">
                {overdue.length}
              </Badge>
            )}
          </h3>
          {overdue.length === 0 ? (
            <Text className={styles.ok}>
              <CheckmarkCircleFilled aria-hidden="true" />
              {s.noOverdue}
            </Text>
          ) : (
            <ul className={styles.list}>
              {overdue.map((r) => (
                <li key={`${r.sheet}!${r.cell}`} className={styles.row}>
                  <Link as="button" onClick={() => onSelect(r.sheet, r.cell)}>
                    {r.measure}
                  </Link>
                  <span className={styles.meta}>
                    {r.sheet}!{r.cell}
                    {r.period ? ` · ${s.due(formatDate(r.period.end, lang))}` : ''}
                    {r.responsible ? ` · ${r.responsible}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}

          <h3 className={common.h3}>{s.uncoveredTitle}</h3>
          {measures.uncoveredWeakIndicators.length === 0 ? (
            <Text className={styles.ok}>
              <CheckmarkCircleFilled aria-hidden="true" />
              {s.allCovered}
            </Text>
          ) : (
            <ul className={styles.uncovered}>
              {measures.uncoveredWeakIndicators.map((id) => {
                const ind = indicators.find((i) => i.id === id);
                return (
                  <li key={id}>
                    {s.indicator(id)} {ind ? t(ind.name) : ''}
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
