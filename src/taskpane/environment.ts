/**
 * Where the task pane runs: inside Excel, or in a plain browser tab.
 *
 * Inside Office is known at once, from what office.js itself reads to find its host (the host
 * info Office puts in the page's query, `window.name` or session storage, or `window.external`):
 * there the pane waits for Office.onReady as long as it takes (office.js first downloads the
 * host's scripts, seconds on a slow office network) and never falls back to browser mode.
 * Anywhere else (office.js missing or offline, a plain tab) Office.onReady gets 3 s.
 */
import type { Lang } from '../domain/text';

export type Environment = { kind: 'excel'; lang: Lang; dark: boolean } | { kind: 'browser'; lang: Lang; dark: boolean };

/** How long a plain browser tab waits for Office.onReady before browser mode. */
export const OFFICE_TIMEOUT_MS = 3000;
/** Inside Office: after this long without Office.onReady, the pane suggests reloading. */
export const OFFICE_SLOW_MS = 6000;

/** The host office.js will find, read from the page the way office.js reads it. */
export interface OfficeHostHint {
  /** "excel", "word", …, or "" when Office hosts the page without saying which (window.external). */
  host: string;
  /** "win32", "mac", "web", … or "". */
  platform: string;
  /** Office's UI language ("th-TH"), or "". */
  locale: string;
}

/** "Excel$Win32$16.01$th-TH$$$$0" or "Excel|Web|16.00|th-TH|…" → its parts. */
export function parseHostInfo(raw: string): OfficeHostHint | null {
  let text = raw;
  try {
    text = decodeURIComponent(raw);
  } catch {
    // not encoded
  }
  let items = text.split('$');
  if (items.length < 3) items = text.split('|');
  if (items.length < 2 || !/^[a-z]+$/i.test(items[0])) return null;
  return { host: items[0].toLowerCase(), platform: (items[1] ?? '').toLowerCase(), locale: items[3] ?? '' };
}

type HostWindow = Pick<Window, 'location' | 'name'> & {
  external?: unknown;
  sessionStorage?: Pick<Storage, 'getItem'>;
};

/**
 * Whether Office hosts this page, decided synchronously from the same places office.js looks
 * (its _retrieveHostInfo): `window.external.GetHostInfo()` (desktop webviews), the `_host_Info`
 * query parameter (Excel on the web, WebView2), `window.name`'s JSON `hostInfo`, and session
 * storage's `hostInfoValue` (office.js keeps it there for reloads); or, with none of them,
 * `window.external.GetContext` (older desktop hosts). Null in a plain browser tab.
 */
export function officeHostHint(
  win: HostWindow | undefined = typeof window !== 'undefined' ? window : undefined,
): OfficeHostHint | null {
  if (!win) return null;
  const external = win.external as { GetHostInfo?: () => unknown; GetContext?: unknown } | undefined;
  const fromExternal = (): string | null => {
    try {
      // "unknown" is how Internet Explorer types a host object's method.
      const type: string = typeof external?.GetHostInfo;
      if (type !== 'function' && type !== 'unknown') return null;
      const info = external!.GetHostInfo!();
      if (typeof info !== 'string' || info === 'isDialog') return null;
      const parts = info.split('_host_Info=');
      return parts.length > 1 ? parts[1] : info;
    } catch {
      return null;
    }
  };
  const fromQuery = (): string | null => {
    const parts = (win.location?.search ?? '').split('_host_Info=');
    return parts.length > 1 ? parts[1].split(/[&#]/)[0] : null;
  };
  const fromName = (): string | null => {
    try {
      const o = JSON.parse(win.name) as { hostInfo?: unknown } | null;
      return o && typeof o.hostInfo === 'string' ? o.hostInfo : null;
    } catch {
      return null;
    }
  };
  const fromSession = (): string | null => {
    try {
      return win.sessionStorage?.getItem('hostInfoValue') ?? null;
    } catch {
      return null; // storage refused (privacy settings)
    }
  };
  for (const read of [fromExternal, fromQuery, fromName, fromSession]) {
    const raw = read();
    const hint = raw ? parseHostInfo(raw) : null;
    if (hint) return hint;
  }
  try {
    const type: string = typeof external?.GetContext;
    if (type === 'function' || type === 'unknown') return { host: '', platform: '', locale: '' };
  } catch {
    // a host object that refuses to be looked at is not Office's
  }
  return null;
}

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

/** Resolves when Office.onReady answers, however long it takes; calls `onSlow` once after `slowMs`. */
export function waitForOfficeInside(
  onSlow: () => void = () => undefined,
  slowMs = OFFICE_SLOW_MS,
): Promise<{ host: Office.HostType | null }> {
  const slow = setTimeout(onSlow, slowMs);
  const whenLoaded = (): Promise<{ host: Office.HostType | null }> =>
    new Promise((resolve) => {
      if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
        Office.onReady((info) => resolve({ host: info?.host ?? null }));
        return;
      }
      // office.js not there yet (or never: offline inside Office): look again, the hint stays up.
      setTimeout(() => void whenLoaded().then(resolve), 250);
    });
  return whenLoaded().finally(() => clearTimeout(slow));
}

/**
 * Where the pane runs. Inside Office (officeHostHint) it waits for Office.onReady without a
 * time limit, calling `onSlow` if that takes more than OFFICE_SLOW_MS; elsewhere Office.onReady
 * gets `timeoutMs` before browser mode.
 */
export async function detectEnvironment(
  timeoutMs = OFFICE_TIMEOUT_MS,
  onSlow?: () => void,
  hint: OfficeHostHint | null = officeHostHint(),
): Promise<Environment> {
  const info = hint ? await waitForOfficeInside(onSlow) : await waitForOffice(timeoutMs);
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
