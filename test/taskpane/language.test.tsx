import { screen, waitFor, within } from '@testing-library/react';
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

function broken() {
  const scores: (number | string)[] = [...CHIANG_MAI];
  scores[4] = 'ดีมาก';
  return new FakeHost(workbook(scoresSheet(scores)));
}

describe('language control', () => {
  test('is two options, ไทย and English, in a group named "ภาษา / Language"; choosing one switches every text, problem messages included', async () => {
    const user = setupUser();
    const onLangChange = jest.fn();
    renderApp(broken(), 'th', { onLangChange });
    await readyButton('คำนวณใหม่');
    await user.click(screen.getByRole('tab', { name: /^ปัญหา/ }));
    expect(screen.getByText(/^มี "ดีมาก"/)).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('th');

    const group = screen.getByRole('group', { name: 'ภาษา / Language' });
    expect(screen.queryByRole('switch')).not.toBeInTheDocument();
    const thai = within(group).getByRole('button', { name: 'ไทย' });
    const english = within(group).getByRole('button', { name: 'English' });
    expect(thai).toHaveAttribute('aria-pressed', 'true');
    expect(english).toHaveAttribute('aria-pressed', 'false');
    expect(english).toHaveAttribute('lang', 'en');
    await user.click(english);
    expect(onLangChange).toHaveBeenLastCalledWith('en');

    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'ไทย' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('button', { name: 'Recompute' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'คำนวณใหม่' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Problems found' })).toBeInTheDocument();
    expect(screen.getByText(/holds "ดีมาก"; expected a score from 0 to 100/)).toBeInTheDocument();
    expect(screen.queryByText(/^มี "ดีมาก"/)).not.toBeInTheDocument();
    expect(screen.getByRole('tab', { name: /^Overview/ })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');

    await user.click(screen.getByRole('button', { name: 'ไทย' }));
    expect(screen.getByRole('button', { name: 'คำนวณใหม่' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'ปัญหาที่พบ' })).toBeInTheDocument();
  });

  test('the completion announcement follows the language', async () => {
    const user = setupUser();
    renderApp(new FakeHost(workbook(scoresSheet(CHIANG_MAI))), 'en');
    await user.click(await readyButton('Recompute'));
    await screen.findByTestId('total');
    expect(screen.getByRole('status')).toHaveTextContent('Done: 95.01 points, grade AA');
    await user.click(screen.getByRole('button', { name: 'ไทย' }));
    expect(screen.getByRole('status')).toHaveTextContent('คำนวณเสร็จ: 95.01 คะแนน ระดับ AA');
  });

  test('the completion announcement stays after a report is written, and follows a language switch after it', async () => {
    const user = setupUser();
    renderApp(new FakeHost(workbook(settingsSheet(), scoresSheet(CHIANG_MAI))), 'en');
    await user.click(await readyButton('Recompute'));
    await screen.findByTestId('total');
    expect(screen.getByTestId('live-status')).toHaveTextContent('Done: 95.01 points, grade AA');
    await user.click(screen.getByRole('tab', { name: /^Reports/ }));
    await user.click(screen.getByRole('button', { name: 'Write report sheet' }));
    await screen.findByText(/^The report is on the sheet/);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Recompute' })).not.toHaveAttribute('aria-disabled'));
    expect(screen.getByTestId('live-status')).toHaveTextContent('Done: 95.01 points, grade AA');
    await user.click(screen.getByRole('button', { name: 'ไทย' }));
    expect(screen.getByTestId('live-status')).toHaveTextContent('คำนวณเสร็จ: 95.01 คะแนน ระดับ AA');
  });
});
