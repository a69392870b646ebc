/**
 * Which optional Office.js features this Excel offers, from its requirement sets.
 * Pure: the caller passes `Office.context.requirements.isSetSupported` (or a stub in tests).
 *
 * Requirement sets (from @types/office-js):
 * - ExcelApi 1.4: Worksheet.getUsedRangeOrNullObject, NamedItemCollection.add / NamedItem.delete —
 *   the adapter's floor. Office 2016 without updates has only 1.1 and cannot run it.
 * - ExcelApi 1.1: Range.format.font.name, Range.format.rowHeight, Worksheet.charts — always there
 * - ExcelApi 1.6: Application.suspendApiCalculationUntilNextSync, Range.conditionalFormats (data bars)
 * - ExcelApi 1.2: Worksheet.protection (below the floor, so always there)
 * - ExcelApi 1.7: Range.hyperlink, Worksheet.tabColor, Worksheet.freezePanes, Workbook.protection
 * - ExcelApi 1.8: Range.dataValidation
 * - ExcelApi 1.9: Application.suspendScreenUpdatingUntilNextSync, Worksheet.pageLayout (paper, margins,
 *   orientation, print titles and area, header and footer), Worksheet.horizontalPageBreaks
 */
import { Bilingual, bi } from '../domain/text';

export interface ExcelFeatures {
  /** ExcelApi 1.4: reading and writing at all. */
  supported: boolean;
  /** ExcelApi 1.6 */
  suspendCalculation: boolean;
  /** ExcelApi 1.6: data bars. */
  conditionalFormats: boolean;
  /** ExcelApi 1.7: Range.hyperlink; without it internal links become HYPERLINK formulas. */
  hyperlinks: boolean;
  /** ExcelApi 1.7 */
  tabColor: boolean;
  /** ExcelApi 1.7 */
  freezePanes: boolean;
  /** ExcelApi 1.7: whether the workbook's structure is protected, checked before adding sheets. */
  workbookProtection: boolean;
  /** ExcelApi 1.8: drop-down lists. */
  dataValidation: boolean;
  /** ExcelApi 1.9 */
  suspendScreenUpdating: boolean;
  /** ExcelApi 1.9: page setup (A4, margins, orientation, print titles, header, footer, page breaks). */
  pageLayout: boolean;
}

/** The ExcelApi version each feature needs. */
export const FEATURE_REQUIREMENTS: Readonly<Record<keyof ExcelFeatures, string>> = {
  supported: '1.4',
  suspendCalculation: '1.6',
  conditionalFormats: '1.6',
  hyperlinks: '1.7',
  tabColor: '1.7',
  freezePanes: '1.7',
  workbookProtection: '1.7',
  dataValidation: '1.8',
  suspendScreenUpdating: '1.9',
  pageLayout: '1.9',
};

/** Lowest ExcelApi set the adapter needs; the manifest's <Requirements> should say the same. */
export const MIN_EXCEL_API = FEATURE_REQUIREMENTS.supported;

/** Every feature on: Microsoft 365, Excel on the web, and tests that are not about degrading. */
export const ALL_FEATURES: Readonly<ExcelFeatures> = {
  supported: true,
  suspendCalculation: true,
  conditionalFormats: true,
  hyperlinks: true,
  tabColor: true,
  freezePanes: true,
  workbookProtection: true,
  dataValidation: true,
  suspendScreenUpdating: true,
  pageLayout: true,
};

export type IsSetSupported = (name: string, version: string) => boolean;

export function detectFeatures(isSetSupported: IsSetSupported): { features: ExcelFeatures; notices: Bilingual[] } {
  const has = (version: string): boolean => {
    try {
      return isSetSupported('ExcelApi', version) === true;
    } catch {
      return false;
    }
  };
  const features = {} as ExcelFeatures;
  for (const key of Object.keys(FEATURE_REQUIREMENTS) as (keyof ExcelFeatures)[]) {
    features[key] = has(FEATURE_REQUIREMENTS[key]);
  }

  const notices: Bilingual[] = [];
  if (!features.supported) {
    notices.push(
      bi(
        `Excel รุ่นนี้เก่าเกินไปสำหรับ ITA Planner (ต้องรองรับ ExcelApi ${MIN_EXCEL_API} ขึ้นไป เช่น Microsoft 365, Excel 2019 ขึ้นไป หรือ Excel บนเว็บ)`,
        `This Excel is too old for ITA Planner: it needs ExcelApi ${MIN_EXCEL_API} or later (Microsoft 365, Excel 2019 or later, or Excel on the web)`,
      ),
    );
    // Nothing else can run; the other notices would only add noise.
    return { features, notices };
  }
  if (!features.dataValidation) {
    notices.push(
      bi('ไม่สามารถสร้างรายการให้เลือก (drop-down) ได้ใน Excel รุ่นนี้', 'Drop-down lists need a newer Excel (ExcelApi 1.8)'),
    );
  }
  if (!features.hyperlinks) {
    notices.push(
      bi(
        'Excel รุ่นนี้สร้างลิงก์ในเซลล์โดยตรงไม่ได้ ลิงก์ไปยังเซลล์ที่มีปัญหาจะเขียนเป็นสูตร HYPERLINK แทน',
        'This Excel cannot set cell hyperlinks (ExcelApi 1.7): links to problem cells are written as HYPERLINK formulas instead',
      ),
    );
  }
  if (!features.tabColor || !features.freezePanes) {
    notices.push(
      bi(
        'ไม่สามารถกำหนดสีแท็บชีตและตรึงแถวหัวตารางได้ใน Excel รุ่นนี้',
        'Tab colours and frozen header rows need a newer Excel (ExcelApi 1.7)',
      ),
    );
  }
  if (!features.pageLayout) {
    notices.push(
      bi(
        'ไม่สามารถตั้งค่าหน้ากระดาษ (A4 แนวกระดาษ หัวกระดาษ ท้ายกระดาษ เลขหน้า) ได้ใน Excel รุ่นนี้',
        'Page setup (A4, orientation, header, footer, page numbers) needs a newer Excel (ExcelApi 1.9)',
      ),
    );
  }
  if (!features.conditionalFormats) {
    notices.push(bi('ไม่สามารถแสดงแถบข้อมูล (data bar) ได้ใน Excel รุ่นนี้', 'Data bars need a newer Excel (ExcelApi 1.6)'));
  }
  return { features, notices };
}

/**
 * `Office.context.requirements.isSetSupported`, or "nothing supported" outside Office
 * (a plain browser tab, node). Only names `Office`, never `Excel`.
 */
export function officeIsSetSupported(): IsSetSupported {
  return (name, version) => {
    if (typeof Office === 'undefined' || !Office.context || !Office.context.requirements) return false;
    return Office.context.requirements.isSetSupported(name, version);
  };
}
