/**
 * The pane's pre-assessment tab (issue #13): only with a responses sheet; its own badge, the
 * respondents per tool, the lowest questions' answers counted, and nothing of a respondent.
 */
import { screen, within } from '@testing-library/react';
import type { CellValue } from '../../src/workbook/snapshot';
import {
  CHIANG_MAI,
  FakeHost,
  installDomStubs,
  readyButton,
  renderApp,
  scoresSheet,
  settingsSheet,
  setupUser,
  sheet,
  workbook,
} from './helpers';

beforeAll(installDomStubs);

/**
 * Three EIT respondents, codes in the headers; every answer มากที่สุด except E6 (น้อย, น้อย, มาก →
 * (50 + 50 + 85) / 3 = 61.67) and E3, reverse-worded, answered น้อยที่สุดหรือไม่มีเลย (100);
 * E8 and E10 มี. Indicator 7 = (61.667 + 400) / 5 = 92.33; 6 and 8 = 100; EIT = 97.44.
 */
function responses() {
  const codes = Array.from({ length: 15 }, (_, i) => `E${i + 1}`);
  const rows: CellValue[][] = [['Timestamp', 'Email address', ...codes.map((c) => `${c} คำถาม`)]];
  const e6 = ['น้อย', 'น้อย', 'มาก'];
  for (let r = 0; r < 3; r++)
    rows.push([
      '2026-11-02 10:00:00',
      `hidden${r}@private.example`,
      ...codes.map((c) =>
        c === 'E6' ? e6[r] : c === 'E3' ? 'น้อยที่สุดหรือไม่มีเลย' : c === 'E8' || c === 'E10' ? 'มี' : 'มากที่สุด',
      ),
    ]);
  return sheet('แบบสำรวจ', rows);
}

describe('pre-assessment tab', () => {
  test('Thai: own badge, respondents per tool, no-minimum note, lowest question distribution; no respondent data', async () => {
    const user = setupUser();
    renderApp(new FakeHost(workbook(settingsSheet('เทศบาลทดสอบ', 2565), scoresSheet(CHIANG_MAI), responses())), 'th');
    await readyButton('คำนวณใหม่');
    await user.click(screen.getByRole('tab', { name: /^ประเมินล่วงหน้า/ }));
    const section = screen.getByTestId('survey-section');
    expect(within(section).getByRole('heading', { name: 'การประเมินล่วงหน้า (แบบสำรวจ)' })).toBeInTheDocument();
    expect(screen.getByTestId('pre-assessment-badge')).toHaveTextContent('ประเมินล่วงหน้า');
    expect(section).toHaveTextContent('ไม่ใช่ผลการประเมินของ ป.ป.ช.');
    expect(screen.getByTestId('survey-respondents')).toHaveTextContent('IIT 0 คน');
    expect(screen.getByTestId('survey-respondents')).toHaveTextContent('EIT 3 คน');
    expect(section).toHaveTextContent('ไม่ได้กำหนดจำนวนผู้ตอบขั้นต่ำ');
    expect(section).toHaveTextContent('EIT 97.44');
    // 27.759 + 0.3 × 97.4444 = 29.2333 + 39.556 = 96.55
    expect(screen.getByTestId('survey-total')).toHaveTextContent('96.55');
    const e6 = screen.getByTestId('survey-question-E6');
    expect(e6).toHaveTextContent('E6 61.67');
    const table = within(e6).getByRole('table');
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) =>
          within(r)
            .getAllByRole('cell')
            .slice(0, 3)
            .map((c) => c.textContent),
        ),
    ).toEqual([
      ['มากที่สุด', '100', '0'],
      ['มาก', '85', '1'],
      ['น้อย', '50', '2'],
      ['น้อยที่สุดหรือไม่มีเลย', '0', '0'],
    ]);
    expect(document.body.textContent).not.toContain('private.example');
    expect(document.body.textContent).not.toContain('10:00:00');
  });

  test('English, and no tab without a responses sheet', async () => {
    const user = setupUser();
    renderApp(new FakeHost(workbook(settingsSheet('X', 2565), scoresSheet(CHIANG_MAI), responses())), 'en');
    await readyButton('Recompute');
    await user.click(screen.getByRole('tab', { name: /^Pre-assessment/ }));
    expect(screen.getByTestId('pre-assessment-badge')).toHaveTextContent('Pre-assessment');
    expect(screen.getByTestId('survey-section')).toHaveTextContent("not the NACC's result");
    expect(screen.getByTestId('survey-question-E6')).toHaveTextContent('Indicator 7 · 3 answers');
  });

  test('survey alone, no NACC scores yet: recompute says the pre-assessment was computed and opens its tab', async () => {
    const user = setupUser();
    const host = new FakeHost(workbook(settingsSheet('เทศบาลทดสอบ', 2565), responses()));
    renderApp(host, 'th');
    await user.click(await readyButton('คำนวณใหม่'));
    // EIT 97.44 as computed above; no IIT answered.
    expect(await screen.findByRole('status')).toHaveTextContent(
      'คำนวณการประเมินล่วงหน้าจากแบบสำรวจแล้ว: EIT 97.44 — คะแนนรวมและระดับจะคำนวณเมื่อเพิ่มชีตคะแนนของ ป.ป.ช.',
    );
    expect(screen.getByRole('tab', { name: /^ประเมินล่วงหน้า/, selected: true })).toBeInTheDocument();
    expect(screen.getByTestId('survey-section')).toHaveTextContent('EIT 97.44');
    expect(document.body.textContent).not.toContain('พบข้อผิดพลาด 0 รายการ');
  });

  test('no responses sheet: no pre-assessment tab', async () => {
    renderApp(new FakeHost(workbook(settingsSheet('X', 2565), scoresSheet(CHIANG_MAI))), 'en');
    await readyButton('Recompute');
    expect(screen.queryByRole('tab', { name: /^Pre-assessment/ })).not.toBeInTheDocument();
  });
});
