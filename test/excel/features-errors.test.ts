import { bi } from '../../src/domain/text';
import {
  ApplyError,
  ErrorCode,
  codeOf,
  isPayloadError,
  isProtectionError,
  isReadSizeError,
  isSizeRefusal,
  toUserError,
} from '../../src/excel/errors';
import {
  ALL_FEATURES,
  FEATURE_REQUIREMENTS,
  MIN_EXCEL_API,
  detectFeatures,
  officeIsSetSupported,
} from '../../src/excel/features';

const upTo = (minor: number) => (name: string, version: string) =>
  name === 'ExcelApi' && Number(version.split('.')[1]) <= minor;

function officeError(code: string, message: string, errorLocation?: string): Error {
  const e = new Error(message) as Error & { code: string; debugInfo: unknown };
  e.name = 'RichApi.Error';
  e.code = code;
  e.debugInfo = { code, message, errorLocation };
  return e;
}

describe('detectFeatures', () => {
  it('turns everything on for a current Excel and says nothing', () => {
    expect(detectFeatures(() => true)).toEqual({ features: ALL_FEATURES, notices: [] });
  });

  it('asks only about ExcelApi, with the versions each feature needs', () => {
    const asked: string[] = [];
    detectFeatures((name, version) => {
      asked.push(`${name} ${version}`);
      return true;
    });
    expect(new Set(asked)).toEqual(new Set(Object.values(FEATURE_REQUIREMENTS).map((v) => `ExcelApi ${v}`)));
  });

  it('on ExcelApi 1.7 (Office 2019) drops drop-down lists, screen suspension and page layout, with Thai and English notices', () => {
    const { features, notices } = detectFeatures(upTo(7));
    expect(features).toEqual({
      ...ALL_FEATURES,
      dataValidation: false,
      suspendScreenUpdating: false,
      pageLayout: false,
    });
    expect(notices).toEqual([
      {
        th: 'ไม่สามารถสร้างรายการให้เลือก (drop-down) ได้ใน Excel รุ่นนี้',
        en: 'Drop-down lists need a newer Excel (ExcelApi 1.8)',
      },
      {
        th: 'ไม่สามารถตั้งค่าหน้ากระดาษ (A4 แนวกระดาษ หัวกระดาษ ท้ายกระดาษ เลขหน้า) ได้ใน Excel รุ่นนี้',
        en: 'Page setup (A4, orientation, header, footer, page numbers) needs a newer Excel (ExcelApi 1.9)',
      },
    ]);
  });

  it('below the floor (Office 2016 without updates, ExcelApi 1.1) says only that this Excel is too old', () => {
    const { features, notices } = detectFeatures(upTo(1));
    expect(features.supported).toBe(false);
    expect(notices).toHaveLength(1);
    expect(notices[0].en).toContain(`ExcelApi ${MIN_EXCEL_API}`);
    expect(notices[0].th).toContain('เก่าเกินไป');
  });

  it('treats a requirement check that throws as "not supported"', () => {
    expect(
      detectFeatures(() => {
        throw new Error('no requirements API');
      }).features.supported,
    ).toBe(false);
  });

  it('outside Office (no Office global) supports nothing', () => {
    expect(officeIsSetSupported()('ExcelApi', '1.1')).toBe(false);
  });
});

describe('payload errors', () => {
  it('are recognised by code, request or response, or by a message about the payload', () => {
    expect(
      isPayloadError(
        officeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.'),
      ),
    ).toBe(true);
    expect(isPayloadError(officeError('ResponsePayloadSizeLimitExceeded', 'x'))).toBe(true);
    expect(isPayloadError(new Error('Payload too large'))).toBe(true);
    expect(isPayloadError(officeError('GeneralException', 'An internal error has occurred.'))).toBe(false);
  });

  it('for reads also include the five-million-cell limit', () => {
    expect(
      isReadSizeError(
        officeError('RangeExceedsLimit', 'The cell count in range has exceeded the maximum supported number.'),
      ),
    ).toBe(true);
    expect(isPayloadError(officeError('RangeExceedsLimit', 'x'))).toBe(false);
  });

  it('codes are read from code, or from debugInfo when code is missing', () => {
    expect(codeOf({ debugInfo: { code: 'ItemNotFound' } })).toBe('ItemNotFound');
    expect(codeOf('text')).toBeUndefined();
  });
});

describe('size and protection by platform', () => {
  it('GeneralException is a size refusal only on Excel on the web', () => {
    const general = officeError('GeneralException', 'An internal error has occurred.');
    expect(isSizeRefusal(general)).toBe(false);
    expect(isSizeRefusal(general, { web: true })).toBe(true);
    expect(isReadSizeError(general, { web: true })).toBe(true);
    expect(isSizeRefusal(officeError('ItemNotFound', 'x'), { web: true })).toBe(false);
  });

  it('a write to a protected sheet is protection whether Excel says AccessDenied or names the protection under InvalidOperation', () => {
    expect(isProtectionError(officeError('AccessDenied', 'You cannot perform the requested operation.'))).toBe(true);
    const desktop = officeError(
      'InvalidOperation',
      "The cell or chart you're trying to change is on a protected sheet.",
    );
    expect(isProtectionError(desktop)).toBe(true);
    expect(toUserError(desktop).title.en).toContain('protected');
    expect(isProtectionError(officeError('InvalidOperation', 'A dialog box is open.'))).toBe(false);
    expect(toUserError(officeError('InvalidOperation', 'A dialog box is open.')).title.en).toContain(
      'Close any open dialog',
    );
  });

  it('every Office.js code the adapter names has its own title, none is "something unexpected"', () => {
    for (const code of Object.values(ErrorCode)) {
      const title = toUserError(officeError(code, 'm')).title;
      expect([code, title.en]).not.toEqual([code, 'Something unexpected went wrong']);
      expect(title.th).toMatch(/[\u0E00-\u0E7F]/);
    }
  });
});

describe('toUserError', () => {
  it.each([
    [
      'InvalidOperationInCellEditMode',
      'กรุณากด Enter หรือ Esc เพื่อออกจากการแก้ไขเซลล์ แล้วลองอีกครั้ง',
      'Finish editing the cell (press Enter or Esc) and try again',
    ],
    ['AccessDenied', 'ถูกป้องกัน', 'protected'],
    ['ItemNotFound', 'ไม่พบชีต', 'not found'],
    ['GeneralException', 'ข้อผิดพลาดภายใน', 'internal error'],
    ['RequestPayloadSizeLimitExceeded', 'ใหญ่เกิน', 'too large'],
    ['InvalidOperation', 'ปิดกล่องโต้ตอบ', 'Close any open dialog box'],
    ['InactiveWorkbook', 'คลิกในสมุดงาน', 'Click in the workbook'],
    ['Conflict', 'รอสักครู่', 'co-authoring'],
    ['FormulaLengthExceedsLimit', 'ita-planner recompute', 'ita-planner recompute'],
    ['InvalidSelection', 'เลิกซ่อนชีต', 'Unhide the sheet'],
    ['UnsupportedSheet', 'ชีตแผนภูมิ', 'chart sheet'],
    ['OperationCellsExceedLimit', 'แถวและคอลัมน์ว่าง', 'stray empty rows'],
    ['ActivityLimitReached', 'หนึ่งนาที', 'Wait about a minute'],
    ['PivotTableRangeConflict', 'PivotTable', 'PivotTable'],
    ['FilteredRangeConflict', 'ล้างตัวกรอง', 'Clear the filter'],
    ['NotImplemented', 'อัปเดต Excel', 'update Excel'],
  ])('explains %s in Thai and English', (code, th, en) => {
    const user = toUserError(officeError(code, 'original message', 'Range.formulas'));
    expect(user.code).toBe(code);
    expect(user.title.th).toContain(th);
    expect(user.title.en).toContain(en);
    expect(user.detail).toBe(`${code}: original message: at Range.formulas`);
  });

  it('keeps the original message of an unknown error', () => {
    const user = toUserError(new TypeError("Cannot read properties of undefined (reading 'items')"));
    expect(user.title.en).toBe('Something unexpected went wrong');
    expect(user.code).toBeUndefined();
    expect(user.detail).toContain("reading 'items'");
    expect(toUserError('plain text').detail).toBe('plain text');
  });

  it('for an ApplyError, explains its cause and lists what had already been written', () => {
    const written = [
      bi("สร้างชีต 'สรุปผล ITA'", "created sheet 'สรุปผล ITA'"),
      bi("'สรุปผล ITA'!A2:F40000", "'สรุปผล ITA'!A2:F40000"),
    ];
    const e = new ApplyError(officeError('AccessDenied', 'The cell or chart is on a protected sheet.'), written);
    const user = toUserError(e);
    expect(user.code).toBe('AccessDenied');
    expect(user.title.en).toContain('protected');
    expect(user.written).toEqual(written);
    expect(user.detail).toContain("already written: created sheet 'สรุปผล ITA'; 'สรุปผล ITA'!A2:F40000");
  });

  it('for an ApplyError that gave up on size, says the data is too large even in smaller parts', () => {
    const e = new ApplyError(officeError('RequestPayloadSizeLimitExceeded', 'x'), [], { gaveUp: true });
    expect(toUserError(e).title.en).toMatch(/too large for Excel on the web, even in smaller parts/);
    expect(toUserError(e).detail).toContain('nothing was written');
  });
});
