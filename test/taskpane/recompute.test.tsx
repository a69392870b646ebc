import { bi } from '../../src/domain/text';
import { act, screen, waitFor, within } from '@testing-library/react';
import { ApplyError, toUserError } from '../../src/excel';
import { HostError } from '../../src/taskpane/errors';
import {
  CHIANG_MAI,
  FakeHost,
  installDomStubs,
  readyButton,
  renderApp,
  setupUser,
  scoresSheet,
  settingsSheet,
  sheet,
  workbook,
} from './helpers';

beforeAll(installDomStubs);

function chiangMai() {
  return new FakeHost(workbook(settingsSheet('เทศบาลนครเชียงใหม่'), scoresSheet(CHIANG_MAI)));
}

describe('recompute button', () => {
  test('is named "คำนวณใหม่" in Thai', async () => {
    renderApp(chiangMai(), 'th');
    expect(await readyButton('คำนวณใหม่')).toBeEnabled();
    expect(screen.queryByRole('button', { name: 'Recompute' })).not.toBeInTheDocument();
  });

  test('is named "Recompute" in English', async () => {
    renderApp(chiangMai(), 'en');
    expect(await readyButton('Recompute')).toBeEnabled();
    expect(screen.queryByRole('button', { name: 'คำนวณใหม่' })).not.toBeInTheDocument();
  });
});

describe('recompute flow', () => {
  test('reads, analyzes, writes the results plan, then shows 95.01 AA and announces it (seed 003)', async () => {
    const host = chiangMai();
    const user = setupUser();
    renderApp(host, 'th');
    const button = await readyButton('คำนวณใหม่');
    const readsBefore = host.reads;
    await user.click(button);
    await waitFor(() => expect(host.applied).toHaveLength(1));
    expect(host.reads).toBe(readsBefore + 1);
    const plan = host.applied[0];
    expect(plan.sheets.map((s) => s.name)).toContain('สรุปผล ITA');
    expect(plan.names.map((n) => n.name)).toContain('ITA_TOTAL');
    expect(await screen.findByTestId('total')).toHaveTextContent('95.01');
    expect(screen.getByLabelText('ระดับ AA')).toHaveTextContent('AA');
    expect(screen.getByRole('status')).toHaveTextContent('คำนวณเสร็จ: 95.01 คะแนน ระดับ AA');
  });

  test('shows the step and disables the button while running; focus stays on the button throughout', async () => {
    const host = chiangMai();
    const user = setupUser();
    renderApp(host, 'en');
    const button = await readyButton('Recompute');
    let release!: () => void;
    host.gate = new Promise<void>((r) => (release = r));
    await user.click(button);
    const running = screen.getByRole('button', { name: 'Recompute' });
    expect(running).toHaveAttribute('aria-disabled', 'true');
    expect(running).toHaveFocus(); // disabled yet focusable: focus does not drop to the page
    expect(screen.getByRole('status')).toHaveTextContent('Reading the workbook…');
    await user.click(running); // a click while busy starts nothing
    await act(async () => release());
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Done: 95.01 points, grade AA'));
    expect(host.applied).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Recompute' })).not.toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('button', { name: 'Recompute' })).toHaveFocus();
  });

  test('an Excel error is shown in Thai and English, with what was already written', async () => {
    const host = chiangMai();
    const user = setupUser();
    renderApp(host, 'th');
    const button = await readyButton('คำนวณใหม่');
    const excelError = Object.assign(new Error('The sheet is protected'), { code: 'AccessDenied' });
    host.failApply = new HostError(
      toUserError(new ApplyError(excelError, [bi('สร้างชีต สรุปผล ITA', 'created sheet สรุปผล ITA')])),
      excelError,
    );
    await user.click(button);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('ชีตหรือสมุดงานถูกป้องกัน');
    expect(alert).toHaveTextContent('The sheet or workbook is protected');
    expect(within(alert).getByText('สร้างชีต สรุปผล ITA')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'คำนวณใหม่' })).toBeEnabled();
  });

  test('a request Excel may have partly done is listed apart from what was fully written', async () => {
    const host = chiangMai();
    const user = setupUser();
    renderApp(host, 'en');
    const button = await readyButton('Recompute');
    const excelError = Object.assign(new Error('Internal error'), { code: 'GeneralException' });
    host.failApply = new HostError(
      toUserError(new ApplyError(excelError, [], { partial: [bi("ล้างชีต 'สรุปผล ITA'", "cleared sheet 'สรุปผล ITA'")] })),
      excelError,
    );
    await user.click(button);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Excel may have done part of this before it stopped (please check):');
    expect(within(alert).getByText("cleared sheet 'สรุปผล ITA'")).toBeInTheDocument();
    expect(alert).not.toHaveTextContent('Nothing was written to the workbook');
  });

  test("a user's own sheet named like the summary: nothing is written, and the status says so", async () => {
    const host = new FakeHost(
      workbook(settingsSheet('เทศบาลนครเชียงใหม่'), scoresSheet(CHIANG_MAI), sheet('ITA Summary', [['my own notes']])),
    );
    const user = setupUser();
    renderApp(host, 'en');
    await user.click(await readyButton('Recompute'));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('nothing was written to the workbook'));
    expect(host.applied).toHaveLength(0);
    expect(screen.getByRole('status')).not.toHaveTextContent('only the problems list was written');
  });

  test('a generic error from the host (browser mode) is shown with its detail, and can be dismissed', async () => {
    const host = chiangMai();
    const user = setupUser();
    renderApp(host, 'en');
    const button = await readyButton('Recompute');
    host.failRead = new Error('disk on fire');
    await user.click(button);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Something unexpected went wrong');
    expect(alert).toHaveTextContent('เกิดข้อผิดพลาดที่ไม่คาดคิด');
    expect(alert).toHaveTextContent('disk on fire');
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  test('errors in the data write only the problems list and open the Problems tab', async () => {
    const scores = [...CHIANG_MAI] as (number | string)[];
    scores[4] = 'ดีมาก';
    const host = new FakeHost(workbook(scoresSheet(scores)));
    const user = setupUser();
    renderApp(host, 'en');
    const button = await readyButton('Recompute');
    await user.click(button);
    await waitFor(() => expect(host.applied).toHaveLength(1));
    expect(host.applied[0].sheets).toHaveLength(1); // the problems sheet only
    expect(host.applied[0].names.map((n) => n.name)).not.toContain('ITA_TOTAL');
    expect(await screen.findByRole('heading', { name: 'Problems found' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/no scores were computed/);
  });
});
