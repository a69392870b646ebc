/**
 * The template for a district or province office (issue 14): the settings, one row per agency
 * and the year's rules, without one agency's Scores, OIT and Measures sheets, whose blank scores would block
 * the recompute. The Agencies sheet's headers are the contract's own (agencies-columns.ts).
 */
import { AGENCY_TYPES } from '../domain/agencies';
import type { Framework } from '../domain/framework';
import { Lang } from '../domain/text';
import { AGENCIES_COLUMNS } from './agencies-columns';
import { Grid } from './grid';
import { SHEET_NAMES } from './owned';
import { emptyPlan, WritePlan } from './plan';
import { rulesSheet } from './rules-template';
import { columnLetters } from './references';
import { addSheet, headerRow, howtoSheet, settingsSheet, SHEETS, templateFramework } from './template';

/** Rows the type drop-down covers: more than any province has agencies. */
const AREA_ROWS = 2000;

const HOWTO: Record<Lang, (fw: Framework) => string[]> = {
  th: (fw) => [
    'วิธีใช้สมุดงานภาพรวมหลายหน่วยงาน ITA Planner',
    `1. ชีต "${SHEETS.th.settings}": กรอกปีงบประมาณ (${fw.fiscalYear}) และเป้าหมาย (ค่าเริ่มต้น 85) แถวอื่นใช้กับสมุดงานของหน่วยงานเดียว เว้นว่างได้`,
    `2. ชีต "${SHEETS.th.agencies}": หนึ่งแถวต่อหนึ่งหน่วยงาน ชื่อ ประเภท (เลือกจากรายการ หรือเว้นว่างถ้าชื่อขึ้นต้นด้วย อบต./เทศบาล…) อำเภอ และจังหวัด`,
    '   คะแนนให้กรอกอย่างใดอย่างหนึ่ง: ตัวชี้วัดที่ 1–10 ครบทุกตัว หรือ IIT EIT OIT ครบทั้งสาม หรือคะแนนรวม และคะแนนรวมปีก่อนถ้ามี คอลัมน์ที่ไม่ใช้ลบได้',
    `3. ชีต "${SHEETS.th.rules}": เกณฑ์ปี ${fw.fiscalYear} ที่ใช้ตัดระดับ — แก้เมื่อคู่มือของ ป.ป.ช. ปีนี้ต่างไป ถ้าไม่ต้องการแก้ ลบชีตนี้ได้`,
    `4. เปิด ITA Planner แล้วกด "คำนวณใหม่": โปรแกรมจะสร้างชีต "${SHEET_NAMES.th.agencies}" นับระดับผลการประเมินรายอำเภอและรายประเภท พร้อมหน่วยงานที่ต้องยกระดับก่อน`,
    'ITA Planner ไม่แก้ไขข้อมูลที่ท่านกรอก และไม่ส่งข้อมูลออกนอกเครื่อง',
  ],
  en: (fw) => [
    'How to use this ITA Planner workbook for many agencies',
    `1. "${SHEETS.en.settings}": the fiscal year (${fw.fiscalYear}) and the target (default 85). The other rows are for one agency's workbook and may stay blank.`,
    `2. "${SHEETS.en.agencies}": one row per agency: its name, type (from the list, or blank when the name begins with อบต./เทศบาล…), district and province.`,
    "   Give its scores one way: all ten indicators, or the three tools IIT, EIT and OIT, or the total; and last year's total if known. Delete the columns you do not use.",
    `3. "${SHEETS.en.rules}": the ${fw.fiscalYear} rules that set grades and ratings. Edit them when the NACC's manual for the year differs; delete the sheet to keep the shipped rules.`,
    `4. Open ITA Planner and press "Recompute": it writes "${SHEET_NAMES.en.agencies}", counting results by district and by type, with the agencies to raise first.`,
    'ITA Planner never changes what you typed and never sends your data anywhere.',
  ],
};

function agenciesSheet(plan: WritePlan, lang: Lang): void {
  const g = new Grid(SHEETS[lang].agencies, AGENCIES_COLUMNS.length);
  headerRow(
    g,
    AGENCIES_COLUMNS.map((c) => c.label),
    lang,
  );
  const col = (key: string) => columnLetters(AGENCIES_COLUMNS.findIndex((c) => c.key === key));
  plan.validations.push({
    sheet: g.sheet,
    range: `${col('type')}2:${col('type')}${AREA_ROWS}`,
    list: AGENCY_TYPES.map((t) => t.label[lang]),
  });
  const scores = AGENCIES_COLUMNS.findIndex((c) => c.key === 'ind1');
  addSheet(
    plan,
    g,
    AGENCIES_COLUMNS.map((c, i) => (i === 0 ? 36 : i < scores ? 16 : 11)),
  );
}

/** A blank workbook for many agencies: a how-to, the settings, the Agencies sheet and the rules. */
export function planAreaTemplate(fiscalYear: number, lang: Lang): WritePlan {
  const framework = templateFramework(fiscalYear);
  const plan = emptyPlan();
  howtoSheet(plan, lang, HOWTO[lang](framework));
  settingsSheet(plan, framework, lang);
  agenciesSheet(plan, lang);
  // Grades and ratings come from the year's rules: editable here as in one agency's template.
  rulesSheet(plan, framework, SHEETS[lang].rules, lang);
  plan.activate = SHEETS[lang].agencies;
  return plan;
}
