/** Suggestions per ITA indicator, by number (indicators have kept their numbers across years). */
import { Suggestion, UNIT, s } from './model';

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
