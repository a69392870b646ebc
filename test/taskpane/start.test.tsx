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
  sheet,
  workbook,
} from './helpers';

beforeAll(installDomStubs);

describe('start screen: what was found', () => {
  test('Thai: agency, fiscal year, each sheet role found or missing with its columns', async () => {
    renderApp(new FakeHost(workbook(settingsSheet('เทศบาลนครเชียงใหม่', 2565), scoresSheet(CHIANG_MAI))), 'th');
    expect(await screen.findByRole('heading', { name: 'ข้อมูลที่พบในสมุดงาน' })).toBeInTheDocument();
    expect(screen.getByText('เทศบาลนครเชียงใหม่')).toBeInTheDocument();
    expect(screen.getByText('2565')).toBeInTheDocument();
    expect(screen.queryByText('เกณฑ์ชั่วคราว')).not.toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'ข้อมูลที่พบในสมุดงาน' });
    expect(within(table).getByText('พบ: "คะแนน"')).toBeInTheDocument();
    const columns = within(table).getByRole('list', { name: 'คอลัมน์' });
    expect(within(columns).getByTitle('ตัวชี้วัด ("ตัวชี้วัด", A1)')).toHaveTextContent('ตัวชี้วัด A1');
    expect(within(columns).getByTitle('คะแนน ("คะแนน", B1)')).toHaveTextContent('คะแนน B1');
    expect(within(table).getAllByText('ไม่พบ')).toHaveLength(3); // OIT, measures, rules (optional)
    expect(screen.getByRole('button', { name: 'สร้างชีตที่ขาด' })).toBeInTheDocument();
  });

  test('English: a provisional year shows the badge; fiscal year in BE and CE', async () => {
    renderApp(new FakeHost(workbook(settingsSheet('Tambon Example SAO', 2566), scoresSheet(CHIANG_MAI))), 'en');
    expect(await screen.findByRole('heading', { name: 'What was found in the workbook' })).toBeInTheDocument();
    expect(screen.getByText('2566 BE (2023 CE)')).toBeInTheDocument();
    expect(screen.getByText('Provisional rules')).toBeInTheDocument();
    expect(screen.getByText('Found: "คะแนน"')).toBeInTheDocument();
    expect(screen.getAllByText('Missing')).toHaveLength(3);
  });

  test('missing required columns are named', async () => {
    const scores = sheet('คะแนน', [
      ['ตัวชี้วัด', 'หมายเหตุ'],
      [1, 'x'],
    ]);
    renderApp(new FakeHost(workbook(scores)), 'en');
    expect(await screen.findByText(/Missing columns: Score/)).toBeInTheDocument();
  });

  test('"Create missing sheets" applies the template sheets the workbook lacks, then reads again', async () => {
    const host = new FakeHost(workbook(scoresSheet(CHIANG_MAI)));
    const user = setupUser();
    renderApp(host, 'th');
    await readyButton('คำนวณใหม่');
    const reads = host.reads;
    await user.click(screen.getByRole('button', { name: 'สร้างชีตที่ขาด' }));
    await waitFor(() => expect(host.applied).toHaveLength(1));
    expect(host.applied[0].sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['ตั้งค่า', 'มาตรการ']));
    expect(host.applied[0].sheets.map((s) => s.name)).not.toContain('คะแนน');
    await waitFor(() => expect(host.reads).toBe(reads + 2)); // read fresh, write, read again
    expect(await screen.findByRole('status')).toHaveTextContent('สร้างชีตที่ขาดแล้ว');
  });

  test('no button when every sheet is there', async () => {
    const measures = sheet('มาตรการ', [['มาตรการ', 'ผู้รับผิดชอบ']]);
    const oit = sheet('OIT', [['ข้อ', 'เผยแพร่'], ...Array.from({ length: 43 }, (_, i) => [`O${i + 1}`, 'มี'])]);
    renderApp(new FakeHost(workbook(settingsSheet(), scoresSheet(CHIANG_MAI), oit, measures)), 'en');
    await readyButton('Recompute');
    expect(screen.queryByRole('button', { name: 'Create missing sheets' })).not.toBeInTheDocument();
  });

  test('Excel notices (an older Excel) are shown', async () => {
    const host = new FakeHost(workbook(scoresSheet(CHIANG_MAI)));
    host.notices = [{ th: 'ไม่สามารถสร้างรายการให้เลือกได้', en: 'Drop-down lists need a newer Excel' }];
    renderApp(host, 'en');
    expect(await screen.findByText('Drop-down lists need a newer Excel')).toBeInTheDocument();
  });
});
