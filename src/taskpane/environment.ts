/**
 * Where the task pane runs: inside Excel (office.js loaded and the host is
 * Excel), or in a plain browser tab (office.js missing, offline, another host,
 * or Office.onReady not answering within 3 s).
 */
import type { Lang } from '../domain/text';

export type Environment = { kind: 'excel'; lang: Lang; dark: boolean } | { kind: 'browser'; lang: Lang; dark: boolean };

export const OFFICE_TIMEOUT_MS = 3000;

/** th-TH, th → Thai; everything else English. */
export function langOf(tag: string | undefined | null): Lang {
  return tag && /^th\b/i.test(tag.trim()) ? 'th' : 'en';
}

/** Dark when the colour's relative luminance is below one half ("#RRGGBB" or "#RGB"). */
export function isDarkColor(color: string | undefined | null): boolean {
  if (!color) return false;
  let hex = color.trim().replace(/^#/, '');
  if (hex.length === 3)
    hex = hex
      .split('')
      .map((c) => c + c)
      .join('');
  if (!/^[0-9a-f]{6}$/i.test(hex)) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

function browserLang(): Lang {
  if (typeof window !== 'undefined') {
    const q = new URLSearchParams(window.location.search).get('lang');
    if (q === 'th' || q === 'en') return q;
  }
  return langOf(typeof navigator !== 'undefined' ? navigator.language : undefined);
}

function browserDark(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-color-scheme: dark)').matches
    : false;
}

/** Resolves once Office says which host this is, or null (no office.js, timeout, or a failure). */
export function waitForOffice(timeoutMs = OFFICE_TIMEOUT_MS): Promise<{ host: Office.HostType | null } | null> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return Promise.resolve(null);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), timeoutMs);
    try {
      Office.onReady((info) => {
        clearTimeout(timer);
        resolve({ host: info?.host ?? null });
      });
    } catch {
      clearTimeout(timer);
      resolve(null);
    }
  });
}

/**
 * Whether Office's theme is dark: `isDarkTheme` where Office reports it (Black and Dark Gray),
 * otherwise the task-pane background colour Office asks add-ins to use.
 */
export function officeThemeIsDark(theme: Partial<Office.OfficeTheme> | undefined | null): boolean {
  if (!theme) return false;
  if (typeof theme.isDarkTheme === 'boolean') return theme.isDarkTheme;
  return isDarkColor(theme.bodyBackgroundColor);
}

function officeDark(): boolean {
  try {
    return officeThemeIsDark(Office.context?.officeTheme);
  } catch {
    return false; // officeTheme throws on hosts or versions that do not provide it
  }
}

export async function detectEnvironment(timeoutMs = OFFICE_TIMEOUT_MS): Promise<Environment> {
  const info = await waitForOffice(timeoutMs);
  if (info && info.host === Office.HostType.Excel) {
    return { kind: 'excel', lang: langOf(Office.context?.displayLanguage), dark: officeDark() };
  }
  return { kind: 'browser', lang: browserLang(), dark: browserDark() };
}

/** How often the pane looks at Office's theme again while it is open (a local read, no round trip). */
export const THEME_POLL_MS = 2000;

/**
 * Calls `onChange(dark)` whenever the theme the pane should follow changes; returns a stop function.
 * Excel raises no theme-changed event for add-ins (Office.EventType.OfficeThemeChanged is
 * Outlook's), so in Excel the pane reads Office.context.officeTheme again when it regains focus
 * or becomes visible (the user changes the theme in File > Account, outside the pane), and every
 * THEME_POLL_MS as a fallback. In a browser, the prefers-color-scheme media query says when.
 */
export function watchDarkMode(
  kind: Environment['kind'],
  initial: boolean,
  onChange: (dark: boolean) => void,
): () => void {
  if (typeof window === 'undefined') return () => undefined;
  let current = initial;
  const report = (dark: boolean) => {
    if (dark === current) return;
    current = dark;
    onChange(dark);
  };
  if (kind === 'browser') {
    if (typeof window.matchMedia !== 'function') return () => undefined;
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const listener = (e: MediaQueryListEvent) => report(e.matches);
    query.addEventListener?.('change', listener);
    return () => query.removeEventListener?.('change', listener);
  }
  const recheck = () => report(officeDark());
  window.addEventListener('focus', recheck);
  document.addEventListener('visibilitychange', recheck);
  const timer = setInterval(recheck, THEME_POLL_MS);
  return () => {
    window.removeEventListener('focus', recheck);
    document.removeEventListener('visibilitychange', recheck);
    clearInterval(timer);
  };
}
