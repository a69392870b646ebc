import type { IndicatorId } from '../../domain/refs';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, CheckmarkRegular } from '@fluentui/react-icons';
import { useEffect, useId, useRef } from 'react';
import type { IndicatorAdvice } from '../../domain/advice';
import type { IndicatorResult } from '../../domain/scoring';
import type { Suggestion } from '../../domain/suggestions';
import type { NewMeasure } from '../../workbook';
import { format2 } from '../format';
import { useI18n } from '../i18n';
import { useCommonStyles } from '../styles';

const useStyles = makeStyles({
  wrap: { display: 'flex', flexDirection: 'column', rowGap: '8px' },
  headerText: { display: 'flex', alignItems: 'center', columnGap: '8px', flexWrap: 'wrap' },
  panel: { display: 'flex', flexDirection: 'column', rowGap: '8px', paddingBottom: '8px' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: '8px' },
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '6px',
    padding: '8px 10px',
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  who: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', justifyContent: 'flex-end' },
  itemTitle: { fontWeight: tokens.fontWeightSemibold, marginTop: '4px' },
});

function SuggestionItem({
  suggestion,
  added,
  busy,
  onAdd,
}: {
  suggestion: Suggestion;
  added: boolean;
  busy: boolean;
  onAdd: () => void;
}) {
  const { s, t } = useI18n();
  const styles = useStyles();
  const textId = useId();
  // The button goes once the measure is added: the "added" mark takes its focus, in place.
  const asked = useRef(false);
  const addedMark = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (added && asked.current) {
      asked.current = false;
      addedMark.current?.focus();
    }
  }, [added]);
  return (
    <li className={styles.item}>
      <Text id={textId}>{t(suggestion.text)}</Text>
      {suggestion.responsible && (
        <Text size={200} className={styles.who}>
          {s.responsible(t(suggestion.responsible))}
        </Text>
      )}
      <div className={styles.actions}>
        {added ? (
          <Badge ref={addedMark} tabIndex={-1} appearance="tint" color="success" icon={<CheckmarkRegular />}>
            {s.addedToMeasures}
          </Badge>
        ) : (
          <Button
            size="small"
            icon={<AddRegular />}
            disabledFocusable={busy}
            aria-describedby={textId}
            onClick={() => {
              asked.current = true;
              onAdd();
            }}
          >
            {s.addToMeasures}
          </Button>
        )}
      </div>
    </li>
  );
}

export function Suggestions({
  advice,
  indicators,
  measureTexts,
  busy,
  onAdd,
}: {
  advice: readonly IndicatorAdvice[];
  indicators: readonly IndicatorResult[];
  /** Texts already in the Measures sheet: their suggestions show as added. */
  measureTexts: ReadonlySet<string>;
  busy: boolean;
  onAdd: (m: NewMeasure) => void;
}) {
  const { lang, s, t } = useI18n();
  const styles = useStyles();
  const common = useCommonStyles();
  const isAdded = (sg: Suggestion) => measureTexts.has(sg.text.th.trim()) || measureTexts.has(sg.text.en.trim());
  const add = (indicator: IndicatorId, sg: Suggestion) =>
    onAdd({
      measure: sg.text[lang],
      indicator,
      ...(sg.responsible ? { responsible: sg.responsible[lang] } : {}),
    });
  const suggestionList = (indicator: IndicatorId, suggestions: readonly Suggestion[]) => (
    <ul className={styles.list}>
      {suggestions.map((sg) => (
        <SuggestionItem key={sg.id} suggestion={sg} added={isAdded(sg)} busy={busy} onAdd={() => add(indicator, sg)} />
      ))}
    </ul>
  );
  return (
    <div className={styles.wrap}>
      <h3 className={common.h3}>{s.suggestionsTitle}</h3>
      {advice.length === 0 ? (
        <Text>{s.noSuggestions}</Text>
      ) : (
        <Accordion multiple collapsible defaultOpenItems={[String(advice[0].indicator)]}>
          {advice.map((adv) => {
            const ind = indicators.find((i) => i.id === adv.indicator);
            return (
              <AccordionItem key={adv.indicator} value={String(adv.indicator)}>
                <AccordionHeader as="h4" expandIconPosition="end">
                  <span className={styles.headerText}>
                    <span>
                      {s.indicator(adv.indicator)} {ind ? t(ind.name) : ''}
                    </span>
                    {ind && (
                      <Badge appearance="tint" color={ind.status === 'strength' ? 'success' : 'danger'} size="small">
                        {format2(ind.score)}
                      </Badge>
                    )}
                  </span>
                </AccordionHeader>
                <AccordionPanel className={styles.panel}>
                  {adv.suggestions.length > 0 && suggestionList(adv.indicator, adv.suggestions)}
                  {adv.items.map((item) => (
                    <div key={item.code}>
                      <Text as="p" className={styles.itemTitle}>
                        {s.unpublished(item.code, t(item.title))}
                      </Text>
                      {suggestionList(adv.indicator, item.suggestions)}
                    </div>
                  ))}
                </AccordionPanel>
              </AccordionItem>
            );
          })}
        </Accordion>
      )}
    </div>
  );
}
