/** A problem as the command line prints it: its place said once. */
import { formatProblem } from '../../src/cli/say';
import { bi } from '../../src/domain/text';
import { cellRef } from '../../src/domain/refs';

describe('formatProblem', () => {
  it('prefixes the place when the message does not name it', () => {
    const p = {
      severity: 'warning' as const,
      code: 'x',
      sheet: 'OIT',
      cell: cellRef('A1'),
      message: bi('ไม่มีรายการ', 'no list'),
    };
    expect(formatProblem(p, 'th')).toBe('คำเตือน [OIT!A1]: ไม่มีรายการ');
  });

  it('does not repeat a place the message names, as a cell or as a group’s range', () => {
    const cell = {
      severity: 'error' as const,
      code: 'x',
      sheet: 'คะแนน',
      cell: cellRef('E5'),
      message: bi('คะแนน!E5 ว่าง', 'คะแนน!E5 is empty'),
    };
    expect(formatProblem(cell, 'en')).toBe('error: คะแนน!E5 is empty');
    const group = {
      severity: 'error' as const,
      code: 'oit.published',
      sheet: 'OIT',
      cell: cellRef('D14'),
      through: cellRef('D27'),
      message: bi('OIT D14–D27: 14 ข้อยังไม่ได้เลือก มี/ไม่มี', 'OIT D14–D27: 14 items not marked'),
    };
    expect(formatProblem(group, 'th')).toBe('ข้อผิดพลาด: OIT D14–D27: 14 ข้อยังไม่ได้เลือก มี/ไม่มี');
  });
});
