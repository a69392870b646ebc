import { bi } from './text';
import { buildFramework, Framework, FrameworkParts, OitTable } from './framework';
import { OIT_2565, OIT_2566, OIT_2567 } from './framework-2565';
import { OIT_2568, OIT_2569 } from './framework-2568';
import {
  ANSWER_SCALES,
  GRADE_BANDS,
  INDICATORS,
  PASS_MARK,
  QUESTION_SCALES,
  RATING_WORKING_RULE,
  SURVEYS,
  TOOLS,
  toolsWithCertainty,
} from './framework-common';
import { Problem } from './problem';

/** The shipped years: what is known, and how sure we are (spec §4, §7). */
function year(fiscalYear: number, source: string, oit: OitTable, extra: Partial<FrameworkParts> = {}): Framework {
  return buildFramework({
    fiscalYear,
    provisional: true,
    source,
    tools: TOOLS,
    indicators: INDICATORS,
    surveys: SURVEYS,
    oit,
    gradeBands: GRADE_BANDS,
    passMark: PASS_MARK,
    answerScales: ANSWER_SCALES,
    questionScales: QUESTION_SCALES,
    ...extra,
  });
}

export const FRAMEWORKS: readonly Framework[] = [
  year(2565, 'spec/ita-scoring.md §1–4; seed 003', OIT_2565, { provisional: false }),
  year(2566, 'spec/ita-scoring.md §4 (public agency pages)', OIT_2566),
  year(2567, 'spec/ita-scoring.md §7: 2566 arrangement assumed', OIT_2567, {
    tools: toolsWithCertainty('1'),
    ratingRules: RATING_WORKING_RULE,
  }),
  year(2568, 'spec/ita-scoring.md §7: 26 items, one source; grouping inferred', OIT_2568, {
    tools: toolsWithCertainty('?'),
    ratingRules: RATING_WORKING_RULE,
  }),
  year(2569, 'spec/ita-scoring.md §7: 26 items renumbered, one source; grouping inferred', OIT_2569, {
    tools: toolsWithCertainty('?'),
    ratingRules: RATING_WORKING_RULE,
  }),
];

export const NEWEST_FRAMEWORK = FRAMEWORKS[FRAMEWORKS.length - 1];

/** The ITA began in fiscal year 2561: an earlier year is an error, not a guess (spec §7). */
export const FIRST_ITA_YEAR = 2561;

/** Accepts BE (2565) or CE (2022). Years without a shipped framework return undefined. */
export function frameworkFor(year: number): Framework | undefined {
  const be = year < 2400 ? year + 543 : year;
  return FRAMEWORKS.find((f) => f.fiscalYear === be);
}

export type YearResolution =
  | { ok: true; framework: Framework; shipped: boolean }
  | { ok: false; code: 'year.before-ita'; message: Problem['message']; expected: Problem['message'] };

/**
 * The framework for a BE fiscal year: the shipped one; for a later year we ship
 * nothing for, the newest one standing in (provisional, `basedOn` set, the caller
 * warns); for a year before the ITA, an error.
 */
export function resolveFramework(be: number): YearResolution {
  if (be < FIRST_ITA_YEAR)
    return {
      ok: false,
      code: 'year.before-ita',
      message: bi(
        `ปีงบประมาณ ${be} อยู่ก่อนการประเมิน ITA (เริ่มปี ${FIRST_ITA_YEAR}) จึงไม่มีเกณฑ์ของปีนี้ — ตรวจสอบปีที่กรอก (พ.ศ. หรือ ค.ศ.)`,
        `Fiscal year ${be} is before the ITA began (${FIRST_ITA_YEAR}), so there are no rules for it; check the year typed (B.E. or C.E.)`,
      ),
      expected: bi(
        `ปีงบประมาณตั้งแต่ ${FIRST_ITA_YEAR} (พ.ศ.) หรือ ${FIRST_ITA_YEAR - 543} (ค.ศ.)`,
        `a fiscal year from ${FIRST_ITA_YEAR} (B.E.) or ${FIRST_ITA_YEAR - 543} (C.E.) on`,
      ),
    };
  const found = FRAMEWORKS.find((f) => f.fiscalYear === be);
  if (found) return { ok: true, framework: found, shipped: true };
  const older = [...FRAMEWORKS].reverse().find((f) => f.fiscalYear < be);
  const base = older ?? FRAMEWORKS[0];
  return {
    ok: true,
    framework: { ...base, fiscalYear: be, provisional: true, basedOn: base.fiscalYear },
    shipped: false,
  };
}

/** The warning for a year we ship nothing for: which year's rules stand in, and what to do. */
export function notShippedMessage(fw: Framework): Problem['message'] {
  return bi(
    `ยังไม่มีเกณฑ์ของปี ${fw.fiscalYear} ในโปรแกรม จึงใช้เกณฑ์ปี ${fw.basedOn} (ชั่วคราว) — ถ้าคู่มือของ ป.ป.ช. ปี ${fw.fiscalYear} ต่างไป ให้แก้ในชีต "เกณฑ์การประเมิน"`,
    `No rules are shipped for ${fw.fiscalYear}, so the ${fw.basedOn} rules (provisional) are used; where the NACC's ${fw.fiscalYear} manual differs, correct them on the "Rules" sheet`,
  );
}
