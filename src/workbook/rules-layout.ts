import { bi, Bilingual } from '../domain/text';

/** The rules sheet's tables (workbook contract: Rules), shared by the reader and the template. */
export interface RulesSection {
  key:
    | 'tools'
    | 'indicators'
    | 'subIndicators'
    | 'items'
    | 'grades'
    | 'rating'
    | 'passMark'
    | 'answerScores'
    | 'questionScales'
    | 'minRespondents';
  title: Bilingual;
  aliases: readonly string[];
}

export const RULES_SHEET_NAMES = ['เกณฑ์การประเมิน', 'Rules', 'เกณฑ์', 'กรอบการประเมิน', 'Framework'];

export const RULES_SECTIONS: readonly RulesSection[] = [
  { key: 'tools', title: bi('เครื่องมือและน้ำหนัก', 'Tools and weights'), aliases: ['เครื่องมือ', 'Tools', 'น้ำหนัก'] },
  { key: 'indicators', title: bi('ตัวชี้วัด', 'Indicators'), aliases: [] },
  { key: 'subIndicators', title: bi('ตัวชี้วัดย่อย', 'Sub-indicators'), aliases: ['Subindicators'] },
  { key: 'items', title: bi('ข้อ OIT', 'OIT items'), aliases: ['รายการ OIT', 'รายการข้อ OIT'] },
  { key: 'grades', title: bi('ช่วงคะแนนและระดับ', 'Grade bands'), aliases: ['ระดับคะแนน', 'Grades'] },
  {
    key: 'rating',
    title: bi('ระดับผลการประเมิน', 'Rating levels'),
    aliases: ['ระดับการประเมิน', 'Rating', 'Named rating'],
  },
  { key: 'passMark', title: bi('เกณฑ์ผ่าน', 'Pass mark'), aliases: ['คะแนนผ่าน'] },
  // The agency's own pre-assessment survey (issue #13): what each answer scores, which questions
  // are yes/no or reverse-worded, and the respondents each tool should have.
  { key: 'answerScores', title: bi('คะแนนคำตอบ', 'Answer scores'), aliases: ['คะแนนของคำตอบ', 'Answer points'] },
  {
    key: 'questionScales',
    title: bi('มาตรวัดคำตอบรายข้อ', 'Answer scale per question'),
    aliases: ['มาตรวัดคำตอบ', 'Question scales'],
  },
  {
    // Not in the template: no figure ships.
    key: 'minRespondents',
    title: bi('จำนวนผู้ตอบขั้นต่ำ', 'Minimum respondents'),
    aliases: ['ผู้ตอบขั้นต่ำ', 'จำนวนผู้ตอบแบบสำรวจขั้นต่ำ', 'Minimum respondents per tool'],
  },
];

/** Sections a complete rules sheet holds (the template writes them); the others are optional extras. */
export const OPTIONAL_RULES_SECTIONS: readonly RulesSection['key'][] = [
  'answerScores',
  'questionScales',
  'minRespondents',
];

export interface RulesColumn {
  key: string;
  label: Bilingual;
  aliases: readonly string[];
  required: boolean;
}

const c = (key: string, th: string, en: string, aliases: string[] = [], required = true): RulesColumn => ({
  key,
  label: bi(th, en),
  aliases: [th, en, ...aliases],
  required,
});
const certainty = c('certainty', 'ความแน่นอน', 'Certainty', ['แหล่งที่มา'], false);

export const RULES_COLUMNS: Record<RulesSection['key'], readonly RulesColumn[]> = {
  tools: [
    c('tool', 'แบบ', 'Tool', ['เครื่องมือ']),
    c('name', 'ชื่อ', 'Name', [], false),
    c('weight', 'น้ำหนัก (%)', 'Weight (%)', ['น้ำหนัก', 'Weight', 'ร้อยละ']),
    certainty,
  ],
  indicators: [
    c('indicator', 'ตัวชี้วัด', 'Indicator', ['ตัวชี้วัดที่']),
    c('tool', 'แบบ', 'Tool', ['เครื่องมือ']),
    c('name', 'ชื่อ', 'Name', [], false),
  ],
  subIndicators: [c('id', 'ตัวชี้วัดย่อย', 'Sub-indicator'), c('name', 'ชื่อ', 'Name', [], false)],
  items: [
    c('code', 'ข้อ', 'Item', ['รหัส', 'Code']),
    c('title', 'หัวข้อ', 'Title', ['ชื่อ'], false),
    c('sub', 'ตัวชี้วัดย่อย', 'Sub-indicator'),
    certainty,
  ],
  grades: [c('grade', 'ระดับ', 'Grade'), c('min', 'คะแนนต่ำสุด', 'Minimum', ['ตั้งแต่', 'From'])],
  rating: [
    c('nameTh', 'ระดับ', 'Level', ['ชื่อระดับ', 'ชื่อ (ไทย)', 'Level (Thai)']),
    c('nameEn', 'ชื่ออังกฤษ', 'English name', ['Level (English)'], false),
    c('minTotal', 'คะแนนรวมขั้นต่ำ', 'Minimum total'),
    c('IIT', 'IIT ขั้นต่ำ', 'IIT minimum', [], false),
    c('EIT', 'EIT ขั้นต่ำ', 'EIT minimum', [], false),
    c('OIT', 'OIT ขั้นต่ำ', 'OIT minimum', [], false),
    certainty,
  ],
  passMark: [],
  answerScores: [
    c('scale', 'มาตรวัด', 'Scale', ['ชนิดคำตอบ']),
    c('answer', 'คำตอบ', 'Answer'),
    c('score', 'คะแนน', 'Score', ['Points']),
    certainty,
  ],
  questionScales: [
    c('code', 'ข้อ', 'Question', ['รหัส', 'Code', 'ข้อคำถาม']),
    c('scale', 'มาตรวัด', 'Scale', ['ชนิดคำตอบ']),
    c('reverse', 'ข้อคำถามเชิงลบ', 'Reverse-worded', ['เชิงลบ', 'กลับด้าน', 'Reverse'], false),
    certainty,
  ],
  minRespondents: [],
};
