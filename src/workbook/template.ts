import type { IndicatorId } from '../domain/refs';
import { Framework, indicatorRange, itemRanges, oitItemCodes, itemDef } from '../domain/framework';
import { NEWEST_FRAMEWORK, resolveFramework } from '../domain/frameworks';
import { DEFAULT_PERCEPTION_STEP } from '../domain/gap';
import { bi, Bilingual, BilingualError, Lang } from '../domain/text';
import { Analysis, SheetRole } from './analysis';
import { Grid, num, text } from './grid';
import { rulesSheet } from './rules-template';
import { emptyPlan, PlanCell, WritePlan } from './plan';
import { a1, WorkbookSnapshot } from './snapshot';

/** Input sheet names and headers the template writes; every header is one of the contract's aliases. */
export const SHEETS: Record<Lang, Record<SheetRole | 'howto', string>> = {
  th: {
    settings: 'ตั้งค่า',
    scores: 'คะแนน',
    oit: 'OIT',
    measures: 'มาตรการ',
    rules: 'เกณฑ์การประเมิน',
    agencies: 'หน่วยงาน',
    howto: 'วิธีใช้',
  },
  en: {
    settings: 'Settings',
    scores: 'Scores',
    oit: 'OIT',
    measures: 'Measures',
    rules: 'Rules',
    agencies: 'Agencies',
    howto: 'How to',
  },
};

const HEADERS = {
  scores: [
    bi('ตัวชี้วัด', 'Indicator'),
    bi('ชื่อตัวชี้วัด', 'Indicator name'),
    bi('เครื่องมือ', 'Tool'),
    bi('ข้อ', 'Item'),
    bi('คะแนน', 'Score'),
    bi('คะแนนปีก่อน', 'Previous'),
  ],
  oit: [
    bi('ข้อ', 'Item'),
    bi('หัวข้อ', 'Title'),
    bi('ตัวชี้วัดย่อย', 'Sub-indicator'),
    bi('เผยแพร่', 'Published'),
    bi('URL', 'URL'),
    bi('ปีก่อน', 'Last year'),
  ],
  measures: [
    bi('มาตรการ', 'Measure'),
    bi('วิธีดำเนินการ', 'Method'),
    bi('ผู้รับผิดชอบ', 'Responsible'),
    bi('ระยะเวลา', 'Period'),
    bi('สถานะ', 'Status'),
    bi('ตัวชี้วัด', 'Indicator'),
    // The columns the reports print: monitoring (the plan), result and outcome (the progress reports).
    bi('การกำกับติดตาม', 'Monitoring'),
    bi('ผลการดำเนินการ', 'Result'),
    bi('ผลลัพธ์', 'Outcome'),
  ],
};

const STATUS_WORDS: Record<Lang, string[]> = {
  th: ['ยังไม่ได้ดำเนินการ', 'อยู่ระหว่างดำเนินการ', 'ดำเนินการแล้วเสร็จ'],
  en: ['not started', 'in progress', 'done'],
};
const YES_NO: Record<Lang, string[]> = { th: ['มี', 'ไม่มี'], en: ['yes', 'no'] };

/**
 * The period a planner types for a measure that answers this year's result: the first half of
 * the next fiscal year, which starts in October (2566's result: ต.ค.66-มี.ค.67).
 */
function firstHalf(fw: Framework): Bilingual {
  const ce = fw.fiscalYear - 543;
  return bi(`ต.ค.${fw.fiscalYear % 100}-มี.ค.${(fw.fiscalYear + 1) % 100}`, `Oct ${ce} – Mar ${ce + 1}`);
}

const HOWTO: Record<Lang, (fw: Framework) => string[]> = {
  th: (fw) => [
    'วิธีใช้สมุดงาน ITA Planner',
    '1. ชีต "ตั้งค่า": กรอกปีงบประมาณ (พ.ศ. หรือ ค.ศ.), ชื่อหน่วยงาน, เป้าหมาย (ค่าเริ่มต้น 85) และวันที่ใช้ตรวจมาตรการที่เกินกำหนด',
    '   ถ้ามีผลที่ ป.ป.ช. ประกาศ ให้กรอกที่แถว "คะแนนที่ประกาศ" (และ IIT, EIT, OIT ถ้ามี): ถ้าไม่ตรงกับที่คำนวณได้ ปัญหาแรกจะบอกว่าเซลล์ใดน่าจะพิมพ์ผิด เช่น "ตัวชี้วัดที่ 9 ที่กรอก 85.00 ถ้าเป็น 95.00 จะได้ 85.66"',
    '   แถว "เพิ่มคะแนนการรับรู้ได้ปีละ" (ค่าเริ่มต้น 5): แผนยกระดับจะไม่ขอให้ตัวชี้วัด IIT/EIT เพิ่มเกินปีละเท่านี้',
    `2. ชีต "คะแนน": กรอกคะแนนรายตัวชี้วัด ${indicatorRange(fw)} (0–100) หรือคะแนนรายข้อในคอลัมน์ "ข้อ" (${itemRanges(fw)}) และคะแนนปีก่อนถ้ามี`,
    '3. ชีต "OIT": เลือก มี/ไม่มี ของแต่ละข้อ พร้อมลิงก์ https:// ของหน้าเว็บไซต์หน่วยงานที่เผยแพร่ข้อมูล และผลปีก่อนในคอลัมน์ "ปีก่อน" ถ้ามี (เทียบรายข้อเฉพาะข้อที่เป็นเรื่องเดียวกับปีก่อน) — ถ้ามีแต่คะแนนรายตัวชี้วัด ปล่อยชีตนี้ว่างไว้ได้',
    `4. ชีต "มาตรการ": หนึ่งแถวต่อหนึ่งมาตรการ ระบุผู้รับผิดชอบ ระยะเวลา (เช่น ${firstHalf(fw).th}) สถานะ และตัวชี้วัดที่มาตรการนั้นช่วยยกระดับ`,
    '5. เปิด ITA Planner แล้วกด "คำนวณใหม่": โปรแกรมจะสร้างชีต "สรุปผล ITA" พร้อมสูตร และชีต "ปัญหาที่พบ ITA" ถ้ามีสิ่งที่ต้องแก้ไข',
    `6. ชีต "เกณฑ์การประเมิน": เกณฑ์ปี ${fw.fiscalYear} ที่โปรแกรมใช้${fw.provisional ? ' (ชั่วคราว แถวที่แรเงายังไม่ได้ยืนยัน)' : ''} — แก้เมื่อคู่มือการประเมินของ ป.ป.ช. ปีนี้ต่างไป (ข้อ OIT ชื่อข้อ ตัวชี้วัดย่อย น้ำหนัก ระดับผลการประเมิน) ถ้าไม่ต้องการแก้ ลบชีตนี้ได้`,
    'ตัวเลขไทย (๘๕.๖๖), "ร้อยละ ๘๕" และ "85.66 คะแนน" อ่านได้ แต่สูตร Excel อ่านได้เฉพาะตัวเลข: ใช้คำสั่ง "แปลงข้อความเป็นตัวเลข" เมื่อโปรแกรมแนะนำ',
    'ITA Planner ไม่แก้ไขข้อมูลที่ท่านกรอก และไม่ส่งข้อมูลออกนอกเครื่อง',
  ],
  en: (fw) => [
    'How to use this ITA Planner workbook',
    '1. "Settings": the fiscal year (B.E. or C.E.), the agency, the target (default 85) and the date used to judge overdue measures.',
    '   If you have the result the NACC published, type it in "Reported total" (and IIT, EIT, OIT if given): when it differs from the computed one, the first problem names the likely cell, e.g. "indicator 9 at 85.00 would need 95.00 to give 85.66".',
    '   "Perception step per year" (default 5): the gap plan never asks a perception indicator (IIT/EIT) to rise by more than this in a year.',
    `2. "Scores": a score 0–100 for each indicator ${indicatorRange(fw)}, or per question/item in the Item column (${itemRanges(fw)}), and last year's score if known.`,
    '3. "OIT": yes/no for each item, with the https:// link to the page of the agency website that publishes it, and last year\'s answer under "Last year" if known (compared item by item only where the item is the same as last year). With indicator scores only, leave this sheet blank.',
    `4. "Measures": one row per measure with the responsible unit, the period (e.g. ${firstHalf(fw).en}), the status and the indicators it serves.`,
    '5. Open ITA Planner and press "Recompute": it writes the "ITA Summary" sheet with live formulas, and "ITA Problems" when something needs fixing.',
    `6. "Rules": the ${fw.fiscalYear} rules ITA Planner uses${fw.provisional ? ' (provisional: shaded rows are not confirmed)' : ''}. Edit them when the NACC's manual for the year differs (OIT items, titles, sub-indicators, weights, rating levels); delete the sheet to keep the shipped rules.`,
    'Thai digits, "ร้อยละ ๘๕" and "85.66 คะแนน" are read, but Excel formulas read only numbers: use "Convert text to numbers" when suggested.',
    'ITA Planner never changes what you typed and never sends your data anywhere.',
  ],
};

export function headerRow(g: Grid, cells: { th: string; en: string }[], lang: Lang): void {
  cells.forEach((c, i) => g.put(0, i, text(c[lang])));
  g.style(`A1:${a1(0, cells.length - 1)}`, { bold: true, fill: '#DDEBF7', border: true, wrap: true });
}

export function addSheet(plan: WritePlan, g: Grid, widths: number[], freezeRows = 1): void {
  plan.sheets.push({ name: g.sheet, columnWidths: widths, freezeRows });
  plan.blocks.push(g.block());
  plan.styles.push(...g.styles);
}

/** Settings rows: label (th, en), value, and a note in column C saying what the row is for. */
function settingsRows(fw: Framework): [string, string, PlanCell, string, string][] {
  const reportedNote = (what: string, whatEn: string): [string, string] => [
    `${what}ที่ ป.ป.ช. ประกาศ (ถ้ามี): ใช้ตรวจทานคะแนนที่กรอก ถ้าไม่ตรง โปรแกรมจะบอกเซลล์ที่น่าจะพิมพ์ผิด`,
    `The ${whatEn} the NACC published, if you have it: the scores entered are checked against it, and a difference names the likely cell`,
  ];
  return [
    ['ปีงบประมาณ', 'Fiscal year', num(fw.fiscalYear), 'พ.ศ. หรือ ค.ศ.', 'B.E. or C.E.'],
    ['หน่วยงาน', 'Agency', null, '', ''],
    ['เป้าหมาย', 'Target', num(fw.passMark), 'คะแนนที่ถือว่าผ่าน', 'The pass mark'],
    [
      'ณ วันที่',
      'As of',
      null,
      'วันที่ใช้ตรวจมาตรการที่เกินกำหนด (ว่าง = วันนี้)',
      'The date overdue measures are judged on (empty: today)',
    ],
    ['คะแนนที่ประกาศ', 'Reported total', null, ...reportedNote('คะแนนรวม', 'total')],
    ...(['IIT', 'EIT', 'OIT'] as const).map((t): [string, string, PlanCell, string, string] => [
      `คะแนนที่ประกาศ ${t}`,
      `Reported ${t}`,
      null,
      ...reportedNote(`คะแนน ${t} `, `${t} score`),
    ]),
    [
      'เพิ่มคะแนนการรับรู้ได้ปีละ',
      'Perception step per year',
      num(DEFAULT_PERCEPTION_STEP),
      'แผนยกระดับจะให้ตัวชี้วัดการรับรู้ (IIT/EIT) เพิ่มได้ไม่เกินปีละเท่านี้',
      'The gap plan raises a perception indicator (IIT/EIT) by at most this many points a year',
    ],
  ];
}

export function settingsSheet(plan: WritePlan, fw: Framework, lang: Lang): void {
  const g = new Grid(SHEETS[lang].settings, 3);
  const rows = settingsRows(fw);
  rows.forEach(([th, en, v, noteTh, noteEn], r) => {
    g.put(r, 0, text(bi(th, en)[lang]));
    g.put(r, 1, v);
    const note = bi(noteTh, noteEn)[lang];
    if (note) g.put(r, 2, text(note));
  });
  g.style(`A1:A${rows.length}`, { bold: true });
  g.style(`C1:C${rows.length}`, { wrap: true });
  addSheet(plan, g, [26, 40, 70], 0);
}

function scoresSheet(plan: WritePlan, fw: Framework, lang: Lang): void {
  const g = new Grid(SHEETS[lang].scores, HEADERS.scores.length);
  headerRow(g, HEADERS.scores, lang);
  fw.indicators.forEach((ind, i) => {
    g.put(i + 1, 0, num(ind.id));
    g.put(i + 1, 1, text(ind.name[lang]));
    g.put(i + 1, 2, text(ind.tool));
    g.put(i + 1, 4, null, '0.00');
    g.put(i + 1, 5, null, '0.00');
  });
  addSheet(plan, g, [10, 32, 10, 8, 10, 12]);
}

function oitSheet(plan: WritePlan, fw: Framework, lang: Lang): void {
  const g = new Grid(SHEETS[lang].oit, HEADERS.oit.length);
  headerRow(g, HEADERS.oit, lang);
  const items = oitItemCodes(fw).map((code) => itemDef(fw, code)!);
  items.forEach((it, i) => {
    g.put(i + 1, 0, text(it.code));
    g.put(i + 1, 1, text(it.title[lang]));
    g.put(i + 1, 2, text(it.subIndicator ?? ''));
  });
  if (items.length > 0)
    for (const col of ['D', 'F'])
      plan.validations.push({ sheet: g.sheet, range: `${col}2:${col}${items.length + 1}`, list: YES_NO[lang] });
  addSheet(plan, g, [8, 50, 12, 12, 50, 12]);
}

function measuresSheet(plan: WritePlan, lang: Lang): void {
  const g = new Grid(SHEETS[lang].measures, HEADERS.measures.length);
  headerRow(g, HEADERS.measures, lang);
  plan.validations.push({ sheet: g.sheet, range: 'E2:E1000', list: STATUS_WORDS[lang] });
  addSheet(plan, g, [44, 36, 22, 18, 20, 12, 28, 36, 30]);
}

/** The how-to sheet: a title, then one line per row. */
export function howtoSheet(plan: WritePlan, lang: Lang, lines: readonly string[]): void {
  const g = new Grid(SHEETS[lang].howto, 1);
  lines.forEach((line, i) => g.put(i, 0, text(line)));
  g.style('A1', { bold: true, fontSize: 14 });
  g.style(`A2:A${lines.length}`, { wrap: true });
  addSheet(plan, g, [120], 0);
}

/** The rules a template is written with: the year's, or the newest for a year not shipped. */
export function templateFramework(fiscalYear: number): Framework {
  const resolved = resolveFramework(fiscalYear);
  return resolved.ok ? resolved.framework : NEWEST_FRAMEWORK;
}

/** A blank workbook ready to fill: every input sheet, drop-down lists, formats, a how-to. */
export function planTemplate(fiscalYear: number, lang: Lang): WritePlan {
  const framework = templateFramework(fiscalYear);
  const plan = emptyPlan();
  howtoSheet(plan, lang, HOWTO[lang](framework));
  settingsSheet(plan, framework, lang);
  scoresSheet(plan, framework, lang);
  oitSheet(plan, framework, lang);
  measuresSheet(plan, lang);
  rulesSheet(plan, framework, SHEETS[lang].rules, lang);
  plan.activate = SHEETS[lang].scores;
  return plan;
}

/** The template's sheets for the roles the workbook lacks, never touching one that exists. */
export function planMissingSheets(analysis: Analysis, snapshot: WorkbookSnapshot, lang: Lang): WritePlan {
  const plan = emptyPlan();
  const exists = (name: string) => snapshot.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase());
  const missing = (role: SheetRole) =>
    !analysis.found.find((f) => f.role === role)?.sheet && !exists(SHEETS[lang][role]);
  if (missing('settings')) settingsSheet(plan, analysis.framework, lang);
  if (missing('scores')) scoresSheet(plan, analysis.framework, lang);
  if (missing('oit') && oitItemCodes(analysis.framework).length > 0) oitSheet(plan, analysis.framework, lang);
  if (missing('measures')) measuresSheet(plan, lang);
  return plan;
}

export interface NewMeasure {
  measure: string;
  indicator: IndicatorId;
  responsible?: string;
}

/**
 * Appends one measure below the last used row of the Measures sheet (creating
 * the sheet from the template if there is none). Never writes a filled cell.
 */
export function planAppendMeasure(
  analysis: Analysis,
  snapshot: WorkbookSnapshot,
  m: NewMeasure,
  lang: Lang,
): WritePlan {
  const found = analysis.found.find((f) => f.role === 'measures');
  const plan = emptyPlan();
  let sheet: string;
  let row: number;
  let cols: Record<string, number>;
  if (found?.sheet && found.missingColumns.length === 0) {
    sheet = found.sheet;
    const snap = snapshot.sheets.find((s) => s.name === sheet);
    row = Math.max((found.headerRow ?? 0) + 1, snap ? snap.top + snap.values.length : 0);
    cols = Object.fromEntries(found.columns.map((c) => [c.key, c.col]));
  } else if (!found?.sheet && !snapshot.sheets.some((s) => s.name === SHEETS[lang].measures)) {
    measuresSheet(plan, lang);
    sheet = SHEETS[lang].measures;
    row = 1;
    cols = { measure: 0, method: 1, responsible: 2, period: 3, status: 4, indicator: 5 };
  } else {
    const name = found?.sheet ?? SHEETS[lang].measures;
    throw new BilingualError(
      bi(
        `ชีต "${name}" ไม่มีหัวคอลัมน์ "มาตรการ" และ "ผู้รับผิดชอบ" จึงเพิ่มแถวไม่ได้ — เพิ่มหัวคอลัมน์ทั้งสองในแถวหัวตาราง แล้วลองอีกครั้ง`,
        `Sheet "${name}" has no "Measure" and "Responsible" headers, so no row can be added; add both headers to its header row and try again`,
      ),
    );
  }
  const values: Record<string, string> = {
    measure: m.measure,
    responsible: m.responsible ?? '',
    // A measure answers this year's result in the next fiscal year (firstHalf above).
    period: bi(`ปีงบประมาณ ${analysis.fiscalYear + 1}`, `fiscal year ${analysis.fiscalYear + 1}`)[lang],
    status: STATUS_WORDS[lang][0],
    indicator: bi(`ตัวชี้วัดที่ ${m.indicator}`, `Indicator ${m.indicator}`)[lang],
  };
  const used = Object.keys(values).filter((k) => cols[k] !== undefined && values[k] !== '');
  const left = Math.min(...used.map((k) => cols[k]));
  const right = Math.max(...used.map((k) => cols[k]));
  const cells: PlanCell[] = new Array(right - left + 1).fill(null);
  for (const k of used) cells[cols[k] - left] = text(values[k]);
  plan.blocks.push({ sheet, top: row, left, cells: [cells] });
  plan.activate = sheet;
  return plan;
}
