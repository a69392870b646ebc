import * as ExcelJS from 'exceljs';
import fc from 'fast-check';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { round2 } from '../../src/domain/decimal';
import { emptyPlan } from '../../src/workbook/plan';
import { rulesSheet } from '../../src/workbook/rules-template';
import { applyPlan, loadXlsx, writeXlsx } from '../../src/xlsx';
import { itWithLibreOffice, LIBREOFFICE_TIMEOUT_MS, recalcWithLibreOffice } from '../helpers/lo-recalc';
import { randomCase, RandomCase } from '../helpers/random-framework';
import { Row, sheet } from './fixtures';
import { nameValue, recompute } from './helpers';

/** A workbook whose rules sheet holds the random framework, with its scores and checklist. */
function workbookFor({ fw, indicators, items }: RandomCase): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  sheet(wb, 'ตั้งค่า', [['ปีงบประมาณ', fw.fiscalYear]]);
  sheet(wb, 'คะแนน', [['ตัวชี้วัด', 'คะแนน'], ...Object.entries(indicators).map(([id, s]): Row => [Number(id), s])]);
  sheet(wb, 'OIT', [['ข้อ', 'เผยแพร่'], ...Object.entries(items).map(([c, v]): Row => [c, v === 100 ? 'มี' : 'ไม่มี'])]);
  const plan = emptyPlan();
  rulesSheet(plan, fw, 'เกณฑ์การประเมิน', 'th');
  applyPlan(wb, plan);
  return wb;
}

/**
 * A recalculated figure. ExcelJS reads a formula cell whose saved value is <v>0</v> as having no
 * result (LibreOffice does write the 0), so a formula without a result reads as 0 here.
 */
function loNumber(v: unknown): number {
  if (v && typeof v === 'object' && 'formula' in v) return 0;
  return Number(v);
}

describe('random frameworks through a rules sheet, recalculated by LibreOffice', () => {
  // LibreOffice takes seconds per file: a few fixed samples, not a full property run.
  const cases = fc.sample(randomCase, { numRuns: 2, seed: 2569 });

  itWithLibreOffice(
    "every ITA_* figure LibreOffice recalculates equals the add-in's own",
    async () => {
      for (const [k, c] of cases.entries()) {
        const { analysis, after } = await recompute(workbookFor(c));
        expect(analysis.problems.filter((p) => p.severity === 'error')).toEqual([]);
        const a = analysis.assessment!;
        expect(analysis.framework.indicators.map((i) => [i.id, i.tool])).toEqual(
          c.fw.indicators.map((i) => [i.id, i.tool]),
        );
        const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ita-prop-')), `case-${k}.xlsx`);
        fs.writeFileSync(file, await writeXlsx(after));
        const lo = await loadXlsx(fs.readFileSync((await recalcWithLibreOffice(file))!));
        const want: Record<string, number> = {
          ITA_TOTAL: a.totalShown,
          ITA_IIT: a.tools.IIT.score,
          ITA_EIT: a.tools.EIT.score,
          ITA_OIT: a.tools.OIT.score,
          ...Object.fromEntries(a.indicators.map((i) => [`ITA_IND_${i.id}`, i.score])),
        };
        for (const [name, v] of Object.entries(want))
          expect([name, round2(loNumber(nameValue(lo, name)))]).toEqual([name, round2(v)]);
        expect(nameValue(lo, 'ITA_GRADE')).toBe(a.grade);
        expect(nameValue(lo, 'ITA_RATING')).toBe(a.rating?.name.th ?? '');
      }
    },
    LIBREOFFICE_TIMEOUT_MS * 2,
  );
});
