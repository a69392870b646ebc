import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Bilingual } from '../../domain/text';
import { useI18n } from '../i18n';

const useStyles = makeStyles({ list: { margin: '2px 0 0', paddingLeft: '20px' } });

/** Things this host cannot do, or skipped in the last write: told, never fatal. */
export function Notices({
  title,
  items,
  intent = 'warning',
}: {
  title: string;
  items: Bilingual[];
  intent?: 'warning' | 'info';
}) {
  const { t } = useI18n();
  const styles = useStyles();
  if (items.length === 0) return null;
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <ul className={styles.list}>
          {items.map((n, i) => (
            <li key={i}>{t(n)}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
