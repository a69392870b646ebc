/** @jest-environment jsdom */
import {
  detectEnvironment,
  isDarkColor,
  langOf,
  officeThemeIsDark,
  THEME_POLL_MS,
  waitForOffice,
  watchDarkMode,
} from '../../src/taskpane/environment';
import { STRINGS } from '../../src/taskpane/strings';
import { arrow, formatDate, gradeColor, percent } from '../../src/taskpane/format';

type OfficeStub = Record<string, unknown>;
const g = globalThis as unknown as { Office?: OfficeStub };

afterEach(() => {
  delete g.Office;
});

function office(onReady: (cb: (info: { host: string | null }) => void) => void, context: OfficeStub = {}): OfficeStub {
  return { onReady, HostType: { Excel: 'Excel', Word: 'Word' }, context };
}

describe('environment', () => {
  test('language from Office or the browser: th-* is Thai, anything else English', () => {
    expect(langOf('th-TH')).toBe('th');
    expect(langOf('th')).toBe('th');
    expect(langOf('en-US')).toBe('en');
    expect(langOf('the')).toBe('en');
    expect(langOf(undefined)).toBe('en');
  });

  test('dark when the Office body background is dark', () => {
    expect(isDarkColor('#262626')).toBe(true);
    expect(isDarkColor('#FFFFFF')).toBe(false);
    expect(isDarkColor('#fff')).toBe(false);
    expect(isDarkColor('#000')).toBe(true);
    expect(isDarkColor('not a colour')).toBe(false);
  });

  test("Office's isDarkTheme wins where Office gives it; otherwise the body background decides", () => {
    expect(officeThemeIsDark({ isDarkTheme: true, bodyBackgroundColor: '#ffffff' })).toBe(true);
    expect(officeThemeIsDark({ isDarkTheme: false, bodyBackgroundColor: '#000000' })).toBe(false);
    expect(officeThemeIsDark({ bodyBackgroundColor: '#1f1f1f' })).toBe(true);
    expect(officeThemeIsDark(undefined)).toBe(false);
  });

  test('Excel: an Office without officeTheme (it throws on some hosts) is light, not a crash', async () => {
    g.Office = office((cb) => cb({ host: 'Excel' }), {});
    Object.defineProperty(g.Office.context as object, 'officeTheme', {
      get: () => {
        throw new Error('not supported');
      },
    });
    expect(await detectEnvironment(50)).toEqual({ kind: 'excel', lang: 'en', dark: false });
  });

  test('Excel: the theme is looked at again on a timer, and only a real change is reported', () => {
    jest.useFakeTimers();
    try {
      const theme = { bodyBackgroundColor: '#ffffff' };
      g.Office = office(() => undefined, { officeTheme: theme });
      const seen: boolean[] = [];
      const stop = watchDarkMode('excel', false, (dark) => seen.push(dark));
      jest.advanceTimersByTime(THEME_POLL_MS * 3);
      expect(seen).toEqual([]);
      theme.bodyBackgroundColor = '#262626';
      jest.advanceTimersByTime(THEME_POLL_MS);
      jest.advanceTimersByTime(THEME_POLL_MS);
      expect(seen).toEqual([true]);
      stop();
      theme.bodyBackgroundColor = '#ffffff';
      jest.advanceTimersByTime(THEME_POLL_MS * 3);
      expect(seen).toEqual([true]);
    } finally {
      jest.useRealTimers();
    }
  });

  test("browser: follows the system's prefers-color-scheme while open", () => {
    const listeners: ((e: { matches: boolean }) => void)[] = [];
    const original = window.matchMedia;
    window.matchMedia = ((query: string) => ({
      matches: false,
      media: query,
      addEventListener: (_: string, l: (e: { matches: boolean }) => void) => listeners.push(l),
      removeEventListener: (_: string, l: (e: { matches: boolean }) => void) =>
        listeners.splice(listeners.indexOf(l), 1),
    })) as unknown as typeof window.matchMedia;
    try {
      const seen: boolean[] = [];
      const stop = watchDarkMode('browser', false, (dark) => seen.push(dark));
      listeners.forEach((l) => l({ matches: true }));
      expect(seen).toEqual([true]);
      stop();
      expect(listeners).toHaveLength(0);
    } finally {
      window.matchMedia = original;
    }
  });

  test('no office.js (offline, plain browser): browser mode at once', async () => {
    expect(await waitForOffice(50)).toBeNull();
    expect((await detectEnvironment(50)).kind).toBe('browser');
  });

  test('Excel: follows Office display language and theme', async () => {
    g.Office = office((cb) => cb({ host: 'Excel' }), {
      displayLanguage: 'th-TH',
      officeTheme: { bodyBackgroundColor: '#262626' },
    });
    expect(await detectEnvironment(50)).toEqual({ kind: 'excel', lang: 'th', dark: true });
  });

  test('office.js loaded but no host (opened in a browser tab), or another host: browser mode', async () => {
    g.Office = office((cb) => cb({ host: null }));
    expect((await detectEnvironment(50)).kind).toBe('browser');
    g.Office = office((cb) => cb({ host: 'Word' }));
    expect((await detectEnvironment(50)).kind).toBe('browser');
  });

  test('Office.onReady never answering: browser mode after the timeout', async () => {
    g.Office = office(() => undefined);
    const started = Date.now();
    expect((await detectEnvironment(80)).kind).toBe('browser');
    expect(Date.now() - started).toBeGreaterThanOrEqual(70);
  });
});

describe('strings', () => {
  test('Thai and English have the same keys, and every text is filled in', () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.th).sort());
    for (const lang of ['th', 'en'] as const) {
      for (const [key, value] of Object.entries(STRINGS[lang])) {
        const text = typeof value === 'function' ? (value as (...a: unknown[]) => string)('X', 'Y', 3, 'Z') : value;
        expect(`${key}: ${text}`).toMatch(new RegExp(`^${key}: \\S`));
      }
    }
  });

  test('the fixed accessible names', () => {
    expect(STRINGS.th.recompute).toBe('คำนวณใหม่');
    expect(STRINGS.en.recompute).toBe('Recompute');
    expect(STRINGS.th.languageLabel).toBe('ภาษา / Language');
    expect(STRINGS.en.languageLabel).toBe('ภาษา / Language');
    expect(STRINGS.th.done('95.01', 'AA')).toBe('คำนวณเสร็จ: 95.01 คะแนน ระดับ AA');
    expect(STRINGS.en.gapStep(9, '10.00', '2.00')).toBe('indicator 9 +10.00 points → +2.00 total');
  });
});

describe('format', () => {
  test('change arrows, percent, dates, grade colours', () => {
    expect(arrow(7.82)).toBe('▲ 7.82');
    expect(arrow(-1.5)).toBe('▼ 1.50');
    expect(arrow(0.001)).toBe('0.00');
    expect(percent(66.666)).toBe('66.7');
    expect(formatDate('2025-03-31', 'th')).toBe('31/3/2568');
    expect(formatDate('2025-03-31', 'en')).toBe('31 Mar 2025');
    expect(['AA', 'A', 'B', 'C', 'D', 'E', 'F'].map((g) => gradeColor(g as never))).toEqual([
      'success',
      'success',
      'brand',
      'warning',
      'severe',
      'severe',
      'danger',
    ]);
  });
});
