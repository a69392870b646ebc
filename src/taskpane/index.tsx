/**
 * Entry point of the task pane. Inside Excel it waits for Office.onReady and
 * follows Office's theme and display language; in a plain browser (office.js
 * missing or offline, another host, or no answer within 3 s) it starts in
 * browser mode with an in-memory workbook.
 */
import { FluentProvider, Spinner, Theme } from '@fluentui/react-components';
import { createRoot, Root } from 'react-dom/client';
import { App } from './App';
import { BrowserHost } from './browser-host';
import { detectEnvironment, Environment } from './environment';
import { createExcelHost } from './excel-host';
import { strings } from './strings';
import { paneTheme } from './theme';

const rootStyle = { minHeight: '100vh' };

/** The page around the pane takes the theme's background, edge to edge. */
function paintBody(theme: Theme) {
  document.body.style.margin = '0';
  document.body.style.backgroundColor = theme.colorNeutralBackground1;
}

function render(root: Root, env: Environment) {
  const host = env.kind === 'excel' ? createExcelHost() : new BrowserHost();
  const theme = paneTheme(env.dark);
  paintBody(theme);
  root.render(
    <FluentProvider theme={theme} style={rootStyle}>
      <App host={host} initialLang={env.lang} />
    </FluentProvider>,
  );
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
