/**
 * A comma before one or two digits ("88,5") is no thousands separator: most likely a decimal
 * comma. It is not read as a number, but the message offers the number the planner meant.
 */
import { parseNumber, parseScore } from '../../src/domain/parse/numbers';
import type { Parsed } from '../../src/domain/problem';

function failure<T>(p: Parsed<T>) {
  if (p.ok) throw new Error(`expected a failure, got ${String(p.value)}`);
  return p;
}

describe('decimal comma', () => {
  it.each([
    ['88,5', '88.5'],
    ['๘๘,๕๐', '88.50'],
    ['88,5 คะแนน', '88.5'],
    ['ร้อยละ 72,25', '72.25'],
  ])('score %s is refused with "if you meant %s"', (typed, meant) => {
    const f = failure(parseScore(typed));
    expect(f.found).toBe(typed);
    expect(f.expected.en).toContain(`if you meant ${meant}, type ${meant}`);
    expect(f.expected.th).toContain(`ถ้าหมายถึง ${meant} ให้พิมพ์ ${meant}`);
  });

  it('a plain number gets the same offer', () => {
    expect(failure(parseNumber('3,5')).expected.en).toContain('if you meant 3.5');
  });

  it('thousands commas are still read, and other bad text gets no such offer', () => {
    expect(parseNumber('1,250')).toEqual({ ok: true, value: 1250 });
    expect(failure(parseScore('88,5,1')).expected.en).not.toContain('if you meant');
    expect(failure(parseScore('ดีมาก')).expected.en).not.toContain('if you meant');
    expect(failure(parseNumber('12,3456')).expected.en).not.toContain('if you meant');
  });
});
