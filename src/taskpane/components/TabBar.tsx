import { CounterBadge, makeStyles, Tab, TabList } from '@fluentui/react-components';

export interface TabSpec<T extends string> {
  id: T;
  label: string;
  /** Problems: how many, and whether any is an error. */
  count?: { n: number; danger: boolean };
}

const useStyles = makeStyles({
  // Every tab stays on screen with its whole label: where the pane is too narrow for one line
  // (Excel's default 320 px holds five Thai tabs at most), the tabs wrap onto a second row instead
  // of going into a "more" menu, which hid the pre-assessment even at 420 px, or being cut.
  list: { flexWrap: 'wrap', marginLeft: '-6px', marginRight: '-6px' },
  tab: { flexShrink: 0 },
});

/** The pane's sections as tabs, all of them on screen: on one line when it holds them, else wrapped. */
export function TabBar<T extends string>({
  tabs,
  selected,
  label,
  onSelect,
}: {
  tabs: readonly TabSpec<T>[];
  selected: T;
  label: string;
  onSelect: (id: T) => void;
}) {
  const styles = useStyles();
  return (
    <TabList
      className={styles.list}
      selectedValue={selected}
      onTabSelect={(_, d) => onSelect(d.value as T)}
      aria-label={label}
      size="small"
    >
      {tabs.map((t) => (
        <Tab key={t.id} value={t.id} className={styles.tab}>
          {t.label}
          {t.count && t.count.n > 0 && (
            <>
              {' '}
              <CounterBadge
                count={t.count.n}
                size="small"
                color={t.count.danger ? 'danger' : 'informative'}
                appearance={t.count.danger ? 'filled' : 'ghost'}
              />
            </>
          )}
        </Tab>
      ))}
    </TabList>
  );
}
