/**
 * What each of the ten indicators reflects, said once so a report can explain why a low score
 * matters. Our own words after the analyses in the seeds (seed 001 §1.1, seed 003); the ten
 * indicators have kept their numbers and meaning since 2565 (spec §7).
 */
import { bi, Bilingual } from '../domain/text';

export const INDICATOR_MEANING: Readonly<Record<number, Bilingual>> = {
  1: bi(
    'การรับรู้ของบุคลากรภายในว่าเจ้าหน้าที่ปฏิบัติงานตามมาตรฐาน ขั้นตอนและระยะเวลา อย่างโปร่งใสและเท่าเทียมกันทั้งผู้มาติดต่อทั่วไปและผู้ที่รู้จักเป็นการส่วนตัว',
    "how staff see their colleagues' work: to standard, on time, openly, and the same for strangers and acquaintances",
  ),
  2: bi(
    'การรับรู้ของบุคลากรภายในต่อการใช้งบประมาณ ว่าเป็นไปตามวัตถุประสงค์ คุ้มค่า ไม่เอื้อประโยชน์แก่ผู้ใด และเปิดโอกาสให้ตรวจสอบได้',
    'how staff see the use of the budget: for its purpose, good value, favouring no one, and open to scrutiny',
  ),
  3: bi(
    'การรับรู้ของบุคลากรภายในต่อการใช้อำนาจของผู้บังคับบัญชา ทั้งการมอบหมายงาน การประเมินผล และการคัดเลือกบุคลากร',
    "how staff see their superiors' use of authority: assigning work, appraisals and the selection of staff",
  ),
  4: bi(
    'การรับรู้ของบุคลากรภายในต่อการใช้ทรัพย์สินของราชการ ว่ามีขั้นตอนการยืมที่ชัดเจนและไม่นำไปใช้ประโยชน์ส่วนตัว',
    'how staff see the use of public property: a clear borrowing procedure and no private use',
  ),
  5: bi(
    'การรับรู้ของบุคลากรภายในต่อความจริงจังของผู้บริหารในการป้องกันและแก้ไขปัญหาการทุจริต และการจัดการเรื่องร้องเรียน',
    "how staff see the executives' commitment to preventing and dealing with corruption, and the handling of complaints",
  ),
  6: bi(
    'การรับรู้ของผู้รับบริการและผู้มาติดต่อต่อคุณภาพการให้บริการ ว่าเป็นไปตามขั้นตอน ระยะเวลา และเท่าเทียมกัน',
    'how service users see the quality of service: following the procedure and time frame, the same for everyone',
  ),
  7: bi(
    'การรับรู้ของผู้รับบริการต่อการเผยแพร่ข้อมูลที่เข้าถึงง่าย และช่องทางรับฟังความคิดเห็นและร้องเรียน',
    'how service users see the information published, how easy it is to reach, and the channels for feedback and complaints',
  ),
  8: bi(
    'การรับรู้ของผู้รับบริการต่อการปรับปรุงวิธีการและขั้นตอนการทำงาน และการเปิดให้ประชาชนมีส่วนร่วม',
    'how service users see improvements to procedures and the chance for the public to take part',
  ),
  9: bi(
    'การเผยแพร่ข้อมูลที่เป็นปัจจุบันบนเว็บไซต์หลักของหน่วยงาน ทั้งข้อมูลพื้นฐาน การบริหารงาน งบประมาณ บุคลากร และความโปร่งใส',
    "the current information published on the agency's main website: basic facts, management, budget, personnel and transparency",
  ),
  10: bi(
    'การเผยแพร่การดำเนินการเพื่อป้องกันการทุจริต ทั้งเจตจำนงของผู้บริหาร การประเมินความเสี่ยง แผนและมาตรการภายใน',
    "what the agency publishes of its anti-corruption work: the executives' pledge, risk assessment, plans and internal measures",
  ),
};
