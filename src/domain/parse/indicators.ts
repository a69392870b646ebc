/** Indicator references ("ตัวชี้วัดที่ ๓", a name), OIT item codes ("O๗") and lists of indicators. */
import type { IndicatorId } from '../refs';
import { Parsed, ok, fail } from '../problem';
import { Bilingual, bi } from '../text';
import { because, clean, isBlank, normalizeKey, toThaiDigits } from './common';

export interface IndicatorNames {
  id: IndicatorId;
  name: Bilingual;
  aliases: readonly string[];
}

/** "1–10", or "1–3, 5" for gaps. */
function formatIds(ids: readonly number[]): string {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    runs.push(j > i ? `${sorted[i]}–${sorted[j]}` : `${sorted[i]}`);
    i = j + 1;
  }
  return runs.join(', ');
}

/** `make(indicators)`, computed once per indicator list (a framework's): the "expected" texts are built for every cell otherwise. */
function perIndicatorList<T>(
  make: (indicators: readonly IndicatorNames[]) => T,
): (indicators: readonly IndicatorNames[]) => T {
  const cache = new WeakMap<readonly IndicatorNames[], T>();
  return (indicators) => {
    if (!cache.has(indicators)) cache.set(indicators, make(indicators));
    return cache.get(indicators) as T;
  };
}

const indicatorExpected = perIndicatorList((indicators): Bilingual => {
  const ids = formatIds(indicators.map((i) => i.id));
  const ex = indicators.find((i) => i.id === 6) ?? indicators[0];
  const n = ex ? String(ex.id) : '6';
  const th = ex ? ` หรือชื่อ เช่น "${ex.name.th}"` : '';
  const en = ex ? ` or its name, e.g. "${ex.name.en}"` : '';
  return bi(
    `เลขตัวชี้วัด ${ids} เช่น "${n}", "ตัวชี้วัดที่ ${toThaiDigits(n)}"${th}`,
    `an indicator number ${ids}, e.g. "${n}", "ตัวชี้วัดที่ ${toThaiDigits(n)}"${en}`,
  );
});

/** Thai indicator names are written with and without the leading "การ". */
function nameKey(s: string): string {
  const k = normalizeKey(s);
  return k.startsWith('การ') ? k.slice(3) : k;
}

/** Each indicator's name and aliases as nameKeys, once per indicator list rather than per cell. */
const aliasKeys = perIndicatorList((indicators) =>
  indicators.flatMap((ind) =>
    [ind.name.th, ind.name.en, ...ind.aliases].map((alias) => ({ id: ind.id, key: nameKey(alias) })),
  ),
);

/** The indicator whose name or alias is the text, or (longest) starts it; undefined if none or ambiguous. */
function matchIndicatorName(
  text: string,
  indicators: readonly IndicatorNames[],
  exactOnly = false,
): IndicatorId | undefined {
  const key = nameKey(text);
  if (key === '') return undefined;
  let best: { id: IndicatorId; len: number; exact: boolean } | undefined;
  let ambiguous = false;
  for (const { id, key: c } of aliasKeys(indicators)) {
    const exact = c === key;
    if (c === '' || !key.startsWith(c) || (exactOnly && !exact)) continue;
    if (!best || (exact && !best.exact) || (exact === best.exact && c.length > best.len)) {
      ambiguous = false;
      best = { id, len: c.length, exact };
    } else if (exact === best.exact && c.length === best.len && id !== best.id) {
      ambiguous = true;
    }
  }
  return best && !ambiguous ? best.id : undefined;
}

const INDICATOR_PREFIX = /^(?:ตัวชี้วัด(?:ที่)?|indicators?(?![a-z])|ind\.?(?![a-z]))\s*(?:no\.?|#)?\s*/i;

/**
 * An indicator: 6, "๖", "ตัวชี้วัดที่ ๖", "6. คุณภาพการดำเนินงาน", "Indicator 6", or a name or alias.
 * A number with a label that names another indicator fails; a label that names nothing known
 * (e.g. a variant spelling) is accepted, the number decides.
 */
export function parseIndicatorRef(v: unknown, indicators: readonly IndicatorNames[]): Parsed<IndicatorId> {
  const expected = indicatorExpected(indicators);
  const known = (id: number): id is IndicatorId => indicators.some((i) => i.id === id);
  const notInList = because(expected, bi('ไม่มีตัวชี้วัดเลขนี้', 'there is no indicator with this number'));
  if (isBlank(v)) return fail('', expected);
  if (typeof v === 'number') {
    if (!Number.isInteger(v)) return fail(v, expected);
    return known(v) ? ok(v) : fail(v, notInList);
  }
  if (typeof v !== 'string') return fail(v, expected);
  const text = clean(v).replace(INDICATOR_PREFIX, '');
  const m = /^(\d+)(.*)$/s.exec(text);
  if (!m) {
    const id = matchIndicatorName(text, indicators);
    return id === undefined ? fail(v, expected) : ok(id);
  }
  const id = Number(m[1]);
  if (/^[.,]\d/.test(m[2])) {
    return fail(
      v,
      because(
        expected,
        bi('ใช้เลขตัวชี้วัดเต็ม ไม่ใช่ตัวชี้วัดย่อยหรือหลายตัว', 'a whole indicator number, not a sub-indicator or a list'),
      ),
    );
  }
  if (!known(id)) return fail(v, notInList);
  const label = m[2].replace(/^[\s.):\-–—]+/, '');
  if (label === '') return ok(id);
  const named = matchIndicatorName(label, indicators);
  if (named !== undefined && named !== id) {
    return fail(
      v,
      bi(
        `เลขและชื่อตัวชี้วัดที่ตรงกัน — "${label}" คือตัวชี้วัดที่ ${named} ไม่ใช่ ${id}`,
        `an indicator number and name that agree — "${label}" is indicator ${named}, not ${id}`,
      ),
    );
  }
  // A label naming nothing known is accepted unless it looks like more numbers ("4 5", "4 และ 5").
  if (named === undefined && (/\d/.test(label) || /^(?:และ|หรือ|ถึง|(?:and|or|to)(?![a-z]))/i.test(label))) {
    return fail(v, because(expected, bi('ระบุตัวชี้วัดเดียว', 'a single indicator')));
  }
  return ok(id);
}

const ITEM_EXPECTED = bi(
  'รหัสข้อ เช่น O7, I12 หรือ E3 (ตัวอักษร I, E หรือ O ตามด้วยเลขข้อ)',
  'an item code, e.g. O7, I12 or E3 (the letter I, E or O followed by the item number)',
);

/** An item code: "O7", "o7", "O๗", "O 7", "O07", "O7 ข่าวประชาสัมพันธ์" → "O7". Framework membership is checked elsewhere. */
export function parseItemCode(v: unknown): Parsed<string> {
  if (isBlank(v)) return fail('', ITEM_EXPECTED);
  if (typeof v !== 'string') return fail(v, ITEM_EXPECTED);
  const text = clean(v).replace(/^(?:ข้อ|รหัส|item|code)\s*/i, '');
  const m = /^([ieo])\s*-?\s*(\d{1,3})(?![\d.]*\d)(.*)$/is.exec(text);
  if (!m || /^[a-z0-9]/i.test(m[3]) || Number(m[2]) === 0) {
    const zero = /^0\s*\d/.test(text);
    return fail(
      v,
      zero
        ? because(ITEM_EXPECTED, bi('ใช้ตัวอักษร O ไม่ใช่เลขศูนย์', 'use the letter O, not the digit zero'))
        : ITEM_EXPECTED,
    );
  }
  return ok(`${m[1].toUpperCase()}${Number(m[2])}`);
}

const indicatorListExpected = perIndicatorList((indicators): Bilingual =>
  bi(
    `ตัวชี้วัด ${formatIds(indicators.map((i) => i.id))} หรือรหัสข้อ เช่น "4", "ตัวชี้วัดที่ ๔, ๕", "4-6", "E1", "O12, O13"`,
    `indicators ${formatIds(indicators.map((i) => i.id))} or item codes, e.g. "4", "ตัวชี้วัดที่ ๔, ๕", "4-6", "E1", "O12, O13"`,
  ),
);

/**
 * The indicators a measure serves: "4", "ตัวชี้วัดที่ ๔, ๕", "4 และ 5", "4-6", "E1", "O12, O13",
 * "O1-O9", names. Item codes go through itemToIndicator. Sorted unique ids; any unreadable part fails.
 */
export function parseIndicatorList(
  v: unknown,
  indicators: readonly IndicatorNames[],
  itemToIndicator: (code: string) => IndicatorId | undefined,
): Parsed<IndicatorId[]> {
  const expected = indicatorListExpected(indicators);
  if (isBlank(v)) return fail('', expected);
  if (typeof v === 'number') {
    const one = parseIndicatorRef(v, indicators);
    return one.ok ? ok([one.value]) : one;
  }
  if (typeof v !== 'string') return fail(v, expected);
  const text = clean(v);
  const whole = matchIndicatorName(text.replace(INDICATOR_PREFIX, ''), indicators, true);
  if (whole !== undefined) return ok([whole]); // a name that itself contains "และ" or a comma

  const ids: IndicatorId[] = [];
  const bad = (part: string, why: Bilingual): Parsed<IndicatorId[]> =>
    fail(v, because(expected, bi(`อ่าน "${part}" ไม่ได้: ${why.th}`, `cannot read "${part}": ${why.en}`)));
  // The list's expected text already gives the examples: a part's reason is said in a few words.
  const noSuchIndicator = (part: string): Bilingual =>
    /^\d+$/.test(part)
      ? bi(`ไม่มีตัวชี้วัดที่ ${part}`, `there is no indicator ${part}`)
      : bi('ไม่ใช่เลขหรือชื่อตัวชี้วัด', 'not an indicator number or name');
  const item = (letter: string, n: number): Bilingual | undefined => {
    const code = `${letter.toUpperCase()}${n}`;
    const id = itemToIndicator(code);
    if (id === undefined) return bi(`ไม่มีข้อ ${code} ในกรอบการประเมินปีนี้`, `item ${code} is not in this year's framework`);
    ids.push(id);
    return undefined;
  };
  const DASH = String.raw`\s*(?:-|–|—|ถึง|to)\s*`;
  // "and" / "&" as a word become a comma first: no regex lookbehind, which WebKit before 16.4 lacks.
  const listed = text.replace(/(^|[^a-z])(?:and|&)(?![a-z])/gi, '$1,');
  for (const raw of listed.split(/\s*(?:[,;，、]|และ|\+)\s*/)) {
    const part = raw.replace(INDICATOR_PREFIX, '').trim();
    if (part === '') continue;
    const range = new RegExp(`^(\\d+)${DASH}(\\d+)$`, 'i').exec(part);
    const itemRange = new RegExp(`^([ieo])\\s*(\\d+)${DASH}(?:\\1\\s*)?(\\d+)$`, 'i').exec(part);
    if (range || itemRange) {
      const [from, to] = range ? [Number(range[1]), Number(range[2])] : [Number(itemRange![2]), Number(itemRange![3])];
      if (from > to || to - from > 100)
        return bad(part, bi('ช่วงต้องเรียงจากน้อยไปมาก', 'a range must go from low to high'));
      for (let n = from; n <= to; n++) {
        if (itemRange) {
          const why = item(itemRange[1], n);
          if (why) return bad(part, why);
        } else {
          const one = parseIndicatorRef(n, indicators);
          if (!one.ok) return bad(part, noSuchIndicator(String(n)));
          ids.push(one.value);
        }
      }
      continue;
    }
    const code = parseItemCode(part);
    if (code.ok) {
      const why = item(code.value[0], Number(code.value.slice(1)));
      if (why) return bad(part, why);
      continue;
    }
    const one = parseIndicatorRef(raw, indicators);
    if (!one.ok) return bad(part, noSuchIndicator(part));
    ids.push(one.value);
  }
  if (ids.length === 0) return fail(v, expected);
  return ok([...new Set(ids)].sort((a, b) => a - b));
}
