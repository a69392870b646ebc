import { makeStyles, Spinner } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Lang } from '../domain/text';
import type { WorkbookHost } from '../workbook/host';
import { isBrowserHost } from './browser-host';
import { AreaSection } from './components/AreaSection';
import { ErrorBar } from './components/ErrorBar';
import { FileBar } from './components/FileBar';
import { FoundSection } from './components/FoundSection';
import { Header } from './components/Header';
import { MeasuresSection } from './components/MeasuresSection';
import { Notices } from './components/Notices';
import { problemCards, ProblemsSection } from './components/ProblemsSection';
import { RecomputeBar } from './components/RecomputeBar';
import { ReportsSection } from './components/ReportsSection';
import { ResultsSection } from './components/ResultsSection';
import { SheetPreview } from './components/SheetPreview';
import { SurveySection } from './components/SurveySection';
import { TabBar, TabSpec } from './components/TabBar';
import { I18nProvider, useI18n } from './i18n';
import { errorCount } from '../domain/problem';
import type { NewMeasure } from '../workbook';
import { useWorkbookSession } from './useWorkbookSession';
import type { SessionOptions } from './session-types';

export type TabId = 'overview' | 'problems' | 'results' | 'area' | 'measures' | 'survey' | 'reports';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '14px',
    padding: '12px 16px 24px',
    maxWidth: '720px',
    marginLeft: 'auto',
    marginRight: 'auto',
    boxSizing: 'border-box',
  },
  panel: { paddingTop: '4px' },
  loading: { paddingTop: '24px' },
});

const REPORTS_TAB = { th: 'รายงาน', en: 'Reports' };
/** Shown only when the workbook has a survey responses sheet (issue #13). */
const SURVEY_TAB = { th: 'ประเมินล่วงหน้า', en: 'Pre-assessment' };
/** Shown when the workbook holds many agencies (issue 14). */
const AREA_TAB = { th: 'พื้นที่', en: 'Area' };

/** Nothing in the pane holds focus (it was on a button that went away): where a keyboard user was lost. */
function focusLost(): boolean {
  const el = typeof document !== 'undefined' ? document.activeElement : null;
  return !el || el === document.body || !el.isConnected;
}

/** Focus the open section's heading (focusable from script only). */
function focusHeading(panel: HTMLElement | null): void {
  const h = panel?.querySelector<HTMLElement>('h2') ?? panel;
  if (!h) return;
  if (!h.hasAttribute('tabindex')) h.setAttribute('tabindex', '-1');
  h.focus();
}

const noSubscribe = () => () => undefined;
const zero = () => 0;

export interface AppProps {
  host: WorkbookHost;
  initialLang: Lang;
  /** Browser mode: open the bundled sample on start (default true). */
  openSampleOnStart?: boolean;
  sessionOptions?: SessionOptions;
  onLangChange?: (lang: Lang) => void;
}

export function App(props: AppProps) {
  const [lang, setLang] = useState<Lang>(props.initialLang);
  const changeLang = useCallback(
    (l: Lang) => {
      setLang(l);
      props.onLangChange?.(l);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the callback counts; `props` is a new object every render
    [props.onLangChange],
  );
  useEffect(() => {
    if (typeof document !== 'undefined') document.documentElement.lang = lang;
  }, [lang]);
  return (
    <I18nProvider lang={lang}>
      <Pane {...props} onLangChange={changeLang} />
    </I18nProvider>
  );
}

function Pane({
  host,
  openSampleOnStart = true,
  sessionOptions,
  onLangChange,
}: AppProps & { onLangChange: (l: Lang) => void }) {
  const { lang, s } = useI18n();
  const styles = useStyles();
  const session = useWorkbookSession(host, sessionOptions);
  const browser = isBrowserHost(host) ? host : undefined;
  useSyncExternalStore(browser ? browser.subscribe : noSubscribe, browser ? browser.getVersion : zero);
  const [tab, setTab] = useState<TabId>('overview');
  const panel = useRef<HTMLDivElement>(null);
  /** Set when the user asks for something; once it is done, focus is put back if it was lost. */
  const asked = useRef(false);
  const ask =
    <A extends unknown[]>(f: (...a: A) => void) =>
    (...a: A) => {
      asked.current = true;
      f(...a);
    };

  // First read: the workbook in Excel, or the bundled sample in a browser.
  useEffect(() => {
    if (!browser) void session.load();
    else if (browser.hasWorkbook) void session.load();
    else if (openSampleOnStart) void session.open(() => browser.openSample());
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the first read happens once per host, not on every new session object
  }, [host]);

  // After a recompute, show what matters: the results, or the problems that stopped them.
  const last = session.last;
  useEffect(() => {
    // A workbook of many agencies and no single one's scores shows the area.
    if (last?.kind === 'recompute')
      setTab(last.total !== undefined ? 'results' : last.area ? 'area' : last.survey ? 'survey' : 'problems');
    if (last?.kind === 'missing-sheets') setTab('overview');
  }, [last]);

  const { analysis, snapshot, problems, busy } = session;
  useEffect(() => {
    if (busy || !asked.current) return;
    asked.current = false;
    if (focusLost()) focusHeading(panel.current);
  }, [busy, tab, last, analysis]);

  const errors = errorCount(problems);
  const selection = browser?.selection;
  const noWorkbook = !!browser && !browser.hasWorkbook;
  const onSelect = (sheet: string, cell: string) => void session.select(sheet, cell);
  const error = session.error;
  // As the tab lists them: the cards, and the number fix's box as one.
  const problemCount =
    (analysis ? problemCards(problems, analysis.textNumbers).length : problems.length) +
    (analysis && analysis.textNumbers.length > 0 ? 1 : 0);
  const tabSpecs: TabSpec<TabId>[] = [
    { id: 'overview', label: s.tabOverview },
    { id: 'problems', label: s.tabProblems, count: { n: problemCount, danger: errors > 0 } },
    { id: 'results', label: s.tabResults },
    ...(analysis?.area ? [{ id: 'area' as const, label: AREA_TAB[lang] }] : []),
    { id: 'measures', label: s.tabMeasures },
    ...(analysis?.survey ? [{ id: 'survey' as const, label: SURVEY_TAB[lang] }] : []),
    { id: 'reports', label: REPORTS_TAB[lang] },
  ];

  return (
    <main className={styles.root} lang={lang}>
      <Header onLangChange={onLangChange} />
      {browser && (
        <FileBar
          fileName={browser.fileName}
          canDownload={browser.hasWorkbook}
          resultName={browser.resultName}
          busy={busy}
          // A newly opened file starts on the overview: what was found in it.
          onOpenSample={ask(() => {
            setTab('overview');
            void session.open(() => browser.openSample());
          })}
          onOpenFile={ask((file: File) => {
            setTab('overview');
            void session.open(() => browser.openFile(file));
          })}
          onDownload={ask(() => void session.download(lang, () => browser.download()))}
        />
      )}
      <Notices title={s.hostNotices} items={host.notices} intent="info" />
      <RecomputeBar
        busy={busy}
        unavailable={noWorkbook}
        step={session.step}
        announcement={session.announcement}
        refused={session.refused}
        last={last?.kind === 'recompute' ? last : undefined}
        onRecompute={ask(() => void session.recompute(lang))}
      />
      {error && <ErrorBar error={error} onDismiss={ask(() => session.dismissError())} />}
      {last && last.skipped.length > 0 && <Notices title={s.skipped} items={last.skipped} />}

      {!analysis ? (
        session.phase === 'reading' || (!browser && session.phase === 'idle') ? (
          <Spinner className={styles.loading} label={s.stepReading} />
        ) : null
      ) : (
        <>
          <TabBar tabs={tabSpecs} selected={tab} label={s.sectionsLabel} onSelect={ask((id: TabId) => setTab(id))} />
          {browser && selection && snapshot && (
            <SheetPreview
              snapshot={snapshot}
              sheet={selection.sheet}
              cell={selection.cell}
              onClose={() => browser.clearSelection()}
            />
          )}
          <div
            ref={panel}
            className={styles.panel}
            role="tabpanel"
            aria-label={
              tab === 'reports'
                ? REPORTS_TAB[lang]
                : tab === 'survey'
                  ? SURVEY_TAB[lang]
                  : tab === 'area'
                    ? AREA_TAB[lang]
                    : tabLabel(tab, s)
            }
          >
            {tab === 'overview' && (
              <FoundSection
                analysis={analysis}
                busy={busy}
                onCreateMissing={ask(() => void session.createMissingSheets(lang))}
              />
            )}
            {tab === 'problems' && (
              <ProblemsSection
                problems={problems}
                textNumbers={analysis.textNumbers}
                busy={busy}
                onSelect={onSelect}
                onConvertNumbers={ask(() => void session.convertNumbers(lang))}
              />
            )}
            {tab === 'results' && (
              <ResultsSection
                analysis={analysis}
                hasErrors={errors > 0}
                busy={busy}
                onAddMeasure={ask((m: NewMeasure) => void session.addMeasure(m, lang))}
              />
            )}
            {tab === 'area' && analysis.area && <AreaSection analysis={analysis} onSelect={onSelect} />}
            {tab === 'measures' && (
              <MeasuresSection
                measures={analysis.measures}
                indicators={analysis.assessment?.indicators ?? []}
                onSelect={onSelect}
              />
            )}
            {tab === 'survey' && analysis.survey && <SurveySection survey={analysis.survey} />}
            {tab === 'reports' && (
              <ReportsSection host={host} busy={busy} runTask={ask((body) => void session.task(body))} />
            )}
          </div>
        </>
      )}
    </main>
  );
}

function tabLabel(tab: Exclude<TabId, 'reports' | 'survey' | 'area'>, s: ReturnType<typeof useI18n>['s']): string {
  return { overview: s.tabOverview, problems: s.tabProblems, results: s.tabResults, measures: s.tabMeasures }[tab];
}
