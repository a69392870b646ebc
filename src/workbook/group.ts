/**
 * Runs of identical problems become one: 43 blank "Published" cells of an OIT checklist are one
 * message ("OIT D2–D44: 43 items not marked มี/ไม่มี"), not 43 cards. The pane, the problems sheet
 * and the command line all show the grouped list.
 */
import { groupPlace, Problem } from '../domain/problem';
import { bi, Bilingual } from '../domain/text';
import { parseA1 } from './snapshot';
import { REPORTED_CODES } from './reported-check';

/** Problems that may group although their expected text names the row (indicator 1, 2, …). */
const GENERIC_EXPECTED: Record<string, Bilingual> = {
  'scores.score': bi(
    'คะแนน 0–100 ของแต่ละตัวชี้วัด (หรือคะแนนรายข้อ)',
    'a score from 0 to 100 for each indicator (or its items)',
  ),
  'oit.url-missing': bi(
    'ลิงก์ http(s) ไปยังหน้าเว็บไซต์หลักของหน่วยงานที่เผยแพร่แต่ละข้อ',
    "an http(s) link to the page of the agency's main website that publishes each item",
  ),
  'oit.url-scheme': bi('ที่อยู่เว็บที่ขึ้นต้นด้วย https://', 'web addresses starting with https://'),
};

/** Problems that group although each cell holds a different value (each link its own address). */
const ANY_FOUND = new Set(['oit.url-scheme']);

/** Wording for the runs planners meet most, saying what to do. */
function groupMessage(first: Problem, where: string, n: number): Bilingual {
  if (first.code === 'oit.published' && first.found === '')
    return bi(
      `${where}: ${n} ข้อยังไม่ได้เลือก มี/ไม่มี — เลือก มี หรือ ไม่มี ให้ครบทุกข้อ (ถ้ามีเพียงคะแนนรายตัวชี้วัด ให้เว้นคอลัมน์นี้ว่างทั้งหมดหรือลบชีต OIT แล้วกรอกตัวชี้วัดที่ 9 และ 10 ในชีตคะแนน)`,
      `${where}: ${n} items not marked มี/ไม่มี. Mark each item มี (yes) or ไม่มี (no); if you only have indicator scores, leave this column wholly empty or delete the OIT sheet and give indicators 9 and 10 on the Scores sheet`,
    );
  if (first.code === 'oit.url-scheme')
    return bi(
      `${where}: ลิงก์ ${n} ข้อไม่มี https:// ข้างหน้า — เติม https:// ให้ทุกลิงก์ เช่น "https://${first.found}"`,
      `${where}: ${n} links have no https:// in front; add it to each, e.g. "https://${first.found}"`,
    );
  const expected = GENERIC_EXPECTED[first.code] ?? first.expected;
  const holds =
    first.found === ''
      ? bi(`ว่าง ${n} เซลล์`, `${n} cells are empty`)
      : bi(`${n} เซลล์มี "${first.found}"`, `${n} cells hold "${first.found}"`);
  if (!expected) return bi(`${where}: ${holds.th} — ${first.message.th}`, `${where}: ${holds.en}; ${first.message.en}`);
  return bi(`${where}: ${holds.th} แต่ต้องการ ${expected.th}`, `${where}: ${holds.en}; expected ${expected.en}`);
}

function groupKey(p: Problem): string | undefined {
  if (!p.sheet || !p.cell || p.through !== undefined) return undefined;
  const expected = p.code in GENERIC_EXPECTED ? '' : (p.expected?.en ?? p.message.en.replace(/[A-Z]+\d+/g, ''));
  const found = ANY_FOUND.has(p.code) ? '' : (p.found ?? '');
  return [p.severity, p.code, p.sheet, parseA1(p.cell).col, found, expected].join('\u0000');
}

/** Adjacent problems with the same key, going down one column, join when there are at least MIN_RUN. */
const MIN_RUN = 3;

export function groupProblems(problems: readonly Problem[]): Problem[] {
  const out: Problem[] = [];
  for (let i = 0; i < problems.length;) {
    const key = groupKey(problems[i]);
    let j = i + 1;
    while (
      key !== undefined &&
      j < problems.length &&
      groupKey(problems[j]) === key &&
      rowOf(problems[j]) > rowOf(problems[j - 1])
    )
      j++;
    if (j - i < MIN_RUN) {
      out.push(problems[i]);
      i++;
      continue;
    }
    const first = problems[i];
    const last = problems[j - 1];
    const expected = GENERIC_EXPECTED[first.code] ?? first.expected;
    out.push({
      ...first,
      through: last.cell,
      count: j - i,
      ...(expected ? { expected } : {}),
      message: groupMessage(first, groupPlace({ ...first, through: last.cell }), j - i),
    });
    i = j;
  }
  return out;
}

/** Errors first, then a reported result that disagrees, then by sheet and row, so lists read top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort(
      (x, y) =>
        (x.p.severity === y.p.severity ? 0 : x.p.severity === 'error' ? -1 : 1) ||
        Number(!REPORTED_CODES.includes(x.p.code)) - Number(!REPORTED_CODES.includes(y.p.code)) ||
        (x.p.sheet ?? '').localeCompare(y.p.sheet ?? '') ||
        rowOf(x.p) - rowOf(y.p) ||
        x.i - y.i,
    )
    .map(({ p }) => p);
}

/** A problem's 0-based row in its sheet; -1 for one that names no cell. */
function rowOf(p: Problem): number {
  return p.cell ? parseA1(p.cell).row : -1;
}
