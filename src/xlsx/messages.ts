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
    if (e.kind === 'understated') {
      return bi(
        `ส่วน ${e.sheet} ในไฟล์แตกออกได้มากกว่าขนาด ${e.limit.toLocaleString('en')} ไบต์ที่หัวไฟล์ zip ระบุไว้ จึงหยุดอ่านและไม่เปิด (ไฟล์เสียหาย หรืออาจสร้างมาเพื่อให้หน่วยความจำเต็ม) — เปิดใน Excel แล้วบันทึกเป็น "Excel Workbook (.xlsx)" อีกครั้ง`,
        `its part ${e.sheet} inflates to more than the ${e.limit.toLocaleString('en')} bytes its zip headers declare, so reading stopped there and the file was not opened (it is damaged, or built to exhaust memory); open it in Excel and save it again as "Excel Workbook (.xlsx)"`,
      );
    }
    return bi(
      `ชีต "${e.sheet}" มี ${e.found.toLocaleString('en')} เซลล์ เกินขีดจำกัด ${e.limit.toLocaleString('en')} เซลล์ต่อชีต จึงไม่เปิด — ลบแถวหรือคอลัมน์ที่ไม่ใช้ออก หรือแยกข้อมูลเป็นหลายไฟล์`,
      `sheet "${e.sheet}" has ${e.found.toLocaleString('en')} cells, more than the limit of ${e.limit.toLocaleString('en')} cells a sheet, so it was not opened; delete unused rows or columns, or split the data into several files`,
    );
  }
  // A file that is not a workbook package at all is named for what it is (./identify.ts).
  if (e instanceof UnreadableFileError) return e.problem;
  // Our own words where the error has them; the developer's message only for what should never happen.
  const why = (e: PackageError) => e.said ?? bi(e.message, e.message);
  if (e instanceof PackageError && doing === 'write') {
    return bi(
      `เขียนผลลงสมุดงานนี้ไม่ได้ และไม่ได้เขียนอะไรเลย: ${why(e).th}`,
      `the results could not be written into this workbook, and nothing was written: ${why(e).en}`,
    );
  }
  if (e instanceof PackageError) {
    return bi(
      `ไฟล์นี้ไม่ใช่สมุดงาน .xlsx ที่อ่านได้ (${why(e).th}) — เปิดใน Excel แล้วบันทึกเป็น "Excel Workbook (.xlsx)" อีกครั้ง`,
      `this is not a readable .xlsx workbook (${why(e).en}); open it in Excel and save it again as "Excel Workbook (.xlsx)"`,
    );
  }
  // A library's own words (a parser's "unclosed xml tag(s)") mean nothing to a planner: not shown.
  return bi(
    'อ่านไฟล์ไม่สำเร็จ ไฟล์อาจไม่ใช่ .xlsx หรือเสียหาย — เปิดใน Excel แล้วบันทึกเป็น "Excel Workbook (.xlsx)" อีกครั้ง',
    'the file could not be read: it may not be an .xlsx workbook, or it may be damaged; open it in Excel and save it again as "Excel Workbook (.xlsx)"',
  );
}
