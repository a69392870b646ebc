import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { Bilingual } from '../../domain/text';
import { useI18n } from '../i18n';
import type { UserError } from '../errors';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', rowGap: '4px', paddingTop: '2px', paddingBottom: '4px' },
  other: { color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: '20px' },
  detail: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, wordBreak: 'break-word' },
});

function StepList({ title, steps }: { title: string; steps: Bilingual[] }) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <div>
      {title}
      <ul className={styles.list}>
        {steps.map((w, i) => (
          <li key={i}>{t(w)}</li>
        ))}
      </ul>
    </div>
  );
}

/** An error from the host, in the current language first and the other one under it. */
export function ErrorBar({ error, onDismiss }: { error: UserError; onDismiss: () => void }) {
  const { lang, s, t } = useI18n();
  const styles = useStyles();
  const other = lang === 'th' ? 'en' : 'th';
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{t(error.title)}</MessageBarTitle>
        <span className={styles.other} lang={other}>
          {error.title[other]}
        </span>
        {error.written !== undefined && error.written.length > 0 && (
          <StepList title={s.errorWritten} steps={error.written} />
        )}
        {error.partial !== undefined && error.partial.length > 0 && (
          <StepList title={s.errorPartial} steps={error.partial} />
        )}
        {error.written !== undefined && error.written.length === 0 && !error.partial?.length && (
          <span>{s.errorNothingWritten}</span>
        )}
        {error.detail && (
          <details>
            <summary>{s.errorDetails}</summary>
            <div className={styles.detail}>{error.detail}</div>
          </details>
        )}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" aria-label={s.dismiss} icon={<DismissRegular />} onClick={onDismiss} />
        }
      />
    </MessageBar>
  );
}
