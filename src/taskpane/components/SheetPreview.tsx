import { Button, Card, makeStyles, Text, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useEffect, useRef } from 'react';
import { columnLetters, parseA1, WorkbookSnapshot } from '../../workbook/snapshot';
import type { CellValue } from '../../workbook/snapshot';
import { useI18n } from '../i18n';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', rowGap: '6px' },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
  scroll: { overflowX: 'auto' },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, width: '100%', tableLayout: 'fixed' },
  th: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 4px',
  },
  rowHead: { width: '36px' },
  td: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 4px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    maxWidth: '120px',
  },
  hit: {
    outline: `2px solid ${tokens.colorPaletteRedBorder2}`,
    outlineOffset: '-2px',
    backgroundColor: tokens.colorPaletteRedBackground1,
    fontWeight: tokens.fontWeightSemibold,
  },
});

function show(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

/** A read-only look at the cells around a problem, for browser mode where there is no grid. */
export function SheetPreview({
  snapshot,
  sheet,
  cell,
  onClose,
}: {
  snapshot: WorkbookSnapshot;
  sheet: string;
  cell: string;
  onClose: () => void;
}) {
  const { s } = useI18n();
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  const label = `${sheet}!${cell}`;
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
    ref.current?.focus?.();
  }, [sheet, cell]);

  const ws = snapshot.sheets.find((x) => x.name === sheet);
  let at: { row: number; col: number };
  try {
    at = parseA1(cell);
  } catch {
    return null;
  }
  const rows = Array.from({ length: 7 }, (_, i) => at.row - 3 + i).filter((r) => r >= 0);
  const firstCol = Math.max(0, at.col - 1);
  const cols = Array.from({ length: 4 }, (_, i) => firstCol + i);
  const value = (r: number, c: number): string => (ws ? show(ws.values[r - ws.top]?.[c - ws.left] ?? null) : '');

  return (
    <Card
      className={styles.card}
      ref={ref}
      tabIndex={-1}
      aria-label={s.previewLabel(label)}
      data-testid="sheet-preview"
    >
      <div className={styles.head}>
        <Text weight="semibold">{s.previewTitle(label)}</Text>
        <Button
          appearance="subtle"
          size="small"
          icon={<DismissRegular />}
          aria-label={s.closePreview}
          onClick={onClose}
        />
      </div>
      <div className={styles.scroll}>
        <table className={styles.table} aria-label={s.previewLabel(label)}>
          <thead>
            <tr>
              <th className={`${styles.th} ${styles.rowHead}`} scope="col" />
              {cols.map((c) => (
                <th key={c} className={styles.th} scope="col">
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r}>
                <th className={styles.th} scope="row">
                  {r + 1}
                </th>
                {cols.map((c) => {
                  const hit = r === at.row && c === at.col;
                  const v = value(r, c);
                  return (
                    <td
                      key={c}
                      className={`${styles.td} ${hit ? styles.hit : ''}`}
                      title={v}
                      aria-current={hit ? 'true' : undefined}
                    >
                      {v}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
