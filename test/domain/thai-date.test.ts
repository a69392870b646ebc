import { toThaiDigits } from '../../src/domain/parse/common';
import { formatDate, formatDateTime, thaiToday } from '../../src/domain/thai-date';

describe('dates as Thai documents print them (Buddhist Era, the digits the planner writes)', () => {
  it('day, abbreviated month and the Buddhist-Era year (CE + 543), in Arabic digits by default', () => {
    expect(formatDate('2026-12-01', 'th')).toBe('1 ธ.ค. 2569');
    expect(formatDate('2023-03-31', 'th')).toBe('31 มี.ค. 2566');
  });

  it('in Thai digits when the planner writes them', () => {
    expect(formatDate('2026-12-01', 'th', 'thai')).toBe('๑ ธ.ค. ๒๕๖๙');
    expect(toThaiDigits('O12 2569')).toBe('O๑๒ ๒๕๖๙');
  });

  it('English keeps the Common Era and Arabic digits, whatever the setting', () => {
    expect(formatDate('2026-12-01', 'en', 'thai')).toBe('1 Dec 2026');
  });

  it("a computed time is shown in Thailand's time (UTC+7), across midnight and the year's end", () => {
    expect(formatDateTime('2026-11-21T09:00:00.000Z', 'th')).toBe('21 พ.ย. 2569 16:00');
    expect(formatDateTime('2026-12-31T18:30:00.000Z', 'th', 'thai')).toBe('๑ ม.ค. ๒๕๗๐ ๐๑:๓๐');
  });

  it("today is Thailand's date: from 17:00 UTC it is already tomorrow there", () => {
    expect(thaiToday(new Date('2026-12-01T16:59:59Z'))).toBe('2026-12-01');
    expect(thaiToday(new Date('2026-12-01T17:00:00Z'))).toBe('2026-12-02');
    expect(thaiToday(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });

  it('what is not a date is shown as given', () => {
    expect(formatDate('ปีงบประมาณ 2566', 'th')).toBe('ปีงบประมาณ 2566');
    expect(formatDateTime('soon', 'th')).toBe('soon');
  });
});
