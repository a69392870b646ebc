import { bi } from '../../domain/text';
import {
  Badge,
  Button,
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
  Tooltip,
} from '@fluentui/react-components';
import { AddSquareMultipleRegular, CheckmarkCircleFilled, ErrorCircleFilled, InfoRegular } from '@fluentui/react-icons';
import type { SheetFound } from '../../workbook/analysis';
import type { AnalysisWithSources } from '../../workbook/analyze';
import { format2, formatDate } from '../format';
import { useI18n } from '../i18n';
import { useCommonStyles } from '../styles';
import { ActionTooltip } from './ActionTooltip';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: '12px' },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: '12px',
    rowGap: '4px',
    margin: 0,
    '& dt': { color: tokens.colorNeutralForeground3 },
    '& dd': { margin: 0, display: 'flex', alignItems: 'center', columnGap: '6px', flexWrap: 'wrap' },
  },
  status: { display: 'inline-flex', alignItems: 'center', columnGap: '4px' },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
  cols: { listStyle: 'none', margin: '4px 0 0', padding: 0, display: 'flex', flexWrap: 'wrap', gap: '4px' },
  col: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    padding: '1px 6px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
  },
  cell: {
    color: tokens.colorNeutralForeground3,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase100,
  },
  roleHead: { width: '32%' },
  missing: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  roleCell: { verticalAlign: 'top', paddingTop: '6px', paddingBottom: '6px' },
});

function SheetRow({ f }: { f: SheetFound }) {
  const { s, t } = useI18n();
  const styles = useStyles();
  const found = !!f.sheet;
  return (
    <TableRow>
      <TableCell className={styles.roleCell}>
        <Text weight="semibold">{t(f.label)}</Text>
        <br />
        <Badge appearance="outline" size="small" color={f.required ? 'important' : 'informative'}>
          {f.required ? s.required : s.optional}
        </Badge>
      </TableCell>
      <TableCell className={styles.roleCell}>
        <span
          className={`${styles.status} ${found && f.missingColumns.length === 0 ? styles.ok : found || !f.required ? '' : styles.bad}`}
        >
          {found ? (
            <CheckmarkCircleFilled aria-hidden="true" />
          ) : f.required ? (
            <ErrorCircleFilled aria-hidden="true" />
          ) : (
            <InfoRegular aria-hidden="true" />
          )}
          <Text>{found ? s.sheetFoundAs(f.sheet as string) : s.sheetMissing}</Text>
        </span>
        {f.columns.length > 0 && (
          <ul className={styles.cols} aria-label={s.sheetColumns}>
            {f.columns.map((c) => (
              <li key={c.key} className={styles.col} title={s.columnAt(t(c.label), c.header, c.cell)}>
                {t(c.label)} <span className={styles.cell}>{c.cell}</span>
              </li>
            ))}
          </ul>
        )}
        {f.missingColumns.length > 0 && (
          <div className={styles.missing}>{s.missingColumns(f.missingColumns.map(t).join(', '))}</div>
        )}
      </TableCell>
    </TableRow>
  );
}

export function FoundSection({
  analysis,
  busy,
  onCreateMissing,
}: {
  analysis: AnalysisWithSources;
  busy: boolean;
  onCreateMissing: () => void;
}) {
  const { lang, s } = useI18n();
  const styles = useStyles();
  const common = useCommonStyles();
  // The rules sheet is written by the template only: the shipped rules apply without it. The
  // Agencies sheet is for district and provincial offices: listed only when there is one.
  const anyMissing = analysis.found.some((f) => !f.sheet && f.role !== 'rules' && f.role !== 'agencies');
  const fw = analysis.framework;
  const rulesSheet = analysis.found.find((f) => f.role === 'rules')?.sheet;
  return (
    <section className={styles.section} aria-labelledby="found-title">
      <h2 id="found-title" className={styles.h2}>
        {s.foundTitle}
      </h2>
      <Card>
        <dl className={styles.facts}>
          <dt>{s.agency}</dt>
          <dd>{analysis.agency ?? <Text italic>{s.notGiven}</Text>}</dd>
          <dt>{s.fiscalYear}</dt>
          <dd>
            <span>
              {bi(String(analysis.fiscalYear), `${analysis.fiscalYear} BE (${analysis.fiscalYear - 543} CE)`)[lang]}
            </span>
            {analysis.framework.provisional && (
              <Tooltip content={s.provisionalHint} relationship="description">
                <Badge appearance="tint" color="warning" tabIndex={0}>
                  {s.provisional}
                </Badge>
              </Tooltip>
            )}
          </dd>
          <dt>{s.rulesInForce}</dt>
          <dd data-testid="rules-in-force">
            {fw.origin === 'workbook' && rulesSheet
              ? s.rulesWorkbook(rulesSheet)
              : fw.basedOn
                ? s.rulesStandIn(fw.fiscalYear, fw.basedOn)
                : s.rulesShipped(fw.fiscalYear)}
          </dd>
          <dt>{s.target}</dt>
          <dd>{format2(analysis.target)}</dd>
          <dt>{s.asOf}</dt>
          <dd>{formatDate(analysis.asOf, lang)}</dd>
        </dl>
      </Card>
      <Table className={common.table} size="small" aria-label={s.foundTitle}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.roleHead}>{s.sheetRole}</TableHeaderCell>
            <TableHeaderCell>{s.sheetStatus}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {analysis.found
            .filter((f) => f.sheet || f.role !== 'agencies')
            .map((f) => (
              <SheetRow key={f.role} f={f} />
            ))}
        </TableBody>
      </Table>
      {anyMissing && (
        <div>
          <ActionTooltip content={s.createMissingHint}>
            <Button icon={<AddSquareMultipleRegular />} disabledFocusable={busy} onClick={onCreateMissing}>
              {s.createMissing}
            </Button>
          </ActionTooltip>
        </div>
      )}
    </section>
  );
}
