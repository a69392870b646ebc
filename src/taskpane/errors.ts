/**
 * Errors as the task pane tells them: a bilingual title, the technical detail,
 * and (for Excel writes) what had already reached the workbook. Hosts throw
 * HostError; anything else is wrapped as an unexpected error.
 */
import type { UserError } from '../excel/errors';
import { bi, BilingualError } from '../domain/text';

export type { UserError };

export class HostError extends Error {
  readonly user: UserError;
  readonly cause: unknown;
  constructor(user: UserError, cause?: unknown) {
    super(user.detail || user.title.en);
    this.name = 'HostError';
    this.user = user;
    this.cause = cause;
  }
}

export const UNEXPECTED = bi('เกิดข้อผิดพลาดที่ไม่คาดคิด', 'Something unexpected went wrong');

export function userErrorOf(e: unknown): UserError {
  if (e instanceof HostError) return e.user;
  if (e instanceof BilingualError) return { title: e.text, detail: '' };
  const detail = e instanceof Error ? e.message : typeof e === 'string' ? e : String(e);
  return { title: UNEXPECTED, detail };
}
