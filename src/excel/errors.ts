/**
 * Office.js errors, told to the user in Thai and English. Pure: errors are recognised by shape
 * (`OfficeExtension.Error` has `code`, `message` and `debugInfo`), so this runs without Office.
 *
 * The adapter never swallows errors: readSnapshot lets them propagate as they are, applyPlan
 * wraps them in an ApplyError that also says what had already been written.
 */
import { Bilingual, bi } from '../domain/text';

export interface UserError {
  title: Bilingual;
  /** Technical detail for the "details" expander: original message, code, location. */
  detail: string;
  code?: string;
  /** Steps already written to the workbook when the error came (applyPlan only). */
  written?: Bilingual[];
  /**
   * Steps of the request that failed, which Excel may have partly carried out: a request is not
   * a transaction, and the operations before the failing one stay done (applyPlan only).
   */
  partial?: Bilingual[];
}

/** Error codes Office.js uses for these conditions (Excel.ErrorCodes and the docs' error table). */
export const ErrorCode = {
  editMode: 'InvalidOperationInCellEditMode',
  accessDenied: 'AccessDenied',
  requestPayload: 'RequestPayloadSizeLimitExceeded',
  responsePayload: 'ResponsePayloadSizeLimitExceeded',
  rangeExceedsLimit: 'RangeExceedsLimit',
  itemNotFound: 'ItemNotFound',
  itemAlreadyExists: 'ItemAlreadyExists',
  generalException: 'GeneralException',
  invalidArgument: 'InvalidArgument',
  invalidReference: 'InvalidReference',
  apiNotFound: 'ApiNotFound',
  unsupportedOperation: 'UnsupportedOperation',
  requestAborted: 'RequestAborted',
  mergedRangeConflict: 'MergedRangeConflict',
  invalidOperation: 'InvalidOperation',
  inactiveWorkbook: 'InactiveWorkbook',
  conflict: 'Conflict',
  formulaLengthExceedsLimit: 'FormulaLengthExceedsLimit',
  invalidSelection: 'InvalidSelection',
  unsupportedSheet: 'UnsupportedSheet',
  operationCellsExceedLimit: 'OperationCellsExceedLimit',
  notImplemented: 'NotImplemented',
  unsupportedFeature: 'UnsupportedFeature',
  activityLimitReached: 'ActivityLimitReached',
  pivotTableRangeConflict: 'PivotTableRangeConflict',
  filteredRangeConflict: 'FilteredRangeConflict',
} as const;

/**
 * applyPlan failed: `written` lists the steps that reached the workbook before it failed, and
 * `partial` those of the failed request, which may be partly done.
 */
export class ApplyError extends Error {
  readonly written: Bilingual[];
  readonly partial: Bilingual[];
  readonly code: string | undefined;
  readonly cause: unknown;
  /** True when the payload was still too large after every allowed retry. */
  readonly gaveUp: boolean;

  constructor(cause: unknown, written: Bilingual[], options: { gaveUp?: boolean; partial?: Bilingual[] } = {}) {
    super(messageOf(cause));
    this.name = 'ApplyError';
    this.cause = cause;
    this.code = codeOf(cause);
    this.written = [...written];
    this.partial = [...(options.partial ?? [])];
    this.gaveUp = options.gaveUp ?? false;
  }
}

/**
 * Found before anything was written: the plan would write to protected sheets (`sheets`), or
 * add or remove sheets in a workbook whose structure is protected (`workbook`).
 */
export class ProtectedError extends Error {
  readonly code = ErrorCode.accessDenied;
  constructor(
    readonly sheets: string[],
    readonly workbook: boolean,
  ) {
    super(`Protected: ${[...sheets, ...(workbook ? ['workbook structure'] : [])].join(', ')}`);
    this.name = 'ProtectedError';
  }
}

/**
 * Found before anything was written: a sheet of ours the plan would clear or delete no longer
 * carries the stamp it had when the workbook was read (the user renamed or edited it meanwhile).
 */
export class OwnershipChangedError extends Error {
  constructor(readonly sheets: string[]) {
    super(`No longer stamped as ITA Planner's: ${sheets.join(', ')}`);
    this.name = 'OwnershipChangedError';
  }
}

/** Errors for which Excel refuses the whole request before carrying out any of it. */
export function refusesWholeRequest(e: unknown): boolean {
  return isPayloadError(e) || codeOf(e) === ErrorCode.editMode;
}

/**
 * Where the adapter runs, as far as errors mean different things there. Excel on the web
 * (`Office.context.platform === 'OfficeOnline'`) has the 5 MB limit on each request and
 * response, and its older builds answer a request over it with GeneralException ("An internal
 * error has occurred.") rather than RequestPayloadSizeLimitExceeded (office-js issues #1012,
 * #1314; office-js-docs-reference #354: 2,000 × 10 cells refused, 500 rows accepted).
 */
export interface ErrorContext {
  web?: boolean;
}

/**
 * A request refused for its size: the payload codes anywhere, and on Excel on the web also
 * GeneralException. The caller retries it in smaller parts, which is safe for reads and for the
 * adapter's writes (idempotent assignments); a GeneralException that is not about size fails
 * again when the request cannot be cut smaller, after the bounded retries.
 */
export function isSizeRefusal(e: unknown, where: ErrorContext = {}): boolean {
  return isPayloadError(e) || (where.web === true && codeOf(e) === ErrorCode.generalException);
}

interface ErrorShape {
  code?: unknown;
  message?: unknown;
  debugInfo?: { code?: unknown; message?: unknown; errorLocation?: unknown };
}

/** The Office.js error code of `e` (or of the error an ApplyError wraps). */
export function codeOf(e: unknown): string | undefined {
  if (e instanceof ApplyError) return e.code;
  if (typeof e !== 'object' || e === null) return undefined;
  const shape = e as ErrorShape;
  if (typeof shape.code === 'string' && shape.code !== '') return shape.code;
  if (typeof shape.debugInfo?.code === 'string' && shape.debugInfo.code !== '') return shape.debugInfo.code;
  return undefined;
}

export function messageOf(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === 'object' && e !== null && typeof (e as ErrorShape).message === 'string')
    return (e as ErrorShape).message as string;
  if (typeof e === 'string') return e;
  try {
    return JSON.stringify(e) ?? String(e);
  } catch {
    return String(e);
  }
}

/** Excel on the web rejected a request or response over its 5 MB limit. */
export function isPayloadError(e: unknown): boolean {
  const code = codeOf(e);
  if (code === ErrorCode.requestPayload || code === ErrorCode.responsePayload || code === 'PayloadTooLarge')
    return true;
  return /payload/i.test(messageOf(e));
}

/**
 * A read that is too large: over the payload limit, or over the five-million-cell limit for gets
 * (and, on Excel on the web, a GeneralException: see isSizeRefusal).
 */
export function isReadSizeError(e: unknown, where: ErrorContext = {}): boolean {
  return isSizeRefusal(e, where) || codeOf(e) === ErrorCode.rangeExceedsLimit;
}

/**
 * A write refused because the sheet is protected. Excel on the web and Microsoft Graph answer
 * AccessDenied ("You cannot perform the requested operation."); the desktop's text names the
 * protected sheet ("The cell or chart you're trying to change is on a protected sheet"), under
 * AccessDenied or InvalidOperation. Both are taken as protection.
 */
export function isProtectionError(e: unknown): boolean {
  const code = codeOf(e);
  if (code === ErrorCode.accessDenied) return true;
  return code === ErrorCode.invalidOperation && /protect/i.test(messageOf(e instanceof ApplyError ? e.cause : e));
}

const TITLES: Record<string, Bilingual> = {
  [ErrorCode.editMode]: bi(
    'กรุณากด Enter หรือ Esc เพื่อออกจากการแก้ไขเซลล์ แล้วลองอีกครั้ง',
    'Finish editing the cell (press Enter or Esc) and try again',
  ),
  [ErrorCode.accessDenied]: bi(
    'ชีตหรือสมุดงานถูกป้องกัน (Protect) หรือเปิดแบบอ่านอย่างเดียว จึงเขียนไม่ได้ กรุณายกเลิกการป้องกันแล้วลองอีกครั้ง',
    'The sheet or workbook is protected or read-only, so the add-in cannot write to it. Unprotect it and try again',
  ),
  [ErrorCode.itemNotFound]: bi(
    'ไม่พบชีตหรือช่วงเซลล์ที่ต้องใช้ อาจถูกลบหรือเปลี่ยนชื่อระหว่างทำงาน กรุณาลองอีกครั้ง',
    'A sheet or range the add-in needs was not found; it may have been deleted or renamed meanwhile. Try again',
  ),
  [ErrorCode.itemAlreadyExists]: bi(
    'มีชีตหรือชื่อ (Name) นี้อยู่แล้ว กรุณาลองอีกครั้ง',
    'A sheet or defined name with this name already exists. Try again',
  ),
  [ErrorCode.generalException]: bi(
    'Excel แจ้งข้อผิดพลาดภายใน กรุณาบันทึกงานแล้วลองอีกครั้ง',
    'Excel reported an internal error. Save your work and try again',
  ),
  [ErrorCode.invalidArgument]: bi(
    'Excel ไม่รับข้อมูลที่ส่งไป (ข้อผิดพลาดของโปรแกรมเสริม) กรุณาแจ้งผู้พัฒนา',
    'Excel rejected a value the add-in sent (an add-in bug). Please report it',
  ),
  [ErrorCode.invalidReference]: bi(
    'การอ้างอิงเซลล์ไม่ถูกต้อง (ข้อผิดพลาดของโปรแกรมเสริม) กรุณาแจ้งผู้พัฒนา',
    'A cell reference was not valid (an add-in bug). Please report it',
  ),
  [ErrorCode.apiNotFound]: bi(
    'Excel รุ่นนี้ไม่รองรับคำสั่งที่โปรแกรมเสริมต้องใช้ กรุณาอัปเดต Excel',
    'This Excel does not support an operation the add-in needs. Please update Excel',
  ),
  [ErrorCode.unsupportedOperation]: bi(
    'Excel รุ่นนี้ไม่รองรับคำสั่งที่โปรแกรมเสริมต้องใช้ กรุณาอัปเดต Excel',
    'This Excel does not support an operation the add-in needs. Please update Excel',
  ),
  [ErrorCode.requestAborted]: bi('การทำงานถูกยกเลิกกลางทาง กรุณาลองอีกครั้ง', 'The request was aborted. Try again'),
  [ErrorCode.mergedRangeConflict]: bi(
    'มีเซลล์ที่ผสาน (Merge) ขวางอยู่ในบริเวณที่ต้องเขียน กรุณายกเลิกการผสานเซลล์ในชีตของ ITA Planner แล้วลองอีกครั้ง',
    "Merged cells are in the way of what the add-in writes. Unmerge the cells on ITA Planner's sheet and try again",
  ),
  [ErrorCode.invalidOperation]: bi(
    'Excel ไม่ยอมทำคำสั่งนี้ในสถานะปัจจุบัน กรุณาปิดกล่องโต้ตอบที่เปิดค้างอยู่ คลิกที่เซลล์ใดเซลล์หนึ่งในชีต แล้วลองอีกครั้ง',
    'Excel cannot do this in its current state. Close any open dialog box, click a cell in the sheet, and try again',
  ),
  [ErrorCode.inactiveWorkbook]: bi(
    'สมุดงานนี้ไม่ได้เป็นหน้าต่างที่ใช้งานอยู่ กรุณาคลิกในสมุดงานที่เปิด ITA Planner แล้วลองอีกครั้ง',
    'This workbook is not the active window. Click in the workbook that shows ITA Planner and try again',
  ),
  [ErrorCode.conflict]: bi(
    'มีผู้อื่นแก้ไขสมุดงานนี้พร้อมกัน (เขียนร่วมกัน) รอสักครู่แล้วลองอีกครั้ง',
    'Someone else is editing this workbook at the same time (co-authoring). Wait a moment and try again',
  ),
  [ErrorCode.formulaLengthExceedsLimit]: bi(
    'สูตรที่โปรแกรมเสริมเขียนยาวเกินกว่าที่ Excel รับได้ (ข้อผิดพลาดของโปรแกรมเสริม) กรุณาแจ้งผู้พัฒนา ระหว่างนี้ใช้คำสั่ง ita-planner recompute กับไฟล์ .xlsx ได้',
    'A formula the add-in wrote is longer than Excel allows (an add-in bug). Please report it; meanwhile ita-planner recompute works on the .xlsx file',
  ),
  [ErrorCode.invalidSelection]: bi(
    'Excel เลือกเซลล์นี้ไม่ได้ ชีตของเซลล์อาจถูกซ่อนอยู่ กรุณาเลิกซ่อนชีต (คลิกขวาที่แท็บชีต > ยกเลิกการซ่อน) แล้วลองอีกครั้ง',
    'Excel cannot select this cell; its sheet may be hidden. Unhide the sheet (right-click a sheet tab > Unhide) and try again',
  ),
  [ErrorCode.unsupportedSheet]: bi(
    'สมุดงานมีชีตชนิดที่โปรแกรมเสริมอ่านหรือเขียนไม่ได้ (ชีตแผนภูมิหรือชีตแมโคร) กรุณาบันทึกสำเนาโดยไม่มีชีตนั้นแล้วลองอีกครั้ง',
    'The workbook has a sheet add-ins cannot read or write (a chart sheet or macro sheet). Save a copy without it and try again',
  ),
  [ErrorCode.operationCellsExceedLimit]: bi(
    'คำสั่งนี้เกี่ยวข้องกับเซลล์มากเกินกว่าที่ Excel รับได้ กรุณาลบแถวและคอลัมน์ว่างที่เกินมาท้ายชีต (ช่วงที่ใช้ยาวเกินจริง) แล้วลองอีกครั้ง',
    'The operation covers more cells than Excel allows. Delete the stray empty rows and columns at the end of the sheet (its used range is too large) and try again',
  ),
  [ErrorCode.notImplemented]: bi(
    'Excel รุ่นนี้ไม่รองรับคำสั่งที่โปรแกรมเสริมต้องใช้ กรุณาอัปเดต Excel',
    'This Excel does not support an operation the add-in needs. Please update Excel',
  ),
  [ErrorCode.unsupportedFeature]: bi(
    'Excel รุ่นนี้ไม่รองรับคำสั่งที่โปรแกรมเสริมต้องใช้ กรุณาอัปเดต Excel',
    'This Excel does not support an operation the add-in needs. Please update Excel',
  ),
  [ErrorCode.activityLimitReached]: bi(
    'Excel รับคำสั่งถี่เกินไปในช่วงนี้ กรุณารอประมาณหนึ่งนาทีแล้วลองอีกครั้ง',
    'Excel has had too many requests for now. Wait about a minute and try again',
  ),
  [ErrorCode.pivotTableRangeConflict]: bi(
    'มี PivotTable ขวางอยู่ในบริเวณที่ต้องเขียน กรุณาย้าย PivotTable ออกจากชีตของ ITA Planner แล้วลองอีกครั้ง',
    "A PivotTable is in the way of what the add-in writes. Move it off ITA Planner's sheet and try again",
  ),
  [ErrorCode.filteredRangeConflict]: bi(
    'ตัวกรอง (Filter) ในชีตขวางการเขียน กรุณาล้างตัวกรอง (ข้อมูล > ล้าง) แล้วลองอีกครั้ง',
    'A filter on the sheet is in the way. Clear the filter (Data > Clear) and try again',
  ),
};

/** A write refused for protection, whatever code the platform used (see isProtectionError). */
const PROTECTED_TITLE = TITLES[ErrorCode.accessDenied];

const PAYLOAD_TITLE = bi(
  'ข้อมูลมีขนาดใหญ่เกินกว่าที่ Excel บนเว็บจะรับได้ แม้แบ่งส่งเป็นส่วนย่อยแล้ว ลองใช้ Excel บนเดสก์ท็อป',
  'The data is too large for Excel on the web, even in smaller parts. Try Excel for desktop',
);

const UNKNOWN_TITLE = bi('เกิดข้อผิดพลาดที่ไม่คาดคิด', 'Something unexpected went wrong');

function protectedTitle(e: ProtectedError): Bilingual {
  const list = e.sheets.map((s) => `'${s}'`).join(', ');
  if (e.sheets.length === 0) {
    return bi(
      'โครงสร้างสมุดงานถูกป้องกัน จึงเพิ่มหรือลบชีตไม่ได้ กรุณายกเลิกการป้องกัน (รีวิว > ป้องกันสมุดงาน) แล้วลองอีกครั้ง',
      "The workbook's structure is protected, so the add-in cannot add or remove sheets. Unprotect it (Review > Protect Workbook) and try again",
    );
  }
  return bi(
    `ชีต ${list} ถูกป้องกัน (Protect) จึงเขียนไม่ได้ กรุณายกเลิกการป้องกันแผ่นงาน (รีวิว > ยกเลิกการป้องกันแผ่นงาน) แล้วลองอีกครั้ง`,
    e.sheets.length === 1
      ? `Sheet ${list} is protected, so the add-in cannot write to it. Unprotect (Review > Unprotect Sheet) and try again`
      : `Sheets ${list} are protected, so the add-in cannot write to them. Unprotect (Review > Unprotect Sheet) and try again`,
  );
}

function ownershipChangedTitle(e: OwnershipChangedError): Bilingual {
  const list = e.sheets.map((s) => `'${s}'`).join(', ');
  return bi(
    `ชีต ${list} เปลี่ยนไประหว่างที่ ITA Planner ทำงาน จึงไม่เขียนทับ กรุณากดคำนวณใหม่อีกครั้ง`,
    `Sheet ${list} changed while ITA Planner was working, so it was not written over. Recompute again`,
  );
}

export function toUserError(e: unknown): UserError {
  const code = codeOf(e);
  const cause = e instanceof ApplyError ? e.cause : e;
  let title: Bilingual;
  if (cause instanceof ProtectedError) title = protectedTitle(cause);
  else if (cause instanceof OwnershipChangedError) title = ownershipChangedTitle(cause);
  else if (isReadSizeError(cause) || (e instanceof ApplyError && e.gaveUp)) title = PAYLOAD_TITLE;
  else if (isProtectionError(cause)) title = PROTECTED_TITLE;
  else if (code !== undefined && TITLES[code]) title = TITLES[code];
  else title = UNKNOWN_TITLE;

  const parts: string[] = [];
  if (code) parts.push(code);
  parts.push(messageOf(cause));
  const location =
    typeof cause === 'object' && cause !== null ? (cause as ErrorShape).debugInfo?.errorLocation : undefined;
  if (typeof location === 'string' && location !== '') parts.push(`at ${location}`);
  const result: UserError = { title, detail: parts.join(': ') };
  if (code) result.code = code;
  if (e instanceof ApplyError) {
    result.written = [...e.written];
    result.detail +=
      e.written.length === 0
        ? ' — nothing was written before the failed request'
        : ` — already written: ${e.written.map((w) => w.en).join('; ')}`;
    if (e.partial.length > 0) {
      result.partial = [...e.partial];
      result.detail += ` — the failed request may be partly done: ${e.partial.map((w) => w.en).join('; ')}`;
    }
  }
  return result;
}
