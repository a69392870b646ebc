import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor, within } from '@testing-library/react';
import { I18nProvider } from '../../src/taskpane/i18n';
import type { Problem } from '../../src/domain/problem';
import { groupProblems, ProblemsSection } from '../../src/taskpane/components/ProblemsSection';
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
import { cellRef } from '../../src/domain/refs';
import { groupProblems as groupRuns } from '../../src/workbook/group';

beforeAll(installDomStubs);

/** A score "ดีมาก" for indicator 5 and Thai digits for indicator 2. */
function broken() {
  const scores: (number | string)[] = [...CHIANG_MAI];
  scores[4] = 'ดีมาก';
  scores[1] = '๙๓.๑๑';
  return new FakeHost(workbook(scoresSheet(scores)));
}

/** An OIT item left without มี/ไม่มี, as the checklist's reader reports it. */
const unmarked = (cell: string): Problem => ({
  severity: 'error',
  code: 'oit.published',
  sheet: 'OIT',
  cell: cellRef(cell),
  found: '',
  message: { th: `OIT!${cell} ว่าง`, en: `OIT!${cell} is empty` },
});

async function openProblems(user: ReturnType<typeof setupUser>, tabName: RegExp) {
  await user.click(screen.getByRole('tab', { name: tabName }));
}

describe('problems', () => {
  test('Thai: grouped by sheet with count badges; the message, found and expected', async () => {
    const user = setupUser();
    renderApp(broken(), 'th');
    await readyButton('คำนวณใหม่');
    await openProblems(user, /ปัญหา/);
    expect(screen.getByRole('heading', { name: /ชีต คะแนน/ })).toBeInTheDocument();
    expect(screen.getByText('ข้อผิดพลาด 1')).toBeInTheDocument(); // the unreadable row, not also "no score for indicator 5"
    const link = screen.getByRole('button', { name: 'คะแนน!B6' });
    const item = link.closest('li') as HTMLElement;
    // The message already says what was found and what was expected: no second line repeats it,
    // and the link names the cell, so the message does not repeat it either.
    expect(within(item).getByText(/^มี "ดีมาก" แต่ต้องการ คะแนน 0–100/)).toBeInTheDocument();
    expect(within(item).getAllByText(/คะแนน!B6/)).toHaveLength(1);
    expect(within(item).queryByText(/ที่ควรเป็น:/)).not.toBeInTheDocument();
  });

  test('found and expected are shown when the message does not say them', () => {
    const problem: Problem = {
      severity: 'warning',
      code: 'oit.published',
      sheet: 'OIT',
      cell: cellRef('C4'),
      found: 'อาจจะ',
      expected: { th: 'มี หรือ ไม่มี', en: 'yes or no' },
      message: { th: 'อ่านผลการเผยแพร่ไม่ได้', en: 'The published flag cannot be read' },
    };
    render(
      <FluentProvider theme={webLightTheme}>
        <I18nProvider lang="en">
          <ProblemsSection
            problems={[problem]}
            textNumbers={[]}
            busy={false}
            onSelect={() => undefined}
            onConvertNumbers={() => undefined}
          />
        </I18nProvider>
      </FluentProvider>,
    );
    expect(screen.getByText('Found: “อาจจะ” · Expected: yes or no')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Sheet OIT/ })).toHaveTextContent('1 warning');
  });

  test('a grouped run is one card, linked by its range, that selects the whole run', async () => {
    const user = setupUser();
    const selected: string[] = [];
    render(
      <FluentProvider theme={webLightTheme}>
        <I18nProvider lang="en">
          <ProblemsSection
            problems={groupRuns(['D2', 'D3', 'D4', 'D5'].map(unmarked))}
            textNumbers={[]}
            busy={false}
            onSelect={(sheet, cell) => void selected.push(`${sheet}!${cell}`)}
            onConvertNumbers={() => undefined}
          />
        </I18nProvider>
      </FluentProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'OIT!D2:D5' }));
    expect(selected).toEqual(['OIT!D2:D5']);
    // The card's link names the range, so the message does not start with it again.
    expect(screen.getByText(/^4 items not marked/)).toBeInTheDocument();
  });

  test('clicking a problem selects its cell in the workbook', async () => {
    const host = broken();
    const user = setupUser();
    renderApp(host, 'en');
    await readyButton('Recompute');
    await openProblems(user, /Problems/);
    await user.click(screen.getByRole('button', { name: 'คะแนน!B6' }));
    expect(host.selected).toEqual([{ sheet: 'คะแนน', cell: 'B6' }]);
    expect(screen.getByText(/holds "ดีมาก"; expected a score from 0 to 100/)).toBeInTheDocument();
  });

  test('the named fix lists its cells and converts them only after confirmation', async () => {
    const host = broken();
    const user = setupUser();
    renderApp(host, 'en');
    await readyButton('Recompute');
    await openProblems(user, /Problems/);
    const fix = screen.getByRole('button', { name: 'Convert text to numbers (1 cell)' });
    expect(screen.getAllByRole('button', { name: 'คะแนน!B3' }).length).toBeGreaterThan(0);
    await user.click(fix);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('๙๓.๑๑')).toBeInTheDocument();
    expect(within(dialog).getByText('93.11')).toBeInTheDocument();
    expect(host.applied).toHaveLength(0);
    const reads = host.reads;
    await user.click(within(dialog).getByRole('button', { name: 'Convert' }));
    await waitFor(() => expect(host.applied).toHaveLength(1));
    await waitFor(() => expect(host.reads).toBe(reads + 1)); // the confirmed list is applied as shown, then read again
    expect(host.applied[0].fixes).toEqual([{ sheet: 'คะแนน', cell: 'B3', found: '๙๓.๑๑', number: 93.11 }]);
    expect(host.applied[0].sheets).toEqual([]);
  });

  test('cancelling the fix writes nothing (Thai)', async () => {
    const host = broken();
    const user = setupUser();
    renderApp(host, 'th');
    await readyButton('คำนวณใหม่');
    await openProblems(user, /ปัญหา/);
    await user.click(screen.getByRole('button', { name: 'แปลงข้อความเป็นตัวเลข (1 เซลล์)' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'ยกเลิก' }));
    expect(host.applied).toHaveLength(0);
  });

  test('no problems: says so', async () => {
    const user = setupUser();
    renderApp(new FakeHost(workbook(scoresSheet(CHIANG_MAI))), 'en');
    await readyButton('Recompute');
    await openProblems(user, /Problems/);
    expect(screen.getByText('No problems found in the data')).toBeInTheDocument();
  });
});

describe('groupProblems', () => {
  const p = (severity: 'error' | 'warning', sheet?: string, cell?: string): Problem => ({
    severity,
    code: 'x',
    ...(sheet ? { sheet } : {}),
    ...(cell ? { cell: cellRef(cell) } : {}),
    message: { th: 'ท', en: 'e' },
  });

  test('errors first inside a group, groups with errors first, whole-workbook problems last', () => {
    const groups = groupProblems([
      p('warning', 'OIT', 'B2'),
      p('warning', 'คะแนน', 'B2'),
      p('error', 'คะแนน', 'B3'),
      p('warning'),
    ]);
    expect(groups.map((g) => g.sheet)).toEqual(['คะแนน', 'OIT', undefined]);
    expect(groups[0].problems.map((x) => x.severity)).toEqual(['error', 'warning']);
    expect(groups[0]).toMatchObject({ errors: 1, warnings: 1 });
  });
});
