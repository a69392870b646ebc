/** Why a workbook could not be read or written, in Thai and English, without a library's words. */
import { bi, Bilingual } from '../domain/text';
import { LimitError, mib } from './package/zip';
import { UnreadableFileError } from './identify';
import { PackageError } from './package/xml';

export function packageProblem(e: unknown, doing: 'read' | 'write' = 'read'): Bilingual {
  if (e instanceof LimitError) {
    if (e.kind === 'inflated') {
      return bi(
        `ไฟล์นี้เมื่อแตกออกจะใช้พื้นที่ ${mib(e.found)} MiB เกินขีดจำกัด ${mib(e.limit)} MiB จึงไม่เปิด (อาจเป็นไฟล์ที่สร้างมาเพื่อให้หน่วยความจำเต็ม) — ลบรูปภาพหรือชีตที่ไม่ใช้ออกแล้วลองใหม่`,
        `the file would take ${mib(e.found)} MiB when unpacked, more than the limit of ${mib(e.limit)} MiB, so it was not opened (it may be built to exhaust memory); remove unused images or sheets and try again`,
      );
    }
    return bi(
      `ชีต "${e.sheet}" มี ${e.found.toLocaleString('en')} เซลล์ เกินขีดจำกัด ${e.limit.toLocaleString('en')} เซลล์ต่อชีต จึงไม่เปิด — ลบแถวหรือคอลัมน์ที่ไม่ใช้ออก หรือแยกข้อมูลเป็นหลายไฟล์`,
      `sheet "${e.sheet}" has ${e.found.toLocaleString('en')} cells, more than the limit of ${e.limit.toLocaleString('en')} cells a sheet, so it was not opened; delete unused rows or columns, or split the data into several files`,
    );
  }
  if (e instanceof UnreadableFileError) return e.problem;
  if (e instanceof PackageError && e.said) return e.said;
  // Our package errors name a part at most; a library's own words are never shown.
  const part = e instanceof PackageError && e.part ? e.part : undefined;
  if (doing === 'write') {
    return bi(
      `เขียนผลลงสมุดงานนี้ไม่ได้ และไม่ได้เขียนอะไรเลย${part ? ` (ส่วน ${part} ของไฟล์อ่านไม่ได้)` : ''} — เปิดไฟล์ใน Excel แล้วบันทึกเป็น "สมุดงาน Excel (*.xlsx)" อีกครั้ง แล้วลองใหม่`,
      `the results could not be written into this workbook, and nothing was written${part ? ` (its part ${part} cannot be read)` : ''}; open it in Excel, save it again as "Excel Workbook (*.xlsx)", and try again`,
    );
  }
  return bi(
    `ไฟล์ .xlsx นี้เสียหายหรือไม่สมบูรณ์${part ? ` (ส่วน ${part} อ่านไม่ได้)` : ''} — เปิดใน Excel หรือ LibreOffice Calc แล้วบันทึกเป็น "สมุดงาน Excel (*.xlsx)" อีกครั้ง`,
    `this .xlsx file is damaged or incomplete${part ? ` (its part ${part} cannot be read)` : ''}; open it in Excel or LibreOffice Calc and save it again as "Excel Workbook (*.xlsx)"`,
  );
}
