/**
 * What a file that is not a readable .xlsx actually is, from its first bytes and the names it
 * carries, so the planner hears "this is an .xls from Excel 97–2003; save it as .xlsx" rather
 * than a zip library's words.
 */
import { bi, Bilingual } from '../domain/text';

export type FileKind =
  | 'ooxml' // a zip that holds a workbook: the normal path
  | 'empty'
  | 'xls' // Excel 97–2003 (a compound file with a Workbook stream)
  | 'encrypted' // an .xlsx with a password to open (a compound file with an EncryptedPackage)
  | 'doc' // another compound file: Word 97–2003 or the like
  | 'ods'
  | 'odf' // another OpenDocument file (text, presentation)
  | 'docx' // a Word or PowerPoint package
  | 'zip' // a zip of something else
  | 'html' // a web page, often what a system exports as ".xls"
  | 'xml2003' // Excel 2003 XML Spreadsheet
  | 'pdf'
  | 'csv' // plain text with separators
  | 'unknown';

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

/** The bytes as one char per byte, for fast searching (ASCII is kept as is). */
function asBinaryText(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes);
}

/** The text as UTF-16LE bytes: how a compound file names its streams. */
const utf16 = (text: string) => Array.from(text, (c) => `${c}\u0000`).join('');

export function identifyFile(data: Uint8Array | ArrayBuffer): FileKind {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, CFB)) {
    const text = asBinaryText(bytes);
    if (text.includes(utf16('EncryptedPackage'))) return 'encrypted';
    if (text.includes(utf16('Workbook')) || text.includes(utf16('Book'))) return 'xls';
    return 'doc';
  }
  if (startsWith(bytes, [0x50, 0x4b])) {
    // Entry names are stored in the clear in every local header.
    const text = asBinaryText(bytes);
    if (text.includes('xl/workbook') || text.includes('xl/_rels')) return 'ooxml';
    if (text.includes('application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
    if (text.includes('application/vnd.oasis.opendocument')) return 'odf';
    if (text.includes('word/') || text.includes('ppt/')) return 'docx';
    if (text.includes('[Content_Types].xml')) return 'ooxml'; // the reader says what is missing
    return 'zip';
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  const head = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 4096))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (head.startsWith('<?xml') && head.includes('urn:schemas-microsoft-com:office:spreadsheet')) return 'xml2003';
  if (/^<(!doctype html|html|table|meta|head|body)\b/.test(head) || head.includes('<table')) return 'html';
  const sample = bytes.subarray(0, 4096);
  if (!sample.includes(0) && /[,;\t]/.test(head) && /\n/.test(head + '\n')) return 'csv';
  return 'unknown';
}

const SAVE_TH = 'เปิดไฟล์ใน Excel หรือ LibreOffice Calc แล้วเลือก ไฟล์ > บันทึกเป็น > "สมุดงาน Excel (*.xlsx)" แล้วใช้ไฟล์ .xlsx นั้น';
const SAVE_EN =
  'open it in Excel or LibreOffice Calc, choose File > Save As > "Excel Workbook (*.xlsx)", and use that .xlsx file';

/** What the file is and what to do, in Thai and English; undefined for a workbook package. */
export function unreadableFile(kind: FileKind): Bilingual | undefined {
  switch (kind) {
    case 'ooxml':
      return undefined;
    case 'empty':
      return bi(
        'ไฟล์นี้ว่างเปล่า (0 ไบต์) อาจดาวน์โหลดหรือคัดลอกไม่เสร็จ — นำไฟล์มาใหม่อีกครั้ง',
        'the file is empty (0 bytes): it may not have finished downloading or copying; get the file again',
      );
    case 'xls':
      return bi(
        `ไฟล์นี้เป็นสมุดงาน Excel 97–2003 (.xls) ซึ่งโปรแกรมอ่านไม่ได้ — ${SAVE_TH}`,
        `this is an Excel 97–2003 workbook (.xls), which ITA Planner cannot read; ${SAVE_EN}`,
      );
    case 'encrypted':
      return bi(
        'สมุดงานนี้ตั้งรหัสผ่านสำหรับเปิดไว้ จึงอ่านไม่ได้ — เปิดใน Excel ใส่รหัสผ่าน แล้วไปที่ ไฟล์ > ข้อมูล > ป้องกันสมุดงาน > เข้ารหัสด้วยรหัสผ่าน ลบรหัสผ่านออก บันทึก แล้วลองใหม่',
        'this workbook has a password to open, so it cannot be read; open it in Excel with the password, go to File > Info > Protect Workbook > Encrypt with Password, clear the password, save, and try again',
      );
    case 'doc':
      return bi(
        'ไฟล์นี้เป็นเอกสาร Office รุ่นเก่า (เช่น Word 97–2003) ไม่ใช่สมุดงาน — ใช้ไฟล์ Excel ที่มีคะแนน หรือสร้างแม่แบบด้วยคำสั่ง ita-planner template แล้วกรอกคะแนน',
        'this is an older Office document (such as Word 97–2003), not a workbook; use the Excel file that holds the scores, or make a template with `ita-planner template` and type the scores in',
      );
    case 'ods':
      return bi(
        `ไฟล์นี้เป็นสเปรดชีต OpenDocument (.ods) ซึ่งโปรแกรมอ่านไม่ได้ — ${SAVE_TH}`,
        `this is an OpenDocument spreadsheet (.ods), which ITA Planner cannot read; ${SAVE_EN}`,
      );
    case 'odf':
    case 'docx':
    case 'pdf':
      return bi(
        `ไฟล์นี้เป็น${kind === 'pdf' ? ' PDF' : 'เอกสารข้อความหรืองานนำเสนอ'} ไม่ใช่สมุดงาน — คัดลอกคะแนนลงในแม่แบบ (คำสั่ง ita-planner template) หรือใช้ไฟล์ Excel ที่มีคะแนน`,
        `this is a ${kind === 'pdf' ? 'PDF' : 'text or presentation'} document, not a workbook; copy the scores into a template (\`ita-planner template\`), or use the Excel file that holds them`,
      );
    case 'html':
      return bi(
        `ไฟล์นี้เป็นหน้าเว็บ (HTML) ที่ตั้งชื่อเหมือนไฟล์ Excel (ระบบหลายแห่งส่งออกแบบนี้) — ${SAVE_TH}`,
        `this is a web page (HTML) named like an Excel file, as many systems export them; ${SAVE_EN}`,
      );
    case 'xml2003':
      return bi(
        `ไฟล์นี้เป็น XML Spreadsheet ของ Excel 2003 — ${SAVE_TH}`,
        `this is an Excel 2003 XML Spreadsheet; ${SAVE_EN}`,
      );
    case 'csv':
      return bi(
        `ไฟล์นี้เป็นข้อความคั่นด้วยจุลภาค (CSV) ไม่ใช่สมุดงาน — ${SAVE_TH}`,
        `this is comma-separated text (CSV), not a workbook; ${SAVE_EN}`,
      );
    case 'zip':
    case 'unknown':
      return bi(
        `ไฟล์นี้ไม่ใช่สเปรดชีต — ถ้าเป็นตารางจากโปรแกรมอื่น ${SAVE_TH}`,
        `this is not a spreadsheet; if it is a table from another program, ${SAVE_EN}`,
      );
  }
}

/** Thrown before any library sees a file that is not a workbook package. */
export class UnreadableFileError extends Error {
  constructor(
    readonly kind: FileKind,
    readonly problem: Bilingual,
  ) {
    super(problem.en);
    this.name = 'UnreadableFileError';
  }
}

/** Throws UnreadableFileError unless the bytes look like a workbook package. */
export function assertWorkbookPackage(data: Uint8Array | ArrayBuffer): void {
  const kind = identifyFile(data);
  const problem = unreadableFile(kind);
  if (problem) throw new UnreadableFileError(kind, problem);
}
