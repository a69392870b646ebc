import { screen } from '@testing-library/react';
import {
  CHIANG_MAI,
  FakeHost,
  installDomStubs,
  readyButton,
  renderApp,
  scoresSheet,
  setupUser,
  workbook,
} from './helpers';

beforeAll(installDomStubs);

function broken() {
  const scores: (number | string)[] = [...CHIANG_MAI];
  scores[4] = 'ดีมาก';
  return new FakeHost(workbook(scoresSheet(scores)));
}

describe('language switch', () => {
  test('is named "ภาษา / Language" in both languages and switches every text, problem messages included', async () => {
    const user = setupUser();
    const onLangChange = jest.fn();
    renderApp(broken(), 'th', { onLangChange });
    await readyButton('คำนวณใหม่');
    await user.click(screen.getByRole('tab', { name: /^ปัญหา/ }));
    expect(screen.getByText(/^มี "ดีมาก"/)).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('th');

    const toggle = screen.getByRole('switch', { name: 'ภาษา / Language' });
    expect(toggle).not.toBeChecked();
    await user.click(toggle);
    expect(onLangChange).toHaveBeenLastCalledWith('en');

    expect(screen.getByRole('switch', { name: 'ภาษา / Language' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Recompute' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'คำนวณใหม่' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Problems found' })).toBeInTheDocument();
    expect(screen.getByText(/holds "ดีมาก"; expected a score from 0 to 100/)).toBeInTheDocument();
    expect(screen.queryByText(/^มี "ดีมาก"/)).not.toBeInTheDocument();
    expect(screen.getByRole('tab', { name: /^Overview/ })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');

    await user.click(screen.getByRole('switch', { name: 'ภาษา / Language' }));
    expect(screen.getByRole('button', { name: 'คำนวณใหม่' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'ปัญหาที่พบ' })).toBeInTheDocument();
  });

  test('the completion announcement follows the language', async () => {
    const user = setupUser();
    renderApp(new FakeHost(workbook(scoresSheet(CHIANG_MAI))), 'en');
    await user.click(await readyButton('Recompute'));
    await screen.findByTestId('total');
    expect(screen.getByRole('status')).toHaveTextContent('Done: 95.01 points, grade AA');
    await user.click(screen.getByRole('switch', { name: 'ภาษา / Language' }));
    expect(screen.getByRole('status')).toHaveTextContent('คำนวณเสร็จ: 95.01 คะแนน ระดับ AA');
  });
});
