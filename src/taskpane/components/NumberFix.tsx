import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Link,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { NumberSymbolRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { TextNumber } from '../../workbook/analysis';
import { useI18n } from '../i18n';

const useStyles = makeStyles({
  cells: {
    marginTop: '4px',
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
  table: { marginTop: '8px', tableLayout: 'auto', '& th': { whiteSpace: 'nowrap' } },
  content: { maxHeight: '50vh', overflowY: 'auto' },
});

/** The named fix: says which cells it changes, and changes them only after the user confirms. */
export function NumberFix({
  cells,
  busy,
  onConfirm,
  onSelect,
}: {
  cells: readonly TextNumber[];
  busy: boolean;
  onConfirm: () => void;
  onSelect: (sheet: string, cell: string) => void;
}) {
  const { s } = useI18n();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const label = s.numberFix(cells.length);
  const refs = cells.map((c) => `${c.sheet}!${c.cell}`);
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        {s.numberFixExplain}
        <div className={styles.cells}>
          {cells.slice(0, 12).map((c, i) => (
            <span key={refs[i]}>
              {i > 0 && ', '}
              <Link as="button" inline onClick={() => onSelect(c.sheet, c.cell)}>
                {refs[i]}
              </Link>
            </span>
          ))}
          {cells.length > 12 && ', …'}
        </div>
      </MessageBarBody>
      <MessageBarActions>
        <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
          <DialogTrigger disableButtonEnhancement>
            <Button icon={<NumberSymbolRegular />} disabledFocusable={busy}>
              {label}
            </Button>
          </DialogTrigger>
          <DialogSurface aria-describedby="number-fix-explain">
            <DialogBody>
              <DialogTitle>{s.numberFixTitle}</DialogTitle>
              <DialogContent className={styles.content}>
                <p id="number-fix-explain">{s.numberFixExplain}</p>
                <Table size="extra-small" className={styles.table} aria-label={label}>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell>{s.sheetRole}</TableHeaderCell>
                      <TableHeaderCell>{s.foundValue}</TableHeaderCell>
                      <TableHeaderCell>→</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {cells.map((c, i) => (
                      <TableRow key={refs[i]}>
                        <TableCell>{refs[i]}</TableCell>
                        <TableCell>{c.found}</TableCell>
                        <TableCell>{c.number}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </DialogContent>
              <DialogActions>
                <DialogTrigger disableButtonEnhancement>
                  <Button appearance="secondary">{s.cancel}</Button>
                </DialogTrigger>
                <Button
                  appearance="primary"
                  onClick={() => {
                    setOpen(false);
                    onConfirm();
                  }}
                >
                  {s.numberFixConfirm}
                </Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      </MessageBarActions>
    </MessageBar>
  );
}
