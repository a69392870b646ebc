import { Badge, Link, makeStyles, Text, tokens, Tooltip } from '@fluentui/react-components';
import { ErrorCircleFilled, WarningFilled, CheckmarkCircleFilled } from '@fluentui/react-icons';
import { messageAfterPlace, Problem, problemAddress } from '../../domain/problem';
import { spanText } from '../../domain/refs';
import type { TextNumber } from '../../workbook/analysis';
import { useI18n } from '../i18n';
import { NumberFix } from './NumberFix';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: '12px' },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  h3: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    display: 'flex',
    alignItems: 'center',
    columnGap: '6px',
    flexWrap: 'wrap',
  },
  group: { display: 'flex', flexDirection: 'column', rowGap: '6px' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: '6px' },
  item: {
    display: 'grid',
    gridTemplateColumns: '16px 1fr',
    columnGap: '8px',
    padding: '6px 8px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  icon: { marginTop: '2px' },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  ok: { color: tokens.colorPaletteGreenForeground1, display: 'flex', alignItems: 'center', columnGap: '6px' },
  body: { display: 'flex', flexDirection: 'column', rowGap: '2px', minWidth: 0 },
  ref: { fontWeight: tokens.fontWeightSemibold },
  detail: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  message: { overflowWrap: 'anywhere' },
});

export interface ProblemGroup {
  sheet?: string;
  problems: Problem[];
  errors: number;
  warnings: number;
}

/** By sheet, errors first inside each group; groups with errors before the others, whole-workbook last. */
export function groupProblems(problems: readonly Problem[]): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  for (const p of problems) {
    const key = p.sheet || '';
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { ...(key ? { sheet: key } : {}), problems: [], errors: 0, warnings: 0 }));
    g.problems.push(p);
    if (p.severity === 'error') g.errors++;
    else g.warnings++;
  }
  const list = [...groups.values()];
  for (const g of list) g.problems.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return list.sort((a, b) => Number(b.errors > 0) - Number(a.errors > 0) || Number(!a.sheet) - Number(!b.sheet));
}

/**
 * The problems shown as cards: a number stored as text is listed once, in the number fix's box
 * (every cell linked, one button), not as one identical card per cell.
 */
export function problemCards(problems: readonly Problem[], textNumbers: readonly TextNumber[]): Problem[] {
  const offered = new Set(textNumbers.map((n) => `${n.sheet}!${n.cell}`));
  return problems.filter((p) => !(p.code === 'formula.text-number' && offered.has(`${p.sheet}!${p.cell}`)));
}

function ProblemItem({ p, onSelect }: { p: Problem; onSelect: (sheet: string, cell: string) => void }) {
  const { s, t } = useI18n();
  const styles = useStyles();
  const ref = problemAddress(p);
  const span = p.cell ? spanText({ cell: p.cell, through: p.through }) : undefined;
  const isError = p.severity === 'error';
  // The card's link already names the cell: "คะแนน!E2 " or "OIT D2–D44: " is not said twice.
  const message = messageAfterPlace(p, t(p.message));
  // Found and expected only when the message does not already say them.
  const found = p.found !== undefined && p.found !== '' && !message.includes(p.found) ? p.found : undefined;
  const expected = p.expected && !message.includes(t(p.expected)) ? t(p.expected) : undefined;
  return (
    <li className={styles.item}>
      <span className={`${styles.icon} ${isError ? styles.error : styles.warning}`}>
        {isError ? <ErrorCircleFilled aria-label={s.errorWord} /> : <WarningFilled aria-label={s.warningWord} />}
      </span>
      <div className={styles.body}>
        {ref && span && (
          <Tooltip content={s.goToCell(ref)} relationship="description">
            <Link as="button" className={styles.ref} onClick={() => onSelect(p.sheet as string, span)}>
              {ref}
            </Link>
          </Tooltip>
        )}
        <Text className={styles.message}>{message}</Text>
        {(found !== undefined || expected !== undefined) && (
          <Text className={styles.detail}>
            {found !== undefined && `${s.foundValue}: “${found}”`}
            {found !== undefined && expected !== undefined && ' · '}
            {expected !== undefined && `${s.expectedValue}: ${expected}`}
          </Text>
        )}
      </div>
    </li>
  );
}

export function ProblemsSection({
  problems,
  textNumbers,
  busy,
  onSelect,
  onConvertNumbers,
}: {
  problems: readonly Problem[];
  textNumbers: readonly TextNumber[];
  busy: boolean;
  onSelect: (sheet: string, cell: string) => void;
  onConvertNumbers: () => void;
}) {
  const { s } = useI18n();
  const styles = useStyles();
  const groups = groupProblems(problemCards(problems, textNumbers));
  return (
    <section className={styles.section} aria-labelledby="problems-title">
      <h2 id="problems-title" className={styles.h2}>
        {s.problemsTitle}
      </h2>
      {groups.length === 0 && textNumbers.length === 0 && (
        <Text className={styles.ok}>
          <CheckmarkCircleFilled aria-hidden="true" />
          {s.noProblems}
        </Text>
      )}
      {groups.map((g) => (
        <div key={g.sheet ?? ''} className={styles.group}>
          <h3 className={styles.h3}>
            <span>{g.sheet ? s.sheetGroup(g.sheet) : s.generalGroup}</span>
            {g.errors > 0 && (
              <Badge color="danger" appearance="filled" size="small">
                {s.errors(g.errors)}
              </Badge>
            )}
            {g.warnings > 0 && (
              <Badge color="warning" appearance="tint" size="small">
                {s.warnings(g.warnings)}
              </Badge>
            )}
          </h3>
          <ul className={styles.list}>
            {g.problems.map((p, i) => (
              <ProblemItem key={`${p.code}-${problemAddress(p) ?? ''}-${i}`} p={p} onSelect={onSelect} />
            ))}
          </ul>
        </div>
      ))}
      {/* The number fix is an offer, not a problem: after the errors that block results. */}
      {textNumbers.length > 0 && (
        <NumberFix cells={textNumbers} busy={busy} onConfirm={onConvertNumbers} onSelect={onSelect} />
      )}
    </section>
  );
}
