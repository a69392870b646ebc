import {
  Button,
  CounterBadge,
  makeStyles,
  Menu,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  tokens,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from '@fluentui/react-components';
import { MoreHorizontalRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';

export interface TabSpec<T extends string> {
  id: T;
  label: string;
  /** Problems: how many, and whether any is an error. */
  count?: { n: number; danger: boolean };
}

const useStyles = makeStyles({
  // One line whatever the width: tabs that do not fit go into the "more" menu.
  list: { marginLeft: '-6px', marginRight: '-6px', flexWrap: 'nowrap', minWidth: 0, overflow: 'hidden' },
  tab: { flexShrink: 0, paddingLeft: '6px', paddingRight: '6px' },
  more: { alignSelf: 'center', flexShrink: 0, minWidth: 'auto' },
  menu: { backgroundColor: tokens.colorNeutralBackground1 },
});

function Label<T extends string>({ t }: { t: TabSpec<T> }): ReactNode {
  return (
    <>
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
    </>
  );
}

function MoreItem<T extends string>({
  t,
  selected,
  onSelect,
}: {
  t: TabSpec<T>;
  selected: boolean;
  onSelect: (id: T) => void;
}) {
  const visible = useIsOverflowItemVisible(t.id);
  if (visible) return null;
  return (
    <MenuItemRadio name="tab" value={t.id} onClick={() => onSelect(t.id)} aria-checked={selected}>
      <Label t={t} />
    </MenuItemRadio>
  );
}

function MoreMenu<T extends string>({
  tabs,
  selected,
  label,
  onSelect,
}: {
  tabs: readonly TabSpec<T>[];
  selected: T;
  label: (hidden: number) => string;
  onSelect: (id: T) => void;
}) {
  const styles = useStyles();
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu checkedValues={{ tab: [selected] }}>
      <MenuTrigger disableButtonEnhancement>
        <Button
          ref={ref}
          appearance="transparent"
          className={styles.more}
          icon={<MoreHorizontalRegular />}
          aria-label={label(overflowCount)}
          role="tab"
          aria-selected={false}
        />
      </MenuTrigger>
      <MenuPopover>
        <MenuList className={styles.menu}>
          {tabs.map((t) => (
            <MoreItem key={t.id} t={t} selected={t.id === selected} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/** The pane's sections as tabs on one line; at 320 px the ones that do not fit are in a "more" menu. */
export function TabBar<T extends string>({
  tabs,
  selected,
  label,
  moreLabel,
  onSelect,
}: {
  tabs: readonly TabSpec<T>[];
  selected: T;
  label: string;
  moreLabel: (hidden: number) => string;
  onSelect: (id: T) => void;
}) {
  const styles = useStyles();
  return (
    // padding 0: the menu button is measured with the tabs (and where nothing has a size, as in
    // jsdom, nothing is hidden).
    <Overflow minimumVisible={2} padding={0}>
      <TabList
        className={styles.list}
        selectedValue={selected}
        onTabSelect={(_, d) => onSelect(d.value as T)}
        aria-label={label}
        size="medium"
      >
        {tabs.map((t) => (
          // The selected tab is the last to go into the menu.
          <OverflowItem key={t.id} id={t.id} priority={t.id === selected ? 2 : 1}>
            <Tab value={t.id} className={styles.tab}>
              <Label t={t} />
            </Tab>
          </OverflowItem>
        ))}
        <MoreMenu tabs={tabs} selected={selected} label={moreLabel} onSelect={onSelect} />
      </TabList>
    </Overflow>
  );
}
