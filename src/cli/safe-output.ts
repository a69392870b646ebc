/**
 * Writing a result file without ever leaving a half-written one: the bytes go to a temporary
 * file beside the target, which is renamed over it only once fully written and flushed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { bi, Bilingual } from '../domain/text';

/** Writes a whole file (the test suite injects one that fails midway). */
export type FileWriter = (file: string, data: Uint8Array) => void;

export const writeAndFlush: FileWriter = (file, data) => {
  const fd = fs.openSync(file, 'wx', 0o644);
  try {
    // writeSync may write less than asked (a file-size limit, a signal): go on until all is written,
    // so a short write ends in the error the next call raises, never in a truncated file renamed over the input.
    for (let done = 0; done < data.length;) done += fs.writeSync(fd, data, done, data.length - done);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
};

/**
 * Writes `data` to `target` through a temporary file in the same folder and a rename, so the
 * target is either as it was or wholly new. A target that is a symbolic link is written
 * through: the link stays, the file it points to is replaced.
 */
export function writeFileSafely(target: string, data: Uint8Array, writer: FileWriter = writeAndFlush): void {
  const real = realOrSelf(path.resolve(target));
  const dir = path.dirname(real);
  fs.mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(real)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    writer(tmp, data);
    fs.renameSync(tmp, real);
  } catch (e) {
    try {
      fs.unlinkSync(tmp);
    } catch {
      // nothing was created, or it is already gone
    }
    throw e;
  }
}

function realOrSelf(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return file;
  }
}

/** True when both paths name the same file: same real path, or same device and inode (hard links). */
export function sameFile(a: string, b: string): boolean {
  if (realOrSelf(path.resolve(a)) === realOrSelf(path.resolve(b))) return true;
  try {
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** A file-system error in plain words, in Thai and English; undefined for other errors. */
export function ioProblem(e: unknown, file: string, doing: 'read' | 'write'): Bilingual | undefined {
  const code = (e as NodeJS.ErrnoException)?.code;
  const verb = doing === 'read' ? bi('อ่าน', 'read') : bi('เขียน', 'write');
  const why: Record<string, Bilingual> = {
    ENOENT: bi('ไม่พบไฟล์หรือโฟลเดอร์นี้', 'there is no such file or folder'),
    EISDIR: bi('ชื่อนี้เป็นโฟลเดอร์ ไม่ใช่ไฟล์', 'it is a folder, not a file'),
    ENOTDIR: bi('ส่วนหนึ่งของเส้นทางไม่ใช่โฟลเดอร์', 'part of the path is not a folder'),
    EACCES: bi('ไม่มีสิทธิ์เข้าถึง', 'permission was denied'),
    EPERM: bi('ระบบไม่อนุญาต', 'the operation is not permitted'),
    EROFS: bi('ดิสก์นี้อ่านได้อย่างเดียว', 'the disk is read-only'),
    ENOSPC: bi('พื้นที่ดิสก์เต็ม', 'the disk is full'),
    EDQUOT: bi('เกินโควตาพื้นที่ของผู้ใช้', 'the disk quota is used up'),
    EFBIG: bi('ไฟล์ใหญ่เกินที่ระบบอนุญาต', 'the file is larger than the system allows'),
    EMFILE: bi('เปิดไฟล์พร้อมกันมากเกินไป', 'too many files are open'),
  };
  const reason = code ? why[code] : undefined;
  if (!reason) return undefined;
  return bi(`${verb.th}ไฟล์ ${file} ไม่สำเร็จ: ${reason.th}`, `could not ${verb.en} ${file}: ${reason.en}`);
}

/**
 * Why `output` cannot hold a package that must be named `extension` (an .xlsm's macros under an
 * .xlsx name: Excel says the file format or extension is not valid and opens nothing), or undefined.
 */
export function extensionProblem(output: string, extension: string | undefined): Bilingual | undefined {
  const ext = path.extname(output).toLowerCase();
  if (!extension || ext === extension) return undefined;
  const macros = /m$/.test(extension);
  return bi(
    `สมุดงานนี้เป็นไฟล์ ${extension}${macros ? ' (มีแมโคร)' : ''} แต่ไฟล์ผลลัพธ์ ${output} ${ext ? `ลงท้ายด้วย ${ext}` : 'ไม่มีนามสกุล'} ซึ่ง Excel จะไม่ยอมเปิด จึงไม่ได้เขียน — ตั้งชื่อไฟล์ผลลัพธ์ให้ลงท้ายด้วย ${extension}`,
    `the workbook is an ${extension} file${macros ? ' (it has macros)' : ''}, but the output ${output} ${ext ? `ends in ${ext}` : 'has no extension'}, which Excel will not open, so nothing was written; name the output with ${extension} at the end`,
  );
}

/**
 * Why `file` should not be written now: Excel (~$name.xlsx) or LibreOffice (.~lock.name.xlsx#)
 * has it open, and would write its own copy over ours at its next save, or undefined.
 */
export function openElsewhereProblem(file: string): Bilingual | undefined {
  const dir = path.dirname(file);
  const name = path.basename(file);
  const locks = [`~$${name}`, `~$${name.slice(2)}`, `.~lock.${name}#`];
  if (!locks.some((lock) => fs.existsSync(path.join(dir, lock)))) return undefined;
  return bi(
    `${file} เปิดอยู่ใน Excel หรือ LibreOffice (มีไฟล์ล็อกอยู่ข้างกัน) ถ้าเขียนลงไปตอนนี้ การบันทึกครั้งต่อไปในโปรแกรมนั้นจะเขียนทับผลที่คำนวณ จึงไม่ได้เขียน — ปิดไฟล์ในโปรแกรมนั้นก่อน หรือใช้ -o เพื่อเขียนผลลงไฟล์ใหม่`,
    `${file} is open in Excel or LibreOffice (its lock file is beside it): written now, that program's next save would overwrite the results, so nothing was written; close it there first, or pass -o to write the results to a new file`,
  );
}
