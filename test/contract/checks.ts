/**
 * The Office.js contract checks: what the adapter (src/excel) assumes of Excel, as checks that
 * run in any Excel.run. Run in real Excel by the contract page (contract.ts, dist/contract.html),
 * and against the stand-in (test/stand-in/fake-office.js) both in jest
 * (contract.test.ts) and in the browser (test/e2e/hosts.js), so the stand-in and real Excel
 * answer the same questions.
 *
 * Every check works on sheets it adds ("ITA contract …") and deletes them again; the user's
 * sheets are never touched. Each row says what the adapter assumes and what Excel did.
 */
import { codeOf, isProtectionError, messageOf, toUserError } from '../../src/excel/errors';
import { linkTarget } from '../../src/excel/translate';

export interface CheckResult {
  id: string;
  assumed: string;
  observed: string;
  ok: boolean;
  /** The check needs Excel's calculation, which the stand-in does not model (real Excel only). */
  calculates: boolean;
}

interface Check {
  id: string;
  /** What src/excel assumes, in a sentence. */
  assumed: string;
  calculates?: true;
  run(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<{ observed: string; ok: boolean }>;
}

const describe = (e: unknown): string => `${codeOf(e) ?? 'no code'}: ${messageOf(e)}`;

const CHECKS: Check[] = [
  {
    id: 'hyperlink-none',
    assumed: 'Range.hyperlink of a cell without a link names no address (read.ts, linkTarget)',
    async run(context, sheet) {
      const cell = sheet.getRange('A1');
      cell.values = [['text']];
      cell.load('hyperlink');
      await context.sync();
      return { observed: JSON.stringify(cell.hyperlink ?? null), ok: linkTarget(cell.hyperlink) === undefined };
    },
  },
  {
    id: 'hyperlink-text',
    assumed: 'Range.values of a linked cell gives its shown text; Range.hyperlink.address gives the link',
    async run(context, sheet) {
      const cell = sheet.getRange('B2');
      cell.hyperlink = { address: 'https://www.example.go.th/oit/o1', textToDisplay: 'เว็บไซต์' };
      cell.load('values,hyperlink');
      await context.sync();
      const shown = cell.values[0][0];
      const link = linkTarget(cell.hyperlink);
      return {
        observed: `values: ${JSON.stringify(shown)}, link: ${JSON.stringify(link)}`,
        ok: shown === 'เว็บไซต์' && link === 'https://www.example.go.th/oit/o1',
      };
    },
  },
  {
    id: 'protected-write',
    assumed: 'A write to a protected sheet fails with AccessDenied, or InvalidOperation naming the protection',
    async run(context, sheet) {
      sheet.protection.protect();
      await context.sync();
      try {
        sheet.getRange('C3').formulas = [[1]];
        await context.sync();
        return { observed: 'the write went through', ok: false };
      } catch (e) {
        return { observed: describe(e), ok: isProtectionError(e) };
      } finally {
        sheet.protection.unprotect();
        await context.sync();
      }
    },
  },
  {
    id: 'very-hidden-delete',
    assumed: 'Deleting a very hidden sheet fails with InvalidOperation; made hidden first, it deletes (apply.ts)',
    async run(context) {
      const extra = context.workbook.worksheets.add('ITA contract hidden');
      extra.visibility = 'VeryHidden';
      await context.sync();
      let first: string;
      let refused = false;
      try {
        extra.delete();
        await context.sync();
        first = 'deleted while very hidden';
      } catch (e) {
        first = describe(e);
        refused = codeOf(e) === 'InvalidOperation';
        const again = context.workbook.worksheets.getItem('ITA contract hidden');
        again.visibility = 'Hidden';
        again.delete();
        await context.sync();
      }
      return { observed: `${first}; hidden then deleted`, ok: refused };
    },
  },
  {
    id: 'select-hidden',
    assumed:
      'Selecting a cell on a hidden sheet fails with a code the pane explains (InvalidSelection or another titled one)',
    async run(context, sheet) {
      const visible = context.workbook.worksheets.add('ITA contract visible');
      await context.sync();
      sheet.visibility = 'Hidden';
      await context.sync();
      try {
        sheet.activate();
        sheet.getRange('A1').select();
        await context.sync();
        return { observed: 'selected', ok: false };
      } catch (e) {
        const titled = toUserError(e).title.en !== 'Something unexpected went wrong';
        return { observed: describe(e), ok: titled };
      } finally {
        sheet.visibility = 'Visible';
        visible.delete();
        await context.sync();
      }
    },
  },
  {
    id: 'not-a-transaction',
    assumed:
      'A request is not a transaction: when an operation fails, what the request did before it stays done (apply.ts, ApplyError.partial)',
    async run(context, sheet) {
      sheet.getRange('H8').values = [['ก่อน']];
      // Two rows for a one-cell range: Excel refuses this operation when the request runs.
      sheet.getRange('H9').values = [['x'], ['y']];
      sheet.getRange('H10').values = [['หลัง']];
      let refused: string;
      try {
        await context.sync();
        refused = 'the bad write went through';
      } catch (e) {
        refused = describe(e);
      }
      const cells = sheet.getRange('H8:H10');
      cells.load('values');
      await context.sync();
      const [[before], [bad], [after]] = cells.values;
      return {
        observed: `${refused}; H8:H10 = ${JSON.stringify([before, bad, after])}`,
        ok: before === 'ก่อน' && bad === '' && after === '',
      };
    },
  },
  {
    id: 'used-range-values-only',
    assumed: 'getUsedRangeOrNullObject(true) ignores cells that only carry a format (read.ts)',
    async run(context, sheet) {
      sheet.getRange('D4').values = [[5]];
      sheet.getRange('Z200').format.fill.color = '#FFFF00';
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load('address');
      await context.sync();
      const address = used.isNullObject ? '(null)' : used.address;
      return { observed: address, ok: /!D4$/.test(address) || /!A1:D4$/.test(address) };
    },
  },
  {
    id: 'manual-calculation',
    assumed: "calculate('Recalculate') in the last request updates formulas in a workbook set to manual (apply.ts)",
    calculates: true,
    async run(context, sheet) {
      const app = context.workbook.application;
      app.load('calculationMode');
      await context.sync();
      const mode = app.calculationMode;
      app.calculationMode = 'Manual';
      sheet.getRange('E5:F5').formulas = [[1, '=E5*2']];
      await context.sync();
      try {
        app.suspendApiCalculationUntilNextSync();
        sheet.getRange('E5').values = [[5]];
        await context.sync();
        sheet.getRange('E6').values = [[0]];
        app.calculate('Recalculate');
        const f = sheet.getRange('F5');
        f.load('values');
        await context.sync();
        return { observed: `F5 = ${JSON.stringify(f.values[0][0])}`, ok: f.values[0][0] === 10 };
      } finally {
        app.calculationMode = mode;
        await context.sync();
      }
    },
  },
  {
    id: 'date-system',
    assumed:
      'Range.values gives dates as 1900-system serial numbers (30 Sep 2023 = 45199); 1904 workbooks read four years early',
    calculates: true,
    async run(context, sheet) {
      const cell = sheet.getRange('G7');
      cell.formulas = [['=DATE(2023,9,30)']];
      cell.load('values');
      await context.sync();
      const v = cell.values[0][0];
      return {
        observed: `${JSON.stringify(v)}${v === 43737 ? ' (this workbook uses the 1904 date system)' : ''}`,
        ok: v === 45199,
      };
    },
  },
];

/** Runs every check on a sheet of its own, and deletes it again. */
type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export async function runContract(run: Run = (batch) => Excel.run(batch)): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const check of CHECKS) {
    const name = 'ITA contract';
    try {
      const outcome = await run(async (context) => {
        const sheet = context.workbook.worksheets.add(name);
        await context.sync();
        try {
          return await check.run(context, sheet);
        } finally {
          context.workbook.worksheets.getItem(name).delete();
          await context.sync();
        }
      });
      results.push({ id: check.id, assumed: check.assumed, calculates: check.calculates === true, ...outcome });
    } catch (e) {
      results.push({
        id: check.id,
        assumed: check.assumed,
        calculates: check.calculates === true,
        observed: `the check itself failed: ${describe(e)}`,
        ok: false,
      });
    }
  }
  return results;
}
