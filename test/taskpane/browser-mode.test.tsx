import { TextDecoder, TextEncoder } from 'util';
import { screen, waitFor, within } from '@testing-library/react';
import { BrowserHost, XlsxAdapter } from '../../src/taskpane/browser-host';
import type { WorkbookSnapshot } from '../../src/workbook/snapshot';
import { CHIANG_MAI, installDomStubs, renderApp, scoresSheet, setupUser, workbook } from './helpers';

beforeAll(installDomStubs);

/** Stands in for the ExcelJS adapter: a "file" is the JSON of a snapshot. */
function fakeAdapter(): { adapter: XlsxAdapter; applied: unknown[] } {
  const applied: unknown[] = [];
  const adapter = {
    openXlsx: async (data: ArrayBuffer | Uint8Array) => ({
      bytes: new Uint8Array([1, 2, 3]),
      wb: { snap: JSON.parse(new TextDecoder().decode(data)) as WorkbookSnapshot },
    }),
    readWorkbook: (wb: { snap: WorkbookSnapshot }) => wb.snap,
    applyToXlsx: async (doc: unknown, plan: unknown) => (applied.push(plan), doc),
  } as unknown as XlsxAdapter;
  return { adapter, applied };
}

const bytes = (snap: WorkbookSnapshot) => new TextEncoder().encode(JSON.stringify(snap));

function broken(): WorkbookSnapshot {
  const scores: (number | string)[] = [...CHIANG_MAI];
  scores[4] = 'ดีมาก';
  return workbook(scoresSheet(scores));
}

describe('browser mode', () => {
  test('opens the bundled sample on start, recomputes, and downloads "<name>.ita.xlsx"', async () => {
    const { adapter, applied } = fakeAdapter();
    const fetched: string[] = [];
    const saved: string[] = [];
    const host = new BrowserHost(
      async () => adapter,
      async (url) => {
        fetched.push(url);
        return {
          ok: true,
          status: 200,
          arrayBuffer: async () => bytes(workbook(scoresSheet(CHIANG_MAI))).buffer,
        } as Response;
      },
      (_data, name) => saved.push(name),
    );
    const user = setupUser();
    renderApp(host, 'en');
    expect(await screen.findByText('File: sample.xlsx')).toBeInTheDocument();
    expect(fetched).toEqual(['assets/sample/sample.xlsx']);
    const recompute = screen.getByRole('button', { name: 'Recompute' });
    await waitFor(() => expect(recompute).toBeEnabled());
    await user.click(recompute);
    expect(await screen.findByTestId('total')).toHaveTextContent('95.01');
    expect(applied).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Download result' }));
    await waitFor(() => expect(saved).toEqual(['sample.ita.xlsx']));
  });

  test('without a sample: recompute waits for a file; a picked file opens and its problems show where they are', async () => {
    const { adapter } = fakeAdapter();
    const host = new BrowserHost(
      async () => adapter,
      async () => ({ ok: false, status: 404 }) as Response,
    );
    const user = setupUser();
    renderApp(host, 'th');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('โหลดไฟล์ตัวอย่างไม่สำเร็จ');
    expect(screen.getByText(/ยังไม่ได้เปิดไฟล์/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'คำนวณใหม่' })).toBeDisabled();

    const file = new File([bytes(broken())], 'อบต ตัวอย่าง.xlsx', {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    await user.upload(screen.getByLabelText('เลือกไฟล์ .xlsx ของหน่วยงาน'), file);
    expect(await screen.findByText('ไฟล์: อบต ตัวอย่าง.xlsx')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'คำนวณใหม่' })).toBeEnabled());

    await user.click(screen.getByRole('tab', { name: /^ปัญหา/ }));
    await user.click(screen.getByRole('button', { name: 'คะแนน!B6' }));
    const preview = await screen.findByTestId('sheet-preview');
    const hit = within(preview).getByText('ดีมาก');
    expect(hit).toHaveAttribute('aria-current', 'true');
    expect(within(preview).getByText('ตำแหน่ง คะแนน!B6')).toBeInTheDocument();
    await user.click(within(preview).getByRole('button', { name: 'ปิดตัวอย่าง' }));
    expect(screen.queryByTestId('sheet-preview')).not.toBeInTheDocument();
  });
});
