import { Framework, itemDef } from './framework';
import { OIT_2565 } from './framework-2565';
import { FRAMEWORKS } from './frameworks';
import { Bilingual, bi } from './text';

/**
 * Improvement-suggestion library: concrete measures a planner at a
 * municipality or SAO can copy into next year's plan, per ITA indicator
 * (by number; indicators have kept their numbers) and per OIT item, written
 * against the first year we ship (keyed by that year's codes) and looked up
 * by meaning, so that other years' renumbered items find theirs.
 *
 * Written in our own words from the agencies' reports in shared/seeds
 * (what they found weak and what they did about it). Pure data: the
 * functions at the bottom only look things up.
 */
export interface Suggestion {
  id: string;
  text: Bilingual;
  /** who typically does it, e.g. สำนักปลัด / Office of the Permanent Secretary */
  responsible?: Bilingual;
}

/** Units found in a typical local administrative organisation. */
const UNIT = {
  executive: bi('นายกฯ (ผู้บริหารท้องถิ่น)', 'Chief executive (mayor or SAO chief)'),
  clerk: bi('ปลัด (หัวหน้าพนักงานส่วนท้องถิ่น)', 'Permanent Secretary (head of staff)'),
  palad: bi('สำนักปลัด', 'Office of the Permanent Secretary'),
  finance: bi('กองคลัง', 'Finance Division'),
  procurement: bi('กองคลัง (งานพัสดุ)', 'Finance Division (procurement unit)'),
  plan: bi('งานนโยบายและแผน', 'Policy and Planning Section'),
  personnel: bi('งานการเจ้าหน้าที่', 'Personnel Section'),
  legal: bi('งานนิติการ', 'Legal Affairs Section'),
  pr: bi('งานประชาสัมพันธ์', 'Public Relations Section'),
  web: bi('ผู้ดูแลเว็บไซต์', 'Website administrator'),
  all: bi('ทุกกอง', 'All divisions'),
  itaTeam: bi('คณะทำงาน ITA', 'ITA working group'),
} as const;

function s(id: string, th: string, en: string, responsible?: Bilingual): Suggestion {
  return responsible ? { id, text: bi(th, en), responsible } : { id, text: bi(th, en) };
}

export const INDICATOR_SUGGESTIONS: Readonly<Record<number, readonly Suggestion[]>> = {
  // ── IIT ────────────────────────────────────────────────────────────────
  1: [
    s(
      'ind1-service-flowcharts',
      'ให้ทุกกองทำแผนผังขั้นตอนของงานบริการแต่ละงาน ระบุเวลาที่ใช้และชื่อเจ้าหน้าที่ผู้รับเรื่อง ติดไว้ที่เคาน์เตอร์และลงเว็บไซต์ ให้เสร็จภายในไตรมาสแรก (ต.ค.–ธ.ค.)',
      'Have every division draw a flowchart for each service it provides, showing how long each step takes and which officer handles it; post it at the counter and on the website by the end of the first quarter (Oct–Dec).',
      UNIT.all,
    ),
    s(
      'ind1-queue-system',
      'ใช้บัตรคิวหรือสมุดรับเรื่องเรียงตามลำดับมาก่อน–หลัง เพื่อให้ผู้มาติดต่อทุกคน ไม่ว่ารู้จักกันเป็นการส่วนตัวหรือไม่ ได้รับบริการแบบเดียวกัน และให้หัวหน้ากองสุ่มตรวจสมุดคิวทุกเดือน',
      'Use queue tickets or a first-come, first-served intake log so that every visitor gets the same service whether or not staff know them personally; division heads spot-check the log every month.',
      UNIT.palad,
    ),
    s(
      'ind1-work-manuals',
      'ทบทวนคู่มือการทำงานของแต่ละตำแหน่งให้ตรงกับระเบียบที่ใช้อยู่ แล้วชี้แจงในการประชุมพนักงานประจำเดือน เพื่อให้ทุกคนทำงานด้วยวิธีเดียวกัน แล้วเสร็จภายในเดือนธันวาคม',
      "Review each position's work manual against the regulations now in force and walk staff through it at the monthly staff meeting so that everyone works the same way; finish by December.",
      UNIT.all,
    ),
    s(
      'ind1-dos-and-donts',
      "ให้ผู้บริหารประกาศแนวทางสิ่งที่พนักงานพึงทำและห้ามทำ (Do & Don't) ในการให้บริการ ย้ำในที่ประชุมทุกเดือน และบันทึกไว้ในรายงานการประชุมเป็นหลักฐาน",
      "Have the executive issue a short list of Do's and Don'ts for serving the public, repeat it at every monthly meeting, and record it in the minutes as evidence.",
      UNIT.executive,
    ),
    s(
      'ind1-counter-feedback',
      'วางแบบประเมินความพึงพอใจแบบไม่ต้องลงชื่อ (กระดาษหรือ QR code) ไว้ที่จุดบริการ สรุปผลทุกไตรมาสเสนอปลัด และแจ้งกองที่ได้คะแนนต่ำให้ปรับปรุง',
      'Place an anonymous satisfaction form (paper or QR code) at each service point, summarise the results every quarter for the Permanent Secretary, and ask low-scoring divisions to improve.',
      UNIT.palad,
    ),
  ],
  2: [
    s(
      'ind2-brief-staff-on-budget',
      'เมื่อข้อบัญญัติงบประมาณประกาศใช้ ให้กองคลังสรุปแผนการใช้เงินของปีเป็นเอกสาร 1–2 หน้า ชี้แจงพนักงานทุกคนในที่ประชุมเดือนตุลาคมหรือพฤศจิกายน และติดไว้ที่บอร์ดภายในสำนักงาน',
      "As soon as the budget ordinance takes effect, the Finance Division summarises the year's spending plan in one or two pages, presents it to all staff at the October or November meeting, and pins it on the office notice board.",
      UNIT.finance,
    ),
    s(
      'ind2-quarterly-spending-update',
      'รายงานยอดเบิกจ่ายจริงเทียบกับแผนให้พนักงานทราบทุกไตรมาส โดยแยกตามกองและแผนงาน พร้อมอธิบายรายการที่เบิกจ่ายช้าหรือเกินแผน',
      'Tell staff every quarter how actual disbursements compare with the plan, broken down by division and programme, and explain any item that is late or over plan.',
      UNIT.finance,
    ),
    s(
      'ind2-staff-query-channel',
      'เปิดช่องทางให้พนักงานสอบถาม ทักท้วง หรือแจ้งเบาะแสเรื่องการใช้เงินและการจัดซื้อจัดจ้างได้โดยไม่ต้องเปิดเผยตัว เช่น กล่องรับความเห็นหรือแบบฟอร์มออนไลน์ และให้ปลัดตอบกลับภายใน 15 วัน',
      'Give staff an anonymous way to ask about, object to or report suspicions over spending and procurement, such as a suggestion box or an online form, and have the Permanent Secretary reply within 15 days.',
      UNIT.clerk,
    ),
    s(
      'ind2-claims-checklist',
      'ทำรายการตรวจสอบสำหรับการเบิกค่าวัสดุ ค่าเดินทาง และการตรวจรับพัสดุให้ตรงกับระเบียบ แจกให้ทุกกองใช้ และให้กองคลังสุ่มตรวจเอกสารเบิกจ่ายอย่างน้อยไตรมาสละครั้ง',
      'Write a checklist for claiming materials and travel costs and for accepting delivered goods, matching the regulations; give it to every division and have the Finance Division spot-check payment files at least once a quarter.',
      UNIT.finance,
    ),
  ],
  3: [
    s(
      'ind3-written-assignments',
      'ออกคำสั่งแบ่งงานเป็นลายลักษณ์อักษรให้ครบทุกตำแหน่ง ลงนามโดยผู้บริหาร แจ้งเวียนทุกคนตั้งแต่ต้นปีงบประมาณ และแก้ไขคำสั่งทุกครั้งที่มีการย้ายคน',
      'Issue written work-assignment orders covering every position, signed by the executive, circulate them to all staff at the start of the fiscal year, and amend them whenever someone is moved.',
      UNIT.personnel,
    ),
    s(
      'ind3-appraisal-criteria',
      'ประกาศเกณฑ์และตัวชี้วัดการประเมินผลงานรายบุคคลก่อนเริ่มแต่ละรอบ (ตุลาคมและเมษายน) และแจ้งผลพร้อมเหตุผลให้ผู้ถูกประเมินทราบเป็นรายคน',
      'Publish the appraisal criteria and individual indicators before each appraisal round starts (October and April), and give each person their result together with the reasons.',
      UNIT.personnel,
    ),
    s(
      'ind3-fair-selection',
      'กำหนดหลักเกณฑ์คัดเลือกคนไปอบรม ดูงาน หรือรับทุน แจ้งให้ทุกคนทราบล่วงหน้า แล้วประกาศรายชื่อผู้ได้รับเลือกพร้อมเหตุผลให้ตรวจสอบได้',
      'Set rules for choosing who goes to training, study visits or scholarships, announce them to everyone in advance, then publish the names of those chosen and why, so anyone can check.',
      UNIT.personnel,
    ),
    s(
      'ind3-grievance-channel',
      'มีช่องทางให้พนักงานร้องทุกข์ได้เมื่อเห็นว่าการมอบงาน การประเมิน หรือการสั่งงานไม่เป็นธรรม หรือถูกสั่งให้ทำเรื่องส่วนตัวของผู้บังคับบัญชา โดยมีคณะกรรมการพิจารณาที่ไม่ใช่ผู้บังคับบัญชาโดยตรง',
      "Provide a grievance channel for staff who feel an assignment, an appraisal or an instruction was unfair, or who were told to do a superior's private errands, reviewed by a panel that excludes their direct superior.",
      UNIT.clerk,
    ),
  ],
  4: [
    s(
      'ind4-borrowing-manual',
      'ทำคู่มือยืม–คืนทรัพย์สินของราชการ ระบุแบบฟอร์ม ผู้มีอำนาจอนุญาต และกำหนดวันคืน ลงเว็บไซต์และแจ้งเวียนทุกกองภายในเดือนธันวาคม',
      'Write a manual for borrowing and returning official property that names the form, who may approve and when items must come back; put it on the website and circulate it to every division by December.',
      UNIT.procurement,
    ),
    s(
      'ind4-custodian-register',
      'แต่งตั้งผู้ดูแลทรัพย์สินประจำแต่ละกอง ให้ลงทะเบียนคุมการยืมทุกครั้ง และสรุปรายการที่ยังไม่คืนเสนอปลัดทุกเดือน',
      'Appoint a property custodian in each division who logs every loan in a register and reports items not yet returned to the Permanent Secretary every month.',
      UNIT.procurement,
    ),
    s(
      'ind4-private-use-examples',
      'ยกตัวอย่างในที่ประชุมว่าอะไรนับเป็นการใช้ของหลวงเพื่อประโยชน์ส่วนตัว เช่น ขับรถส่วนกลางกลับบ้าน หรือนำเครื่องมือไปใช้งานนอกราชการ และแจ้งโทษตามระเบียบให้ชัดเจน',
      'Explain at staff meetings, with examples, what counts as private use of public property, such as driving a pool car home or taking tools for non-official jobs, and state the penalties under the regulations.',
      UNIT.clerk,
    ),
    s(
      'ind4-annual-inventory',
      'ตั้งคณะกรรมการตรวจนับพัสดุประจำปี ตรวจให้ตรงกับทะเบียน รายงานของที่สูญหายหรือชำรุดต่อผู้บริหาร และเผยแพร่สรุปผลให้พนักงานทราบ',
      'Set up an annual stock-count committee that checks property against the register, reports anything lost or damaged to the executive, and shares a summary of the findings with staff.',
      UNIT.procurement,
    ),
  ],
  5: [
    s(
      'ind5-executive-commitment',
      'ให้นายกฯ แถลงต่อพนักงานทุกคนตั้งแต่เดือนตุลาคมว่าจะไม่ยอมรับการทุจริตทุกรูปแบบ พร้อมบอกว่าจะจัดการอย่างไรเมื่อพบ และทบทวนคำมั่นนี้ในที่ประชุมทุกไตรมาส',
      'Have the chief executive tell all staff in October that no form of corruption will be tolerated and what will happen when it is found, and revisit that pledge at a meeting every quarter.',
      UNIT.executive,
    ),
    s(
      'ind5-whistleblower-protection',
      'ตั้งช่องทางรับแจ้งการทุจริตภายในที่เก็บชื่อผู้แจ้งเป็นความลับ กำหนดระยะเวลาตรวจสอบ แต่งตั้งกรรมการสอบข้อเท็จจริงเมื่อมีเรื่อง และแจ้งผลให้ผู้แจ้งทราบ',
      "Set up an internal channel for reporting corruption that keeps the reporter's identity confidential, set a deadline for looking into reports, appoint a fact-finding committee when a case arises, and tell the reporter the outcome.",
      UNIT.legal,
    ),
    s(
      'ind5-analyse-last-ita',
      'นำผล ITA ปีที่แล้วมาวิเคราะห์ร่วมกับหัวหน้าทุกกองภายในเดือนพฤศจิกายน หาข้อคำถามที่ได้คะแนนต่ำ แล้วกำหนดมาตรการแก้ไขที่มีผู้รับผิดชอบและกำหนดเวลาชัดเจน',
      "By November, go through last year's ITA results with every division head, find the lowest-scoring questions, and agree corrective measures with a named owner and a deadline for each.",
      UNIT.itaTeam,
    ),
    s(
      'ind5-track-measures',
      'ติดตามความคืบหน้าของมาตรการป้องกันการทุจริตทุกไตรมาส แจ้งผลให้พนักงานทราบในที่ประชุม และเปิดให้ประชาชนร่วมติดตาม เช่น เชิญผู้แทนชุมชนร่วมเป็นกรรมการตรวจรับงานก่อสร้าง',
      'Check progress on the anti-corruption measures every quarter, report it to staff at meetings, and let citizens watch too, for example by inviting community representatives onto the acceptance committee for construction works.',
      UNIT.clerk,
    ),
  ],
  // ── EIT ────────────────────────────────────────────────────────────────
  6: [
    s(
      'ind6-service-standards',
      'ประกาศมาตรฐานของงานบริการแต่ละงาน ได้แก่ เอกสารที่ต้องใช้ ค่าธรรมเนียม และเวลาที่จะแล้วเสร็จ ไว้ที่จุดบริการ บนเว็บไซต์ และเพจของหน่วยงาน',
      "Publish a service standard for each service (documents required, fees and how long it takes) at the service point, on the website and on the agency's social media page.",
      UNIT.all,
    ),
    s(
      'ind6-cut-steps',
      'ทบทวนงานบริการที่ประชาชนใช้มากที่สุด ตัดขั้นตอนหรือเอกสารที่ระเบียบไม่ได้บังคับ และประกาศระยะเวลาใหม่ที่สั้นลงภายในไตรมาสที่สอง',
      'Review the services citizens use most, drop steps or documents the regulations do not require, and announce the new, shorter processing times by the second quarter.',
      UNIT.all,
    ),
    s(
      'ind6-frontline-training',
      'อบรมเจ้าหน้าที่หน้าเคาน์เตอร์อย่างน้อยปีละครั้ง เรื่องระเบียบที่เปลี่ยนแปลง การให้ข้อมูลที่ถูกต้องครบถ้วน และการปฏิบัติต่อผู้มาติดต่ออย่างเท่าเทียม',
      'Train front-desk staff at least once a year on regulation changes, on giving complete and accurate information, and on treating every visitor equally.',
      UNIT.personnel,
    ),
    s(
      'ind6-no-extra-fees',
      'ติดป้ายที่จุดบริการว่าไม่มีค่าใช้จ่ายอื่นนอกจากที่กฎหมายกำหนด พร้อมเบอร์โทรและ QR code สำหรับแจ้งหากมีการเรียกรับเงินหรือสิ่งของ',
      'Put up a sign at each service point saying no charge is due beyond the legal fee, with a phone number and QR code for reporting any request for money or gifts.',
      UNIT.palad,
    ),
  ],
  7: [
    s(
      'ind7-findable-website',
      'จัดเมนูหน้าแรกของเว็บไซต์ให้หาข้อมูลสำคัญได้ภายในสองคลิก เช่น แผนงาน งบประมาณ ผลงาน คู่มือบริการ และช่องทางร้องเรียน แล้วให้คนนอกหน่วยงานลองหาข้อมูลเพื่อทดสอบก่อนเดือนมีนาคม',
      'Arrange the home-page menu so key information (plans, budget, results, service guides, complaint channels) is at most two clicks away, and have people from outside the agency try finding things before March.',
      UNIT.web,
    ),
    s(
      'ind7-many-channels',
      'เผยแพร่ข่าวและผลงานเรื่องเดียวกันผ่านหลายช่องทาง ทั้งเว็บไซต์ เพจ Facebook, LINE OA, หอกระจายข่าว และบอร์ดหน้าสำนักงาน โดยลงวันที่ทุกครั้ง',
      'Release each news item or result through several channels at once (website, Facebook page, LINE Official Account, village loudspeakers and the notice board outside the office), always dated.',
      UNIT.pr,
    ),
    s(
      'ind7-answer-fast',
      'มอบหมายแอดมินตอบคำถามที่เข้ามาทางเว็บไซต์และสื่อออนไลน์ภายใน 2 วันทำการ ส่งต่อเรื่องที่ตอบเองไม่ได้ให้กองที่รับผิดชอบ และสรุปจำนวนคำถามที่ตอบแล้วทุกเดือน',
      'Assign an admin to answer questions received through the website and social media within two working days, pass anything they cannot answer to the responsible division, and report the number answered each month.',
      UNIT.pr,
    ),
    s(
      'ind7-advance-notice',
      'แจ้งประชาชนล่วงหน้าก่อนกำหนดสำคัญ เช่น วันยื่นชำระภาษี การลงทะเบียนเบี้ยยังชีพ หรือการปิดถนน พร้อมรายการเอกสารที่ต้องเตรียม',
      'Warn residents ahead of key dates such as tax deadlines, allowance registration or road closures, listing the documents they need to bring.',
      UNIT.pr,
    ),
  ],
  8: [
    s(
      'ind8-staff-review-meeting',
      'ให้ผู้บริหารประชุมร่วมกับพนักงานทุกไตรมาสเพื่อทบทวนปัญหาในการทำงาน เลือกเรื่องที่จะปรับปรุง กำหนดผู้รับผิดชอบ และติดตามผลในการประชุมครั้งถัดไป',
      'Hold a quarterly meeting of executives and staff to review problems at work, choose what to improve, name who is responsible, and follow up at the next meeting.',
      UNIT.clerk,
    ),
    s(
      'ind8-go-digital',
      'นำเทคโนโลยีมาลดการเดินทางของประชาชน เช่น ยื่นคำร้องออนไลน์ ชำระภาษีผ่าน QR code หรือแจ้งเหตุผ่าน LINE โดยเริ่มจากบริการที่มีผู้ใช้มากที่สุด',
      'Use technology so residents need not travel, for example online applications, tax payment by QR code or reporting problems through LINE, starting with the most-used services.',
      UNIT.all,
    ),
    s(
      'ind8-you-said-we-did',
      'รวบรวมข้อเสนอแนะจากประชาชน แล้วประกาศบนเว็บไซต์ทุกไตรมาสว่าได้รับข้อเสนออะไรและปรับปรุงอะไรไปแล้ว ในรูปแบบ "ท่านเสนอ–เราปรับ"',
      'Collect residents\' suggestions and post on the website every quarter what was suggested and what has been changed as a result, in a "you said, we did" format.',
      UNIT.pr,
    ),
    s(
      'ind8-community-say',
      'เชิญผู้แทนชุมชนและผู้รับบริการร่วมออกแบบหรือทดลองใช้ขั้นตอนบริการใหม่ก่อนประกาศใช้จริง และบันทึกภาพและรายชื่อผู้เข้าร่วมไว้เป็นหลักฐาน',
      'Invite community representatives and service users to help design or trial a new service procedure before it goes live, and keep photos and attendance lists as evidence.',
      UNIT.all,
    ),
  ],
  // ── OIT ────────────────────────────────────────────────────────────────
  9: [
    s(
      'ind9-item-owner-table',
      'ทำตารางมอบหมายเจ้าของข้อมูลรายข้อ O1–O33 ระบุกองที่ต้องส่งข้อมูล เดือนที่ต้องส่ง และผู้ตรวจทาน ให้ผู้บริหารลงนามสั่งการตั้งแต่เดือนตุลาคม',
      'Draw up a table assigning an owner to each item O1–O33, with the division that supplies the data, the month it is due and who checks it; have the executive sign it as an order in October.',
      UNIT.itaTeam,
    ),
    s(
      'ind9-ita-page',
      'สร้างหน้า ITA บนเว็บไซต์หลักที่มีลิงก์แยกรายข้อ โดยเก็บไฟล์ไว้บนเว็บไซต์ของหน่วยงานเอง ไม่ใช้ลิงก์ไปยังไดรฟ์ส่วนตัวหรือเพจภายนอกแทนหน้าเว็บไซต์',
      "Build an ITA page on the main website with a separate link per item, hosting the files on the agency's own site rather than linking to a personal drive or an outside page instead.",
      UNIT.web,
    ),
    s(
      'ind9-pre-submission-check',
      'ก่อนส่งแบบ OIT ในเดือนเมษายน ให้คณะทำงานตรวจทุกลิงก์ว่าเปิดได้ เป็นข้อมูลของปีที่ประเมิน ลงวันที่และลงนามครบ และตรงตามรายละเอียดที่แต่ละข้อกำหนด',
      'Before the OIT form is submitted in April, have the working group check every link: it opens, the data is for the assessed year, it is dated and signed, and it matches what the item asks for.',
      UNIT.itaTeam,
    ),
    s(
      'ind9-fix-last-year-gaps',
      'ทบทวนข้อที่ไม่ได้คะแนนปีที่แล้ว (เช่น รายงานผลการบริหารงานบุคคลประจำปี) และจัดทำให้เสร็จก่อนข้ออื่น พร้อมพัฒนาทักษะผู้ดูแลเว็บไซต์ให้อัปเดตข้อมูลได้เอง',
      'Start with the items that scored zero last year (for example the annual HR management report) and finish them first, and train the webmaster so they can update content without outside help.',
      UNIT.itaTeam,
    ),
  ],
  10: [
    s(
      'ind10-early-risk-assessment',
      'ประเมินความเสี่ยงด้านการทุจริตของงานที่เสี่ยงสูง เช่น การจัดซื้อจัดจ้าง การออกใบอนุญาต และการจัดเก็บรายได้ ให้เสร็จภายในเดือนธันวาคม แล้ววางมาตรการควบคุมแต่ละความเสี่ยง',
      'Assess the corruption risks of high-risk work such as procurement, permits and revenue collection by December, then set a control measure for each risk.',
      UNIT.plan,
    ),
    s(
      'ind10-internal-measures',
      'นำผลวิเคราะห์ ITA ปีก่อนมาจัดทำมาตรการภายในพร้อมผู้รับผิดชอบและกำหนดเวลา ให้ผู้บริหารลงนามประกาศภายในเดือนมกราคม และแจ้งพนักงานทุกคน',
      "Turn the analysis of last year's ITA into internal measures with owners and deadlines, have the executive sign and announce them by January, and inform every member of staff.",
      UNIT.itaTeam,
    ),
    s(
      'ind10-plan-and-report',
      'จัดทำแผนงานป้องกันการทุจริตรายปี ติดตามผลรอบ 6 เดือน (ต.ค.–มี.ค.) และสรุปผลเมื่อสิ้นปีงบประมาณ โดยให้ทุกรายงานมีวันที่และลายมือชื่อผู้บริหาร',
      'Draw up the annual anti-corruption plan, monitor it at six months (Oct–Mar) and summarise the results at the end of the fiscal year, with every report dated and signed by the executive.',
      UNIT.plan,
    ),
    s(
      'ind10-integrity-culture',
      'ให้นายกฯ ลงนามประกาศ No Gift Policy งดรับของขวัญจากการทำหน้าที่ และจัดกิจกรรมสร้างค่านิยมสุจริต เช่น กิจกรรมในวันต่อต้านคอร์รัปชันสากล 9 ธันวาคม โดยให้ผู้บริหารร่วมกิจกรรมด้วยตนเอง',
      "Have the chief executive sign a No Gift Policy (no gifts accepted for doing one's duty) and run integrity activities, for example on International Anti-Corruption Day (9 December), with the chief executive taking part in person.",
      UNIT.executive,
    ),
  ],
};

/**
 * OIT fiscal year 2565: what to put on the agency's own main website for each
 * item. "Assessed year" = fiscal 2565 (Oct 2021 – Sep 2022); "previous year"
 * = fiscal 2564; "6-month window" = Oct 2021 – Mar 2022.
 */
export const OIT_2565_ITEM_SUGGESTIONS: Readonly<Record<string, readonly Suggestion[]>> = {
  // 9.1 basic information
  O1: [
    s(
      'o2565-O1-org-chart',
      'เผยแพร่แผนผังองค์กรฉบับปัจจุบัน แสดงทั้งฝ่ายบริหารและสภา (ฝ่ายการเมือง) และฝ่ายประจำตั้งแต่ปลัดลงไปถึงกองและฝ่าย พร้อมตำแหน่งสำคัญ และแก้ไขทุกครั้งที่โครงสร้างเปลี่ยน',
      'Publish the current organisation chart showing both the political side (executive and council) and the staff side from the Permanent Secretary down to divisions and sections, with the key positions; update it whenever the structure changes.',
      UNIT.palad,
    ),
  ],
  O2: [
    s(
      'o2565-O2-executives',
      'ลงชื่อ–สกุล รูปถ่าย ตำแหน่ง เบอร์โทรศัพท์ และอีเมลของนายกฯ และรองนายกฯ ทุกคน ตรวจให้ตรงกับผู้ดำรงตำแหน่งปัจจุบันก่อนเดือนมีนาคม',
      'Post the full name, photo, position, phone number and e-mail of the chief executive and every deputy, and check before March that they match the people currently in office.',
      UNIT.palad,
    ),
  ],
  O3: [
    s(
      'o2565-O3-legal-powers',
      'สรุปอำนาจหน้าที่ของหน่วยงานตามกฎหมายจัดตั้ง (พ.ร.บ.เทศบาล หรือ พ.ร.บ.สภาตำบลและ อบต.) และกฎหมายกระจายอำนาจ โดยอ้างมาตราที่เกี่ยวข้อง',
      "Summarise the agency's legal powers and duties under its founding law (the Municipality Act, or the Tambon Council and SAO Act) and the decentralisation law, citing the relevant sections.",
      UNIT.legal,
    ),
  ],
  O4: [
    s(
      'o2565-O4-development-plan',
      'เผยแพร่แผนพัฒนาท้องถิ่นหลายปีที่ครอบคลุมปีที่ประเมิน มีวิสัยทัศน์ ยุทธศาสตร์ เป้าหมาย และตัวชี้วัด รวมถึงฉบับแก้ไขหรือเพิ่มเติมทุกฉบับ',
      'Publish the multi-year local development plan covering the assessed year, with its vision, strategies, targets and indicators, together with every amendment or addendum.',
      UNIT.plan,
    ),
  ],
  O5: [
    s(
      'o2565-O5-contacts',
      'ทำหน้าติดต่อเราที่มีที่อยู่ เบอร์โทรศัพท์ เบอร์โทรสาร อีเมล และแผนที่ Google Maps ที่ปักหมุดสำนักงาน',
      'Make a contact page with the postal address, phone number, fax number, e-mail and a Google Maps pin of the office.',
      UNIT.web,
    ),
  ],
  O6: [
    s(
      'o2565-O6-laws',
      'รวบรวมกฎหมายที่ใช้ในงานจริง ทั้งพระราชบัญญัติ ระเบียบกระทรวงมหาดไทย และข้อบัญญัติท้องถิ่น แยกเป็นหมวด พร้อมลิงก์ไปยังตัวบท โดยไม่ใส่กฎหมายที่ไม่เกี่ยวกับภารกิจ',
      "Compile the laws actually used in the agency's work (Acts, Ministry of Interior regulations and local ordinances), grouped by topic with links to the full texts, leaving out laws unrelated to its duties.",
      UNIT.legal,
    ),
  ],
  O7: [
    s(
      'o2565-O7-news',
      'ลงข่าวกิจกรรมและผลงานตามภารกิจของปีที่ประเมินอย่างสม่ำเสมอ อย่างน้อยเดือนละหลายเรื่อง ทุกข่าวมีวันที่ และรวมไว้ในหน้าข่าวประชาสัมพันธ์หน้าเดียว',
      "Post news of activities and results within the agency's mandate throughout the assessed year, several items a month, each dated and collected on a single news page.",
      UNIT.pr,
    ),
  ],
  O8: [
    s(
      'o2565-O8-qa',
      'เปิดระบบถาม–ตอบบนเว็บไซต์ (เช่น เว็บบอร์ด) ที่ประชาชนพิมพ์คำถามได้และเจ้าหน้าที่ตอบกลับได้ในหน้าเดียวกัน ให้มีคำถามที่ตอบแล้วในปีที่ประเมิน เพราะหน้า FAQ หรือเบอร์โทรอย่างเดียวไม่นับ',
      'Run a question-and-answer system on the website (a web board, for instance) where residents type questions and staff reply on the same page, with answered questions from the assessed year; a static FAQ or a phone number alone does not count.',
      UNIT.web,
    ),
  ],
  O9: [
    s(
      'o2565-O9-social-links',
      'ติดไอคอนลิงก์ไปยังเพจ Facebook, LINE OA หรือช่องทางโซเชียลอื่นของหน่วยงานไว้บนหน้าเว็บไซต์หลัก แล้วส่ง URL ของหน้าเว็บไซต์ที่มีไอคอนนั้น ไม่ใช่ URL ของเพจ',
      "Put icons on the main website that link to the agency's Facebook page, LINE Official Account or other social media, and submit the URL of the website page carrying those icons, not the URL of the page itself.",
      UNIT.web,
    ),
  ],
  // 9.2 administration
  O10: [
    s(
      'o2565-O10-action-plan',
      'เผยแพร่แผนการดำเนินงานของปีงบประมาณที่ประเมิน แสดงโครงการหรือกิจกรรม งบประมาณ และช่วงเวลาดำเนินการ ทันทีที่ผู้บริหารอนุมัติ (ปกติในไตรมาสแรก)',
      'Publish the operating plan for the assessed fiscal year, listing projects or activities, budgets and timing, as soon as the executive approves it (normally in the first quarter).',
      UNIT.plan,
    ),
  ],
  O11: [
    s(
      'o2565-O11-six-month-report',
      'เผยแพร่รายงานติดตามผลตามแผนดำเนินงานของช่วง ต.ค.–มี.ค. แสดงความคืบหน้าของแต่ละโครงการและเงินที่ใช้ไปเทียบกับแผน ระบุวันที่ และมีลายมือชื่อผู้บริหาร ภายในเดือนเมษายน',
      "Publish the 6-month monitoring report on the operating plan covering October to March, showing each project's progress and the money spent against plan, dated and signed by the executive, during April.",
      UNIT.plan,
    ),
  ],
  O12: [
    s(
      'o2565-O12-annual-report',
      'เผยแพร่รายงานสรุปผลตามแผนดำเนินงานของปีงบประมาณก่อนครบ 12 เดือน มีผลงานรายโครงการ ผลการใช้เงิน อุปสรรคที่พบ และข้อเสนอแนะ',
      "Publish the full 12-month report on the previous fiscal year's operating plan, covering results per project, money spent, obstacles met and recommendations.",
      UNIT.plan,
    ),
  ],
  O13: [
    s(
      'o2565-O13-staff-manuals',
      'ลงคู่มือการทำงานสำหรับเจ้าหน้าที่ของงานหลัก เช่น งานจัดเก็บภาษี งานขออนุญาตก่อสร้าง และงานรับเรื่องราวร้องทุกข์ แต่ละเล่มบอกขั้นตอน ผู้รับผิดชอบ และแบบฟอร์มที่ใช้',
      'Post the staff work manuals for core tasks such as tax collection, building permits and handling petitions, each setting out the steps, who is responsible and the forms used.',
      UNIT.all,
    ),
  ],
  O14: [
    s(
      'o2565-O14-service-guides',
      'ลงคู่มือสำหรับประชาชนตามกฎหมายว่าด้วยการอำนวยความสะดวกในการพิจารณาอนุญาต สำหรับทุกงานบริการ บอกขั้นตอน ระยะเวลา เอกสารที่ต้องใช้ ค่าธรรมเนียม และสถานที่หรือช่องทางยื่นเรื่อง',
      'Post the public service guides required by the Licensing Facilitation Act for every service, giving the steps, time taken, documents required, fees and where or how to apply.',
      UNIT.all,
    ),
  ],
  O15: [
    s(
      'o2565-O15-service-stats',
      'เผยแพร่สถิติจำนวนผู้รับบริการรายเดือน แยกตามงานบริการ อย่างน้อยครอบคลุม ต.ค.–มี.ค. ของปีที่ประเมิน และเพิ่มเดือนถัดไปเรื่อย ๆ',
      'Publish monthly counts of service users broken down by service, covering at least October to March of the assessed year and adding later months as they pass.',
      UNIT.palad,
    ),
  ],
  O16: [
    s(
      'o2565-O16-satisfaction-report',
      'เผยแพร่รายงานผลสำรวจความพึงพอใจของผู้รับบริการประจำปีงบประมาณก่อน ไม่ว่าจะสำรวจเองหรือจ้างสถาบันการศึกษาทำ มีวิธีสำรวจ จำนวนผู้ตอบ และคะแนนแยกตามงานบริการ',
      "Publish the previous fiscal year's user-satisfaction survey report, whether done in-house or by a university, stating the method, the number of respondents and the scores per service.",
      UNIT.palad,
    ),
  ],
  O17: [
    s(
      'o2565-O17-e-service',
      'เปิดบริการออนไลน์อย่างน้อยหนึ่งงานตามภารกิจ เช่น ขอรับถังขยะ แจ้งซ่อมไฟฟ้าสาธารณะ หรือยื่นขอรับเบี้ยยังชีพ ที่กดจากหน้าเว็บไซต์หลักแล้วกรอกคำขอได้ทันทีโดยไม่ต้องมาที่สำนักงาน',
      'Offer at least one mandated service online, such as requesting a rubbish bin, reporting a broken street light or applying for an allowance, that opens straight from the main website so residents can file a request without coming to the office.',
      UNIT.web,
    ),
  ],
  // 9.3 budget
  O18: [
    s(
      'o2565-O18-spending-plan',
      'เผยแพร่แผนการใช้จ่ายเงินของปีงบประมาณที่ประเมิน (ต.ค.–ก.ย.) แสดงงบที่ได้รับทั้งหมดและการแบ่งตามแผนงานและประเภทรายจ่าย',
      'Publish the spending plan for the assessed fiscal year (October to September), showing the total budget received and how it is split by programme and type of expenditure.',
      UNIT.finance,
    ),
  ],
  O19: [
    s(
      'o2565-O19-six-month-spending',
      'เผยแพร่รายงานการเบิกจ่ายช่วง ต.ค.–มี.ค. เทียบกับแผน แยกตามแผนงาน พร้อมร้อยละการเบิกจ่าย ระบุวันที่ และมีลายมือชื่อผู้บริหาร ภายในเดือนเมษายน',
      'Publish the October–March disbursement report against plan, by programme and with disbursement percentages, dated and signed by the executive, during April.',
      UNIT.finance,
    ),
  ],
  O20: [
    s(
      'o2565-O20-annual-spending',
      'เผยแพร่รายงานสรุปการใช้เงินทั้งปีของปีงบประมาณก่อน มียอดใช้จริงเทียบกับงบที่ได้รับ ปัญหาที่พบ และแนวทางแก้ไขในปีต่อไป',
      'Publish the full-year spending report for the previous fiscal year, with actual spending against the budget received, problems met and how to fix them next year.',
      UNIT.finance,
    ),
  ],
  O21: [
    s(
      'o2565-O21-procurement-plan',
      'ลงแผนจัดซื้อจัดจ้างประจำปีงบประมาณที่ประเมินฉบับเดียวกับที่ประกาศในระบบ e-GP ไว้บนเว็บไซต์ของหน่วยงานเองด้วย รวมทั้งฉบับปรับปรุงระหว่างปี',
      "Post the assessed year's procurement plan, the same one announced on the e-GP system, on the agency's own website too, including any revisions made during the year.",
      UNIT.procurement,
    ),
  ],
  O22: [
    s(
      'o2565-O22-procurement-notices',
      'ลงประกาศเชิญชวนและประกาศผู้ชนะการเสนอราคาของปีที่ประเมินบนเว็บไซต์ของหน่วยงานทุกครั้งที่ออกประกาศ ไม่ใช่เผยแพร่เฉพาะในระบบ e-GP',
      "Post every invitation to bid and every award announcement of the assessed year on the agency's own website when it is issued, not only on the e-GP system.",
      UNIT.procurement,
    ),
  ],
  O23: [
    s(
      'o2565-O23-monthly-summary',
      'ลงแบบสรุปผลจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1) ทุกเดือนตั้งแต่ตุลาคม แสดงชื่องาน วงเงิน ราคากลาง วิธีซื้อหรือจ้าง ผู้เสนอราคา ผู้ได้รับคัดเลือก และเหตุผลที่เลือก',
      'Post the monthly procurement summary (the form known as Sor Kor Ror 1) every month from October, showing each job, budget, reference price, method, bidders, the winner and why it was chosen.',
      UNIT.procurement,
    ),
  ],
  O24: [
    s(
      'o2565-O24-annual-procurement',
      'เผยแพร่รายงานภาพรวมการจัดซื้อจัดจ้างของปีงบประมาณก่อน มีจำนวนโครงการและวงเงินแยกตามวิธีจัดหา ข้อขัดข้องที่พบ และข้อเสนอเพื่อปรับปรุง',
      'Publish the overall procurement report for the previous fiscal year, with the number of projects and amounts by procurement method, difficulties met and proposals for improvement.',
      UNIT.procurement,
    ),
  ],
  // 9.4 human resources
  O25: [
    s(
      'o2565-O25-hr-policy',
      'เผยแพร่นโยบายด้านบุคลากรที่นายกฯ คนปัจจุบันลงนาม ใช้ในปีที่ประเมิน ครอบคลุมการวางแผนอัตรากำลัง การสรรหา การพัฒนา ความก้าวหน้า คุณภาพชีวิต และการรักษาวินัย',
      'Publish the HR policy signed by the current chief executive and in force in the assessed year, covering workforce planning, recruitment, development, career progression, quality of working life and discipline.',
      UNIT.personnel,
    ),
  ],
  O26: [
    s(
      'o2565-O26-hr-policy-in-action',
      'ลงหลักฐานการทำตามนโยบายด้านบุคลากรในปีที่ประเมิน เช่น การสรรหาพนักงาน การส่งคนไปอบรม การยกย่องพนักงานดีเด่น และโครงการคุณภาพชีวิต พร้อมวันที่และภาพประกอบ',
      'Post evidence of the HR policy being carried out in the assessed year, such as recruitment rounds, staff sent to training, awards for outstanding staff and well-being projects, with dates and photos.',
      UNIT.personnel,
    ),
  ],
  O27: [
    s(
      'o2565-O27-hr-rules',
      'รวมหลักเกณฑ์ด้านบุคลากรที่ใช้บังคับอยู่ ได้แก่ การสรรหาและคัดเลือก การบรรจุแต่งตั้ง การพัฒนา การประเมินผลงาน และการให้รางวัลหรือลงโทษ ไว้ในหน้าเดียว',
      'Gather the HR rules currently in force (recruitment and selection, appointment, development, performance appraisal, and rewards and penalties) on a single page.',
      UNIT.personnel,
    ),
  ],
  O28: [
    s(
      'o2565-O28-hr-annual-report',
      'เผยแพร่รายงานผลด้านบุคลากรของปีงบประมาณก่อน สรุปผลตามนโยบายและแผน ปัญหาอุปสรรค และต้องมีข้อเสนอแนะสำหรับปีถัดไปด้วย ซึ่งมักเป็นส่วนที่ขาด',
      "Publish the previous fiscal year's HR report summarising results against the policy and plan and the problems met, and be sure to include recommendations for the next year, the part most often missing.",
      UNIT.personnel,
    ),
  ],
  // 9.5 transparency
  O29: [
    s(
      'o2565-O29-complaint-procedure',
      'ลงคู่มือว่าด้วยวิธีจัดการเมื่อมีผู้ร้องเรียนว่าเจ้าหน้าที่ทุจริต บอกช่องทางร้องเรียน ขั้นตอน ระยะเวลาพิจารณา ผู้รับผิดชอบ และการคุ้มครองผู้ร้อง',
      'Post a manual on what happens when someone complains that an officer is corrupt, setting out the channels, steps, time limits, who is responsible and how complainants are protected.',
      UNIT.legal,
    ),
  ],
  O30: [
    s(
      'o2565-O30-complaint-channel',
      'ทำแบบฟอร์มออนไลน์สำหรับแจ้งการทุจริตของเจ้าหน้าที่ที่เปิดได้จากเว็บไซต์หลัก ให้เลือกไม่ระบุชื่อได้ และแสดงช่องทางอื่นเช่นโทรศัพท์และที่อยู่ไว้ในหน้าเดียวกัน',
      'Provide an online form for reporting staff corruption, reachable from the main website, allowing anonymous reports, and list other channels such as phone and postal address on the same page.',
      UNIT.legal,
    ),
  ],
  O31: [
    s(
      'o2565-O31-complaint-stats',
      'เผยแพร่สถิติการร้องเรียนว่าเจ้าหน้าที่ทุจริตในปีที่ประเมิน แยกจำนวนเรื่อง ประเภท เรื่องที่ดำเนินการเสร็จแล้ว และเรื่องที่ยังอยู่ระหว่างดำเนินการ ถ้าไม่มีเรื่องเลยก็ให้รายงานว่าเป็นศูนย์',
      'Publish statistics on complaints of staff corruption in the assessed year: number of cases, type, cases closed and cases still open; if there were none, report a zero.',
      UNIT.legal,
    ),
  ],
  O32: [
    s(
      'o2565-O32-feedback-channel',
      'เปิดช่องทางออนไลน์บนเว็บไซต์หลักให้ประชาชนส่งความเห็นหรือคำแนะนำเกี่ยวกับการทำงานของหน่วยงาน เช่น แบบฟอร์มหรือเว็บบอร์ด และตรวจให้ใช้งานได้จริง',
      "Open an online channel on the main website for residents to send comments or advice on the agency's work, such as a form or web board, and test that it actually works.",
      UNIT.web,
    ),
  ],
  O33: [
    s(
      'o2565-O33-participation',
      'ลงรายงานกิจกรรมในปีที่ประเมินที่ให้ประชาชนร่วมวางแผน ร่วมทำ หรือร่วมติดตามผล เช่น เวทีประชาคมทำแผนพัฒนาท้องถิ่น ระบุวันที่ สถานที่ จำนวนผู้เข้าร่วม และภาพถ่าย',
      "Post reports of activities in the assessed year in which residents helped plan, carry out or monitor the agency's work, such as community forums on the local development plan, with dates, venues, attendance figures and photos.",
      UNIT.plan,
    ),
  ],
  // 10.1 anti-corruption action
  O34: [
    s(
      'o2565-O34-integrity-pledge',
      'เผยแพร่ประกาศเจตจำนงสุจริตของนายกฯ คนปัจจุบันที่ลงนามในปีที่ประเมิน ว่าจะบริหารงานอย่างซื่อสัตย์โปร่งใส',
      "Publish the current chief executive's integrity pledge, signed in the assessed year, to run the agency honestly and transparently.",
      UNIT.executive,
    ),
    s(
      'o2565-O34-no-gift',
      'เผยแพร่ประกาศงดรับของขวัญและของกำนัล (No Gift Policy) ที่นายกฯ ลงนาม มีผลกับผู้บริหารและพนักงานทุกคน',
      'Publish the announcement, signed by the chief executive, that no gifts or favours are accepted (No Gift Policy), binding on executives and every member of staff.',
      UNIT.executive,
    ),
  ],
  O35: [
    s(
      'o2565-O35-executive-involvement',
      'ลงภาพและรายงานกิจกรรมในปีที่ประเมินที่นายกฯ คนปัจจุบันเป็นประธานหรือเข้าร่วม ที่ส่งเสริมความซื่อสัตย์และความโปร่งใส เช่น มอบนโยบายในที่ประชุมพนักงาน',
      'Post photos and reports from the assessed year of the current chief executive chairing or joining integrity and transparency activities, such as setting out policy at a staff meeting.',
      UNIT.palad,
    ),
  ],
  O36: [
    s(
      'o2565-O36-risk-assessment',
      'เผยแพร่รายงานผลการประเมินว่างานใดเสี่ยงต่อการทุจริตในปีที่ประเมิน แสดงเหตุการณ์เสี่ยง ระดับความเสี่ยง และมาตรการควบคุม รวมถึงความเสี่ยงด้านผลประโยชน์ทับซ้อน',
      "Publish the assessed year's corruption risk assessment, listing risk events, risk levels and control measures, including conflict-of-interest risks.",
      UNIT.plan,
    ),
  ],
  O37: [
    s(
      'o2565-O37-risk-actions',
      'ลงหลักฐานการทำตามมาตรการควบคุมความเสี่ยงที่ระบุไว้ในข้อ O36 ในช่วง ต.ค.–มี.ค. เช่น ประกาศ คำสั่ง หรือรายงานผล พร้อมวันที่',
      'Post evidence that the risk controls named under O36 were carried out between October and March, such as announcements, orders or progress reports, with dates.',
      UNIT.all,
    ),
  ],
  O38: [
    s(
      'o2565-O38-integrity-culture',
      'ลงรายงานกิจกรรมหรือโครงการซึ่งหน่วยงานริเริ่มเองในปีที่ประเมินเพื่อปลูกฝังการทำงานอย่างซื่อสัตย์ เช่น อบรมประมวลจริยธรรมหรือกิจกรรมวันต่อต้านคอร์รัปชันสากล มีวันที่ ภาพ และจำนวนผู้เข้าร่วม',
      'Post reports of activities or projects the agency initiated itself in the assessed year to build honest working habits, such as code-of-ethics training or International Anti-Corruption Day events, with dates, photos and attendance.',
      UNIT.palad,
    ),
  ],
  O39: [
    s(
      'o2565-O39-anti-corruption-plan',
      'เผยแพร่แผนต่อต้านการทุจริตฉบับที่ใช้กับปีที่ประเมิน (แผนรายปีหรือแผนหลายปี) ระบุรายโครงการหรือกิจกรรม เงินที่ตั้งไว้ และช่วงเวลาที่จะทำ',
      'Publish the anti-corruption plan in force for the assessed year (an annual or multi-year plan), listing each project or activity, the money set aside and when it will be done.',
      UNIT.plan,
    ),
  ],
  O40: [
    s(
      'o2565-O40-six-month-anti-corruption',
      'เผยแพร่รายงานความคืบหน้าตามแผนป้องกันการทุจริตช่วง ต.ค.–มี.ค. บอกผลของแต่ละโครงการและเงินที่ใช้ ระบุวันที่ และมีลายมือชื่อผู้บริหาร ภายในเดือนเมษายน',
      "Publish the October–March progress report on the anti-corruption plan, giving each project's results and money spent, dated and signed by the executive, during April.",
      UNIT.plan,
    ),
  ],
  O41: [
    s(
      'o2565-O41-annual-anti-corruption',
      'เผยแพร่รายงานผลตามแผนป้องกันการทุจริตของปีงบประมาณก่อน มีผลที่ได้ เงินที่ใช้ไป อุปสรรค และสิ่งที่ควรปรับในปีถัดไป',
      "Publish the previous fiscal year's report on the anti-corruption plan, with the results achieved, money spent, obstacles and what should change next year.",
      UNIT.plan,
    ),
  ],
  // 10.2 internal measures
  O42: [
    s(
      'o2565-O42-ita-analysis',
      'เผยแพร่เอกสารวิเคราะห์ผล ITA ของปีก่อน ระบุจุดแข็ง จุดอ่อน และเรื่องที่ต้องแก้ไขด่วน',
      "Publish the analysis of last year's ITA results, naming strengths, weaknesses and what must be fixed first.",
      UNIT.itaTeam,
    ),
    s(
      'o2565-O42-measures',
      'เผยแพร่มาตรการภายในที่มาจากผลวิเคราะห์นั้น แต่ละมาตรการมีขั้นตอน ผู้รับผิดชอบ ระยะเวลา และวิธีติดตามผล ลงนามโดยผู้บริหาร',
      'Publish the internal measures drawn from that analysis, each with its steps, responsible unit, timing and follow-up method, signed by the executive.',
      UNIT.itaTeam,
    ),
  ],
  O43: [
    s(
      'o2565-O43-measures-progress',
      'เผยแพร่รายงานผลการทำตามมาตรการในข้อ O42 ภายในเดือนเมษายน บอกว่าแต่ละมาตรการทำอะไรไปแล้ว ได้ผลอย่างไร และสถานะ (เสร็จแล้ว กำลังทำ หรือยังไม่เริ่ม)',
      'Publish a progress report on the O42 measures during April, saying for each one what has been done, what came of it and its status (done, in progress or not started).',
      UNIT.itaTeam,
    ),
  ],
};

function own<T>(table: Readonly<Record<string | number, T>>, key: string | number): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/** Suggestions for an indicator by its number; [] for an id the library does not know. */
export function suggestionsForIndicator(id: number): readonly Suggestion[] {
  return own(INDICATOR_SUGGESTIONS, id) ?? [];
}

/** Suggestions for an OIT item code (e.g. 'O7') of a shipped fiscal year (BE), by the item's meaning. */
export function suggestionsForItem(fiscalYearBE: number, code: string): readonly Suggestion[] {
  const fw = FRAMEWORKS.find((f) => f.fiscalYear === fiscalYearBE);
  return fw ? suggestionsForOitItem(fw, code) : [];
}

/** 2565's item codes by meaning: the library is written per 2565 item, and meanings outlive codes. */
const CODE_2565_BY_TOPIC = new Map(OIT_2565.flatMap((sub) => sub.items.map((it) => [it.topics![0], it.code] as const)));
const TOPIC_BY_CODE_2565 = new Map([...CODE_2565_BY_TOPIC].map(([topic, code]) => [code, topic] as const));

/**
 * Suggestions for an item of any framework, found through its meaning keys
 * (topics), so they follow an item the NACC renumbers or merges. A 2565 code
 * named inside a text becomes the code of the item with that meaning in `fw`.
 */
export function suggestionsForOitItem(fw: Framework, code: string): readonly Suggestion[] {
  const def = itemDef(fw, code.trim().toUpperCase());
  const topics = def?.topics ?? [];
  const lists = topics.map((t) => CODE_2565_BY_TOPIC.get(t)).map((c) => (c ? OIT_2565_ITEM_SUGGESTIONS[c] : undefined));
  const found = lists.filter((l): l is readonly Suggestion[] => !!l);
  if (found.length === 1 && fw.fiscalYear === 2565) return found[0];
  const codeNow = (old: string) => {
    const topic = TOPIC_BY_CODE_2565.get(old);
    return fw.items.find((i) => topic && i.topics?.includes(topic))?.code;
  };
  const rewrite = (t: string) => t.replace(/\bO(\d+)\b/g, (m) => codeNow(m) ?? m);
  return found.flat().map((sg) => ({ ...sg, text: { th: rewrite(sg.text.th), en: rewrite(sg.text.en) } }));
}
