/**
 * Reports on request: the analysis, the measures plan and the two progress reports, built once
 * as plain data (model.ts) and laid out as a sheet (sheet.ts) or a Word document (docx.ts).
 */
import { errorCount, type Problem } from '../domain/problem';
import { bi, type Lang } from '../domain/text';
import type { Analysis } from '../workbook/analysis';
import { analysisReport } from './analysis-report';
import type { ReportDoc, ReportKind } from './model';
import { planReport } from './plan-report';
import { progressReport } from './progress-report';

export type { ReportDoc, ReportKind, ReportBlock, ReportTable, ReportColumn } from './model';
export { REPORT_KINDS } from './model';
export { reportingWindow } from './progress-report';

export interface ReportOptions {
  lang: Lang;
  /** Fiscal year (B.E.) of the measures for the plan and progress reports; default from their periods. */
  year?: number;
}

/** The report, or the one problem that stops it (named in both languages). */
export function buildReport(a: Analysis, kind: ReportKind, o: ReportOptions): { doc?: ReportDoc; problem?: Problem } {
  const errors = errorCount(a.problems);
  if ((kind === 'analysis' || kind === 'plan') && !a.assessment && errors === 0)
    return {
      problem: {
        severity: 'error',
        code: 'report.needs-scores',
        message: a.area
          ? bi(
              'รายงานเป็นของหน่วยงานเดียว: สมุดงานนี้มีชีต "หน่วยงาน" (หลายหน่วยงาน) แต่ไม่มีชีต "คะแนน" ของหน่วยงานใด — ภาพรวมพื้นที่อยู่ในชีต "ภาพรวมหน่วยงาน ITA" หลังคำนวณ',
              'Reports are for one agency: this workbook has an "Agencies" sheet (many agencies) and no "Scores" sheet of its own; the area view is the "ITA Agencies Overview" sheet a recompute writes',
            )
          : bi(
              'ยังเขียนรายงานไม่ได้: ไม่พบคะแนนของหน่วยงาน — กรอกชีต "คะแนน" แล้วลองใหม่',
              'Cannot write the report yet: the agency\'s scores were not found; fill in the "Scores" sheet and try again',
            ),
      },
    };
  if ((kind === 'analysis' || kind === 'plan') && (!a.assessment || errors > 0))
    return {
      problem: {
        severity: 'error',
        code: 'report.needs-scores',
        message: bi(
          `ยังเขียนรายงานไม่ได้: สมุดงานมีข้อผิดพลาด ${errors} รายการในคะแนน — แก้ตามรายการปัญหาแล้วลองใหม่`,
          `Cannot write the report yet: the workbook has ${errors} error${errors === 1 ? '' : 's'} in its scores; fix them (see the problems) and try again`,
        ),
      },
    };
  if ((kind === 'six-month' || kind === 'year-end') && !a.measures)
    return {
      problem: {
        severity: 'error',
        code: 'report.needs-measures',
        message: bi(
          'ยังเขียนรายงานความก้าวหน้าไม่ได้: ไม่พบชีต "มาตรการ" — สร้างชีตนั้น (ในบานหน้าต่างใช้ปุ่มสร้างชีตที่ขาด หรือคัดลอกจากแม่แบบ ita-planner template) แล้วกรอกมาตรการ ผลการดำเนินการ และสถานะ',
          'Cannot write a progress report: no "Measures" sheet was found; create it (the pane\'s Create missing sheets, or copy it from ita-planner template) and fill in the measures, their results and status',
        ),
      },
    };
  switch (kind) {
    case 'analysis':
      return { doc: analysisReport(a, o.lang) };
    case 'plan':
      return { doc: planReport(a, o.lang, o.year) };
    default:
      return { doc: progressReport(a, kind, o.lang, o.year) };
  }
}
