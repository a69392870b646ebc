/**
 * Entry point of the task pane. Inside Excel (known at once from the host info office.js reads)
 * it waits for Office.onReady however long it takes, suggesting a reload when that is slow, and
 * follows Office's display language and theme (also when the theme changes while open); in a
 * plain browser (office.js missing or offline, another host, or no answer within 3 s) it starts
 * in browser mode with an in-memory workbook.
 */
import { FluentProvider, Spinner, Theme } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { createRoot, Root } from 'react-dom/client';
import { App } from './App';
import { analyzeInWorker } from './analyze';
import { newAnalysisWorker } from './analysis-worker';
import { BrowserHost } from './browser-host';
import { detectEnvironment, Environment, langOf, officeHostHint, watchDarkMode } from './environment';
import { createExcelHost } from './excel-host';
import { strings } from './strings';
import type { SessionOptions } from './session-types';
import { paneTheme } from './theme';
import type { Bilingual, Lang } from '../domain/text';
import type { WorkbookHost } from '../workbook/host';

const rootStyle = { minHeight: '100vh' };

/** The page around the pane takes the theme's background, edge to edge. */
function paintBody(theme: Theme) {
  document.body.style.margin = '0';
  document.body.style.backgroundColor = theme.colorNeutralBackground1;
}

/** The pane in Office's (or the browser's) theme, following it when it changes while open. */
function ThemedPane({ env, host }: { env: Environment; host: WorkbookHost }) {
  const [dark, setDark] = useState(env.dark);
  useEffect(() => watchDarkMode(env.kind, env.dark, setDark), [env]);
  const theme = useMemo(() => paneTheme(dark), [dark]);
  useEffect(() => {
    paintBody(theme);
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  }, [theme, dark]);
  return (
    <FluentProvider theme={theme} style={rootStyle}>
      <App host={host} initialLang={env.lang} sessionOptions={SESSION} />
    </FluentProvider>
  );
}

/** The analysis runs in a Web Worker, off the UI thread (analyze.ts; in-thread where none starts). */
const SESSION: SessionOptions = { analyze: analyzeInWorker(newAnalysisWorker) };

function render(root: Root, env: Environment) {
  const host = env.kind === 'excel' ? createExcelHost() : new BrowserHost();
  root.render(<ThemedPane env={env} host={host} />);
}

/** Shown under the spinner when Office.onReady is slow inside Excel. */
export const OFFICE_SLOW_HINT: Bilingual = {
  th: 'Excel ยังเตรียม add-in ไม่เสร็จ หากรอนานเกินไป ให้ปิดบานหน้าต่างนี้แล้วเปิดใหม่ หรือคลิกขวาในบานหน้าต่างแล้วเลือก "โหลดซ้ำ"',
  en: 'Excel is still getting the add-in ready. If this takes too long, close this pane and open it again, or right-click in the pane and choose "Reload".',
};

function Starting({ lang, slow }: { lang: Lang; slow: boolean }) {
  return (
    <FluentProvider theme={paneTheme(false)} style={rootStyle}>
      <Spinner style={{ paddingTop: 48 }} label={strings(lang).loading} />
      {slow && (
        <p role="status" data-testid="office-slow" style={{ margin: '16px', textAlign: 'center' }}>
          {OFFICE_SLOW_HINT[lang]}
        </p>
      )}
    </FluentProvider>
  );
}

export async function start(container: HTMLElement): Promise<Environment> {
  document.body.style.margin = '0';
  const root = createRoot(container);
  // Inside Office the pane is in Excel mode from the first moment: it never falls back to the
  // browser's sample because office.js is slow to answer.
  const hint = officeHostHint();
  if (hint) document.documentElement.dataset.office = hint.host || 'office';
  const guess = langOf(hint?.locale || (typeof navigator !== 'undefined' ? navigator.language : ''));
  root.render(<Starting lang={guess} slow={false} />);
  const env = await detectEnvironment(undefined, () => root.render(<Starting lang={guess} slow />), hint);
  document.documentElement.dataset.mode = env.kind;
  render(root, env);
  return env;
}

const container = typeof document !== 'undefined' ? document.getElementById('container') : null;
if (container) void start(container);
