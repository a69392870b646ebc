/** A measure's status as planners write it: words, or a percent done. */
import { Parsed, ok, fail } from '../problem';
import { Bilingual, bi } from '../text';
import { because, clean, isBlank, normalizeKey } from './common';
import { numberFromText } from './numbers';

export type MeasureStatus = 'done' | 'in-progress' | 'not-started';

/** Checked in this order: "ยังไม่ได้ดำเนินการ" contains "ดำเนินการ", "ดำเนินการแล้วบางส่วน" contains "ดำเนินการแล้ว". */
const STATUS_WORDS: ReadonlyArray<readonly [MeasureStatus, readonly string[]]> = [
  [
    'not-started',
    [
      'ยังไม่ได้ดำเนินการ',
      'ยังไม่ดำเนินการ',
      'ไม่ได้ดำเนินการ',
      'ไม่ดำเนินการ',
      'ยังไม่ได้เริ่ม',
      'ยังไม่เริ่ม',
      // Everyday words planners type in a hurry.
      'ยังไม่ได้ทำ',
      'ยังไม่ทำ',
      'ไม่ได้ทำ',
      'not started',
      'not yet started',
      'not done',
      'todo',
      'to do',
      '✗',
      '✘',
      '×',
    ],
  ],
  [
    'in-progress',
    [
      'อยู่ระหว่างดำเนินการ',
      'ระหว่างดำเนินการ',
      'กำลังดำเนินการ',
      'กำลังดำเนินงาน',
      'กำลังทำ',
      'ดำเนินการอยู่',
      'ทำอยู่',
      'อยู่ระหว่าง',
      'ยังไม่แล้วเสร็จ',
      'ไม่แล้วเสร็จ',
      'ยังไม่เสร็จ',
      'ไม่เสร็จ',
      'บางส่วน',
      'in progress',
      'ongoing',
      'on going',
      'incomplete',
      'not completed',
      'not complete',
      'not finished',
      'unfinished',
      'partial',
      'partly',
      'under way',
      'started',
      'wip',
    ],
  ],
  [
    'done',
    [
      'ดำเนินการแล้วเสร็จ',
      'ดำเนินการแล้ว',
      'แล้วเสร็จ',
      'เสร็จสิ้น',
      'เสร็จแล้ว',
      'เสร็จ',
      'ทำแล้ว',
      'เรียบร้อย',
      'done',
      'completed',
      'complete',
      'finished',
      '✓',
      '✔',
      '☑',
    ],
  ],
];

/** The words read as a status, lower-case as typed (a live COUNTIF counts cells that hold exactly one of them). */
export function statusWords(s: MeasureStatus): readonly string[] {
  return STATUS_WORDS.find(([status]) => status === s)![1];
}

const STATUS_LABELS: Record<MeasureStatus, Bilingual> = {
  done: bi('ดำเนินการแล้วเสร็จ', 'Done'),
  'in-progress': bi('อยู่ระหว่างดำเนินการ', 'In progress'),
  'not-started': bi('ยังไม่ได้ดำเนินการ', 'Not started'),
};

export function statusLabel(s: MeasureStatus): Bilingual {
  return STATUS_LABELS[s];
}

const STATUS_EXPECTED = bi(
  'สถานะ เช่น "ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ", "ยังไม่ได้ดำเนินการ" หรือร้อยละความก้าวหน้า เช่น "50%"',
  'a status, e.g. "done", "in progress", "not started" (or the Thai words) or a progress percentage, e.g. "50%"',
);

function statusFromPercent(n: number, v: unknown, hasPercentSign: boolean): Parsed<MeasureStatus> {
  if (!(n >= 0 && n <= 100)) return fail(v, because(STATUS_EXPECTED, bi('ร้อยละ 0–100', 'a percentage from 0 to 100')));
  if (n === 1 && !hasPercentSign) {
    return fail(
      v,
      because(
        STATUS_EXPECTED,
        bi('1 อาจหมายถึง 1% หรือ 100% — พิมพ์ "1%" หรือ "100%"', '1 may mean 1% or 100% — type "1%" or "100%"'),
      ),
    );
  }
  return ok(n === 0 ? 'not-started' : n === 100 ? 'done' : 'in-progress');
}

const STATUS_KEYS = STATUS_WORDS.map(([status, words]) => [status, words.map(normalizeKey)] as const);

/**
 * A measure's status: Thai or English words, ✓, or a progress percentage (0% not started,
 * 100% done, between: in progress). A pasted check-box list (seed 000: "☑ ดำเนินการแล้วเสร็จ
 * ☐ ยังไม่ได้ดำเนินการ ☐ อยู่ระหว่างดำเนินการ") is read by its one checked box.
 */
export function parseStatus(v: unknown): Parsed<MeasureStatus> {
  if (isBlank(v)) return fail('', STATUS_EXPECTED);
  if (typeof v === 'number') return Number.isFinite(v) ? statusFromPercent(v, v, false) : fail(v, STATUS_EXPECTED);
  if (typeof v !== 'string') return fail(v, STATUS_EXPECTED);
  let text = clean(v);
  const percent = /^(?:ร้อยละ\s*)?([^%]+?)\s*(%?)$/.exec(text);
  const n = percent ? numberFromText(percent[1]) : undefined;
  if (percent && n !== undefined) return statusFromPercent(n, v, percent[2] === '%' || text.startsWith('ร้อยละ'));
  if (/[☐□]/.test(text)) {
    const checked = text.split(/(?=[☐□☑☒✓✔■▣])/).filter((p) => /^[☑☒✓✔■▣]/.test(p));
    if (checked.length !== 1) return fail(v, because(STATUS_EXPECTED, bi('เลือกช่องเดียว', 'exactly one box checked')));
    text = checked[0].slice(1);
  }
  const key = normalizeKey(text);
  if (key !== '') {
    for (const [status, keys] of STATUS_KEYS) {
      if (keys.some((k) => key.includes(k))) return ok(status);
    }
  }
  return fail(v, STATUS_EXPECTED);
}

// ─────────────────────────────── published (yes/no) ───────────────────────────────
