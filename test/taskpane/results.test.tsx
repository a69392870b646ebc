import { screen, waitFor, within } from '@testing-library/react';
import { suggestionsForIndicator } from '../../src/domain/suggestions';
import { analyzeWorkbook } from '../../src/workbook';
import {
  applyBlocks,
  CHIANG_MAI,
  FakeHost,
  installDomStubs,
  measuresSheet,
  readyButton,
  renderApp,
  scoresSheet,
  settingsSheet,
  setupUser,
  WEAK,
  workbook,
} from './helpers';

beforeAll(installDomStubs);

const PREVIOUS = Array(10).fill(80);

/** The first step of the engine's cheapest route (the pane must show the engine's figures). */
function engineRoute(scores: number[], previous: number[]) {
  const a = analyzeWorkbook(workbook(scoresSheet(scores, previous)), { today: '2025-01-15' });
  return a.gap!.toTarget.steps[0];
}

async function recompute(user: ReturnType<typeof setupUser>, name: 'คำนวณใหม่' | 'Recompute') {
  await user.click(await readyButton(name));
  await screen.findByTestId('total');
}

/** Applies a plan's blocks to the snapshot, as a workbook would (enough for appended rows). */
describe('results', () => {
  test('Thai: total, grade badge, pass, tools with weights and weighted parts (seed 003: 95.01 AA)', async () => {
    const user = setupUser();
    renderApp(new FakeHost(workbook(settingsSheet('เทศบาลนครเชียงใหม่'), scoresSheet(CHIANG_MAI))), 'th');
    await recompute(user, 'คำนวณใหม่');
    expect(screen.getByTestId('total')).toHaveTextContent('95.01');
    expect(screen.getByLabelText('ระดับ AA')).toHaveAttribute('data-grade', 'AA');
    expect(screen.getByTestId('pass')).toHaveTextContent('ผ่านเป้าหมาย 85.00');
    const tools = screen.getByRole('table', { name: 'คะแนนตามเครื่องมือ' });
    const iit = within(tools).getByText('IIT').closest('tr') as HTMLElement;
    expect(iit).toHaveTextContent('92.53');
    expect(iit).toHaveTextContent('30%');
    expect(iit).toHaveTextContent('27.76');
    const oit = within(tools).getByText('OIT').closest('tr') as HTMLElement;
    expect(oit).toHaveTextContent('98.89');
    expect(oit).toHaveTextContent('40%');
    expect(oit).toHaveTextContent('39.56');
    expect(screen.getByText('อยู่ในระดับสูงสุดแล้ว')).toBeInTheDocument();
    expect(screen.getByText('ทุกตัวชี้วัดได้ตามเป้าหมาย และเผยแพร่ข้อมูล OIT ครบ')).toBeInTheDocument();
  });

  test('English: below target, grade B, chart, strengths and weaknesses, change, and the cheapest route', async () => {
    const user = setupUser();
    renderApp(new FakeHost(workbook(scoresSheet(WEAK, PREVIOUS))), 'en');
    await recompute(user, 'Recompute');
    expect(screen.getByTestId('total')).toHaveTextContent('83.66');
    expect(screen.getAllByLabelText('Grade B')[0]).toHaveAttribute('data-grade', 'B');
    expect(screen.getByTestId('pass')).toHaveTextContent('Below the target of 85.00');

    const chart = screen.getByRole('img', {
      name: /Chart of 10 indicator scores against the target of 85.00: 7 meet it/,
    });
    expect(chart.getAttribute('aria-label')).toContain('Indicator 9 (70.00)');
    expect(chart.querySelectorAll('title')).toHaveLength(10);
    expect(chart.querySelector('[data-indicator="9"] title')?.textContent).toBe(
      'Indicator 9 Information disclosure: 70.00 — Needs improvement (-10.00)',
    );
    // The dashed target line stands at 85 on the axis: 40% of the way from the 75 grid line to the 100 one.
    const gridX = (label: string) => {
      const tick = within(chart).getByText(label, { selector: 'text' });
      return Number(tick.previousElementSibling?.getAttribute('x1'));
    };
    const targetX = Number(within(chart).getByTestId('target-line').getAttribute('x1'));
    expect(targetX).toBeCloseTo(gridX('75') + 0.4 * (gridX('100') - gridX('75')), 6);
    const bar9 = chart.querySelectorAll('[data-indicator="9"] rect')[1];
    expect(Number(bar9.getAttribute('x')) + Number(bar9.getAttribute('width'))).toBeLessThan(targetX);

    const weak = screen.getByRole('heading', { name: 'Needs improvement' }).parentElement as HTMLElement;
    expect(
      within(weak)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['3. Use of authority 80.00', '6. Quality of operations 84.00', '9. Information disclosure 70.00']);

    expect(screen.getByTestId('total-change')).toHaveTextContent('▲ 3.66');
    expect(screen.getByTestId('total-change')).toHaveTextContent('Last year 80.00 points (grade B)');

    const gap = screen.getByTestId('gap-planner');
    expect(gap).toHaveTextContent('1.34 points short of the target of 85.00');
    const step = engineRoute(WEAK, PREVIOUS);
    expect(step.indicator).toBe(9);
    // The target (85) is grade A's floor: one route, listed once, and "the same steps" under the grade.
    expect(within(gap).getAllByText(`indicator 9 +${step.points.toFixed(2)} points → +1.34 total`)).toHaveLength(1);
    expect(gap).toHaveTextContent('1.34 points short of grade A (85.00)The same steps as above');
  });

  test('Thai route text and change arrows', async () => {
    const user = setupUser();
    renderApp(new FakeHost(workbook(scoresSheet(WEAK, PREVIOUS))), 'th');
    await recompute(user, 'คำนวณใหม่');
    expect(screen.getByTestId('gap-planner')).toHaveTextContent('ขาดอีก 1.34 คะแนนถึงเป้าหมาย 85.00');
    const step = engineRoute(WEAK, PREVIOUS);
    expect(screen.getAllByText(`ตัวชี้วัดที่ 9 +${step.points.toFixed(2)} คะแนน → คะแนนรวม +1.34`).length).toBeGreaterThan(0);
    expect(screen.getByText('▼ 10.00')).toBeInTheDocument();
  });

  test('"Add to measures" appends the suggestion as a row, reads again, shows it added, and recomputes the summary the workbook holds', async () => {
    const host = new FakeHost(
      workbook(scoresSheet(WEAK), measuresSheet([['ประชุมชี้แจง', 'สำนักปลัด', 'ต.ค.67-ก.ย.68', 'อยู่ระหว่างดำเนินการ', '1']])),
    );
    host.onApply = applyBlocks;
    const user = setupUser();
    renderApp(host, 'th');
    await recompute(user, 'คำนวณใหม่');
    const first = suggestionsForIndicator(3)[0];
    const text = screen.getByText(first.text.th);
    const item = text.closest('li') as HTMLElement;
    const reads = host.reads;
    await user.click(within(item).getByRole('button', { name: 'เพิ่มในมาตรการ' }));
    await waitFor(() => expect(host.applied.length).toBeGreaterThanOrEqual(2));
    const plan = host.applied[1];
    expect(plan.sheets).toEqual([]); // the sheet exists: only a row is appended
    expect(plan.blocks).toHaveLength(1);
    expect(plan.blocks[0]).toMatchObject({ sheet: 'มาตรการ', top: 2 });
    expect(plan.blocks[0].cells[0][0]).toEqual({ text: first.text.th });
    expect(plan.blocks[0].cells[0]).toContainEqual({ text: first.responsible?.th });
    await waitFor(() => expect(host.applied).toHaveLength(3));
    expect(host.reads).toBe(reads + 2); // read fresh, append, read again (the recompute uses that read)
    // The summary is written again from the read that holds the new row: it counts two measures.
    expect(host.applied[2].sheets.map((x) => x.name)).toContain('สรุปผล ITA');
    const again = (await screen.findByText(first.text.th)).closest('li') as HTMLElement;
    const mark = await within(again).findByText('เพิ่มในชีตมาตรการแล้ว');
    expect(mark.closest('[tabindex="-1"]')).toHaveFocus(); // the button went: its "added" mark holds the focus
    expect(screen.getByRole('status')).toHaveTextContent(
      /^เพิ่มในชีตมาตรการแล้ว คำนวณสรุปผลใหม่แล้ว: \d+\.\d\d คะแนน ระดับ [A-F]+$/,
    );
  });

  test('English "Add to measures" creates the Measures sheet when there is none', async () => {
    const host = new FakeHost(workbook(scoresSheet(WEAK)));
    const user = setupUser();
    renderApp(host, 'en');
    await recompute(user, 'Recompute');
    const first = suggestionsForIndicator(3)[0];
    const item = screen.getByText(first.text.en).closest('li') as HTMLElement;
    await user.click(within(item).getByRole('button', { name: 'Add to measures' }));
    await waitFor(() => expect(host.applied).toHaveLength(2));
    const plan = host.applied[1];
    expect(plan.sheets).toHaveLength(1);
    const appended = plan.blocks.find(
      (b) =>
        b.cells[0][0] !== null &&
        'text' in (b.cells[0][0] as object) &&
        (b.cells[0][0] as { text: string }).text === first.text.en,
    );
    expect(appended).toBeDefined();
  });

  test('with data errors, the Results tab points to Problems', async () => {
    const user = setupUser();
    const scores: (number | string)[] = [...CHIANG_MAI];
    scores[0] = 'ดีมาก';
    renderApp(new FakeHost(workbook(scoresSheet(scores))), 'en');
    await readyButton('Recompute');
    await user.click(screen.getByRole('tab', { name: /^Results/ }));
    expect(screen.getByText(/The scores cannot be computed yet because the data has errors/)).toBeInTheDocument();
  });
});
