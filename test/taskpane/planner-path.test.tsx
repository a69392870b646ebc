/**
 * Issue 9, items 3 and 8: the pane never leaves the workbook's summary (or a download) behind
 * what it shows, and it keeps the keyboard user's focus, its status line and its tabs honest.
 */
import { indicatorId } from '../../src/domain/refs';
import { TextDecoder, TextEncoder } from 'util';
import { act, renderHook, screen, waitFor, within } from '@testing-library/react';
import { BrowserHost, XlsxAdapter } from '../../src/taskpane/browser-host';
import { useWorkbookSession } from '../../src/taskpane/useWorkbookSession';
import type { WorkbookSnapshot } from '../../src/workbook/snapshot';
import {
  applyBlocks,
  CHIANG_MAI,
  FakeHost,
  installDomStubs,
  measuresSheet,
  readyButton,
  renderApp,
  scoresSheet,
  setupUser,
  WEAK,
  workbook,
} from './helpers';

beforeAll(installDomStubs);

const SUMMARY = 'สรุปผล ITA';
const PROBLEMS = 'ปัญหาที่พบ ITA';

/** Chiang Mai's scores with indicator 2 typed in Thai digits: a number stored as text. */
function withThaiDigits(): WorkbookSnapshot {
  const scores: (number | string)[] = [...CHIANG_MAI];
  scores[1] = '๙๓.๑๑';
  return workbook(scoresSheet(scores));
}

/** A browser host over an in-memory adapter: a "file" is the JSON of a snapshot; plans are applied as a host would. */
function browserHost(start: WorkbookSnapshot) {
  const applied: string[][] = [];
  const saved: { name: string; sheets: string[] }[] = [];
  let current = start;
  const adapter = {
    openXlsx: async (data: ArrayBuffer | Uint8Array) => ({
      bytes: new Uint8Array([1]),
      wb: { snap: JSON.parse(new TextDecoder().decode(data)) as WorkbookSnapshot },
    }),
    readWorkbook: (wb: { snap: WorkbookSnapshot }) => wb.snap,
    applyToXlsx: async (doc: { wb: { snap: WorkbookSnapshot } }, plan: Parameters<typeof applyBlocks>[0]) => {
      applied.push(plan.sheets.map((s) => s.name));
      current = applyBlocks(plan, doc.wb.snap);
      return { bytes: new Uint8Array([1]), wb: { snap: current } };
    },
  } as unknown as XlsxAdapter;
  const host = new BrowserHost(
    async () => adapter,
    async () =>
      ({
        ok: true,
        status: 200,
        arrayBuffer: async () => new TextEncoder().encode(JSON.stringify(start)).buffer,
      }) as Response,
    (_data, name) => saved.push({ name, sheets: current.sheets.map((s) => s.name) }),
  );
  return { host, applied, saved };
}

describe('item 3: the summary and the download follow what the pane shows', () => {
  test('after the number fix, a workbook holding our summary is recomputed at once: its problems sheet no longer lists the fixed cell', async () => {
    const host = new FakeHost(withThaiDigits());
    host.onApply = applyBlocks;
    const user = setupUser();
    renderApp(host, 'th');
    await user.click(await readyButton('คำนวณใหม่'));
    await waitFor(() => expect(host.applied).toHaveLength(1));
    await screen.findByTestId('total');
    // The first run wrote the summary and a problems sheet listing the number stored as text.
    expect(host.applied[0].sheets.map((s) => s.name)).toEqual(expect.arrayContaining([SUMMARY, PROBLEMS]));

    await user.click(screen.getByRole('tab', { name: /^ปัญหา/ }));
    await user.click(await screen.findByRole('button', { name: 'แปลงข้อความเป็นตัวเลข (1 เซลล์)' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'แปลง' }));
    await waitFor(() => expect(host.applied).toHaveLength(3));
    expect(host.applied[1].fixes).toEqual([{ sheet: 'คะแนน', cell: 'B3', found: '๙๓.๑๑', number: 93.11 }]);
    const again = host.applied[2];
    expect(again.sheets.map((s) => s.name)).toEqual([SUMMARY]);
    expect(again.deleteSheets).toEqual([PROBLEMS]); // nothing left to list
    expect(host.snapshot.sheets.map((s) => s.name)).not.toContain(PROBLEMS);
    expect(screen.getByRole('status')).toHaveTextContent(
      'แปลง 1 เซลล์เป็นตัวเลขแล้ว คำนวณสรุปผลใหม่แล้ว: 95.01 คะแนน ระดับ AA',
    );
    // The fix button went with the problem: focus is on the section's heading, not lost.
    expect(screen.getByRole('heading', { name: 'ปัญหาที่พบ' })).toHaveFocus();
  });

  test('with no summary in the workbook yet, adding a measure writes the row only: nothing is out of date', async () => {
    const host = new FakeHost(workbook(scoresSheet(WEAK), measuresSheet([])));
    host.onApply = applyBlocks;
    const user = setupUser();
    renderApp(host, 'en');
    await readyButton('Recompute');
    await user.click(screen.getByRole('tab', { name: /^Results/ }));
    await user.click((await screen.findAllByRole('button', { name: 'Add to measures' }))[0]);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Added to the Measures sheet'));
    expect(host.applied).toHaveLength(1);
    expect(host.applied[0].sheets).toEqual([]);
    expect(screen.getByRole('status')).not.toHaveTextContent('recomputed');
  });

  test('a download before any recompute recomputes first, so the file is the result, and says so; a second one saves as is', async () => {
    const { host, applied, saved } = browserHost(workbook(scoresSheet(CHIANG_MAI)));
    const user = setupUser();
    renderApp(host, 'en');
    await readyButton('Recompute');
    await user.click(screen.getByRole('button', { name: 'Download result' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(applied).toEqual([['ITA Summary']]); // written before the save
    expect(saved[0]).toEqual({ name: 'sample.ita.xlsx', sheets: expect.arrayContaining(['ITA Summary']) });
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Recomputed, then downloaded sample.ita.xlsx: it holds the results shown here',
      ),
    );

    await user.click(screen.getByRole('button', { name: 'Download result' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(applied).toHaveLength(1);
    expect(screen.getByRole('status')).toHaveTextContent('Downloaded sample.ita.xlsx: it holds the results shown here');
  });

  test('a download of a workbook with errors says the file holds no scores, only the problems sheet', async () => {
    const scores: (number | string)[] = [...CHIANG_MAI];
    scores[4] = 'ดีมาก';
    const { host, saved } = browserHost(workbook(scoresSheet(scores)));
    const user = setupUser();
    renderApp(host, 'th');
    await readyButton('คำนวณใหม่');
    await user.click(screen.getByRole('button', { name: 'ดาวน์โหลดผลลัพธ์' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0].sheets).toContain(PROBLEMS);
    expect(saved[0].sheets).not.toContain(SUMMARY);
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'ดาวน์โหลด sample.ita.xlsx แล้ว แต่ไฟล์ยังไม่มีผลคะแนน: มีข้อผิดพลาด 1 รายการ ไฟล์มีเฉพาะชีตรายการปัญหา',
      ),
    );
  });
});

describe('item 8: focus, status, tabs and busy actions', () => {
  test('the status line never says ready beside errors: a read with errors counts them', async () => {
    const scores: (number | string)[] = [...CHIANG_MAI];
    scores[4] = 'ดีมาก';
    renderApp(new FakeHost(workbook(scoresSheet(scores))), 'en');
    await readyButton('Recompute');
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Found 1 error to fix before the scores can be computed');
    expect(status).not.toHaveTextContent('Ready');
  });

  test('the status line never says ready beside a failed read', async () => {
    const host = new FakeHost(workbook(scoresSheet(CHIANG_MAI)));
    host.failRead = new Error('The workbook is busy');
    renderApp(host, 'en');
    await screen.findByRole('alert');
    expect(screen.getByRole('status')).not.toHaveTextContent(/ready/i);
  });

  test('numbers stored as text are listed once, in the number fix box, not as one identical card per cell', async () => {
    const scores: (number | string)[] = CHIANG_MAI.map((v) => `${v} คะแนน`);
    const host = new FakeHost(workbook(scoresSheet(scores)));
    host.onApply = applyBlocks;
    const user = setupUser();
    renderApp(host, 'en');
    await user.click(await readyButton('Recompute'));
    await screen.findByTestId('total');
    const tab = screen.getByRole('tab', { name: /^Problems/ });
    expect(tab).toHaveTextContent(/Problems\s*1$/); // the box counts once
    await user.click(tab);
    expect(screen.queryByText(/which Excel formulas cannot read/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Convert text to numbers (10 cells)' })).toBeInTheDocument();
    expect(screen.queryByText('No problems found in the data')).not.toBeInTheDocument();
  });

  test('a newly opened file opens on the Overview tab, whatever tab was open', async () => {
    const { host } = browserHost(workbook(scoresSheet(CHIANG_MAI)));
    const user = setupUser();
    renderApp(host, 'en');
    await user.click(await readyButton('Recompute'));
    await screen.findByTestId('total');
    expect(screen.getByRole('tab', { name: /^Results/ })).toHaveAttribute('aria-selected', 'true');
    await user.click(screen.getByRole('button', { name: 'Open the sample' }));
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: /^Overview/ })).toHaveAttribute('aria-selected', 'true'),
    );
    expect(screen.getByRole('heading', { name: 'What was found in the workbook' })).toBeInTheDocument();
  });

  test('an action asked for while another runs is refused, and the status line says so until the first ends', async () => {
    const host = new FakeHost(workbook(scoresSheet(CHIANG_MAI)));
    const { result } = renderHook(() => useWorkbookSession(host, { today: () => '2025-01-15' }));
    let release!: () => void;
    host.gate = new Promise<void>((r) => (release = r));
    let first!: Promise<void>;
    act(() => {
      first = result.current.recompute('en');
    });
    await act(async () => {
      await result.current.addMeasure({ measure: 'x', indicator: indicatorId(1) }, 'en');
    });
    expect(result.current.refused?.en).toBe(
      'The previous action is still running, so the new one was not started: wait for it, then try again',
    );
    await act(async () => {
      release();
      await first;
    });
    expect(result.current.refused).toBeUndefined();
    expect(host.applied).toHaveLength(1); // the recompute's; the measure was not added behind the user's back
  });
});
