/**
 * Workbooks shaped like the seed reports, built with ExcelJS in memory.
 * Each cites the seed whose layout it copies.
 */
import * as ExcelJS from 'exceljs';

export type Row = (string | number | boolean | Date | null)[];

export function sheet(wb: ExcelJS.Workbook, name: string, rows: Row[], merges: string[] = []): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  rows.forEach((r, i) => {
    r.forEach((v, j) => {
      if (v !== null) ws.getCell(i + 1, j + 1).value = v;
    });
  });
  for (const m of merges) ws.mergeCells(m);
  return ws;
}

/** Seed 003 (เทศบาลนครเชียงใหม่): the tool/weight/indicator table with a merged title, indicator 3 as 91.57. */
export function chiangMai(ind3: number | string = 91.57): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  sheet(wb, 'ตั้งค่า', [
    ['ปีงบประมาณ', '๒๕๖๔'],
    ['หน่วยงาน', 'เทศบาลนครเชียงใหม่'],
    ['คะแนนรวมที่ประกาศ', '95.01 คะแนน'],
  ]);
  sheet(
    wb,
    'คะแนน',
    [
      ['ตารางแสดงสรุปจำนวนข้อคำถามแต่ละตัวชี้วัด'],
      ['แบบ', 'น้ำหนัก', 'ตัวชี้วัด', 'ตัวชี้วัดย่อย', 'คะแนนที่ได้(64)', 'คะแนนรวม'],
      ['IIT', 30, 'การปฏิบัติหน้าที่', '-', 96.5, 27.74],
      [null, null, 'การใช้งบประมาณ', '-', 93.11, null],
      [null, null, 'ใช้อำนาจ', '-', ind3, null],
      [null, null, 'ใช้ทรัพย์สินของราชการ', '-', 89.02, null],
      [null, null, 'แก้ไขปัญหาการทุจริต', '-', 92.45, null],
      ['EIT', 30, 'คุณภาพการดำเนินงาน', '-', 93.93, 27.7],
      [null, null, 'ประสิทธิภาพการสื่อสาร', '-', 89.78, null],
      [null, null, 'ปรับปรุงการทำงาน', '-', 93.24, null],
      ['OIT', 40, 'การเปิดเผยข้อมูล', 'ข้อมูลพื้นฐาน', 97.78, 39.57],
      [null, null, null, 'การบริหารงาน', null, null],
      [null, null, 'การป้องกันการทุจริต', 'การดำเนินการเพื่อป้องกันการทุจริต', 100, null],
    ],
    ['A1:F1'],
  );
  return wb;
}

/** A 2565 workbook with the full 43-item checklist (seed 003's item table), item-level IIT and Thai digits. */
export function itemLevel2565(unpublished: string[] = ['O5']): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  sheet(wb, 'Settings', [
    ['Fiscal year', 2022],
    ['Agency', 'อบต.ทดสอบ'],
    ['Target', 85],
    ['As of', '2022-06-30'],
  ]);
  const scoreRows: Row[] = [['รายงานคะแนน ITA ปี ๒๕๖๕'], [], ['ข้อ', 'ตัวชี้วัดที่', 'คะแนน', 'หมายเหตุ']];
  for (let i = 1; i <= 30; i++) scoreRows.push([`I${i}`, null, 80 + (i % 7), 'ข้อคำถาม']);
  scoreRows.push([]);
  scoreRows.push([null, 'ตัวชี้วัดที่ ๖', '๘๘.๕๐', null]);
  scoreRows.push([null, '7. ประสิทธิภาพการสื่อสาร', 'ร้อยละ ๘๑.๒๕', null]);
  scoreRows.push([null, 'การปรับปรุงระบบการทำงาน', 90.1, null]);
  sheet(wb, 'scores ITA', scoreRows, ['A1:D1']);
  const oitRows: Row[] = [['ข้อ', 'หัวข้อ', 'ผล', 'ลิงก์']];
  for (let i = 1; i <= 43; i++) {
    const code = `O${i}`;
    const pub = !unpublished.includes(code);
    oitRows.push([
      code,
      `หัวข้อ ${code}`,
      pub ? (i % 3 === 0 ? '✓' : 'มี') : 'ไม่มี',
      pub ? `https://www.example.go.th/${code}` : null,
    ]);
  }
  sheet(wb, 'การเปิดเผยข้อมูล', oitRows);
  return wb;
}

/** Seed 000's progress-report table and seed 002's measure plan columns, with every period shape of spec §5. */
export function measuresSheet(wb: ExcelJS.Workbook, name = 'มาตรการ'): ExcelJS.Worksheet {
  return sheet(
    wb,
    name,
    [
      ['รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ.๒๕๖๕'],
      [
        'ลำดับ',
        'มาตรการ/กิจกรรม',
        'วิธีดำเนินการ',
        'ระยะเวลาในการดำเนินการ',
        'ผู้รับผิดชอบ',
        'สถานะ',
        'ตัวชี้วัด',
        'สรุปผลการดำเนินการตามมาตรการหรือกิจกรรม',
      ],
      [
        '๑',
        'มาตรการป้องกันการรับสินบน',
        'ประกาศนโยบาย',
        'ต.ค.64-มี.ค.65',
        'สำนักปลัด',
        'ดำเนินการแล้วเสร็จ',
        'ตัวชี้วัดที่ ๕',
        'ประกาศแล้ว',
      ],
      ['๒', 'คู่มือการยืมทรัพย์สิน', 'จัดทำคู่มือ', 'ม.ค. - เม.ย.๖๕', 'กองคลัง', 'อยู่ระหว่างดำเนินการ', '4', null],
      [null, null, '(ต่อ) แจ้งเวียนทุกกอง', null, null, null, null, null],
      ['๓', 'อบรมจริยธรรม', 'อบรม', 'ต.ค.64-ก.ย.65', 'สำนักปลัด', 'ยังไม่ได้ดำเนินการ', 'ตัวชี้วัดที่ ๔, ๕', null],
      ['๔', 'ปรับปรุงช่องทางร้องเรียน', 'เพิ่ม LINE OA', 'ปีงบประมาณ ๒๕๖๕', null, 'in progress', 'E6', null],
      ['๕', 'สำรวจความพึงพอใจ', 'แบบสอบถาม', 'มี.ค.64-ก.ย.65', 'กองยุทธศาสตร์', 'รอผู้บริหารพิจารณา', '8', null],
      ['๖', 'ประชุมชี้แจง', 'ประชุม', 'หลังสงกรานต์', 'กองช่าง', 'done', '2', null],
    ],
    ['A1:H1'],
  );
}
