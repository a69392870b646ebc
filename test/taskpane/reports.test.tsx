/**
 * The Reports tab: write a report sheet through the host, or get the Word file where a download
 * can work; in Excel's desktop web view it says why not instead of failing silently.
 */
import { act, screen, waitFor } from '@testing-library/react';
import { SHEET_NAMES } from '../../src/workbook/owned';
import {
  CHIANG_MAI,
  FakeHost,
  installDomStubs,
  readyButton,
  renderApp,
  scoresSheet,
  settingsSheet,
  setupUser,
  workbook,
} from './helpers';

beforeAll(installDomStubs);

async function openReports(host: FakeHost) {
  const user = setupUser();
  renderApp(host, 'en');
  await readyButton('Recompute');
  await user.click(screen.getByRole('tab', { name: /^Reports/ }));
  return user;
}

describe('Reports tab', () => {
  test('writes the chosen report as its own sheet, then reads the workbook again', async () => {
    const host = new FakeHost(workbook(settingsSheet(), scoresSheet(CHIANG_MAI)));
    const user = await openReports(host);
    await user.click(screen.getByRole('radio', { name: 'Measures plan' }));
    const reads = host.reads;
    await user.click(screen.getByRole('button', { name: 'Write report sheet' }));
    expect(await screen.findByText(`The report is on the sheet "${SHEET_NAMES.en.plan}"`)).toBeInTheDocument();
    expect(host.applied).toHaveLength(1);
    expect(host.applied[0].sheets.map((s) => s.name)).toEqual([SHEET_NAMES.en.plan]);
    expect(host.applied[0].names).toEqual([{ name: 'ITA_PLANNER_PLAN', sheet: SHEET_NAMES.en.plan, ref: 'A1' }]);
    await waitFor(() => expect(host.reads).toBeGreaterThan(reads + 1));
  });

  test("writing a report sheet is one of the pane's actions: Recompute waits (disabled) until it is done", async () => {
    const host = new FakeHost(workbook(settingsSheet(), scoresSheet(CHIANG_MAI)));
    const user = await openReports(host);
    expect(screen.getByRole('heading', { name: 'Reports' })).toBeInTheDocument();
    let release!: () => void;
    host.gate = new Promise<void>((r) => (release = r));
    await user.click(screen.getByRole('button', { name: 'Write report sheet' }));
    expect(screen.getByRole('button', { name: 'Recompute' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('button', { name: 'Write report sheet' })).toHaveAttribute('aria-disabled', 'true');
    await act(async () => release());
    expect(await screen.findByText(`The report is on the sheet "${SHEET_NAMES.en.analysis}"`)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Recompute' })).not.toHaveAttribute('aria-disabled', 'true');
    // Said once, beside the buttons: the status line keeps what it said.
    expect(screen.getByTestId('live-status')).toHaveTextContent(/^Ready to compute$/);
  });

  test('a progress report without a measures sheet says why, and writes nothing', async () => {
    const host = new FakeHost(workbook(settingsSheet(), scoresSheet(CHIANG_MAI)));
    const user = await openReports(host);
    await user.click(screen.getByRole('radio', { name: 'Six-month progress report' }));
    await user.click(screen.getByRole('button', { name: 'Write report sheet' }));
    expect(await screen.findByText(/no "Measures" sheet was found/)).toBeInTheDocument();
    expect(host.applied).toHaveLength(0);
  });

  test('in Excel outside the web, the Word button says the download is not possible here', async () => {
    const host = new FakeHost(workbook(settingsSheet(), scoresSheet(CHIANG_MAI)));
    const user = await openReports(host);
    await user.click(screen.getByRole('button', { name: 'Download Word (.docx)' }));
    expect(await screen.findByText(/This Excel does not let the pane download files/)).toBeInTheDocument();
  });
});
