import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { ArrowSyncRegular } from '@fluentui/react-icons';
import type { Bilingual } from '../../domain/text';
import { formatTime } from '../format';
import { ActionTooltip } from './ActionTooltip';
import { useI18n } from '../i18n';
import type { LastRun, Step } from '../session-types';

const useStyles = makeStyles({
  bar: { display: 'flex', flexDirection: 'column', rowGap: '6px' },
  row: { display: 'flex', alignItems: 'center', columnGap: '12px', flexWrap: 'wrap', rowGap: '6px' },
  status: {
    display: 'flex',
    alignItems: 'center',
    columnGap: '8px',
    minHeight: '24px',
    color: tokens.colorNeutralForeground2,
  },
  meta: { color: tokens.colorNeutralForeground3 },
});

export interface RecomputeBarProps {
  busy: boolean;
  /** No workbook to compute (browser mode before a file is open). */
  unavailable: boolean;
  step?: Step;
  announcement?: Bilingual;
  /** An action asked for while this one runs, and refused. */
  refused?: Bilingual;
  last?: LastRun;
  onRecompute: () => void;
}

export function RecomputeBar({ busy, unavailable, step, announcement, refused, last, onRecompute }: RecomputeBarProps) {
  const { s, t } = useI18n();
  const styles = useStyles();
  const stepText =
    step === 'reading' ? s.stepReading : step === 'checking' ? s.stepChecking : step === 'writing' ? s.stepWriting : '';
  return (
    <div className={styles.bar}>
      <div className={styles.row}>
        <ActionTooltip content={s.recomputeHint}>
          <Button
            appearance="primary"
            size="large"
            icon={<ArrowSyncRegular />}
            // While busy it stays focusable, so the keyboard user's focus is still on it afterwards.
            disabled={unavailable}
            disabledFocusable={busy && !unavailable}
            onClick={onRecompute}
          >
            {s.recompute}
          </Button>
        </ActionTooltip>
        {last && !busy && (
          <Text size={200} className={styles.meta}>
            {s.lastComputed(formatTime(last.at))}
          </Text>
        )}
      </div>
      <div className={styles.status} role="status" aria-live="polite" aria-atomic="true" data-testid="live-status">
        {busy && <Spinner size="extra-tiny" aria-hidden="true" />}
        <Text size={300}>
          {/* Busy without a step (a report, a download of current results): what it said stays. */}
          {busy && step ? stepText : announcement ? t(announcement) : ''}
          {busy && refused ? ` — ${t(refused)}` : ''}
        </Text>
      </div>
    </div>
  );
}
