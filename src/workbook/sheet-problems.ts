/**
 * Problems with the workbook's shape rather than its values: a sheet named almost like one we
 * read, a used range too large to read whole, a missing sheet or column, and several sheets or
 * columns that could have one role (which one was read, and why).
 */
import { Problem } from '../domain/problem';
import { bi, Bilingual } from '../domain/text';
import { ColumnChoice, ColumnFound, SheetChoice, SheetFound } from './analysis';
import { locatedProblem } from './cells';
import type { Truncation } from './snapshot';
import { a1 } from './references';
import { spanText, TOP_LEFT } from '../domain/refs';
import { nearMisses } from './detect';

type NearMiss = ReturnType<typeof nearMisses>[number];

/** A sheet a letter or two from a role's name: not read, and the user is told to rename it. */
export function nearMissProblem(miss: NearMiss): Problem {
  return locatedProblem(
    'warning',
    'sheet.name-near-miss',
    miss.sheet,
    TOP_LEFT,
    bi(
      `ชีต "${miss.sheet}" ชื่อคล้ายชีต "${miss.name}" แต่ไม่ตรง จึงไม่ได้อ่านเป็นชีต "${miss.role.label.th}" — ถ้าใช่ ให้เปลี่ยนชื่อเป็น "${miss.name}" แล้วคำนวณใหม่`,
      `Sheet "${miss.sheet}" is named like "${miss.name}" but not quite, so it was not read as the "${miss.role.label.en}" sheet; if it is, rename it "${miss.name}" and recompute`,
    ),
    miss.sheet,
  );
}

/** A used range too large to read whole (Office.js): only its top-left part was read. */
export function truncatedProblem(sheet: string, { used, readFrom, readTo }: Truncation): Problem {
  const read = spanText({ cell: readFrom, through: readTo });
  const problem = locatedProblem(
    'warning',
    'sheet.truncated',
    sheet,
    readFrom,
    bi(
      `ชีต "${sheet}" มีช่วงที่ใช้ ${used} ใหญ่เกินกว่าที่ ITA Planner อ่านได้ จึงอ่านเฉพาะ ${read} มักเกิดจากค่าหลงอยู่ไกลจากข้อมูล กด Ctrl+End เพื่อดูเซลล์สุดท้าย ลบแถวและคอลัมน์ว่างที่เกินมา แล้วคำนวณใหม่`,
      `Sheet "${sheet}" uses ${used}, more than ITA Planner reads, so only ${read} was read. A stray value far from the data usually causes this: press Ctrl+End to see the last cell, delete the extra rows and columns, and recompute`,
    ),
    used,
  );
  return { ...problem, through: readTo };
}

/** A required sheet that is not there, by name or by its headers. */
export function missingSheetProblem(label: Bilingual): Problem {
  return {
    severity: 'error',
    code: 'sheet.missing',
    found: '',
    message: bi(
      `ไม่พบชีต "${label.th}" (หรือชีตที่มีหัวคอลัมน์ ตัวชี้วัด และ คะแนน)`,
      `No "${label.en}" sheet was found (nor a sheet with Indicator and Score headers)`,
    ),
  };
}

/** Only the agency's own survey, no NACC scores yet: the pre-assessment is all there is to compute. */
export function surveyAloneProblem(sheets: readonly string[]): Problem {
  const names = sheets.map((s) => `"${s}"`).join(', ');
  return {
    severity: 'warning',
    code: 'sheet.survey-alone',
    found: '',
    message: bi(
      `ยังไม่มีชีต "คะแนน": คำนวณเฉพาะการประเมินล่วงหน้าจากแบบสำรวจ ${names} (ไม่มีคะแนนรวม ระดับ และ OIT) — เมื่อ ป.ป.ช. ประกาศผลแล้ว เพิ่มชีต "คะแนน" (สร้างได้ด้วยแม่แบบ) แล้วคำนวณใหม่`,
      `No "Scores" sheet yet: only the pre-assessment from the survey ${names} is computed (no total, grade or OIT). When the NACC publishes the result, add a "Scores" sheet (the template has one) and recompute`,
    ),
  };
}

/** One message per missing column: the sheet, the column, the headers it accepts, the headers found. */
export function missingColumnProblem(f: SheetFound, m: NonNullable<SheetFound['missingDetail']>[number]): Problem {
  const accepted = m.accepted.map((h) => `"${h}"`).join(', ');
  const found = (f.headersFound ?? []).map((h) => `"${h}"`).join(', ');
  const row = f.headerRow === undefined ? TOP_LEFT : a1(f.headerRow, 0);
  return locatedProblem(
    'error',
    'sheet.column-missing',
    f.sheet as string,
    row,
    bi(
      `ชีต ${f.sheet} ไม่มีคอลัมน์ "${m.label.th}" ในแถวหัวตาราง (ภายใน 10 แถวแรก) หัวคอลัมน์ที่ใช้ได้: ${accepted} · หัวคอลัมน์ที่พบ: ${found || 'ไม่มี'} — เพิ่มคอลัมน์นี้หรือเปลี่ยนหัวคอลัมน์ให้ตรงกับชื่อใดชื่อหนึ่ง`,
      `Sheet ${f.sheet} has no "${m.label.en}" column in its header row (within the first 10 rows). Accepted headers: ${accepted}. Headers found: ${found || 'none'}. Add the column, or rename its header to one of these`,
    ),
    found,
  );
}

/** Several sheets could have had this role: which one is read, by which rule, and what to do if it is the wrong one. */
export function sheetChoiceProblem(sheet: string, role: Bilingual, c: SheetChoice): Problem {
  const others = c.others.map((s) => `"${s}"`).join(', ');
  const why =
    c.rule === 'visible'
      ? bi(`ชีตที่มองเห็น "${sheet}"`, `the visible sheet "${sheet}"`)
      : bi(`ชีตแรกตามลำดับแท็บ "${sheet}"`, `the first sheet in tab order, "${sheet}",`);
  const notRead =
    c.rule === 'visible' ? bi(`ชีตที่ซ่อนไว้ ${others}`, `the hidden ${others}`) : bi(`ชีต ${others}`, `${others}`);
  return locatedProblem(
    'warning',
    'sheets.chosen',
    sheet,
    TOP_LEFT,
    bi(
      `มีหลายชีตที่อาจเป็นชีต "${role.th}" จึงอ่าน${why.th} ไม่อ่าน${notRead.th} — ถ้าไม่ถูกต้อง ให้ลบหรือเปลี่ยนชื่อชีตที่ไม่ใช้ แล้วคำนวณใหม่`,
      `Several sheets could be the "${role.en}" sheet, so ${why.en} is read and ${notRead.en} is not; if that is wrong, delete or rename the sheet that should not be read and recompute`,
    ),
    [sheet, ...c.others].join(', '),
  );
}

/**
 * Several columns could be the score: a warning naming the one used (and last year's), or, when
 * the rule picks none, an error naming them all.
 */
export function columnChoiceProblem(sheet: string, c: ColumnChoice, be: number): Problem {
  const list = (xs: ColumnFound[]) => xs.map((x) => `${x.cell} "${x.header}"`).join(', ');
  const all = list(c.candidates);
  if (!c.chosen)
    return locatedProblem(
      'error',
      'columns.ambiguous',
      sheet,
      c.candidates[0].cell,
      bi(
        `ชีต ${sheet} มีหลายคอลัมน์ที่อาจเป็นคะแนน: ${all} และไม่มีคอลัมน์ใดระบุปีงบประมาณ ${be} — ตั้งชื่อหัวคอลัมน์คะแนนปีนี้ว่า "คะแนน" หรือ "คะแนน ${be}" แล้วคำนวณใหม่`,
        `Sheet ${sheet} has several columns that could be the score: ${all}, and none names fiscal year ${be}; head this year's scores "Score" or "Score ${be}" and recompute`,
      ),
      all,
    );
  const others = c.candidates.filter((x) => x.cell !== c.chosen!.cell && x.cell !== c.previous?.cell);
  const prev = c.previous
    ? { th: ` และ ${list([c.previous])} เป็นคะแนนปีก่อน`, en: `, and ${list([c.previous])} as last year's` }
    : { th: '', en: '' };
  const rest = others.length
    ? { th: ` ไม่ใช้ ${list(others)}`, en: `; ${list(others)} is not used` }
    : { th: '', en: '' };
  return locatedProblem(
    'warning',
    'columns.chosen',
    sheet,
    c.chosen.cell,
    bi(
      `ชีต ${sheet} มีหลายคอลัมน์ที่อาจเป็นคะแนน จึงใช้ ${list([c.chosen])} เป็นคะแนนปีงบประมาณ ${be}${prev.th}${rest.th} — ถ้าไม่ถูกต้อง ให้แก้หัวคอลัมน์`,
      `Sheet ${sheet} has several columns that could be the score, so ${list([c.chosen])} is read as fiscal year ${be}${prev.en}${rest.en}; if that is wrong, rename the headers`,
    ),
    all,
  );
}

/** What detection made of each role: a required sheet missing, a choice among sheets or columns, missing columns. */
export function foundProblems(found: SheetFound[], manyAgencies: boolean, be: number): Problem[] {
  const problems: Problem[] = [];
  for (const f of found) {
    // A workbook of many agencies needs no single agency's Scores sheet.
    if (f.required && !f.sheet && !manyAgencies) problems.push(missingSheetProblem(f.label));
    if (f.sheetChoice) problems.push(sheetChoiceProblem(f.sheet!, f.label, f.sheetChoice));
    if (f.columnChoice) problems.push(columnChoiceProblem(f.sheet!, f.columnChoice, be));
    const undecided = f.columnChoice && !f.columnChoice.chosen;
    if (f.sheet)
      for (const m of f.missingDetail ?? [])
        if (!(undecided && m.label === f.columnChoice?.candidates[0].label)) problems.push(missingColumnProblem(f, m));
  }
  return problems;
}
