import { AnswerScale, GradeBand, IndicatorHead, QuestionScale, RatingRule, SurveySpec, ToolDef } from './framework';
import { bi } from './text';

/** What stays the same in every shipped year (spec §1, §3, §4); each year's file may override. */

export const TOOLS: readonly ToolDef[] = [
  {
    id: 'IIT',
    name: bi('แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)', 'Internal Integrity and Transparency Assessment (IIT)'),
    weight: 0.3,
  },
  {
    id: 'EIT',
    name: bi('แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)', 'External Integrity and Transparency Assessment (EIT)'),
    weight: 0.3,
  },
  {
    id: 'OIT',
    name: bi('แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)', 'Open Data Integrity and Transparency Assessment (OIT)'),
    weight: 0.4,
  },
];

/** Tools with the certainty of their weights for a provisional year (spec §7: IIT 30 % in 2567 from one source). */
export function toolsWithCertainty(iit: '1' | '?'): readonly ToolDef[] {
  return TOOLS.map((t) => ({ ...t, certainty: t.id === 'IIT' ? iit : '?' }));
}

export const GRADE_BANDS: readonly GradeBand[] = [
  { grade: 'AA', min: 95 },
  { grade: 'A', min: 85 },
  { grade: 'B', min: 75 },
  { grade: 'C', min: 65 },
  { grade: 'D', min: 55 },
  { grade: 'E', min: 50 },
  { grade: 'F', min: 0 },
];

export const PASS_MARK = 85;

/**
 * Answer scales of the agencies' own IIT/EIT surveys (spec §4, provisional): the 4-level answers
 * are commonly scored 0 / 50 / 85 / 100 and yes/no 100 / 0. The NACC's manual was not reachable.
 */
export const ANSWER_SCALES: readonly AnswerScale[] = [
  {
    id: 'four-level',
    name: bi('4 ระดับ', '4 levels'),
    answers: [
      {
        label: bi('น้อยที่สุดหรือไม่มีเลย', 'least or none'),
        score: 0,
        words: ['น้อยที่สุดหรือไม่มีเลย', 'น้อยที่สุด หรือ ไม่มีเลย', 'น้อยที่สุด', 'ไม่มีเลย', 'least or none', 'least', 'none'],
      },
      { label: bi('น้อย', 'little'), score: 50, words: ['น้อย', 'little', 'a little'] },
      { label: bi('มาก', 'much'), score: 85, words: ['มาก', 'much', 'a lot'] },
      { label: bi('มากที่สุด', 'most'), score: 100, words: ['มากที่สุด', 'most', 'very much'] },
    ],
    certainty: '?',
  },
  {
    id: 'yes-no',
    name: bi('มี/ไม่มี', 'yes/no'),
    answers: [
      { label: bi('ไม่มี / ไม่ใช่', 'no'), score: 0, words: ['ไม่มี', 'ไม่ใช่', 'no'] },
      { label: bi('มี / ใช่', 'yes'), score: 100, words: ['มี', 'ใช่', 'yes'] },
    ],
    certainty: '?',
  },
];

/**
 * Questions that are not on the 4-level scale, or are worded in reverse, as seed 002 quotes
 * them: E8 and E10 ask "หรือไม่" (is there a channel…), so yes/no (one source); E3 asks how much
 * the staff conceal or distort information, so the least answer is the best (inferred from the
 * wording). The IIT questions' wording is not in our sources: all 4-level, to be corrected on
 * the rules sheet.
 */
export const QUESTION_SCALES: readonly QuestionScale[] = [
  { code: 'E3', scale: 'four-level', reverse: true, certainty: '?' },
  { code: 'E8', scale: 'yes-no', certainty: '1' },
  { code: 'E10', scale: 'yes-no', certainty: '1' },
];

/** The ten indicators; their names and numbers have not changed from 2565 to 2569 (spec §1, §7). */
export const INDICATORS: readonly IndicatorHead[] = [
  { id: 1, tool: 'IIT', name: bi('การปฏิบัติหน้าที่', 'Performance of duties'), aliases: ['ปฏิบัติหน้าที่'] },
  { id: 2, tool: 'IIT', name: bi('การใช้งบประมาณ', 'Use of budget'), aliases: ['ใช้งบประมาณ'] },
  { id: 3, tool: 'IIT', name: bi('การใช้อำนาจ', 'Use of authority'), aliases: ['ใช้อำนาจ'] },
  {
    id: 4,
    tool: 'IIT',
    name: bi('การใช้ทรัพย์สินของราชการ', 'Use of government property'),
    aliases: ['ใช้ทรัพย์สินของราชการ', 'การใช้ทรัพย์สินราชการ'],
  },
  {
    id: 5,
    tool: 'IIT',
    name: bi('การแก้ไขปัญหาการทุจริต', 'Anti-corruption problem solving'),
    aliases: ['แก้ไขปัญหาการทุจริต'],
  },
  { id: 6, tool: 'EIT', name: bi('คุณภาพการดำเนินงาน', 'Quality of operations'), aliases: [] },
  { id: 7, tool: 'EIT', name: bi('ประสิทธิภาพการสื่อสาร', 'Effectiveness of communication'), aliases: [] },
  {
    id: 8,
    tool: 'EIT',
    name: bi('การปรับปรุงการทำงาน', 'Improvement of work'),
    aliases: ['การปรับปรุงระบบการทำงาน', 'ปรับปรุงการทำงาน', 'ปรับปรุงระบบการทำงาน'],
  },
  { id: 9, tool: 'OIT', name: bi('การเปิดเผยข้อมูล', 'Information disclosure'), aliases: ['เปิดเผยข้อมูล'] },
  { id: 10, tool: 'OIT', name: bi('การป้องกันการทุจริต', 'Corruption prevention'), aliases: ['ป้องกันการทุจริต'] },
];

/** I1–I30 six per IIT indicator, E1–E15 five per EIT indicator (spec §4). */
export const SURVEYS: readonly SurveySpec[] = [
  { tool: 'IIT', prefix: 'I', perIndicator: 6 },
  { tool: 'EIT', prefix: 'E', perIndicator: 5 },
];

/** The seven OIT sub-indicators' names (2565 onward; 2568 and 2569 keep them, spec §7 '?'). */
export const SUB_INDICATOR_NAMES = {
  '9.1': bi('ข้อมูลพื้นฐาน', 'Basic information'),
  '9.2': bi('การบริหารงาน', 'Administration'),
  '9.3': bi('การบริหารเงินงบประมาณ', 'Budget management'),
  '9.4': bi('การบริหารและพัฒนาทรัพยากรบุคคล', 'Human resource management and development'),
  '9.5': bi('การส่งเสริมความโปร่งใส', 'Promoting transparency'),
  '10.1': bi('การดำเนินการเพื่อป้องกันการทุจริต', 'Actions to prevent corruption'),
  '10.2': bi('มาตรการภายในเพื่อป้องกันการทุจริต', 'Internal measures to prevent corruption'),
} as const;

/**
 * The named rating, working rule (spec §7, provisional, '?'): below 85 not
 * passed; 85 passed; passed well needs every tool at 85 too; excellent needs
 * a total of 95 and every tool at 85. A tool under 85 caps the level at ผ่าน.
 * The names ผ่าน and ผ่านดี are seen in two sources, ผ่านดีเยี่ยม in one; the
 * thresholds are inferred, so every level is marked '?'.
 */
export const RATING_WORKING_RULE: readonly RatingRule[] = [
  { name: bi('ไม่ผ่าน', 'Not passed'), minTotal: 0, certainty: '?' },
  { name: bi('ผ่าน', 'Passed'), minTotal: 85, certainty: '?' },
  { name: bi('ผ่านดี', 'Passed, good'), minTotal: 85, minTool: { IIT: 85, EIT: 85, OIT: 85 }, certainty: '?' },
  {
    name: bi('ผ่านดีเยี่ยม', 'Passed, excellent'),
    minTotal: 95,
    minTool: { IIT: 85, EIT: 85, OIT: 85 },
    certainty: '?',
  },
];
