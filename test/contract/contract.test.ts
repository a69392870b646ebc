/**
 * The Office.js contract checks (checks.ts) against the stand-in, in jest: a change to the
 * stand-in that makes it answer otherwise than the adapter assumes of Excel fails `npm test`
 * here, before the browser run. The same checks run in real Excel from dist/contract.html.
 */
import { runContract } from './checks';
import { standIn } from '../stand-in/stand-in';

it('the stand-in answers every contract check it models as the adapter assumes Excel does, and leaves no sheet behind', async () => {
  const fake = standIn({ workbook: { sheets: [{ name: 'ข้อมูลของผู้ใช้', values: [['ค่า', 1]] }] } });
  const before = fake.fakeExcel.digest();
  const results = await runContract((batch) => fake.Excel.run(batch));

  expect(results.length).toBeGreaterThanOrEqual(9);
  // The checks that need Excel's calculation are for real Excel: the stand-in computes no formulas
  // (fake-office.js, its header), so they run but differ here.
  expect(results.filter((r) => r.calculates).map((r) => r.id)).toEqual(['manual-calculation', 'date-system']);
  for (const r of results) {
    expect(r.observed).not.toMatch(/^the check itself failed/);
    expect({ id: r.id, ok: r.ok }).toEqual({ id: r.id, ok: !r.calculates });
  }
  expect(fake.fakeExcel.digest()).toBe(before);
  expect(fake.fakeExcel.state.runs.every((run) => run.ok === true)).toBe(true);
});

it('a stand-in that answered otherwise than Excel fails the contract (a protected sheet that takes writes)', async () => {
  const fake = standIn();
  // The stand-in's own sheet protection switched off from outside: writes to a protected sheet go through.
  const results = await runContract(async (batch) =>
    fake.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const add = sheets.add.bind(sheets);
      sheets.add = (name?: string) => {
        const sheet = add(name);
        sheet.protection.protect = () => undefined;
        return sheet;
      };
      return batch(context);
    }),
  );
  expect(results.find((r) => r.id === 'protected-write')).toMatchObject({ ok: false });
});
