import { makeStyles, Text, ToggleButton, tokens } from '@fluentui/react-components';
import type { Lang } from '../../domain/text';
import { useI18n } from '../i18n';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: '12px',
    rowGap: '6px',
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
  lang: { display: 'flex', alignItems: 'center', flexShrink: 0 },
  // The two halves of one control: no gap, the inner corners square.
  first: { borderTopRightRadius: 0, borderBottomRightRadius: 0, minWidth: '64px' },
  second: { borderTopLeftRadius: 0, borderBottomLeftRadius: 0, marginLeft: '-1px', minWidth: '64px' },
});

/** Each language named in itself, so a reader of either can find the other. */
const LANGS: { lang: Lang; label: string }[] = [
  { lang: 'th', label: 'ไทย' },
  { lang: 'en', label: 'English' },
];

export function Header({ onLangChange }: { onLangChange: (lang: Lang) => void }) {
  const { lang, s } = useI18n();
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <div className={styles.titles}>
        <h1 className={styles.title}>{s.appTitle}</h1>
        <Text size={200} className={styles.subtitle}>
          {s.appSubtitle}
        </Text>
      </div>
      {/* Two options, both always visible: not an on/off switch. */}
      <div className={styles.lang} role="group" aria-label={s.languageLabel}>
        {LANGS.map((o, i) => (
          <ToggleButton
            key={o.lang}
            size="small"
            lang={o.lang}
            className={i === 0 ? styles.first : styles.second}
            appearance={lang === o.lang ? 'primary' : 'secondary'}
            checked={lang === o.lang}
            onClick={() => lang !== o.lang && onLangChange(o.lang)}
          >
            {o.label}
          </ToggleButton>
        ))}
      </div>
    </header>
  );
}
