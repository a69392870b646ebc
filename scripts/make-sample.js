#!/usr/bin/env node
/**
 * Builds assets/sample/sample.xlsx: a fictional municipality's ITA workbook laid
 * out the way the seed reports are (merged title rows above Thai headers, a
 * blank row, Thai digits, BE periods), with realistic figures.
 *   node scripts/make-sample.js [OUT.xlsx]
 */
const ExcelJS = require('exceljs');
const path = require('path');
const fs = require('fs');

const out = process.argv[2] || path.join(__dirname, '..', 'assets', 'sample', 'sample.xlsx');

// Fiscal year 2566 scores (fictional), with 2565 for the change column.
const INDICATORS = [
  [1, 'การปฏิบัติหน้าที่', 'IIT', 92.35, 90.12],
  [2, 'การใช้งบประมาณ', 'IIT', 84.1, 81.4],
  [3, 'การใช้อำนาจ', 'IIT', 88.72, 86.05],
  [4, 'การใช้ทรัพย์สินของราชการ', 'IIT', 80.55, 78.3],
  [5, 'การแก้ไขปัญหาการทุจริต', 'IIT', 86.4, 84.92],
  [6, 'คุณภาพการดำเนินงาน', 'EIT', 89.31, 88.5],
  [7, 'ประสิทธิภาพการสื่อสาร', 'EIT', 83.62, 80.11],
  [8, 'การปรับปรุงการทำงาน', 'EIT', 82.15, 79.64],
];
const PREVIOUS_OIT = { 9: 78.5, 10: 81.25 };
// 2566 layout (provisional): 9.1 O1–O10, 9.2 O11–O18, 9.3 O19–O22, 9.4 O23–O26, 9.5 O27–O30, 10.1 O31–O41, 10.2 O42–O43.
const UNPUBLISHED = new Set(['O12', 'O20', 'O37']);
const TITLES = {
  O1: 'โครงสร้าง',
  O2: 'ข้อมูลผู้บริหาร',
  O3: 'อำนาจหน้าที่',
  O4: 'แผนพัฒนาท้องถิ่น',
  O5: 'ข้อมูลการติดต่อ',
  O6: 'ข่าวประชาสัมพันธ์',
  O7: 'Q&A',
  O8: 'Social Network',
  O9: 'นโยบายของผู้บริหาร',
  O10: 'นโยบายคุ้มครองข้อมูลส่วนบุคคล',
  O11: 'แผนดำเนินงานประจำปี',
  O12: 'รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ 6 เดือน',
  O13: 'รายงานผลการดำเนินงานประจำปี',
  O14: 'คู่มือหรือมาตรฐานการปฏิบัติงาน',
  O15: 'คู่มือหรือมาตรฐานการให้บริการ',
  O16: 'ข้อมูลเชิงสถิติการให้บริการ',
  O17: 'รายงานผลการสำรวจความพึงพอใจ',
  O18: 'E-Service',
  O19: 'แผนการใช้จ่ายงบประมาณประจำปี',
  O20: 'รายงานการกำกับติดตามการใช้จ่ายงบประมาณ รอบ 6 เดือน',
  O21: 'รายงานผลการใช้จ่ายงบประมาณประจำปี',
  O22: 'รายงานผลการจัดซื้อจัดจ้าง',
  O23: 'นโยบายการบริหารทรัพยากรบุคคล',
  O24: 'การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล',
  O25: 'หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล',
  O26: 'รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี',
  O27: 'แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต',
  O28: 'ช่องทางแจ้งเรื่องร้องเรียนการทุจริต',
  O29: 'ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต',
  O30: 'การเปิดโอกาสให้เกิดการมีส่วนร่วม',
  O31: 'ประกาศเจตนารมณ์นโยบายไม่รับของขวัญ',
  O32: 'การสร้างวัฒนธรรม No Gift Policy',
  O33: 'รายงานผลตามนโยบายไม่รับของขวัญ',
  O34: 'การประเมินความเสี่ยงการทุจริตประจำปี',
  O35: 'การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต',
  O36: 'แผนปฏิบัติการป้องกันการทุจริต',
  O37: 'รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต รอบ 6 เดือน',
  O38: 'รายงานผลการดำเนินการป้องกันการทุจริตประจำปี',
  O39: 'ประมวลจริยธรรมสำหรับเจ้าหน้าที่ของรัฐ',
  O40: 'การขับเคลื่อนจริยธรรม',
  O41: 'การประเมินจริยธรรมของเจ้าหน้าที่',
  O42: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
  O43: 'การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส',
};
const SITE = 'https://www.bansuan-sample.go.th';

const MEASURES = [
  [
    'ประชุมชี้แจงแผนการใช้จ่ายงบประมาณให้บุคลากรทุกกองทราบ',
    'นำแผนการใช้จ่ายงบประมาณเข้าที่ประชุมประจำเดือน และเผยแพร่บนเว็บไซต์',
    'กองคลัง',
    'ต.ค.65-ธ.ค.65',
    'ดำเนินการแล้วเสร็จ',
    'ตัวชี้วัดที่ ๒',
  ],
  [
    'จัดทำทะเบียนการยืมคืนทรัพย์สินของราชการ',
    'ออกแนวปฏิบัติการยืมทรัพย์สิน และตรวจสอบทุกไตรมาส',
    'กองคลัง (งานพัสดุ)',
    'ต.ค.65-มี.ค.66',
    'อยู่ระหว่างดำเนินการ',
    '4',
  ],
  [
    'อบรมความรู้เรื่องผลประโยชน์ทับซ้อนแก่บุคลากร',
    'จัดอบรมครึ่งวันสำหรับพนักงานและลูกจ้างทุกคน',
    'สำนักปลัด (งานการเจ้าหน้าที่)',
    'ม.ค. - เม.ย.๖๖',
    'ยังไม่ได้ดำเนินการ',
    'ตัวชี้วัดที่ ๔, ๕',
  ],
  [
    'ปรับปรุงช่องทางประชาสัมพันธ์ผ่าน Facebook และ LINE OA',
    'ประกาศข่าวการให้บริการทุกสัปดาห์ และตอบคำถามภายใน 1 วันทำการ',
    'สำนักปลัด (งานประชาสัมพันธ์)',
    'ต.ค.65-ก.ย.66',
    'อยู่ระหว่างดำเนินการ',
    '7',
  ],
  [
    'สำรวจความพึงพอใจผู้รับบริการและนำผลมาปรับปรุงขั้นตอน',
    'แบบสอบถามที่จุดบริการ และสรุปผลเสนอผู้บริหาร',
    'กองยุทธศาสตร์และงบประมาณ',
    'ปีงบประมาณ ๒๕๖๖',
    'อยู่ระหว่างดำเนินการ',
    'E11',
  ],
  [
    'เผยแพร่รายงานการกำกับติดตามรอบ 6 เดือน (O12, O20, O37)',
    'รวบรวมรายงานรอบ ต.ค.–มี.ค. ลงนามโดยนายกเทศมนตรี และเผยแพร่ภายในเดือนเมษายน',
    'กองยุทธศาสตร์และงบประมาณ',
    'เม.ย.66',
    'ยังไม่ได้ดำเนินการ',
    'ตัวชี้วัดที่ ๙, ๑๐',
  ],
  [
    'ประกาศเจตนารมณ์การบริหารงานด้วยความซื่อสัตย์สุจริต',
    'นายกเทศมนตรีประกาศต่อสาธารณะ และเผยแพร่บนเว็บไซต์',
    'สำนักปลัด',
    'ต.ค.65',
    'ดำเนินการแล้วเสร็จ',
    '10',
  ],
];

async function main() {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ITA Planner sample';
  wb.created = new Date(Date.UTC(2023, 4, 1));

  const settings = wb.addWorksheet('ตั้งค่า');
  settings.columns = [{ width: 18 }, { width: 44 }];
  settings.addRows([
    ['ปีงบประมาณ', 'พ.ศ. ๒๕๖๖'],
    ['หน่วยงาน', 'เทศบาลตำบลบ้านสวนตัวอย่าง (หน่วยงานสมมติ)'],
    ['เป้าหมาย', 85],
    ['ณ วันที่', '15 พ.ค. 2566'],
  ]);
  settings.getColumn(1).font = { bold: true };

  const scores = wb.addWorksheet('คะแนน');
  scores.columns = [{ width: 12 }, { width: 34 }, { width: 10 }, { width: 16 }, { width: 16 }];
  scores.mergeCells('A1:E1');
  scores.getCell('A1').value = 'ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ เทศบาลตำบลบ้านสวนตัวอย่าง';
  scores.getCell('A1').font = { bold: true, size: 14 };
  scores.mergeCells('A2:E2');
  scores.getCell('A2').value = '(คะแนนจากระบบ ITAS รายตัวชี้วัด; ตัวชี้วัดที่ 9–10 คำนวณจากชีต OIT)';
  scores.getRow(3).values = ['ตัวชี้วัดที่', 'ชื่อตัวชี้วัด', 'แบบ', 'คะแนนที่ได้', 'คะแนนปีที่แล้ว'];
  scores.getRow(3).font = { bold: true };
  let r = 4;
  for (const [id, name, tool, score, prev] of INDICATORS) {
    if (id === 6) r++; // a blank row between the IIT and EIT blocks, as pasted tables have
    scores.getRow(r++).values = [id, name, tool, score, prev];
  }
  r++;
  scores.getRow(r++).values = [9, 'การเปิดเผยข้อมูล', 'OIT', null, PREVIOUS_OIT[9]];
  scores.getRow(r++).values = [10, 'การป้องกันการทุจริต', 'OIT', null, PREVIOUS_OIT[10]];
  for (let i = 4; i < r; i++) for (const c of ['D', 'E']) scores.getCell(`${c}${i}`).numFmt = '0.00';

  const oit = wb.addWorksheet('OIT');
  oit.columns = [{ width: 8 }, { width: 56 }, { width: 12 }, { width: 56 }];
  oit.mergeCells('A1:D1');
  oit.getCell('A1').value = 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ ๒๕๖๖';
  oit.getCell('A1').font = { bold: true };
  oit.getRow(2).values = ['ข้อ', 'หัวข้อ', 'มี/ไม่มี', 'URL'];
  oit.getRow(2).font = { bold: true };
  for (let n = 1; n <= 43; n++) {
    const code = `O${n}`;
    const published = !UNPUBLISHED.has(code);
    oit.getRow(n + 2).values = [
      code,
      TITLES[code],
      published ? 'มี' : 'ไม่มี',
      published ? `${SITE}/ita/2566/${code.toLowerCase()}` : null,
    ];
  }

  const measures = wb.addWorksheet('มาตรการ');
  measures.columns = [
    { width: 6 },
    { width: 48 },
    { width: 44 },
    { width: 26 },
    { width: 18 },
    { width: 20 },
    { width: 14 },
  ];
  measures.mergeCells('A1:G1');
  measures.getCell('A1').value = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖';
  measures.getCell('A1').font = { bold: true };
  measures.getRow(2).values = [
    'ที่',
    'มาตรการ/กิจกรรม',
    'ขั้นตอน/วิธีการปฏิบัติ',
    'ผู้รับผิดชอบ',
    'ระยะเวลาดำเนินการ',
    'สถานะ',
    'ตัวชี้วัด',
  ];
  measures.getRow(2).font = { bold: true };
  MEASURES.forEach((m, i) => {
    measures.getRow(i + 3).values = [String(i + 1).replace(/\d/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[d]), ...m];
  });
  for (const ws of [scores, oit, measures])
    ws.getRow(ws === scores ? 3 : 2).alignment = { wrapText: true, vertical: 'middle' };

  fs.mkdirSync(path.dirname(out), { recursive: true });
  await wb.xlsx.writeFile(out);
  console.log(out);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
