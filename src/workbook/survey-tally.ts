/**
 * Counting a responses sheet's answers: per question, how many gave each answer; per tool, how
 * many answered at all. Answers it cannot read are warned about by their cell, repeating only a
 * number or the length of a text, never a respondent's words.
 */
import { ToolId } from '../domain/framework';
import { Problem } from '../domain/problem';
import { levelNumber, QuestionRule, readAnswer, SurveyTallies } from '../domain/survey';
import { bi } from '../domain/text';
import { cellProblem, locatedProblem, Withheld } from './cells';
import { a1, CellValue, columnLetters, SheetSnapshot } from './snapshot';
import { CellRef, TOP_LEFT } from '../domain/refs';

/** Counts per answer, respondents per tool, and one problem per column holding unknown answers. */
export function tally(
  sheet: SheetSnapshot,
  dataFrom: number,
  cols: { idx: number; code: string }[],
  byCode: ReadonlyMap<string, QuestionRule>,
  problems: Problem[],
): SurveyTallies {
  const rules = cols.map((c) => byCode.get(c.code)!);
  const counts = rules.map((r) => new Array<number>(r.scale.answers.length).fill(0));
  const unknown = cols.map(() => ({ first: -1, n: 0 }));
  // Answers repeat: read each distinct one once per question's scale and direction.
  const caches = rules.map(() => new Map<CellValue, number | 'blank' | 'unknown'>());
  const toolOf = rules.map((r) => r.tool);
  // Linear-scale numbers read as levels (1 = the least answer): counted, and said once.
  const numbered = rules.map(() => new Set<CellValue>());
  const byNumber: { n: number; first: CellRef } = { n: 0, first: TOP_LEFT };
  const respondents: Partial<Record<ToolId, number>> = {};
  const answeredTools = new Set<ToolId>();
  for (let r = dataFrom; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    if (!row) continue;
    answeredTools.clear();
    for (let i = 0; i < cols.length; i++) {
      const v = row[cols[i].idx] ?? null;
      if (v === null) continue;
      let level = caches[i].get(v);
      if (level === undefined) {
        level = readAnswer(rules[i], v);
        const asNumber = level === 'unknown' ? levelNumber(rules[i], v) : undefined;
        if (asNumber !== undefined) {
          level = asNumber;
          numbered[i].add(v);
        }
        caches[i].set(v, level);
      }
      if (level === 'blank') continue;
      if (numbered[i].has(v) && byNumber.n++ === 0) byNumber.first = a1(sheet.top + r, sheet.left + cols[i].idx);
      answeredTools.add(toolOf[i]);
      if (level === 'unknown') {
        if (unknown[i].first < 0) unknown[i].first = r;
        unknown[i].n++;
      } else counts[i][level]++;
    }
    for (const t of answeredTools) respondents[t] = (respondents[t] ?? 0) + 1;
  }
  if (byNumber.n > 0) {
    const scale = rules.find((_, i) => numbered[i].size > 0)!.scale;
    const n = scale.answers.length;
    const [least, most] = [scale.answers[0].label, scale.answers[n - 1].label];
    problems.push(
      locatedProblem(
        'warning',
        'survey.level-numbers',
        sheet.name,
        byNumber.first,
        bi(
          `ชีต ${sheet.name}: ${byNumber.n} เซลล์เป็นตัวเลข 1–${n} จึงอ่านเป็นระดับคำตอบ (1 = ${least.th} … ${n} = ${most.th}) — ถ้าแบบฟอร์มเรียงกลับกัน ให้แทนตัวเลขด้วยคำตอบ`,
          `Sheet ${sheet.name}: ${byNumber.n} cells hold the numbers 1–${n}, read as the answer's level (1 = ${least.en} … ${n} = ${most.en}); if the form ran the other way, replace the numbers with the answers`,
        ),
        String(byNumber.n),
      ),
    );
  }
  cols.forEach((c, i) => {
    const u = unknown[i];
    if (u.n === 0) return;
    const rule = rules[i];
    const cell = a1(sheet.top + u.first, sheet.left + c.idx);
    const best = [...rule.scale.answers].reverse();
    const words = best.map((a) => a.label.th).join(', ');
    const scores = best.map((a) => a.score).join(', ');
    // A warning, not an error: the pre-assessment is the agency's own and never blocks the NACC's
    // figures; an answer it cannot read is left out of the counts, as a blank is.
    const p = cellProblem(
      'warning',
      'survey.answer',
      sheet.name,
      cell,
      shareable(sheet.values[u.first]?.[c.idx] ?? null),
      bi(
        `คำตอบของข้อ ${c.code}: ${words} (หรือ ${scores}) หรือเว้นว่างถ้าไม่ได้ตอบ`,
        `an answer to ${c.code}: ${words} (or ${scores}), or blank if not answered`,
      ),
    );
    const more = u.n - 1;
    const others =
      more === 0
        ? { th: '', en: '' }
        : {
            th: ` (และอีก ${more} เซลล์ในคอลัมน์ ${columnLetters(sheet.left + c.idx)})`,
            en: ` (and ${more} more cell${more === 1 ? '' : 's'} in column ${columnLetters(sheet.left + c.idx)})`,
          };
    problems.push({
      ...p,
      message: bi(
        `${p.message.th}${others.th} — ไม่นับคำตอบนี้ในผลประเมินล่วงหน้า`,
        `${p.message.en}${others.en}; not counted in the pre-assessment`,
      ),
    });
  });
  const out: Record<string, number[]> = {};
  cols.forEach((c, i) => (out[c.code] = counts[i]));
  return { counts: out, respondents };
}

/**
 * What a problem may repeat of an answer cell: a number. Any text, however short, may be a
 * respondent's own words or name ("ดีมาก", "สมชาย"), so only its length is said (and shown as
 * that many dots); the cell is named, so the planner can look.
 */
function shareable(v: CellValue): CellValue | Withheld {
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return { said: bi('วันที่', 'a date'), shown: '(date)' };
  const n = (typeof v === 'string' ? v.trim() : '').length;
  return {
    said: bi(`ข้อความ ${n} ตัวอักษร`, `a text of ${n} character${n === 1 ? '' : 's'}`),
    shown: '•'.repeat(Math.min(n, 12)) + (n > 12 ? '…' : ''),
  };
}
