import { OitTable } from './framework';
import { oitItem as o, oitSub } from './framework-2565';

/**
 * OIT 2568: 26 items (spec §7). The list comes from one source ('1'); titles
 * marked '?' there are '?' here. The grouping into sub-indicators is inferred
 * ('?'): a planner corrects it on the rules sheet.
 */
export const OIT_2568: OitTable = [
  oitSub(
    '9.1',
    [
      o('O1', 'โครงสร้างและอำนาจหน้าที่', 'Structure, powers and duties', ['structure', 'powers'], '1'),
      o('O2', 'ข้อมูลผู้บริหาร', 'Executives', ['executives'], '?'),
      o('O3', 'ข้อมูลการติดต่อ', 'Contact information', ['contact'], '1'),
      o('O4', 'ข่าวประชาสัมพันธ์', 'News and announcements', ['news'], '1'),
      o('O5', 'แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน', 'Strategic or development plan', ['strategic-plan'], '?'),
    ],
    '?',
  ),
  oitSub(
    '9.2',
    [
      o(
        'O6',
        'แผนและความก้าวหน้าในการดำเนินงานและการใช้จ่ายงบประมาณประจำปี',
        'Annual operating and spending plan and its progress',
        ['annual-plan', 'annual-plan-progress', 'budget-plan', 'budget-progress'],
        '?',
      ),
      o('O7', 'รายงานผลการดำเนินงานประจำปี', 'Annual performance report', ['annual-report', 'budget-report'], '?'),
      o('O8', 'คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่', 'Staff work manual or guideline', ['work-manual'], '1'),
      o('O9', 'คู่มือหรือแนวทางการขอรับบริการ', 'Guide to requesting services', ['service-manual'], '1'),
      o('O10', 'E-Service', 'E-Service', ['e-service'], '1'),
      o('O11', 'ข้อมูลสถิติการให้บริการ', 'Service statistics', ['service-statistics'], '1'),
    ],
    '?',
  ),
  oitSub(
    '9.3',
    [
      o(
        'O12',
        'รายการและความก้าวหน้าการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ',
        'Procurement list and progress',
        ['procurement-plan', 'procurement-announcements', 'procurement-monthly'],
        '1',
      ),
      o('O13', 'รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี', 'Annual procurement report', ['procurement-report'], '1'),
    ],
    '?',
  ),
  oitSub(
    '9.4',
    [
      o(
        'O14',
        'แผนการบริหารและพัฒนาทรัพยากรบุคคล',
        'HR management and development plan',
        ['hr-policy', 'hr-criteria'],
        '1',
      ),
      o(
        'O15',
        'รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี',
        'Annual HR management and development report',
        ['hr-report'],
        '1',
      ),
      o('O16', 'ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม', 'Code of ethics and putting it into practice', ['ethics'], '1'),
    ],
    '?',
  ),
  oitSub(
    '9.5',
    [
      o(
        'O17',
        'แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
        'Guideline for handling complaints of corruption and misconduct',
        ['complaint-guideline'],
        '1',
      ),
      o(
        'O18',
        'ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
        'Channels for complaints of corruption and misconduct',
        ['complaint-channels'],
        '1',
      ),
      o(
        'O19',
        'ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบประจำปี',
        'Annual statistics of corruption and misconduct complaints',
        ['complaint-statistics'],
        '1',
      ),
      o(
        'O20',
        'การเปิดโอกาสให้เกิดการมีส่วนร่วม',
        'Opportunities for participation',
        ['participation', 'opinion-channels'],
        '1',
      ),
    ],
    '?',
  ),
  oitSub(
    '10.1',
    [
      o(
        'O21',
        'ประกาศเจตนารมณ์และการสร้างวัฒนธรรม No Gift Policy',
        'No Gift Policy: declaration and culture',
        ['integrity-pledge', 'no-gift'],
        '1',
      ),
      o(
        'O22',
        'รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา',
        'Report of gifts or benefits received in accordance with custom',
        ['gift-report'],
        '1',
      ),
      o('O23', 'การประเมินความเสี่ยงการให้หรือรับสินบน', 'Bribery risk assessment', ['risk-assessment'], '1'),
      o(
        'O24',
        'รายงานผลการจัดการความเสี่ยงการทุจริตและประพฤติมิชอบประจำปี',
        'Annual report on managing corruption and misconduct risks',
        ['risk-actions'],
        '1',
      ),
    ],
    '?',
  ),
  oitSub(
    '10.2',
    [
      o('O25', 'แผนปฏิบัติการป้องกันการทุจริต', 'Corruption prevention action plan', ['prevention-plan'], '1'),
      o(
        'O26',
        'รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต',
        'Report on the corruption prevention action plan',
        ['prevention-report'],
        '?',
      ),
    ],
    '?',
  ),
];

/** OIT 2569: 26 items, renumbered (spec §7, one source); grouping by the same meanings as 2568's ('?'). */
export const OIT_2569: OitTable = [
  oitSub(
    '9.1',
    [
      o('O1', 'โครงสร้าง หน้าที่และอำนาจ', 'Structure, duties and powers', ['structure', 'powers'], '1'),
      o('O2', 'ข้อมูลผู้บริหาร', 'Executives', ['executives'], '?'),
      o(
        'O3',
        'ข้อมูลการติดต่อและช่องทางการสอบถาม',
        'Contact information and enquiry channels',
        ['contact', 'questions'],
        '1',
      ),
      o('O4', 'ข่าวประชาสัมพันธ์', 'News and announcements', ['news'], '1'),
      o('O5', 'แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน', 'Strategic or development plan', ['strategic-plan'], '1'),
    ],
    '?',
  ),
  oitSub(
    '9.2',
    [
      o(
        'O6',
        'แผนและความก้าวหน้าในการดำเนินงานและการใช้จ่ายงบประมาณ',
        'Operating and spending plan and its progress',
        ['annual-plan', 'annual-plan-progress', 'budget-plan', 'budget-progress'],
        '?',
      ),
      o('O7', 'รายงานผลการดำเนินงานประจำปี', 'Annual performance report', ['annual-report', 'budget-report'], '?'),
      o('O8', 'คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่', 'Staff work manual or guideline', ['work-manual'], '1'),
      o('O9', 'คู่มือหรือแนวทางการขอรับบริการ', 'Guide to requesting services', ['service-manual'], '1'),
      o('O10', 'E-Service', 'E-Service', ['e-service'], '1'),
    ],
    '?',
  ),
  oitSub(
    '9.3',
    [
      o('O11', 'สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน', 'Monthly procurement summary', ['procurement-monthly'], '1'),
      o('O12', 'รายงานผลการจัดซื้อจัดจ้างประจำปี', 'Annual procurement report', ['procurement-report'], '1'),
    ],
    '?',
  ),
  oitSub(
    '9.4',
    [
      o(
        'O13',
        'หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล',
        'HR management and development criteria and plan',
        ['hr-criteria', 'hr-policy'],
        '1',
      ),
      o('O14', 'รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล', 'HR management and development report', ['hr-report'], '1'),
      o('O15', 'ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม', 'Code of ethics and putting it into practice', ['ethics'], '1'),
    ],
    '?',
  ),
  oitSub(
    '9.5',
    [
      o(
        'O16',
        'แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต',
        'Guideline for handling corruption complaints',
        ['complaint-guideline'],
        '1',
      ),
      o('O17', 'ช่องทางแจ้งเรื่องร้องเรียนการทุจริต', 'Channels for corruption complaints', ['complaint-channels'], '1'),
      o('O18', 'ข้อมูลสถิติเรื่องร้องเรียนการทุจริต', 'Corruption complaint statistics', ['complaint-statistics'], '1'),
      o('O19', 'ผลการเปิดโอกาสให้มีส่วนร่วม', 'Results of opening up participation', ['participation'], '1'),
    ],
    '?',
  ),
  oitSub(
    '10.1',
    [
      o(
        'O20',
        'การขับเคลื่อนนโยบาย No Gift Policy และการรับทรัพย์สินโดยธรรมจรรยา',
        'No Gift Policy in practice and gifts received in accordance with custom',
        ['integrity-pledge', 'no-gift', 'gift-report'],
        '1',
      ),
      o('O21', 'การประเมินความเสี่ยงการทุจริต', 'Corruption risk assessment', ['risk-assessment'], '1'),
      o('O22', 'รายงานผลการจัดการความเสี่ยงการทุจริต', 'Report on managing corruption risks', ['risk-actions'], '1'),
      o('O23', 'แผนปฏิบัติการป้องกันการทุจริต', 'Corruption prevention action plan', ['prevention-plan'], '1'),
      o('O24', 'รายงานผลการดำเนินการป้องกันการทุจริต', 'Corruption prevention report', ['prevention-report'], '1'),
    ],
    '?',
  ),
  oitSub(
    '10.2',
    [
      o(
        'O25',
        'การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร',
        'Turning the ITA results into improvements',
        ['integrity-measures'],
        '1',
      ),
      o(
        'O26',
        'รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใส',
        'Report on the actions to promote integrity and transparency',
        ['integrity-measures-report'],
        '1',
      ),
    ],
    '?',
  ),
];
