import { makeStyles, Switch, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { Lang } from '../../domain/text';
import { useI18n } from '../i18n';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: '12px',
    rowGap: '4px',
    paddingBottom: '8px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  titles: { display: 'flex', flexDirection: 'column', minWidth: 0, flex: '1 1 180px' },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  subtitle: { color: tokens.colorNeutralForeground3 },
  lang: { display: 'flex', alignItems: 'center', columnGap: '2px', flexShrink: 0 },
  langValue: { minWidth: '3.5em', color: tokens.colorNeutralForeground2 },
});

export function Header({ onLangChange }: { onLangChange: (lang: Lang) => void }) {
  const { lang, s } = useI18n();
  const styles = useStyles();
  const valueId = useId();
  return (
    <header className={styles.header}>
      <div className={styles.titles}>
        <h1 className={styles.title}>{s.appTitle}</h1>
        <Text size={200} className={styles.subtitle}>
          {s.appSubtitle}
        </Text>
      </div>
      <div className={styles.lang}>
        <Switch
          label={s.languageLabel}
          labelPosition="before"
          checked={lang === 'en'}
          aria-describedby={valueId}
          onChange={(_, data) => onLangChange(data.checked ? 'en' : 'th')}
        />
        <Text id={valueId} size={200} className={styles.langValue} lang={lang}>
          {s.languageValue}
        </Text>
      </div>
    </header>
  );
}
