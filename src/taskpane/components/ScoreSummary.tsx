import {
  Badge,
  Card,
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
import { CheckmarkCircleFilled, DismissCircleFilled } from '@fluentui/react-icons';
import { TOOL_IDS } from '../../domain/framework';
import type { Assessment } from '../../domain/scoring';
import { format2 } from '../format';
import { useI18n } from '../i18n';
import { useCommonStyles } from '../styles';
import { GradeBadge } from './GradeBadge';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', rowGap: '8px' },
  totalRow: { display: 'flex', alignItems: 'center', columnGap: '16px', flexWrap: 'wrap', rowGap: '8px' },
  totalBlock: { display: 'flex', flexDirection: 'column' },
  totalLabel: { color: tokens.colorNeutralForeground3 },
  total: {
    fontSize: '32px',
    lineHeight: '40px',
    fontWeight: tokens.fontWeightBold,
    fontVariantNumeric: 'tabular-nums',
  },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  toolCell: { fontWeight: tokens.fontWeightSemibold },
  h3: { margin: '4px 0 0', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

/** `notWritten`: errors kept these figures out of the workbook, so they are marked as such. */
export function ScoreSummary({ a, notWritten = false }: { a: Assessment; notWritten?: boolean }) {
  const { s, t } = useI18n();
  const styles = useStyles();
  const common = useCommonStyles();
  const target = format2(a.target);
  const rating = a.rating;
  return (
    <Card className={styles.card}>
      <div className={styles.totalRow}>
        <div className={styles.totalBlock}>
          <Text className={styles.totalLabel}>{s.total}</Text>
          <span className={styles.total} data-testid="total">
            {format2(a.total)}
          </span>
        </div>
        <GradeBadge grade={a.grade} />
        {rating && (
          <Badge
            appearance="filled"
            color={rating.cappedBy ? 'warning' : a.pass ? 'brand' : 'danger'}
            size="large"
            data-testid="rating"
            title={a.provisional ? s.ratingProvisional : undefined}
          >
            {s.ratingLabel}: {t(rating.name)}
          </Badge>
        )}
        {notWritten && (
          <Badge appearance="outline" color="warning" data-testid="not-written-badge">
            {s.notWrittenBadge}
          </Badge>
        )}
        <Badge
          appearance="tint"
          color={a.pass ? 'success' : 'danger'}
          icon={a.pass ? <CheckmarkCircleFilled /> : <DismissCircleFilled />}
          data-testid="pass"
        >
          {a.pass ? s.pass(target) : s.fail(target)}
        </Badge>
      </div>
      {rating?.reason && (
        <Text size={200} data-testid="rating-reason">
          {t(rating.reason)}
        </Text>
      )}
      <h3 className={styles.h3}>{s.toolsTitle}</h3>
      <Table className={common.table} size="small" aria-label={s.toolsTitle}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{s.tool}</TableHeaderCell>
            <TableHeaderCell className={styles.num}>{s.score}</TableHeaderCell>
            <TableHeaderCell className={styles.num}>{s.weight}</TableHeaderCell>
            <TableHeaderCell className={styles.num}>{s.weighted}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {TOOL_IDS.map((id) => {
            const tool = a.tools[id];
            return (
              <TableRow key={id}>
                <TableCell className={styles.toolCell}>{id}</TableCell>
                <TableCell className={styles.num}>{format2(tool.score)}</TableCell>
                <TableCell className={styles.num}>{Math.round(tool.weight * 100)}%</TableCell>
                <TableCell className={styles.num}>{format2(tool.weighted)}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Card>
  );
}
