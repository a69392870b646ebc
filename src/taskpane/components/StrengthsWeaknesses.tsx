import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { IndicatorResult } from '../../domain/scoring';
import { format2 } from '../format';
import { useI18n } from '../i18n';

const useStyles = makeStyles({
  wrap: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(150px, 1fr))',
    columnGap: '16px',
    rowGap: '8px',
  },
  h3: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  strong: { color: tokens.colorPaletteGreenForeground1 },
  weak: { color: tokens.colorPaletteRedForeground1 },
  list: { margin: '4px 0 0', paddingLeft: '18px', display: 'flex', flexDirection: 'column', rowGap: '2px' },
  score: { fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold },
});

export function StrengthsWeaknesses({ indicators }: { indicators: readonly IndicatorResult[] }) {
  const { s, t } = useI18n();
  const styles = useStyles();
  const list = (items: readonly IndicatorResult[]) =>
    items.length === 0 ? (
      <Text>{s.none}</Text>
    ) : (
      <ul className={styles.list}>
        {items.map((i) => (
          <li key={i.id}>
            {i.id}. {t(i.name)} <span className={styles.score}>{format2(i.score)}</span>
          </li>
        ))}
      </ul>
    );
  return (
    <div className={styles.wrap}>
      <div>
        <h3 className={`${styles.h3} ${styles.strong}`}>{s.strengthsTitle}</h3>
        {list(indicators.filter((i) => i.status === 'strength'))}
      </div>
      <div>
        <h3 className={`${styles.h3} ${styles.weak}`}>{s.weaknessesTitle}</h3>
        {list(indicators.filter((i) => i.status === 'weakness'))}
      </div>
    </div>
  );
}
