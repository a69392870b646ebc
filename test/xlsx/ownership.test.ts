/** The ownership rules of the workbook contract on the ExcelJS path (command line, browser mode). */
import { ownershipRules, runXlsx } from '../workbook/ownership-cases';

describe('ownership on the .xlsx path: only sheets and names proved ours are written', () => {
  ownershipRules(runXlsx);
});
