import { Certainty, OitItemRow, OitTable } from './framework';
import { SUB_INDICATOR_NAMES } from './framework-common';
import { bi } from './text';

/** One OIT item row: code, Thai and English title, meaning keys, and how sure we are of it. */
export function oitItem(code: string, th: string, en: string, topics: string[], certainty?: Certainty): OitItemRow {
  return { code, title: bi(th, en), topics, ...(certainty ? { certainty } : {}) };
}

type SubId = keyof typeof SUB_INDICATOR_NAMES;

export function oitSub(id: SubId, items: OitItemRow[], certainty?: Certainty): OitTable[number] {
  return { id, name: SUB_INDICATOR_NAMES[id], items, ...(certainty ? { certainty } : {}) };
}

/** OIT 2565, 43 items (spec §4, from seed 003's tables). Topics name each item's meaning. */
export const OIT_2565: OitTable = [
  oitSub('9.1', [
    oitItem('O1', 'โครงสร้าง', 'Organisation structure', ['structure']),
    oitItem('O2', 'ข้อมูลผู้บริหาร', 'Executives', ['executives']),
    oitItem('O3', 'อำนาจหน้าที่', 'Powers and duties', ['powers']),
    oitItem('O4', 'แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน', 'Strategic or development plan', ['strategic-plan']),
    oitItem('O5', 'ข้อมูลการติดต่อ', 'Contact information', ['contact']),
    oitItem('O6', 'กฎหมายที่เกี่ยวข้อง', 'Relevant laws', ['laws']),
    oitItem('O7', 'ข่าวประชาสัมพันธ์', 'News and announcements', ['news']),
    oitItem('O8', 'Q&A', 'Q&A', ['questions']),
    oitItem('O9', 'Social Network', 'Social network', ['social-network']),
  ]),
  oitSub('9.2', [
    oitItem('O10', 'แผนดำเนินงานประจำปี', 'Annual operating plan', ['annual-plan']),
    oitItem('O11', 'รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ 6 เดือน', 'Six-month monitoring report on the annual plan', [
      'annual-plan-progress',
    ]),
    oitItem('O12', 'รายงานผลการดำเนินงานประจำปี', 'Annual performance report', ['annual-report']),
    oitItem('O13', 'คู่มือหรือมาตรฐานการปฏิบัติงาน', 'Work manual or standard', ['work-manual']),
    oitItem('O14', 'คู่มือหรือมาตรฐานการให้บริการ', 'Service manual or standard', ['service-manual']),
    oitItem('O15', 'ข้อมูลเชิงสถิติการให้บริการ', 'Service statistics', ['service-statistics']),
    oitItem('O16', 'รายงานผลการสำรวจความพึงพอใจการให้บริการ', 'Service satisfaction survey report', [
      'satisfaction-survey',
    ]),
    oitItem('O17', 'E-Service', 'E-Service', ['e-service']),
  ]),
  oitSub('9.3', [
    oitItem('O18', 'แผนการใช้จ่ายงบประมาณประจำปี', 'Annual budget spending plan', ['budget-plan']),
    oitItem('O19', 'รายงานการกำกับติดตามการใช้จ่ายงบประมาณ รอบ 6 เดือน', 'Six-month budget monitoring report', [
      'budget-progress',
    ]),
    oitItem('O20', 'รายงานผลการใช้จ่ายงบประมาณประจำปี', 'Annual budget spending report', ['budget-report']),
    oitItem('O21', 'แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ', 'Procurement plan', ['procurement-plan']),
    oitItem('O22', 'ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง', 'Procurement announcements', ['procurement-announcements']),
    oitItem('O23', 'สรุปผลการจัดซื้อจัดจ้างรายเดือน', 'Monthly procurement summary', ['procurement-monthly']),
    oitItem('O24', 'รายงานผลการจัดซื้อจัดจ้างประจำปี', 'Annual procurement report', ['procurement-report']),
  ]),
  oitSub('9.4', [
    oitItem('O25', 'นโยบายการบริหารทรัพยากรบุคคล', 'HR management policy', ['hr-policy']),
    oitItem('O26', 'การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล', 'Implementation of the HR policy', ['hr-actions']),
    oitItem('O27', 'หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล', 'HR management and development criteria', ['hr-criteria']),
    oitItem('O28', 'รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี', 'Annual HR management and development report', [
      'hr-report',
    ]),
  ]),
  oitSub('9.5', [
    oitItem('O29', 'แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต', 'Guideline for handling corruption complaints', [
      'complaint-guideline',
    ]),
    oitItem('O30', 'ช่องทางแจ้งเรื่องร้องเรียนการทุจริต', 'Channels for corruption complaints', ['complaint-channels']),
    oitItem('O31', 'ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี', 'Annual corruption complaint statistics', [
      'complaint-statistics',
    ]),
    oitItem('O32', 'ช่องทางการรับฟังความคิดเห็น', 'Channels for public opinion', ['opinion-channels']),
    oitItem('O33', 'การเปิดโอกาสให้เกิดการมีส่วนร่วม', 'Opportunities for participation', ['participation']),
  ]),
  oitSub('10.1', [
    oitItem(
      'O34',
      'เจตจำนงสุจริตของผู้บริหาร / นโยบายไม่รับของขวัญ (No Gift Policy)',
      "Executive's statement of integrity / No Gift Policy",
      ['integrity-pledge'],
    ),
    oitItem('O35', 'การมีส่วนร่วมของผู้บริหาร', "Executives' participation", ['executive-involvement']),
    oitItem('O36', 'การประเมินความเสี่ยงการทุจริตประจำปี', 'Annual corruption risk assessment', ['risk-assessment']),
    oitItem('O37', 'การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต', 'Actions to manage corruption risks', ['risk-actions']),
    oitItem('O38', 'การเสริมสร้างวัฒนธรรมองค์กร', 'Strengthening organisational culture', ['integrity-culture']),
    oitItem('O39', 'แผนปฏิบัติการป้องกันการทุจริต', 'Corruption prevention action plan', ['prevention-plan']),
    oitItem(
      'O40',
      'รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต รอบ 6 เดือน',
      'Six-month corruption prevention monitoring report',
      ['prevention-progress'],
    ),
    oitItem('O41', 'รายงานผลการดำเนินการป้องกันการทุจริตประจำปี', 'Annual corruption prevention report', [
      'prevention-report',
    ]),
  ]),
  oitSub('10.2', [
    oitItem(
      'O42',
      'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
      'Internal measures to promote integrity and transparency',
      ['integrity-measures'],
    ),
    oitItem(
      'O43',
      'การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส',
      'Implementation of the integrity and transparency measures',
      ['integrity-measures-report'],
    ),
  ]),
];

/**
 * OIT 2566 (and, inferred, 2567): 43 items re-arranged (spec §4, one source);
 * titles vary by source, so they stay generic and carry no meaning keys.
 */
function generic(first: number, last: number): OitItemRow[] {
  return Array.from({ length: last - first + 1 }, (_, i) => {
    const code = `O${first + i}`;
    return { code, title: bi(`ข้อ ${code}`, `Item ${code}`), certainty: '1' as const };
  });
}

export const OIT_2566: OitTable = [
  oitSub('9.1', generic(1, 10), '1'),
  oitSub('9.2', generic(11, 18), '1'),
  oitSub('9.3', generic(19, 22), '1'),
  oitSub('9.4', generic(23, 26), '1'),
  oitSub('9.5', generic(27, 30), '1'),
  oitSub('10.1', generic(31, 41), '1'),
  oitSub('10.2', generic(42, 43), '1'),
];

/** 2567: most likely 2566's arrangement (spec §7, '?'). */
export const OIT_2567: OitTable = OIT_2566.map((sub) => ({
  ...sub,
  certainty: '?',
  items: sub.items.map((it) => ({ ...it, certainty: '?' as const })),
}));
