/**
 * A workbook shaped like seed 001 (an SAO analysing its 2565 result before writing the 2566
 * measures): the ten indicator scores it lists by hand, last year's scores, the OIT checklist with
 * four items missing, and a measures sheet in the column set of seeds 000 and 002.
 * Agency name, previous scores and the measures are our own.
 */
import * as ExcelJS from 'exceljs';
import { sheet, Row } from '../workbook/fixtures';

/** Seed 001's indicator scores (IIT/EIT; OIT comes from the checklist). */
export const SEED001_SCORES: Record<number, number> = {
  1: 87.49,
  2: 77.85,
  3: 81.9,
  4: 78.08,
  5: 80.3,
  6: 78.35,
  7: 85.89,
  8: 83.96,
};
const PREVIOUS: Record<number, number> = { 1: 85.1, 2: 79.4, 3: 80.0, 4: 75.5, 5: 80.3, 6: 81.0, 7: 84.2, 8: 80.6 };
export const UNPUBLISHED = ['O11', 'O19', 'O28', 'O36'];

export function seed001Workbook(scores: Record<number, number> = SEED001_SCORES): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  sheet(wb, 'ตั้งค่า', [
    ['ปีงบประมาณ', 2565],
    ['หน่วยงาน', 'องค์การบริหารส่วนตำบลทดสอบ'],
    ['เป้าหมาย', 85],
    ['ณ วันที่', '2023-04-05'],
  ]);
  const rows: Row[] = [['ตัวชี้วัด', 'คะแนน', 'คะแนนปีก่อน']];
  for (const [id, score] of Object.entries(scores)) rows.push([Number(id), score, PREVIOUS[Number(id)]]);
  sheet(wb, 'คะแนน', rows);
  const oit: Row[] = [['ข้อ', 'เผยแพร่', 'URL']];
  for (let i = 1; i <= 43; i++) {
    const code = `O${i}`;
    const pub = !UNPUBLISHED.includes(code);
    oit.push([code, pub ? 'มี' : 'ไม่มี', pub ? `https://www.example.go.th/ita/${code}` : null]);
  }
  sheet(wb, 'OIT', oit);
  sheet(wb, 'มาตรการ', [
    [
      'ลำดับ',
      'มาตรการ/กิจกรรม',
      'ขั้นตอน/วิธีดำเนินการ',
      'ระยะเวลา',
      'ผู้รับผิดชอบ',
      'การกำกับติดตาม',
      'ตัวชี้วัด',
      'สถานะ',
      'ผลการดำเนินการ',
      'ผลลัพธ์',
    ],
    [
      1,
      'ประชุมชี้แจงแผนการใช้จ่ายงบประมาณให้บุคลากรทุกคนทราบ',
      'นำแผนการใช้จ่ายเข้าที่ประชุมประจำเดือน และเผยแพร่บนเว็บไซต์',
      'ต.ค.65-ธ.ค.65',
      'กองคลัง',
      'รายงานนายกฯ ทุกไตรมาส',
      'ตัวชี้วัดที่ ๒',
      'ดำเนินการแล้วเสร็จ',
      'ประชุมชี้แจงแล้ว 3 ครั้ง',
      'บุคลากรรับทราบแผนครบทุกกอง',
    ],
    [
      2,
      'จัดทำทะเบียนการยืมคืนทรัพย์สินของราชการ',
      'ออกแนวปฏิบัติการยืมทรัพย์สิน และตรวจสอบทุกไตรมาส',
      'ต.ค.65-ธ.ค.65',
      'กองคลัง (งานพัสดุ)',
      'ปลัดตรวจทะเบียนทุกเดือน',
      '4',
      'อยู่ระหว่างดำเนินการ',
      'ร่างแนวปฏิบัติแล้ว',
      null,
    ],
    [
      3,
      'ลดขั้นตอนการให้บริการและประกาศระยะเวลาให้บริการ',
      'ทบทวนคู่มือการให้บริการ ประกาศขั้นตอนและระยะเวลาที่จุดบริการและเว็บไซต์',
      'ม.ค.66-มี.ค.66',
      'สำนักปลัด',
      'สำรวจความพึงพอใจผู้รับบริการ',
      '6',
      'ดำเนินการแล้วเสร็จ',
      'ประกาศขั้นตอนและระยะเวลาแล้ว',
      'ผู้รับบริการรอคิวสั้นลง',
    ],
    [
      4,
      'จัดทำ E-Service ยื่นคำร้องออนไลน์',
      'เปิดแบบฟอร์มออนไลน์และประชาสัมพันธ์',
      'พ.ค.66-ส.ค.66',
      'สำนักปลัด (งานประชาสัมพันธ์)',
      'รายงานจำนวนคำร้องออนไลน์รายเดือน',
      '6, 8',
      'ยังไม่ได้ดำเนินการ',
      null,
      null,
    ],
  ]);
  return wb;
}
