/**
 * Entry point of the task pane. Inside Excel it waits for Office.onReady and
 * follows Office's display language and theme (also when the theme changes while open); in a plain browser (office.js
 * missing or offline, another host, or no answer within 3 s) it starts in
 * browser mode with an in-memory workbook.
 */
import { FluentProvider, Spinner, Theme } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { createRoot, Root } from 'react-dom/client';
import { App } from './App';
import { BrowserHost } from './browser-host';
import { detectEnvironment, Environment, watchDarkMode } from './environment';
import { createExcelHost } from './excel-host';
import { strings } from './strings';
import { paneTheme } from './theme';
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
      <App host={host} initialLang={env.lang} />
    </FluentProvider>
  );
}

function render(root: Root, env: Environment) {
  const host = env.kind === 'excel' ? createExcelHost() : new BrowserHost();
  root.render(<ThemedPane env={env} host={host} />);
}

export async function start(container: HTMLElement): Promise<Environment> {
  document.body.style.margin = '0';
  const root = createRoot(container);
  const guess = typeof navigator !== 'undefined' && /^th\b/i.test(navigator.language) ? 'th' : 'en';
  root.render(
    <FluentProvider theme={paneTheme(false)} style={rootStyle}>
      <Spinner style={{ paddingTop: 48 }} label={strings(guess).loading} />
    </FluentProvider>,
  );
  const env = await detectEnvironment();
  document.documentElement.dataset.mode = env.kind;
  render(root, env);
  return env;
}

const container = typeof document !== 'undefined' ? document.getElementById('container') : null;
if (container) void start(container);
