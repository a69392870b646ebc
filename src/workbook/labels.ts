import { Framework } from '../domain/framework';
import { RatingRoute, Route, shortOfGoal } from '../domain/gap';
import { Lang } from '../domain/text';

type Worths = { tool: string; worth: number }[];

/** Text the add-in writes into workbooks, in the workbook's language. */
const TH = {
  lang: 'th' as Lang,
  title: 'ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)',
  agency: 'หน่วยงาน',
  fiscalYear: 'ปีงบประมาณ',
  provisional: 'เกณฑ์ชั่วคราว',
  computedAt: 'คำนวณเมื่อ',
  asOf: 'ข้อมูล ณ วันที่',
  total: 'คะแนนรวม',
  grade: 'ระดับผลการประเมิน',
  target: 'เป้าหมาย',
  pass: 'ผ่านเป้าหมาย',
  gapToTarget: 'ขาดอีก (ถึงเป้าหมาย)',
  gapToNextGrade: 'ขาดอีก (ถึงระดับถัดไป)',
  passWord: 'ผ่าน',
  failWord: 'ไม่ผ่าน',
  strength: 'จุดแข็ง',
  weakness: 'ต้องปรับปรุงพัฒนา',
  indicatorShort: 'ตัวชี้วัดที่',
  totalWord: 'คะแนนรวม',
  atTarget: (t: number) => `คะแนนรวมถึงเป้าหมาย ${t.toFixed(2)} แล้ว`,
  toTarget: (t: number, gap: number, step: number) =>
    `ถึงเป้าหมาย ${t.toFixed(2)} ต้องเพิ่มคะแนนรวมอีก ${gap.toFixed(2)}: เผยแพร่ข้อมูล OIT ก่อน แล้วยกตัวชี้วัด IIT/EIT ไม่เกินปีละ ${step.toFixed(2)} คะแนน`,
  toGrade: (g: string, gap: number) => `ถึงระดับ ${g} ต้องเพิ่มอีก ${gap.toFixed(2)}:`,
  unreachable: (r: Route, goal: number, step: number) => shortOfGoal(r, goal, step).th,
  worthLine: (w: Worths) =>
    `คะแนน 1 คะแนนในตัวชี้วัด ${w.map((x, i) => `${x.tool}${i === 0 ? ' เพิ่มคะแนนรวม' : ''} ${x.worth.toFixed(2)}`).join(', ')}`,
  provisionalLine: (fw: Framework) =>
    fw.origin === 'workbook'
      ? `เกณฑ์ปี ${fw.fiscalYear} ตามชีตเกณฑ์การประเมินของสมุดงานนี้ (ชั่วคราว: ยังไม่ได้ตรวจกับคู่มือของ ป.ป.ช.)`
      : `เกณฑ์ชั่วคราว: เกณฑ์ปี ${fw.basedOn ?? fw.fiscalYear} มาจากหน้าเว็บของหน่วยงานต่าง ๆ ไม่ใช่คู่มือของ ป.ป.ช.${fw.basedOn ? ` (ยังไม่มีเกณฑ์ปี ${fw.fiscalYear})` : ''} — ตรวจสอบและแก้ในชีต "เกณฑ์การประเมิน" ได้`,
  rating: 'ระดับคุณธรรม',
  toRating: (r: RatingRoute) =>
    `ถึงระดับ${r.name.th}${r.tools.length > 0 ? `: ยก ${r.tools.map((x) => `${x.tool} จาก ${x.from.toFixed(2)} เป็น ${x.to.toFixed(2)}`).join(' และ ')}` : ''}${r.route.gap > 0 ? `${r.tools.length > 0 ? ' และเพิ่ม' : ' ต้องเพิ่ม'}คะแนนรวมอีก ${r.route.gap.toFixed(2)}` : ''}:`,
  sameSteps: 'ขั้นตอนเดียวกับข้างบน',
  publishItems: (items: readonly string[]) => `เผยแพร่ ${items.join(', ')}`,
  measuresTotal: 'มาตรการทั้งหมด',
  statusUnknown: 'ไม่ระบุสถานะ',
  overdue: 'เกินกำหนด',
  percentDone: 'ดำเนินการแล้วเสร็จ (ร้อยละ)',
  uncovered: 'ตัวชี้วัดที่ต้องปรับปรุงแต่ยังไม่มีมาตรการ',
  andMore: (n: number) => `และอีก ${n} รายการ`,
  notListed: 'ไม่มีในรายการ (นับเป็น 0)',
  subIndicator: 'ตัวชี้วัดย่อย',
  problemsTitle: 'ปัญหาที่พบในสมุดงาน (ITA Planner)',
  problemsCount: (e: number, w: number) => `ข้อผิดพลาด ${e} รายการ (ต้องแก้ก่อนจึงจะคำนวณผล) · คำเตือน ${w} รายการ`,
  colSeverity: 'ระดับ',
  colWhere: 'ตำแหน่ง',
  colMessage: 'รายละเอียด',
  colCode: 'รหัส',
  error: 'ข้อผิดพลาด',
  warning: 'คำเตือน',
  passVsTarget: 'ผลเทียบเป้าหมาย',
  gradeShort: 'ระดับ AA–F',
  nextGrade: 'ระดับถัดไป',
  weaknessShort: 'ต้องปรับปรุง',
  strengthsLine: (target: string, ids: string) => `จุดแข็ง (คะแนนตั้งแต่ ${target}): ${ids || 'ไม่มี'}`,
  weaknessesLine: (ids: string) => `ต้องปรับปรุงพัฒนา: ${ids || 'ไม่มี'}`,
  changeLine: (up: number, down: number, best: string, worst: string) =>
    `เทียบกับปีก่อน: ดีขึ้น ${up} ตัวชี้วัด ลดลง ${down} ตัวชี้วัด${best ? ` · เพิ่มขึ้นมากที่สุด ${best}` : ''}${worst ? ` · ลดลงมากที่สุด ${worst}` : ''}`,
  noPrevious: 'เทียบกับปีก่อน: ไม่มีคะแนนปีก่อนในสมุดงาน',
  suggestionsTitle: 'ข้อเสนอแนะรายตัวชี้วัด',
  noSuggestions: 'ทุกตัวชี้วัดถึงเป้าหมายและเผยแพร่ข้อมูล OIT ครบ',
  page: 'หน้า',
  of: 'จาก',
  chartData: 'ข้อมูลแผนภูมิ (Excel)',
  chartTitle: 'คะแนนรายตัวชี้วัดเทียบเป้าหมาย',
  periodEnd: 'สิ้นสุด',
  status: 'สถานะ',
  link: 'ลิงก์',
  /** An overdue measure's link: the row of the measures sheet, which a printout can still find. */
  seeRow: (row: number) => `ดูแถว ${row}`,
  measure: 'มาตรการ',
  overdueTitle: 'มาตรการที่เกินกำหนด',
};

export type L = typeof TH;

const EN: L = {
  lang: 'en',
  title: 'Integrity and Transparency Assessment (ITA): summary',
  agency: 'Agency',
  fiscalYear: 'Fiscal year',
  provisional: 'provisional rules',
  computedAt: 'Computed',
  asOf: 'as of',
  total: 'Total',
  grade: 'Grade',
  target: 'Target',
  pass: 'Meets target',
  gapToTarget: 'Points to target',
  gapToNextGrade: 'Points to next grade',
  passWord: 'Pass',
  failWord: 'Below target',
  strength: 'Strength',
  weakness: 'Needs improvement',
  indicatorShort: 'Indicator',
  totalWord: 'total',
  atTarget: (t) => `The total has reached the target of ${t.toFixed(2)}`,
  toTarget: (t, gap, step) =>
    `To reach the target of ${t.toFixed(2)} the total needs ${gap.toFixed(2)} more: OIT first, then IIT/EIT indicators up by ${step.toFixed(2)} points a year at most:`,
  toGrade: (g, gap) => `To reach ${g}, ${gap.toFixed(2)} more:`,
  unreachable: (r, goal, step) => shortOfGoal(r, goal, step).en,
  worthLine: (w) =>
    `One point on ${w.map((x, i) => (i === 0 ? `an ${x.tool} indicator adds ${x.worth.toFixed(2)} to the total` : `${x.tool} ${x.worth.toFixed(2)}`)).join(', on ')}`,
  provisionalLine: (fw) =>
    fw.origin === 'workbook'
      ? `The ${fw.fiscalYear} rules come from this workbook's Rules sheet (provisional: not checked against the NACC's manual)`
      : `Provisional rules: the ${fw.basedOn ?? fw.fiscalYear} rules come from agencies' public pages, not from the NACC's manual${fw.basedOn ? ` (nothing is shipped for ${fw.fiscalYear})` : ''}; check them and correct them on the "Rules" sheet`,
  rating: 'Rating',
  toRating: (r) =>
    `To reach ${r.name.en}${r.tools.length > 0 ? `: raise ${r.tools.map((x) => `${x.tool} from ${x.from.toFixed(2)} to ${x.to.toFixed(2)}`).join(' and ')}` : ''}${r.route.gap > 0 ? `${r.tools.length > 0 ? ' and' : ','} raise the total by ${r.route.gap.toFixed(2)}` : ''}:`,
  sameSteps: 'the same steps as above',
  publishItems: (items) => `publish ${items.join(', ')}`,
  measuresTotal: 'Measures',
  statusUnknown: 'No status',
  overdue: 'Overdue',
  percentDone: 'Done (percent)',
  uncovered: 'Weak indicators without a measure',
  andMore: (n) => `and ${n} more`,
  notListed: 'not listed (counts as 0)',
  subIndicator: 'Sub-indicators',
  problemsTitle: 'Problems found in this workbook (ITA Planner)',
  problemsCount: (e, w) => `${e} errors (fix these before results are written) · ${w} warnings`,
  colSeverity: 'Severity',
  colWhere: 'Cell',
  colMessage: 'Details',
  colCode: 'Code',
  error: 'Error',
  warning: 'Warning',
  passVsTarget: 'Against target',
  gradeShort: 'Grade',
  nextGrade: 'Next grade',
  weaknessShort: 'Improve',
  strengthsLine: (target, ids) => `Strengths (${target} or more): ${ids || 'none'}`,
  weaknessesLine: (ids) => `Needs improvement: ${ids || 'none'}`,
  changeLine: (up, down, best, worst) =>
    `Against last year: ${up} indicators up, ${down} down${best ? ` · largest rise ${best}` : ''}${worst ? ` · largest fall ${worst}` : ''}`,
  noPrevious: 'Against last year: no previous scores in this workbook',
  suggestionsTitle: 'Suggestions by indicator',
  noSuggestions: 'Every indicator meets the target and every OIT item is published',
  page: 'Page',
  of: 'of',
  chartData: 'Chart data (Excel)',
  chartTitle: 'Indicator scores against the target',
  periodEnd: 'Ends',
  status: 'Status',
  link: 'Link',
  seeRow: (row) => `See row ${row}`,
  measure: 'Measure',
  overdueTitle: 'Overdue measures',
};

export function labels(lang: Lang): L {
  return lang === 'th' ? TH : EN;
}
