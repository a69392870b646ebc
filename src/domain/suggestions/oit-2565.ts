/**
 * OIT fiscal year 2565: what to put on the agency's own main website for each
 * item. "Assessed year" = fiscal 2565 (Oct 2021 – Sep 2022); "previous year"
 * = fiscal 2564; "6-month window" = Oct 2021 – Mar 2022.
 */
import { Suggestion, UNIT, s } from './model';

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
