import { Framework, itemDef, itemRanges } from '../domain/framework';
import { notShippedMessage, resolveFramework } from '../domain/frameworks';
import { Problem } from '../domain/problem';
import { ScoreInput } from '../domain/scoring';
import { bi } from '../domain/text';
import { parseIndicatorRef, parseItemCode, parseScore, parseYear } from '../domain/thai';

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
      field,
      found: typeof found === 'string' ? found : (JSON.stringify(found) ?? ''),
      expected,
      message: bi(
        `พบ ${JSON.stringify(found) ?? 'ไม่มีค่า'} แต่ต้องการ ${expected.th}`,
        `found ${JSON.stringify(found) ?? 'nothing'}, expected ${expected.en}`,
      ),
    });

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
  input.indicators = readIndicatorMap(obj.indicators, 'indicators', framework, bad);
  if (obj.previous !== undefined) input.previous = readIndicatorMap(obj.previous, 'previous', framework, bad);
  if (obj.items !== undefined) {
    const items: Record<string, number> = {};
    for (const [key, value] of entries(obj.items, 'items', bad)) {
      const code = parseItemCode(key);
      const field = `items.${key}`;
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
      const s = parseScore(value);
      if (s.ok) items[code.value] = s.value;
      else bad(field, value, s.expected);
    }
    input.items = items;
  }
  return problems.some((p) => p.severity === 'error') ? { problems } : { input, problems };
}

type Bad = (field: string, found: unknown, expected: { th: string; en: string }) => void;

function entries(v: unknown, field: string, bad: Bad): [string, unknown][] {
  if (typeof v === 'object' && v !== null && !Array.isArray(v)) return Object.entries(v);
  bad(field, v, bi('ออบเจกต์ เช่น {"1": 96.5, "2": "๙๓.๑๑"}', 'an object such as {"1": 96.5, "2": "๙๓.๑๑"}'));
  return [];
}

function readIndicatorMap(v: unknown, field: string, fw: Framework, bad: Bad): Record<number, number> {
  const out: Record<number, number> = {};
  if (v === undefined) return out; // missing indicators are reported by scoring, one by one
  for (const [key, value] of entries(v, field, bad)) {
    const id = parseIndicatorRef(key, fw.indicators);
    if (!id.ok) {
      bad(`${field}.${key}`, key, id.expected);
      continue;
    }
    const s = parseScore(value);
    if (s.ok) out[id.value] = s.value;
    else bad(`${field}.${key}`, value, s.expected);
  }
  return out;
}
