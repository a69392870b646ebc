/**
 * The entry point: browser mode when office.js is missing, Excel mode when Office says
 * the host is Excel (with Office's language), errors from Excel.run shown in the pane.
 */
import { screen } from '@testing-library/react';
import { act } from 'react';
import { start } from '../../src/taskpane/index';
import { installDomStubs } from './helpers';

beforeAll(installDomStubs);

const g = globalThis as unknown as { Office?: unknown; Excel?: unknown };

afterEach(() => {
  delete g.Office;
  delete g.Excel;
  document.body.innerHTML = '';
});

function container(): HTMLElement {
  const div = document.createElement('div');
  div.id = 'container';
  document.body.appendChild(div);
  return div;
}

test('without office.js: browser mode, tries the bundled sample, offers to open a file', async () => {
  let env;
  await act(async () => {
    env = await start(container());
  });
  expect(env).toMatchObject({ kind: 'browser' });
  expect(document.documentElement.dataset.mode).toBe('browser');
  expect(await screen.findByRole('alert')).toHaveTextContent(/sample file could not be loaded|โหลดไฟล์ตัวอย่างไม่สำเร็จ/);
  expect(screen.getByRole('group', { name: 'ภาษา / Language' })).toBeInTheDocument();
  expect(screen.getByLabelText(/\.xlsx/, { selector: 'input' })).toHaveAttribute('type', 'file');
});

test('in Excel: Thai from Office, and an Excel error is told in Thai and English', async () => {
  g.Office = {
    onReady: (cb: (info: { host: string }) => void) => cb({ host: 'Excel' }),
    HostType: { Excel: 'Excel' },
    context: {
      displayLanguage: 'th-TH',
      officeTheme: { bodyBackgroundColor: '#ffffff' },
      requirements: { isSetSupported: () => true },
    },
  };
  g.Excel = { run: async () => Promise.reject(Object.assign(new Error('protected'), { code: 'AccessDenied' })) };
  let env;
  await act(async () => {
    env = await start(container());
  });
  expect(env).toEqual({ kind: 'excel', lang: 'th', dark: false });
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('ชีตหรือสมุดงานถูกป้องกัน');
  expect(alert).toHaveTextContent('The sheet or workbook is protected');
  expect(screen.getByRole('button', { name: 'คำนวณใหม่' })).toBeEnabled();
  expect(screen.queryByRole('button', { name: 'เปิดไฟล์ตัวอย่าง' })).not.toBeInTheDocument();
});

test('in Excel: follows a change of Office theme while the pane is open (Excel raises no theme event)', async () => {
  const theme: { bodyBackgroundColor: string; isDarkTheme?: boolean } = { bodyBackgroundColor: '#ffffff' };
  g.Office = {
    onReady: (cb: (info: { host: string }) => void) => cb({ host: 'Excel' }),
    HostType: { Excel: 'Excel' },
    context: { displayLanguage: 'en-US', officeTheme: theme, requirements: { isSetSupported: () => true } },
  };
  g.Excel = { run: async () => Promise.reject(new Error('not needed here')) };
  await act(async () => {
    await start(container());
  });
  expect(document.documentElement.dataset.theme).toBe('light');
  const lightBackground = document.body.style.backgroundColor;

  // The user picks Black in File > Account and comes back to the pane.
  theme.bodyBackgroundColor = '#262626';
  theme.isDarkTheme = true;
  await act(async () => {
    window.dispatchEvent(new Event('focus'));
  });
  expect(document.documentElement.dataset.theme).toBe('dark');
  expect(document.body.style.backgroundColor).not.toBe(lightBackground);

  theme.isDarkTheme = false;
  await act(async () => {
    document.dispatchEvent(new Event('visibilitychange'));
  });
  expect(document.documentElement.dataset.theme).toBe('light');
  expect(document.body.style.backgroundColor).toBe(lightBackground);
});
