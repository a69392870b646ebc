/** The ownership rules of the workbook contract on the Office.js path, through the Office.js stand-in. */
import { FakeWorkbook } from '../stand-in/stand-in';
import { applyPlan } from '../../src/excel/apply';
import { ALL_FEATURES } from '../../src/excel/features';
import { readSnapshot } from '../../src/excel/read';
import { isEmptyPlan } from '../../src/workbook/plan';
import { BookSpec, ownershipRules, planFor, Runner } from '../workbook/ownership-cases';

/** The workbook as Office.js holds it: '' for an empty cell, dates as serial numbers, "=" before a name's reference. */
function fakeOf(book: BookSpec): FakeWorkbook {
  const serial = (d: Date) => d.getTime() / 86_400_000 + 25_569;
  return new FakeWorkbook(
    book.sheets.map((s) => ({
      name: s.name,
      values: s.rows.map((row) =>
        row.map((v) => (v === null || v === undefined ? '' : v instanceof Date ? serial(v) : v)),
      ),
    })),
    book.names.map((n) => ({ name: n.name, type: 'Range', value: `=${n.ref}` })),
  );
}

/** What the task pane does in Excel: read in one batch, plan, apply. */
const runOffice: Runner = async (book, options = {}) => {
  const fake = fakeOf(book);
  const result = planFor(await readSnapshot(fake.context), options);
  if (!isEmptyPlan(result.plan)) await applyPlan(fake.context, result.plan, ALL_FEATURES);
  // Every sheet a range action of the host (a write, a clear, a format, a merge) reached.
  const written = fake.log.filter((a) => a.what.startsWith('Range') && a.sheet !== undefined);
  return {
    result,
    deleted: [...fake.deleted],
    touched: [...new Set([...fake.added, ...written.map((a) => a.sheet!)])],
    namesSet: fake.namesAdded.map((n) => n.name),
    namesDeleted: [...fake.namesDeleted],
  };
};

describe('ownership in Excel (Office.js): only sheets and names proved ours are written', () => {
  ownershipRules(runOffice);
});

describe('ownership in Excel: names that point nowhere', () => {
  it("our ITA_TOTAL left as #REF! after the user deleted the summary is replaced (it holds nothing of the user's)", async () => {
    const { chiangMaiBook, withName } = await import('../workbook/ownership-cases');
    const o = await runOffice(withName(await chiangMaiBook(), 'ITA_TOTAL', '#REF!$B$5'));
    expect(o.result.wroteResults).toBe(true);
    expect(o.namesDeleted).toEqual(['ITA_TOTAL']);
    expect(o.namesSet).toContain('ITA_TOTAL');
  });
});
