import { previousFramework } from '../domain/year-over-year';
import { Framework, itemDef, itemRanges } from '../domain/framework';
import { notShippedMessage, resolveFramework } from '../domain/frameworks';
import { Problem } from '../domain/problem';
import { ScoreInput } from '../domain/scoring';
import { bi } from '../domain/text';
import { parseIndicatorRef, parseItemCode } from '../domain/parse/indicators';
import { parseScore } from '../domain/parse/numbers';
import { parseYear } from '../domain/parse/years';

/** The top-level keys `score` reads; keys starting with "_" or "$" are notes, ignored. */
const KEYS = ['fiscalYear', 'target', 'indicators', 'items', 'previous', 'previousItems', 'perceptionStep'];

/** Deepest nesting a score file needs is 2 ({"indicators": {"1": 96.5}}); far beyond is refused. */
export const MAX_DEPTH = 16;

/**
 * Control characters, and the invisible marks that reorder text (bidi controls), written as
 * \uXXXX so that a message shows what the input holds and cannot rewrite the terminal line.
 */
export function escapeControls(s: string): string {
  return s.replace(
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** A found value as a message shows it: JSON, shortened, its control characters escaped. */
function shown(found: unknown): string | undefined {
  if (found === undefined) return undefined;
  const text = depthOf(found) > 2 ? (Array.isArray(found) ? '[…]' : '{…}') : JSON.stringify(found);
  const short = text.length > 80 ? `${text.slice(0, 77)}…` : text;
  return escapeControls(short);
}

/** How deeply a parsed JSON value nests (a scalar is 0), counted without recursion. */
export function depthOf(v: unknown, stopAt = MAX_DEPTH + 1): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[v, 0]];
  while (stack.length > 0) {
    const [x, d] = stack.pop()!;
    if (typeof x !== 'object' || x === null) continue;
    deepest = Math.max(deepest, d + 1);
    if (deepest >= stopAt) return deepest;
    for (const child of Object.values(x)) stack.push([child, d + 1]);
  }
  return deepest;
}

/**
 * Reads the JSON that `ita-planner score` takes. Every field is forgiving
 * (Thai digits, "85.66 คะแนน", BE or CE years); every unreadable value
 * becomes a problem naming its field.
 */
export function readScoreInput(raw: unknown): { input?: ScoreInput; problems: Problem[] } {
  const problems: Problem[] = [];
  const bad = (field: string, found: unknown, expected: { th: string; en: string }) =>
    problems.push({
      severity: 'error',
      code: 'input.invalid',
      field: escapeControls(field),
      found: typeof found === 'string' ? escapeControls(found) : (shown(found) ?? ''),
      expected,
      message: bi(
        `พบ ${shown(found) ?? 'ไม่มีค่า'} แต่ต้องการ ${expected.th}`,
        `found ${shown(found) ?? 'nothing'}, expected ${expected.en}`,
      ),
    });

  if (depthOf(raw) > MAX_DEPTH) {
    problems.push({
      severity: 'error',
      code: 'input.too-deep',
      field: '(input)',
      message: bi(
        `JSON ซ้อนกันลึกเกิน ${MAX_DEPTH} ชั้น ไฟล์คะแนนต้องการเพียง 2 ชั้น เช่น {"indicators": {"1": 96.5}}`,
        `the JSON nests more than ${MAX_DEPTH} levels deep; a score file needs 2, e.g. {"indicators": {"1": 96.5}}`,
      ),
    });
    return { problems };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    bad(
      '(input)',
      raw,
      bi(
        'ออบเจกต์ JSON เช่น {"fiscalYear": 2565, "indicators": {...}}',
        'a JSON object such as {"fiscalYear": 2565, "indicators": {...}}',
      ),
    );
    return { problems };
  }
  const obj = raw as Record<string, unknown>;
  const unknown = Object.keys(obj).filter((k) => !KEYS.includes(k) && !/^[_$]/.test(k));
  for (const key of unknown) {
    const meant = KEYS.find((k) => k.toLowerCase() === key.trim().toLowerCase());
    const name = escapeControls(key);
    problems.push({
      severity: 'error',
      code: 'input.unknown-key',
      field: name,
      found: name,
      message: bi(
        `ไม่รู้จักคีย์ "${name}"${meant ? ` (หมายถึง "${meant}" หรือไม่? ชื่อคีย์แยกตัวพิมพ์เล็กใหญ่)` : ''} — คีย์ที่ใช้ได้: ${KEYS.join(', ')}`,
        `unknown key "${name}"${meant ? ` (did you mean "${meant}"? keys are case-sensitive)` : ''}; the keys read are ${KEYS.join(', ')}`,
      ),
    });
  }
  if (unknown.length > 0) return { problems };
  const year = parseYear(obj.fiscalYear);
  if (!year.ok) {
    bad('fiscalYear', obj.fiscalYear, year.expected);
    return { problems };
  }
  const resolved = resolveFramework(year.value.be);
  if (!resolved.ok) {
    problems.push({
      severity: 'error',
      code: resolved.code,
      field: 'fiscalYear',
      found: typeof obj.fiscalYear === 'string' ? obj.fiscalYear : JSON.stringify(obj.fiscalYear),
      expected: resolved.expected,
      message: resolved.message,
    });
    return { problems };
  }
  const { framework, shipped } = resolved;
  if (!shipped) {
    problems.push({
      severity: 'warning',
      code: 'framework.not-shipped',
      field: 'fiscalYear',
      found: String(year.value.be),
      message: notShippedMessage(framework),
    });
  }

  const input: ScoreInput = { framework };
  if (obj.target !== undefined) {
    const t = parseScore(obj.target);
    if (t.ok) input.target = t.value;
    else bad('target', obj.target, t.expected);
  }
  if (obj.perceptionStep !== undefined) {
    const t = parseScore(obj.perceptionStep);
    if (t.ok) input.perceptionStep = t.value;
    else bad('perceptionStep', obj.perceptionStep, t.expected);
  }
  input.indicators = readIndicatorMap(obj.indicators, 'indicators', framework, bad, problems);
  if (obj.previous !== undefined) input.previous = readIndicatorMap(obj.previous, 'previous', framework, bad, problems);
  if (obj.items !== undefined) input.items = readItemMap(obj.items, 'items', framework, bad, problems);
  if (obj.previousItems !== undefined)
    input.previousItems = readItemMap(obj.previousItems, 'previousItems', framework, bad, problems);
  // Last year's figures are weighed, and items matched, by last year's rules.
  const before =
    obj.previous !== undefined || obj.previousItems !== undefined ? previousFramework(framework) : undefined;
  if (before) input.previousFramework = before;
  return problems.some((p) => p.severity === 'error') ? { problems } : { input, problems };
}

type Bad = (field: string, found: unknown, expected: { th: string; en: string }) => void;

/** Item code → score, keys checked against the year's framework ("items" and "previousItems"). */
function readItemMap(v: unknown, name: string, framework: Framework, bad: Bad, problems: Problem[]) {
  const items: Record<string, number> = {};
  const once = firstKeys(name, problems);
  for (const [key, value] of entries(v, name, bad)) {
    const code = parseItemCode(key);
    const field = `${name}.${key}`;
    if (!code.ok || !itemDef(framework, code.value)) {
      bad(
        field,
        key,
        bi(
          `รหัสข้อในกรอบปี ${framework.fiscalYear}: ${itemRanges(framework)}`,
          `an item code of the ${framework.fiscalYear} framework: ${itemRanges(framework)}`,
        ),
      );
      continue;
    }
    if (!once(key, code.value)) continue;
    const s = parseScore(value);
    if (s.ok) items[code.value] = s.value;
    else bad(field, value, s.expected);
  }
  return items;
}

function entries(v: unknown, field: string, bad: Bad): [string, unknown][] {
  if (typeof v === 'object' && v !== null && !Array.isArray(v)) return Object.entries(v);
  bad(field, v, bi('ออบเจกต์ เช่น {"1": 96.5, "2": "๙๓.๑๑"}', 'an object such as {"1": 96.5, "2": "๙๓.๑๑"}'));
  return [];
}

/**
 * Remembers the first key given for each indicator or item; a second key that means the same
 * ("1" and "๑", "I1" and "i01") is an error naming both, instead of one silently winning.
 */
function firstKeys(field: string, problems: Problem[]): (key: string, meaning: string | number) => boolean {
  const seen = new Map<string | number, string>();
  return (key, meaning) => {
    const first = seen.get(meaning);
    if (first === undefined) {
      seen.set(meaning, key);
      return true;
    }
    const [a, b] = [escapeControls(first), escapeControls(key)];
    const what =
      typeof meaning === 'number'
        ? bi(`ตัวชี้วัดที่ ${meaning}`, `indicator ${meaning}`)
        : bi(`ข้อ ${meaning}`, `item ${meaning}`);
    problems.push({
      severity: 'error',
      code: 'input.duplicate-key',
      field: `${field}.${b}`,
      found: b,
      message: bi(
        `${field} มีทั้งคีย์ "${a}" และ "${b}" ซึ่งหมายถึง${what.th}เหมือนกัน — ให้เหลือคีย์เดียว`,
        `${field} has both "${a}" and "${b}", which both mean ${what.en}; keep one`,
      ),
    });
    return false;
  };
}

function readIndicatorMap(
  v: unknown,
  field: string,
  fw: Framework,
  bad: Bad,
  problems: Problem[],
): Record<number, number> {
  const out: Record<number, number> = {};
  if (v === undefined) return out; // missing indicators are reported by scoring, one by one
  const once = firstKeys(field, problems);
  for (const [key, value] of entries(v, field, bad)) {
    const id = parseIndicatorRef(key, fw.indicators);
    if (!id.ok) {
      bad(`${field}.${key}`, key, id.expected);
      continue;
    }
    if (!once(key, id.value)) continue;
    const s = parseScore(value);
    if (s.ok) out[id.value] = s.value;
    else bad(`${field}.${key}`, value, s.expected);
  }
  return out;
}
