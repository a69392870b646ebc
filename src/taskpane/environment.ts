/**
 * Where the task pane runs: inside Excel (office.js loaded and the host is
 * Excel), or in a plain browser tab (office.js missing, offline, another host,
 * or Office.onReady not answering within 3 s).
 */
import type { Lang } from '../domain/text';

export type Environment =
  | { kind: 'excel'; lang: Lang; dark: boolean }
  | { kind: 'browser'; lang: Lang; dark: boolean };

export const OFFICE_TIMEOUT_MS = 3000;

/** th-TH, th → Thai; everything else English. */
export function langOf(tag: string | undefined | null): Lang {
  return tag && /^th\b/i.test(tag.trim()) ? 'th' : 'en';
}

/** Dark when the colour's relative luminance is below one half ("#RRGGBB" or "#RGB"). */
export function isDarkColor(color: string | undefined | null): boolean {
  if (!color) return false;
  let hex = color.trim().replace(/^#/, '');
  if (hex.length === 3) hex = hex.split('').map((c) => c + c).join('');
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

export async function detectEnvironment(timeoutMs = OFFICE_TIMEOUT_MS): Promise<Environment> {
  const info = await waitForOffice(timeoutMs);
  if (info && info.host === Office.HostType.Excel) {
    const ctx = Office.context;
    return {
      kind: 'excel',
      lang: langOf(ctx?.displayLanguage),
      dark: isDarkColor(ctx?.officeTheme?.bodyBackgroundColor),
    };
  }
  return { kind: 'browser', lang: browserLang(), dark: browserDark() };
}
