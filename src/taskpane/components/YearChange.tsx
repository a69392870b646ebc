import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { Assessment } from '../../domain/scoring';
import { arrow, format2 } from '../format';
import { useI18n } from '../i18n';
import { GradeBadge } from './GradeBadge';
import { useCommonStyles } from '../styles';

const useStyles = makeStyles({
  wrap: { display: 'flex', flexDirection: 'column', rowGap: '6px' },
  h3: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  totalLine: { display: 'flex', alignItems: 'center', columnGap: '8px', flexWrap: 'wrap' },
  up: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  down: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  num: { fontVariantNumeric: 'tabular-nums' },
  muted: { color: tokens.colorNeutralForeground3 },
});

function Change({ value }: { value: number }) {
  const { s } = useI18n();
  const styles = useStyles();
  const common = useCommonStyles();
  const shown = arrow(value);
  const label = shown === '0.00' ? s.same : value > 0 ? s.up(format2(value)) : s.down(format2(-value));
  return (
    <span className={shown === '0.00' ? undefined : value > 0 ? styles.up : styles.down} title={label}>
      <span aria-hidden="true">{shown}</span>
      <span className={common.visuallyHidden}>{label}</span>
    </span>
  );
}

export function YearChange({ a }: { a: Assessment }) {
  const { s, t } = useI18n();
  const styles = useStyles();
  const common = useCommonStyles();
  const withPrev = a.indicators.filter((i) => i.change !== undefined);
  return (
    <div className={styles.wrap}>
      <h3 className={styles.h3}>{s.changeTitle}</h3>
      {a.totalChange !== undefined && a.previousTotal !== undefined && a.previousGrade ? (
        <div className={styles.totalLine} data-testid="total-change">
          <Text>
            {s.total}: <Change value={a.totalChange} />
          </Text>
          <Text className={styles.muted}>{s.previousTotal(format2(a.previousTotal), a.previousGrade)}</Text>
          <GradeBadge grade={a.previousGrade} size="medium" />
        </div>
      ) : (
        <Text className={styles.muted}>{s.noPrevious}</Text>
      )}
      {withPrev.length > 0 && (
        <Table className={common.table} size="extra-small" aria-label={s.changeTitle}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{s.indicatorCol}</TableHeaderCell>
              <TableHeaderCell>{s.score}</TableHeaderCell>
              <TableHeaderCell>{s.previousCol}</TableHeaderCell>
              <TableHeaderCell>{s.changeCol}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {withPrev.map((i) => (
              <TableRow key={i.id}>
                <TableCell title={t(i.name)}>{i.id}</TableCell>
                <TableCell className={styles.num}>{format2(i.score)}</TableCell>
                <TableCell className={styles.num}>{format2(i.previous as number)}</TableCell>
                <TableCell className={styles.num}>
                  <Change value={i.change as number} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
