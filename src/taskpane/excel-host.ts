/**
 * The WorkbookHost inside Excel: Office.js through the src/excel adapter.
 * Each call is one Excel.run (src/excel/run.ts); errors reach the UI as HostError with a
 * bilingual explanation (and, for writes, what had already been written).
 */
import { applyPlan, codeOf, detectFeatures, excelRun, officeIsSetSupported, readSnapshot, toUserError } from '../excel';
import type { ExcelFeatures, IsSetSupported, Run, SkippedPart, UserError } from '../excel';
import type { Bilingual } from '../domain/text';
import type { WorkbookHost } from '../workbook/host';
import { linkCells } from '../workbook/links';
import type { WritePlan } from '../workbook/plan';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { HostError } from './errors';

const PART: Record<SkippedPart['part'], Bilingual> = {
  validations: { th: 'รายการให้เลือก (drop-down)', en: 'Drop-down lists' },
  hyperlinks: { th: 'ลิงก์ในเซลล์', en: 'Cell links' },
  tabColor: { th: 'สีแท็บชีต', en: 'Sheet tab colours' },
  freezePanes: { th: 'การตรึงแถวหัวตาราง', en: 'Frozen header rows' },
  pageLayout: {
    th: 'การตั้งหน้ากระดาษ (A4 หัวกระดาษ ท้ายกระดาษ เลขหน้า)',
    en: 'Page setup (A4, header, footer, page numbers)',
  },
  dataBars: { th: 'แถบข้อมูล (data bar)', en: 'Data bars' },
  fixes: { th: 'การแปลงข้อความเป็นตัวเลข', en: 'Text-to-number conversions' },
};

/** "Drop-down lists: not supported by this Excel (needs ExcelApi 1.8) — 'สรุปผล ITA'!D5:D40" */
export function describeSkipped(s: SkippedPart): Bilingual {
  const where = s.where.length > 0 ? ` — ${s.where.slice(0, 3).join(', ')}${s.where.length > 3 ? ', …' : ''}` : '';
  return { th: `${PART[s.part].th}: ${s.reason.th}${where}`, en: `${PART[s.part].en}: ${s.reason.en}${where}` };
}

async function guarded<T>(
  run: Run,
  batch: (context: Excel.RequestContext) => Promise<T>,
  explain: (e: unknown) => UserError = toUserError,
): Promise<T> {
  try {
    return await run(batch);
  } catch (e) {
    throw new HostError(explain(e), e);
  }
}

/**
 * Going to a problem's cell: a sheet that cannot be activated or selected on is, in practice, a
 * hidden one (Excel answers InvalidOperation "A hidden sheet cannot be activated", or
 * InvalidSelection), so those say to unhide it rather than "close any open dialog".
 */
function explainSelect(e: unknown): UserError {
  const user = toUserError(e);
  const code = codeOf(e);
  if (code === 'InvalidOperation' || code === 'InvalidSelection')
    return { ...user, title: toUserError({ code: 'InvalidSelection', message: '' }).title };
  return user;
}

export interface ExcelHost extends WorkbookHost {
  kind: 'excel';
  features: ExcelFeatures;
}

/** Excel on the web, where requests have a size limit (and older builds refuse with GeneralException). */
export function officeIsWeb(): boolean {
  const platform = typeof Office !== 'undefined' ? Office.context?.platform : undefined;
  return platform !== undefined && String(platform) === 'OfficeOnline';
}

export function createExcelHost(
  run: Run = excelRun,
  isSetSupported: IsSetSupported = officeIsSetSupported(),
  web: boolean = officeIsWeb(),
): ExcelHost {
  const { features, notices } = detectFeatures(isSetSupported);
  return {
    kind: 'excel',
    features,
    notices,
    read: (): Promise<WorkbookSnapshot> =>
      guarded(run, (ctx) =>
        // A linked OIT URL cell is judged by its link: read where Range.hyperlink exists (1.7).
        readSnapshot(ctx, features.hyperlinks ? { web, links: linkCells } : { web }),
      ),
    apply: async (plan: WritePlan): Promise<{ skipped: Bilingual[] }> => {
      const report = await guarded(run, (ctx) => applyPlan(ctx, plan, features, { web }));
      const skipped: Bilingual[] = report.skipped.map(describeSkipped);
      for (const s of report.substituted) skipped.push(s.how);
      return { skipped };
    },
    select: (sheet: string, cell: string): Promise<void> =>
      guarded(
        run,
        async (ctx) => {
          // Activate first: Range.select() alone does not bring another sheet forward in Excel on Windows.
          const target = ctx.workbook.worksheets.getItem(sheet);
          target.activate();
          target.getRange(cell).select();
          await ctx.sync();
        },
        explainSelect,
      ),
  };
}
