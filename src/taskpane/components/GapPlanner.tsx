import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled } from '@fluentui/react-icons';
import { type GapPlan, type Route, sameSteps } from '../../domain/gap';
import { format2 } from '../format';
import { useI18n } from '../i18n';
import { useCommonStyles } from '../styles';

const useStyles = makeStyles({
  wrap: { display: 'flex', flexDirection: 'column', rowGap: '10px' },
  block: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '4px',
    padding: '8px 10px',
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  lead: { fontWeight: tokens.fontWeightSemibold },
  ok: {
    color: tokens.colorPaletteGreenForeground1,
    display: 'flex',
    alignItems: 'center',
    columnGap: '6px',
    fontWeight: tokens.fontWeightSemibold,
  },
  steps: { margin: 0, paddingLeft: '20px', fontVariantNumeric: 'tabular-nums' },
});

/** A goal's steps, or "the same steps as above" when an earlier goal's route takes them. */
function RouteSteps({ route, earlier = [] }: { route: Route; earlier?: (Route | undefined)[] }) {
  const { s } = useI18n();
  const styles = useStyles();
  if (earlier.some((r) => sameSteps(route, r)))
    return (
      <>
        <Text size={200}>{s.gapSameSteps}</Text>
        {!route.reachable && <Text size={200}>{s.gapUnreachable}</Text>}
      </>
    );
  return (
    <>
      <Text size={200}>{s.gapCheapest}</Text>
      <ol className={styles.steps}>
        {route.steps.map((st) => (
          <li key={st.indicator}>
            {s.gapStep(st.indicator, format2(st.points), format2(st.totalGain))}
            {st.items && `: ${s.gapPublish(st.items.join(', '))}`}
          </li>
        ))}
      </ol>
      {!route.reachable && <Text size={200}>{s.gapUnreachable}</Text>}
    </>
  );
}

export function GapPlanner({ gap }: { gap: GapPlan }) {
  const { s, t } = useI18n();
  const styles = useStyles();
  const common = useCommonStyles();
  const nr = gap.nextRating;
  const target = format2(gap.target);
  const shownTarget = gap.toTarget.gap > 0 ? gap.toTarget : undefined;
  return (
    <div className={styles.wrap} data-testid="gap-planner">
      <h3 className={common.h3}>{s.gapTitle}</h3>
      <div className={styles.block}>
        {gap.toTarget.gap <= 0 ? (
          <Text className={styles.ok}>
            <CheckmarkCircleFilled aria-hidden="true" />
            {s.gapReached(target)}
          </Text>
        ) : (
          <>
            <Text className={styles.lead}>{s.gapToTarget(format2(gap.toTarget.gap), target)}</Text>
            <RouteSteps route={gap.toTarget} />
          </>
        )}
      </div>
      <div className={styles.block}>
        {gap.nextGrade ? (
          <>
            <Text className={styles.lead}>
              {s.gapToGrade(format2(gap.nextGrade.route.gap), gap.nextGrade.grade, format2(gap.nextGrade.min))}
            </Text>
            <RouteSteps route={gap.nextGrade.route} earlier={[shownTarget]} />
          </>
        ) : (
          <Text className={styles.ok}>
            <CheckmarkCircleFilled aria-hidden="true" />
            {s.gapTopGrade}
          </Text>
        )}
      </div>
      {nr && (
        <div className={styles.block} data-testid="gap-rating">
          <Text className={styles.lead}>
            {s.gapToRating(
              t(nr.name),
              nr.tools.map((x) => s.raiseTool(x.tool, format2(x.from), format2(x.to))).join(', '),
              nr.route.gap > 0 ? format2(nr.route.gap) : '',
            )}
          </Text>
          <RouteSteps route={nr.route} earlier={[shownTarget, gap.nextGrade?.route]} />
        </div>
      )}
    </div>
  );
}
