import { screen, within } from '@testing-library/react';
import {
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

/** Four measures: one done, one in progress, two not started, one of them past its period (as of 15 Jan 2025). */
function host() {
  return new FakeHost(
    workbook(
      scoresSheet(WEAK),
      measuresSheet([
        ['จัดทำคู่มือการปฏิบัติงาน', 'สำนักปลัด', 'ต.ค.67-ก.ย.68', 'ดำเนินการแล้วเสร็จ', 'ตัวชี้วัดที่ ๓'],
        ['ประชุมชี้แจงการใช้งบประมาณ', 'กองคลัง', 'ต.ค.67-ก.ย.68', 'อยู่ระหว่างดำเนินการ', '2'],
        ['เผยแพร่รายงานผลการจัดซื้อจัดจ้าง', 'กองคลัง (งานพัสดุ)', 'ต.ค.66-มี.ค.67', 'ยังไม่ได้ดำเนินการ', '1'],
        ['อบรมจริยธรรม', 'งานการเจ้าหน้าที่', 'ต.ค.67-ก.ย.68', 'ยังไม่ได้ดำเนินการ', '5'],
      ]),
    ),
  );
}

describe('measures', () => {
  test('Thai: counts, percent done, overdue rows, weak indicators with no measure', async () => {
    const user = setupUser();
    renderApp(host(), 'th');
    await readyButton('คำนวณใหม่');
    await user.click(screen.getByRole('tab', { name: /^มาตรการ/ }));
    expect(screen.getByText('มาตรการทั้งหมด 4 รายการ')).toBeInTheDocument();
    expect(screen.getByText('ดำเนินการแล้วเสร็จ 1')).toBeInTheDocument();
    expect(screen.getByText('อยู่ระหว่างดำเนินการ 1')).toBeInTheDocument();
    expect(screen.getByText('ยังไม่ได้ดำเนินการ 2')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0.25');
    expect(screen.getByText('แล้วเสร็จ 25%')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /มาตรการที่เกินกำหนด/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'เผยแพร่รายงานผลการจัดซื้อจัดจ้าง' })).toBeInTheDocument();
    const uncovered = screen.getByRole('heading', { name: 'ตัวชี้วัดที่ต่ำกว่าเป้าหมายแต่ยังไม่มีมาตรการ' })
      .nextElementSibling as HTMLElement;
    expect(
      within(uncovered)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน', 'ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล']);
  });

  test('English: an overdue measure selects its cell', async () => {
    const h = host();
    const user = setupUser();
    renderApp(h, 'en');
    await readyButton('Recompute');
    await user.click(screen.getByRole('tab', { name: /^Measures/ }));
    expect(screen.getByText('4 measures in all')).toBeInTheDocument();
    expect(screen.getByText('25% done')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'เผยแพร่รายงานผลการจัดซื้อจัดจ้าง' }));
    expect(h.selected).toEqual([{ sheet: 'มาตรการ', cell: 'A4' }]);
  });

  test('no Measures sheet: says where to add them', async () => {
    const user = setupUser();
    renderApp(new FakeHost(workbook(scoresSheet(WEAK))), 'en');
    await readyButton('Recompute');
    await user.click(screen.getByRole('tab', { name: /^Measures/ }));
    expect(screen.getByText(/No Measures sheet yet/)).toBeInTheDocument();
  });
});
