import { screen, waitFor, within } from '@testing-library/react';
import { agencySheet } from '../fixtures/agencies/district-30';
import { FakeHost, installDomStubs, readyButton, renderApp, setupUser, sheet, workbook } from './helpers';

beforeAll(installDomStubs);

/** The 30-agency district as the pane reads it (no Scores sheet). */
function host() {
  return new FakeHost(workbook(sheet('ตั้งค่า', [['ปีงบประมาณ', 2568]]), sheet('หน่วยงาน', agencySheet('th'))));
}

const names = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getByTestId('agency-name').textContent);

describe('issue 14: the area view', () => {
  test('a recompute of many agencies opens the area: figures, the grade chart, below-target agencies first', async () => {
    const user = setupUser();
    const h = host();
    renderApp(h, 'en');
    await user.click(await readyButton('Recompute'));
    await screen.findByRole('heading', { name: 'The area' });
    expect(h.applied[0].sheets.map((x) => x.name)).toContain('ITA Agencies Overview');
    const facts = screen.getByTestId('area-facts');
    expect(facts.textContent).toContain('30');
    expect(facts.textContent).toContain('86.78');
    expect(facts.textContent).toContain('63.33%');
    expect(screen.getByTestId('national').textContent).toBe(
      'Country, 2568: 8,317 agencies, mean 93.82, 94.17% at 85 or above',
    );
    expect(screen.getByTestId('grade-chart')).toHaveAttribute(
      'aria-label',
      'Agencies by grade: AA 6, A 13, B 7, C 4, D 0, E 0, F 0',
    );
    const table = screen.getByTestId('area-table');
    const first = names(table);
    expect(first.slice(0, 3)).toEqual(['อบต.ห้วยปันจ๊อย', 'อบต.นครเจดีย์', 'อบต.เหล่ายาว']);
    expect(first[10]).toBe('อบต.ต้นธง'); // the 11th and last below the target
    expect(first[11]).toMatch(/^อบต\.(สันกลาง|บ้านโฮ่ง)$/); // then the best, rank 1
    expect(within(table).getAllByRole('row')[1]).toHaveAttribute('data-pass', 'false');
    expect(within(table).getAllByRole('row')[1].textContent).toContain(
      'Raise the total by 20.00 (from 65.00 to 85.00)',
    );
  });

  test('the table sorts by a column (and back), and an agency’s name selects its row on the sheet', async () => {
    const user = setupUser();
    const h = host();
    renderApp(h, 'th');
    await user.click(await readyButton('คำนวณใหม่'));
    await screen.findByRole('heading', { name: 'ภาพรวมพื้นที่' });
    const table = screen.getByTestId('area-table');
    await user.click(within(table).getByRole('columnheader', { name: /คะแนนรวม/ }));
    expect(names(table)[0]).toMatch(/^อบต\.(สันกลาง|บ้านโฮ่ง)$/); // highest first
    await user.click(within(table).getByRole('columnheader', { name: /คะแนนรวม/ }));
    expect(names(table)[0]).toBe('อบต.ห้วยปันจ๊อย'); // lowest first
    expect(within(table).getByRole('columnheader', { name: /คะแนนรวม/ })).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(table).getByRole('button', { name: 'ไปที่แถวของ อบต.ห้วยปันจ๊อย' }));
    await waitFor(() => expect(h.selected).toEqual([{ sheet: 'หน่วยงาน', cell: 'B29' }]));
    expect(screen.getByRole('table', { name: 'รายอำเภอ' }).textContent).toContain('เมืองลำพูน (ลำพูน)');
    // Four columns fit a narrow pane: the district and the step sit under the agency's name, and the
    // columns left out of the table (district, change) still sort from the list.
    expect(within(table).getAllByRole('columnheader')).toHaveLength(4);
    await user.selectOptions(screen.getByTestId('area-sort'), 'district');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0].textContent).toContain('บ้านโฮ่ง');
    expect(rows[rows.length - 1].textContent).toContain('เมืองลำพูน');
    await user.selectOptions(screen.getByTestId('area-sort'), 'change');
    // Largest rise first: each row's change (under its total) is no more than the one above.
    const changes = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => /([+-]?\d+\.\d\d)$/.exec(within(r).getAllByRole('cell')[1].textContent ?? '')?.[1])
      .filter((c): c is string => c !== undefined && /^[+-]/.test(c))
      .map(Number);
    expect(changes.length).toBeGreaterThanOrEqual(3);
    expect(changes).toEqual([...changes].sort((x, y) => y - x));
  });

  test('a single agency’s workbook shows no Area tab', async () => {
    renderApp(new FakeHost(workbook(sheet('ตั้งค่า', [['ปีงบประมาณ', 2568]]))), 'en');
    await screen.findByRole('tablist');
    expect(screen.queryByRole('tab', { name: /^Area/ })).toBeNull();
  });

  test('a blank Agencies sheet (the --agencies template): recompute says there is nothing to compute yet', async () => {
    const user = setupUser();
    const blank = workbook(sheet('ตั้งค่า', [['ปีงบประมาณ', 2569]]), sheet('หน่วยงาน', [['หน่วยงาน', 'อำเภอ', 'คะแนนรวม']]));
    renderApp(new FakeHost(blank), 'en');
    await user.click(await readyButton('Recompute'));
    expect(await screen.findByRole('status')).toHaveTextContent('There are no scores to compute yet');
    expect(document.body.textContent).not.toContain('Found 0 errors');
  });
});
