import { Bilingual, bi } from './text';

export type ToolId = 'IIT' | 'EIT' | 'OIT';
export const TOOL_IDS: readonly ToolId[] = ['IIT', 'EIT', 'OIT'];
export type Grade = 'AA' | 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

export interface ToolDef {
  id: ToolId;
  name: Bilingual;
  /** Share of the total, 0–1 (0.3 = 30 %). */
  weight: number;
}

export interface SubIndicatorDef {
  /** "9.1" */
  id: string;
  name: Bilingual;
  items: readonly string[];
}

export interface IndicatorDef {
  id: number;
  tool: ToolId;
  name: Bilingual;
  /** Other ways reports write the name (seed 003 writes "ใช้อำนาจ"). */
  aliases: readonly string[];
  /** Question or item codes, in order. Empty when the year's list is unknown. */
  items: readonly string[];
  /** OIT only: the indicator is the mean of these, each the mean of its items. */
  subIndicators?: readonly SubIndicatorDef[];
}

export interface ItemDef {
  code: string;
  indicator: number;
  subIndicator?: string;
  title: Bilingual;
}

export interface GradeBand {
  grade: Grade;
  /** Lowest shown total (2 decimals) that earns this grade. */
  min: number;
}

/** A survey answer scale: the score each answer earns (provisional, spec §4). */
export interface AnswerScale {
  id: string;
  answers: readonly { label: Bilingual; score: number }[];
}

/**
 * Provisional (spec §3, 2567 onward): a named rating that may require
 * minimum tool scores as well as a total. Shipped empty; users may add rules.
 */
export interface RatingRule {
  name: Bilingual;
  minTotal: number;
  minTool?: Partial<Record<ToolId, number>>;
}

export interface Framework {
  /** Buddhist Era fiscal year, e.g. 2565. */
  fiscalYear: number;
  provisional: boolean;
  source: string;
  tools: readonly ToolDef[];
  indicators: readonly IndicatorDef[];
  items: readonly ItemDef[];
  gradeBands: readonly GradeBand[];
  /** Default target (เกณฑ์ผ่าน); a workbook may set its own. */
  passMark: number;
  answerScales: readonly AnswerScale[];
  ratingRules: readonly RatingRule[];
}

const TOOLS: readonly ToolDef[] = [
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

const GRADE_BANDS: readonly GradeBand[] = [
  { grade: 'AA', min: 95 },
  { grade: 'A', min: 85 },
  { grade: 'B', min: 75 },
  { grade: 'C', min: 65 },
  { grade: 'D', min: 55 },
  { grade: 'E', min: 50 },
  { grade: 'F', min: 0 },
];

const ANSWER_SCALES: readonly AnswerScale[] = [
  {
    id: 'four-level',
    answers: [
      { label: bi('น้อยที่สุดหรือไม่มีเลย', 'least or none'), score: 0 },
      { label: bi('น้อย', 'little'), score: 50 },
      { label: bi('มาก', 'much'), score: 85 },
      { label: bi('มากที่สุด', 'most'), score: 100 },
    ],
  },
  {
    id: 'yes-no',
    answers: [
      { label: bi('มี / ใช่', 'yes'), score: 100 },
      { label: bi('ไม่มี / ไม่ใช่', 'no'), score: 0 },
    ],
  },
];

/** The ten indicators; their names do not change between years. */
const INDICATOR_NAMES: readonly { id: number; tool: ToolId; name: Bilingual; aliases: string[] }[] = [
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
function surveyItems(prefix: 'I' | 'E', firstIndicator: number, indicators: number, perIndicator: number): ItemDef[] {
  const items: ItemDef[] = [];
  for (let i = 0; i < indicators * perIndicator; i++) {
    const indicator = firstIndicator + Math.floor(i / perIndicator);
    const n = i + 1;
    items.push({
      code: `${prefix}${n}`,
      indicator,
      title:
        prefix === 'I'
          ? bi(`ข้อคำถาม IIT ข้อ ${n}`, `IIT question ${n}`)
          : bi(`ข้อคำถาม EIT ข้อ ${n}`, `EIT question ${n}`),
    });
  }
  return items;
}

type OitTable = readonly {
  id: string;
  name: Bilingual;
  items: readonly [string, string, string][]; // code, Thai title, English title
}[];

/** OIT 2565, 43 items (spec §4, from seed 003's tables). */
const OIT_2565: OitTable = [
  {
    id: '9.1',
    name: bi('ข้อมูลพื้นฐาน', 'Basic information'),
    items: [
      ['O1', 'โครงสร้าง', 'Organisation structure'],
      ['O2', 'ข้อมูลผู้บริหาร', 'Executives'],
      ['O3', 'อำนาจหน้าที่', 'Powers and duties'],
      ['O4', 'แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน', 'Strategic or development plan'],
      ['O5', 'ข้อมูลการติดต่อ', 'Contact information'],
      ['O6', 'กฎหมายที่เกี่ยวข้อง', 'Relevant laws'],
      ['O7', 'ข่าวประชาสัมพันธ์', 'News and announcements'],
      ['O8', 'Q&A', 'Q&A'],
      ['O9', 'Social Network', 'Social network'],
    ],
  },
  {
    id: '9.2',
    name: bi('การบริหารงาน', 'Administration'),
    items: [
      ['O10', 'แผนดำเนินงานประจำปี', 'Annual operating plan'],
      ['O11', 'รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ 6 เดือน', 'Six-month monitoring report on the annual plan'],
      ['O12', 'รายงานผลการดำเนินงานประจำปี', 'Annual performance report'],
      ['O13', 'คู่มือหรือมาตรฐานการปฏิบัติงาน', 'Work manual or standard'],
      ['O14', 'คู่มือหรือมาตรฐานการให้บริการ', 'Service manual or standard'],
      ['O15', 'ข้อมูลเชิงสถิติการให้บริการ', 'Service statistics'],
      ['O16', 'รายงานผลการสำรวจความพึงพอใจการให้บริการ', 'Service satisfaction survey report'],
      ['O17', 'E-Service', 'E-Service'],
    ],
  },
  {
    id: '9.3',
    name: bi('การบริหารเงินงบประมาณ', 'Budget management'),
    items: [
      ['O18', 'แผนการใช้จ่ายงบประมาณประจำปี', 'Annual budget spending plan'],
      ['O19', 'รายงานการกำกับติดตามการใช้จ่ายงบประมาณ รอบ 6 เดือน', 'Six-month budget monitoring report'],
      ['O20', 'รายงานผลการใช้จ่ายงบประมาณประจำปี', 'Annual budget spending report'],
      ['O21', 'แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ', 'Procurement plan'],
      ['O22', 'ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง', 'Procurement announcements'],
      ['O23', 'สรุปผลการจัดซื้อจัดจ้างรายเดือน', 'Monthly procurement summary'],
      ['O24', 'รายงานผลการจัดซื้อจัดจ้างประจำปี', 'Annual procurement report'],
    ],
  },
  {
    id: '9.4',
    name: bi('การบริหารและพัฒนาทรัพยากรบุคคล', 'Human resource management and development'),
    items: [
      ['O25', 'นโยบายการบริหารทรัพยากรบุคคล', 'HR management policy'],
      ['O26', 'การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล', 'Implementation of the HR policy'],
      ['O27', 'หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล', 'HR management and development criteria'],
      ['O28', 'รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี', 'Annual HR management and development report'],
    ],
  },
  {
    id: '9.5',
    name: bi('การส่งเสริมความโปร่งใส', 'Promoting transparency'),
    items: [
      ['O29', 'แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต', 'Guideline for handling corruption complaints'],
      ['O30', 'ช่องทางแจ้งเรื่องร้องเรียนการทุจริต', 'Channels for corruption complaints'],
      ['O31', 'ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี', 'Annual corruption complaint statistics'],
      ['O32', 'ช่องทางการรับฟังความคิดเห็น', 'Channels for public opinion'],
      ['O33', 'การเปิดโอกาสให้เกิดการมีส่วนร่วม', 'Opportunities for participation'],
    ],
  },
  {
    id: '10.1',
    name: bi('การดำเนินการเพื่อป้องกันการทุจริต', 'Actions to prevent corruption'),
    items: [
      [
        'O34',
        'เจตจำนงสุจริตของผู้บริหาร / นโยบายไม่รับของขวัญ (No Gift Policy)',
        "Executive's statement of integrity / No Gift Policy",
      ],
      ['O35', 'การมีส่วนร่วมของผู้บริหาร', "Executives' participation"],
      ['O36', 'การประเมินความเสี่ยงการทุจริตประจำปี', 'Annual corruption risk assessment'],
      ['O37', 'การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต', 'Actions to manage corruption risks'],
      ['O38', 'การเสริมสร้างวัฒนธรรมองค์กร', 'Strengthening organisational culture'],
      ['O39', 'แผนปฏิบัติการป้องกันการทุจริต', 'Corruption prevention action plan'],
      [
        'O40',
        'รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต รอบ 6 เดือน',
        'Six-month corruption prevention monitoring report',
      ],
      ['O41', 'รายงานผลการดำเนินการป้องกันการทุจริตประจำปี', 'Annual corruption prevention report'],
    ],
  },
  {
    id: '10.2',
    name: bi('มาตรการภายในเพื่อป้องกันการทุจริต', 'Internal measures to prevent corruption'),
    items: [
      [
        'O42',
        'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
        'Internal measures to promote integrity and transparency',
      ],
      [
        'O43',
        'การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส',
        'Implementation of the integrity and transparency measures',
      ],
    ],
  },
];

/** OIT 2566, provisional (spec §4): 43 items re-arranged; titles vary by source, so generic. */
const OIT_2566_LAYOUT: readonly [string, string, string, number, number][] = [
  ['9.1', 'ข้อมูลพื้นฐาน', 'Basic information', 1, 10],
  ['9.2', 'การบริหารงาน', 'Administration', 11, 18],
  ['9.3', 'การบริหารเงินงบประมาณ', 'Budget management', 19, 22],
  ['9.4', 'การบริหารและพัฒนาทรัพยากรบุคคล', 'Human resource management and development', 23, 26],
  ['9.5', 'การส่งเสริมความโปร่งใส', 'Promoting transparency', 27, 30],
  ['10.1', 'การดำเนินการเพื่อป้องกันการทุจริต', 'Actions to prevent corruption', 31, 41],
  ['10.2', 'มาตรการภายในเพื่อป้องกันการทุจริต', 'Internal measures to prevent corruption', 42, 43],
];

const OIT_2566: OitTable = OIT_2566_LAYOUT.map(([id, th, en, first, last]) => ({
  id,
  name: bi(th, en),
  items: Array.from({ length: last - first + 1 }, (_, i): [string, string, string] => {
    const code = `O${first + i}`;
    return [code, `ข้อ ${code}`, `Item ${code}`];
  }),
}));

export interface FrameworkParts {
  fiscalYear: number;
  provisional: boolean;
  source: string;
  /** Omit to leave the OIT indicators without an item list (indicator-level scores only). */
  oit?: OitTable;
  tools?: readonly ToolDef[];
  gradeBands?: readonly GradeBand[];
  passMark?: number;
  ratingRules?: readonly RatingRule[];
}

/** Builds a framework from parts; later code uses it for user-defined years too. */
export function buildFramework(parts: FrameworkParts): Framework {
  const oitItems: ItemDef[] = (parts.oit ?? []).flatMap((sub) =>
    sub.items.map(([code, th, en]) => ({
      code,
      indicator: Number(sub.id.split('.')[0]),
      subIndicator: sub.id,
      title: bi(th, en),
    })),
  );
  const items = [...surveyItems('I', 1, 5, 6), ...surveyItems('E', 6, 3, 5), ...oitItems];
  const indicators: IndicatorDef[] = INDICATOR_NAMES.map((ind) => {
    const subs = (parts.oit ?? []).filter((s) => Number(s.id.split('.')[0]) === ind.id);
    return {
      ...ind,
      items: items.filter((it) => it.indicator === ind.id).map((it) => it.code),
      ...(ind.tool === 'OIT' && subs.length > 0
        ? { subIndicators: subs.map((s) => ({ id: s.id, name: s.name, items: s.items.map(([code]) => code) })) }
        : {}),
    };
  });
  return {
    fiscalYear: parts.fiscalYear,
    provisional: parts.provisional,
    source: parts.source,
    tools: parts.tools ?? TOOLS,
    indicators,
    items,
    gradeBands: parts.gradeBands ?? GRADE_BANDS,
    passMark: parts.passMark ?? 85,
    answerScales: ANSWER_SCALES,
    ratingRules: parts.ratingRules ?? [],
  };
}

export const FRAMEWORKS: readonly Framework[] = [
  buildFramework({ fiscalYear: 2565, provisional: false, source: 'spec/ita-scoring.md §1–4; seed 003', oit: OIT_2565 }),
  buildFramework({
    fiscalYear: 2566,
    provisional: true,
    source: 'spec/ita-scoring.md §4 (public agency pages)',
    oit: OIT_2566,
  }),
];

export const NEWEST_FRAMEWORK = FRAMEWORKS[FRAMEWORKS.length - 1];

/** Accepts BE (2565) or CE (2022). Years without a shipped framework return undefined. */
export function frameworkFor(year: number): Framework | undefined {
  const be = year < 2400 ? year + 543 : year;
  return FRAMEWORKS.find((f) => f.fiscalYear === be);
}

/**
 * For years we ship no item list for (2567 onward), a framework with the same
 * indicators and weights but no OIT items: users type indicator-level scores.
 */
export function frameworkForOrFallback(year: number): { framework: Framework; shipped: boolean } {
  const found = frameworkFor(year);
  if (found) return { framework: found, shipped: true };
  const be = year < 2400 ? year + 543 : year;
  return {
    framework: buildFramework({ fiscalYear: be, provisional: true, source: 'no item list shipped for this year' }),
    shipped: false,
  };
}

export function indicatorDef(fw: Framework, id: number): IndicatorDef | undefined {
  return fw.indicators.find((i) => i.id === id);
}

export function itemDef(fw: Framework, code: string): ItemDef | undefined {
  return fw.items.find((i) => i.code === code);
}

export function toolDef(fw: Framework, id: ToolId): ToolDef {
  const t = fw.tools.find((x) => x.id === id);
  if (!t) throw new Error(`framework ${fw.fiscalYear} has no tool ${id}`);
  return t;
}
