/** The ownership rules of the workbook contract on the .xlsx path (command line, browser mode): read by ExcelJS, written surgically. */
import { ownershipRules, runXlsx } from '../workbook/ownership-cases';

describe('ownership on the .xlsx path: only sheets and names proved ours are written', () => {
  ownershipRules(runXlsx);
});
