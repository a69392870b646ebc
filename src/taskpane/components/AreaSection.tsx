import {
  Badge,
  Button,
  Card,
  Link,
  makeStyles,
  mergeClasses,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { AgencyResult, stepText } from '../../domain/agencies';
import type { Grade } from '../../domain/framework';
import { nationalFor } from '../../domain/national';
import type { Lang } from '../../domain/text';
import type { AnalysisWithSources } from '../../workbook/analyze';
import { sheetNames } from '../../workbook/owned';
import { format2 } from '../format';
import { useI18n } from '../i18n';
import { useCommonStyles } from '../styles';
import { AREA_TEXT as T } from './area-text';

/** Rows shown at first, and added by "show more": 8,500 rows would slow the pane for nothing. */
export const AREA_PAGE = 100;

const useStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(120px, 1fr))',
    gap: '8px',
  },
  fact: { display: 'flex', flexDirection: 'column', rowGap: '2px' },
  big: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
  svg: { width: '100%', height: 'auto', display: 'block' },
  label: { fill: tokens.colorNeutralForeground1, fontSize: '12px', fontWeight: tokens.fontWeightSemibold },
  value: { fill: tokens.colorNeutralForeground1, fontSize: '12px', fontVariantNumeric: 'tabular-nums' },
  track: { fill: tokens.colorNeutralBackground3 },
  pass: { fill: tokens.colorPaletteGreenBackground3 },
  fail: { fill: tokens.colorPaletteDarkOrangeBackground3 },
  belowRow: { backgroundColor: tokens.colorPaletteRedBackground1 },
  // Four columns that fit 320 px: the agency's cell stacks its district and, below the target, its step.
  agencyCell: { display: 'flex', flexDirection: 'column', rowGap: '2px', paddingBlock: '4px', minWidth: 0 },
  detail: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  step: { fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  numCell: { width: '64px', textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  narrow: { width: '44px', textAlign: 'center' },
  table: { tableLayout: 'fixed', width: '100%' },
  sortRow: { display: 'flex', alignItems: 'center', columnGap: '8px', flexWrap: 'wrap', marginBlockEnd: '4px' },
});

type SortKey = 'default' | 'name' | 'district' | 'total' | 'change' | 'rank';

/** Below the target first (lowest first), then the rest by rank: who needs help first. */
export function defaultOrder(agencies: readonly AgencyResult[]): AgencyResult[] {
  return [...agencies].sort(
    (x, y) => Number(x.pass) - Number(y.pass) || (x.pass ? x.rank - y.rank : x.total - y.total) || x.index - y.index,
  );
}

function sorted(agencies: readonly AgencyResult[], key: SortKey, dir: 1 | -1, lang: Lang): AgencyResult[] {
  if (key === 'default') return defaultOrder(agencies);
  const cmp = (x: AgencyResult, y: AgencyResult): number => {
    switch (key) {
      case 'name':
        return x.input.name.localeCompare(y.input.name, lang);
      case 'district':
        return (x.input.district ?? '').localeCompare(y.input.district ?? '', lang);
      case 'total':
        return x.total - y.total;
      case 'change':
        return (x.change ?? -Infinity) - (y.change ?? -Infinity);
      case 'rank':
        return x.rank - y.rank;
    }
  };
  return [...agencies].sort((x, y) => dir * cmp(x, y) || x.index - y.index);
}

const GRADES: Grade[] = ['AA', 'A', 'B', 'C', 'D', 'E', 'F'];

/** Agencies per grade as bars, green at or above the target's grade, orange below. */
function GradeChart({ counts, passing, lang }: { counts: Record<Grade, number>; passing: Set<Grade>; lang: Lang }) {
  const styles = useStyles();
  const t = T[lang];
  const max = Math.max(1, ...GRADES.map((g) => counts[g]));
  const W = 320;
  const ROW = 24;
  const LEFT = 34;
  const RIGHT = W - 44;
  const summary = t.chartSummary(GRADES.map((g) => `${g} ${counts[g]}`).join(', '));
  return (
    <svg
      className={styles.svg}
      viewBox={`0 0 ${W} ${GRADES.length * ROW + 4}`}
      role="img"
      aria-label={summary}
      data-testid="grade-chart"
    >
      {GRADES.map((g, i) => {
        const y = i * ROW + 4;
        const w = ((RIGHT - LEFT) * counts[g]) / max;
        return (
          <g key={g} data-grade={g}>
            <title>{`${g}: ${counts[g]}`}</title>
            <text className={styles.label} x={0} y={y + 13}>
              {g}
            </text>
            <rect className={styles.track} x={LEFT} y={y + 2} width={RIGHT - LEFT} height={14} rx={2} />
            {counts[g] > 0 && (
              <rect
                className={passing.has(g) ? styles.pass : styles.fail}
                x={LEFT}
                y={y + 2}
                width={Math.max(2, w)}
                height={14}
                rx={2}
              />
            )}
            <text className={styles.value} x={W - 2} y={y + 13} textAnchor="end">
              {counts[g]}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

const percent = (x: number) => `${(Math.round(x * 10000) / 100).toFixed(2)}%`;

export function AreaSection({
  analysis,
  onSelect,
}: {
  analysis: AnalysisWithSources;
  onSelect: (sheet: string, cell: string) => void;
}) {
  const { lang } = useI18n();
  const t = T[lang];
  const styles = useStyles();
  const common = useCommonStyles();
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'default', dir: 1 });
  const [shown, setShown] = useState(AREA_PAGE);
  const area = analysis.area!.result;
  const rows = analysis.sources.agencies ?? [];
  const sheet = analysis.area!.sheet; // the Agencies sheet, where each row's name is
  const order = useMemo(() => sorted(area.agencies, sort.key, sort.dir, lang), [area, sort, lang]);
  const g = area.area;
  const nat = nationalFor(analysis.fiscalYear);
  const targetText = format2(area.target);
  const passing = new Set(analysis.framework.gradeBands.filter((b) => b.min >= area.target).map((b) => b.grade));
  const header = (key: SortKey, label: string, className?: string) => (
    <TableHeaderCell
      className={className}
      sortable
      sortDirection={sort.key === key ? (sort.dir === 1 ? 'ascending' : 'descending') : undefined}
      onClick={() => {
        setSort((s) => ({
          key,
          dir: s.key === key ? (s.dir === 1 ? -1 : 1) : key === 'total' || key === 'change' ? -1 : 1,
        }));
      }}
      data-sort={key}
    >
      {label}
    </TableHeaderCell>
  );
  return (
    <section className={common.section} aria-labelledby="area-title">
      <h2 id="area-title" className={common.h2}>
        {t.title}
      </h2>
      <Card>
        <div className={styles.facts} data-testid="area-facts">
          <div className={styles.fact}>
            <Text className={common.muted}>{t.count}</Text>
            <span className={styles.big}>{g.count.toLocaleString('en-US')}</span>
          </div>
          <div className={styles.fact}>
            <Text className={common.muted}>{t.mean}</Text>
            <span className={styles.big}>{format2(g.meanShown)}</span>
          </div>
          <div className={styles.fact}>
            <Text className={common.muted}>{t.passShare(targetText)}</Text>
            <span className={styles.big}>{percent(g.passShare)}</span>
          </div>
          <div className={styles.fact}>
            <Text className={common.muted}>{t.below}</Text>
            <span className={styles.big}>{g.belowTarget.toLocaleString('en-US')}</span>
          </div>
        </div>
        {nat && (
          <Text className={common.muted} data-testid="national">
            {t.national(
              nat.fiscalYear,
              nat.agencies.toLocaleString('en-US'),
              nat.mean !== undefined ? format2(nat.mean) : '',
              nat.passShare !== undefined ? percent(nat.passShare) : '',
            )}
          </Text>
        )}
        <Text className={common.muted}>{t.sheet(sheetNames(lang).agencies)}</Text>
      </Card>

      <h3 className={common.h3}>{t.chartTitle}</h3>
      <GradeChart counts={g.grades} passing={passing} lang={lang} />

      <h3 className={common.h3} id="area-table-title">
        {t.tableTitle}
      </h3>
      <div className={styles.sortRow}>
        <label htmlFor="area-sort">
          <Text className={common.muted}>{t.sortBy}</Text>
        </label>
        <Select
          id="area-sort"
          size="small"
          value={sort.key}
          onChange={(_, d) => {
            const key = d.value as SortKey;
            setSort({ key, dir: key === 'total' || key === 'change' ? -1 : 1 });
          }}
          data-testid="area-sort"
        >
          {(Object.keys(t.sorts) as SortKey[]).map((k) => (
            <option key={k} value={k}>
              {t.sorts[k]}
            </option>
          ))}
        </Select>
      </div>
      <Table
        className={mergeClasses(common.table, styles.table)}
        size="small"
        aria-labelledby="area-table-title"
        data-testid="area-table"
      >
        <TableHeader>
          <TableRow>
            {header('name', t.name)}
            {header('total', t.total, styles.numCell)}
            <TableHeaderCell className={styles.narrow}>{t.grade}</TableHeaderCell>
            {header('rank', t.rank, styles.narrow)}
          </TableRow>
        </TableHeader>
        <TableBody>
          {order.slice(0, shown).map((x) => {
            const src = rows[x.index];
            const step = stepText(x.step)[lang];
            return (
              <TableRow key={x.index} className={x.pass ? undefined : styles.belowRow} data-pass={x.pass}>
                <TableCell>
                  <div className={styles.agencyCell}>
                    <span data-testid="agency-name">
                      {src ? (
                        <Link
                          as="button"
                          onClick={() => onSelect(sheet, src.nameCell)}
                          aria-label={t.select(x.input.name)}
                        >
                          {x.input.name}
                        </Link>
                      ) : (
                        x.input.name
                      )}
                    </span>
                    {x.input.district && <span className={styles.detail}>{x.input.district}</span>}
                    {step && (
                      <span className={styles.step} data-testid="agency-step">
                        {step}
                      </span>
                    )}
                  </div>
                </TableCell>
                <TableCell className={styles.numCell}>
                  <div className={styles.agencyCell}>
                    <span>{format2(x.totalShown)}</span>
                    {x.change !== undefined && (
                      <span className={styles.detail} aria-label={`${t.change} ${format2(x.change)}`}>
                        {`${x.change > 0 ? '+' : ''}${format2(x.change)}`}
                      </span>
                    )}
                  </div>
                </TableCell>
                <TableCell className={styles.narrow}>
                  <Badge appearance="tint" color={x.pass ? 'success' : 'danger'}>
                    {x.grade}
                  </Badge>
                </TableCell>
                <TableCell className={styles.narrow}>{x.rank}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {order.length > shown && (
        <div>
          <Text className={common.muted}>{t.shown(shown, order.length)}</Text>{' '}
          <Button size="small" onClick={() => setShown((n) => n + AREA_PAGE)}>
            {t.showMore(Math.min(AREA_PAGE, order.length - shown))}
          </Button>
        </div>
      )}

      {[
        { title: t.districts, groups: area.byDistrict },
        { title: t.types, groups: area.byType },
      ].map(({ title, groups }) => (
        <div key={title}>
          <h3 className={common.h3}>{title}</h3>
          <Table className={common.table} size="small" aria-label={title}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t.group}</TableHeaderCell>
                <TableHeaderCell>{t.count}</TableHeaderCell>
                <TableHeaderCell>{t.groupMean}</TableHeaderCell>
                <TableHeaderCell>{t.groupPass(targetText)}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {groups.map((x) => (
                <TableRow key={x.key}>
                  <TableCell>{x.label[lang]}</TableCell>
                  <TableCell className={common.num}>{x.count}</TableCell>
                  <TableCell className={common.num}>{format2(x.meanShown)}</TableCell>
                  <TableCell className={common.num}>{percent(x.passShare)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ))}
    </section>
  );
}
