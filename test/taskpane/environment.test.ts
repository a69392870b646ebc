/** @jest-environment jsdom */
import {
  detectEnvironment,
  isDarkColor,
  langOf,
  officeHostHint,
  officeThemeIsDark,
  parseHostInfo,
  THEME_POLL_MS,
  waitForOffice,
  waitForOfficeInside,
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

describe('inside Office, known at once (finding 2: a slow start must not open browser mode in Excel)', () => {
  const page = (search = '', extra: Record<string, unknown> = {}) =>
    ({ location: { search }, name: '', sessionStorage: { getItem: () => null }, ...extra }) as unknown as Window;

  test("office.js's host info, in both of its forms", () => {
    expect(parseHostInfo('Excel$Win32$16.01$th-TH$$$$0')).toEqual({
      host: 'excel',
      platform: 'win32',
      locale: 'th-TH',
    });
    expect(parseHostInfo('Excel|Web|16.00|en-US|abc|||')).toEqual({ host: 'excel', platform: 'web', locale: 'en-US' });
    expect(parseHostInfo('Excel%24Mac%2416.01%24th-TH')).toEqual({ host: 'excel', platform: 'mac', locale: 'th-TH' });
    expect(parseHostInfo('')).toBeNull();
    expect(parseHostInfo('hello')).toBeNull();
  });

  test('read from where office.js reads it: the query, window.name, session storage, window.external', () => {
    expect(officeHostHint(page('?_host_Info=Excel$Web$16.00$th-TH$$$$0&x=1'))).toMatchObject({
      host: 'excel',
      platform: 'web',
    });
    expect(officeHostHint(page('', { name: JSON.stringify({ hostInfo: 'Excel|Mac|16.01|en-US' }) }))).toMatchObject({
      host: 'excel',
      platform: 'mac',
    });
    expect(
      officeHostHint(
        page('', {
          sessionStorage: { getItem: (k: string) => (k === 'hostInfoValue' ? 'Excel$Win32$16.01$en-US' : null) },
        }),
      ),
    ).toMatchObject({ host: 'excel', platform: 'win32' });
    expect(officeHostHint(page('', { external: { GetHostInfo: () => 'Excel$Win32$16.01$th-TH$$$$0' } }))).toMatchObject(
      {
        host: 'excel',
        locale: 'th-TH',
      },
    );
    // An older desktop host says only that it is Office.
    expect(officeHostHint(page('', { external: { GetContext: () => ({}) } }))).toEqual({
      host: '',
      platform: '',
      locale: '',
    });
  });

  test('a plain browser tab is not Office, even with a window.external of its own or storage that refuses', () => {
    expect(officeHostHint(page('?lang=th', { external: { AddSearchProvider: () => undefined } }))).toBeNull();
    expect(
      officeHostHint(
        page('', {
          sessionStorage: {
            getItem: () => {
              throw new Error('denied');
            },
          },
        }),
      ),
    ).toBeNull();
  });

  test('Office.onReady answering after the 3 s a browser tab gets still ends in Excel mode', async () => {
    g.Office = office((cb) => setTimeout(() => cb({ host: 'Excel' }), 120), { displayLanguage: 'th-TH' });
    const hint = parseHostInfo('Excel$Win32$16.01$th-TH');
    const env = await detectEnvironment(20, undefined, hint);
    expect(env.kind).toBe('excel');
    // The same slow Office without the hint (a browser tab) gives up after the timeout.
    expect((await detectEnvironment(20, undefined, null)).kind).toBe('browser');
  });

  test('slow: the reload hint is asked for once, and office.js that arrives late is still waited for', async () => {
    const slow = jest.fn();
    const ready = waitForOfficeInside(slow, 30);
    await new Promise((r) => setTimeout(r, 60));
    expect(slow).toHaveBeenCalledTimes(1);
    g.Office = office((cb) => cb({ host: 'Excel' }));
    await expect(ready).resolves.toEqual({ host: 'Excel' });
    expect(slow).toHaveBeenCalledTimes(1);
  });

  test('quick: no reload hint', async () => {
    g.Office = office((cb) => cb({ host: 'Excel' }));
    const slow = jest.fn();
    await waitForOfficeInside(slow, 30);
    await new Promise((r) => setTimeout(r, 60));
    expect(slow).not.toHaveBeenCalled();
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
