import { screen, within } from '@testing-library/react';
import {
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

/** Total 94.64 with EIT 84.20 (spec §7's 2568 case). */
const CAPPED = [97.93, 97.93, 97.94, 97.94, 97.93, 84.2, 84.2, 84.2, 100, 100];

describe('named rating in the pane', () => {
  test('Thai, 2568: the level beside the grade, the tool that capped it, and the route to the next level', async () => {
    const user = setupUser();
    renderApp(new FakeHost(workbook(settingsSheet('สำนักงานทดสอบ', 2568), scoresSheet(CAPPED))), 'th');
    await user.click(await readyButton('คำนวณใหม่'));
    await screen.findByTestId('total');
    expect(screen.getByTestId('total')).toHaveTextContent('94.64');
    expect(screen.getByTestId('rating')).toHaveTextContent('ระดับผลการประเมิน: ผ่าน');
    expect(screen.getByTestId('rating-reason')).toHaveTextContent('EIT 84.20 ต่ำกว่า 85 จึงได้ระดับผ่าน');
    const route = screen.getByTestId('gap-rating');
    expect(route).toHaveTextContent('ถึงระดับผ่านดี: ยก EIT จาก 84.20 เป็น 85.00');
    expect(within(route).getAllByRole('listitem')).toHaveLength(1);
  });

  test('English, 2565: no named rating is shown (AA–F only)', async () => {
    const user = setupUser();
    renderApp(new FakeHost(workbook(settingsSheet('Test', 2565), scoresSheet(CAPPED))), 'en');
    await user.click(await readyButton('Recompute'));
    await screen.findByTestId('total');
    expect(screen.queryByTestId('rating')).toBeNull();
    expect(screen.queryByTestId('gap-rating')).toBeNull();
  });
});
