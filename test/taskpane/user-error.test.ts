import { bi, BilingualError } from '../../src/domain/text';
import { HostError, UNEXPECTED, userErrorOf } from '../../src/taskpane/errors';

describe('errors the pane shows: one language at a time, never both in one string', () => {
  test('a BilingualError becomes the error title in both languages, with no technical detail', () => {
    const text = bi('ชีต "มาตรการ" ไม่มีหัวคอลัมน์', 'Sheet "Measures" has no headers');
    const u = userErrorOf(new BilingualError(text));
    expect(u.title).toEqual(text);
    expect(u.detail).toBe('');
  });
  test('a HostError keeps its own; anything else is "unexpected" with the message as detail', () => {
    const user = { title: bi('ก', 'a'), detail: 'x' };
    expect(userErrorOf(new HostError(user))).toBe(user);
    expect(userErrorOf(new Error('boom'))).toEqual({ title: UNEXPECTED, detail: 'boom' });
  });
});
