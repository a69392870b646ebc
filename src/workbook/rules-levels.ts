import { Grade, GradeBand, Framework, RatingRule, ToolId, TOOL_IDS } from '../domain/framework';
import { bi } from '../domain/text';
import { parseScore } from '../domain/parse/numbers';
import { isEmpty } from './cells';
import { Bad, Err, RulesRow, SectionFound, certaintyOf, textOf } from './rules-read';
import type { CellRef } from '../domain/refs';

const GRADES: readonly Grade[] = ['AA', 'A', 'B', 'C', 'D', 'E', 'F'];

export function readGrades(s: SectionFound | undefined, base: Framework, err: Err, bad: Bad): readonly GradeBand[] {
  if (!s) return base.gradeBands;
  const out: (GradeBand & { cell: CellRef })[] = [];
  for (const r of s.rows) {
    const g = GRADES.find((x) => x === textOf(r.get('grade')).toUpperCase());
    if (!g) {
      bad(r.at('grade'), r.get('grade'), bi('ระดับ AA, A, B, C, D, E หรือ F', 'a grade AA, A, B, C, D, E or F'));
      continue;
    }
    if (out.some((x) => x.grade === g)) {
      err(r.at('grade'), bi(`ระดับ ${g} มีสองแถว`, `Grade ${g} is listed twice`), g);
      continue;
    }
    const m = parseScore(r.get('min'));
    if (!m.ok) {
      bad(r.at('min'), r.get('min'), m.expected);
      continue;
    }
    const prev = out[out.length - 1];
    if (prev && m.value >= prev.min) {
      err(
        r.at('min'),
        bi(
          `คะแนนต่ำสุดของระดับ ${g} (${m.value}) ต้องต่ำกว่าของระดับ ${prev.grade} ในแถวก่อนหน้า (${prev.min}) — เรียงจากระดับสูงไปต่ำ`,
          `Grade ${g}'s minimum (${m.value}) must be below ${prev.grade}'s on the row above (${prev.min}); list grades from highest to lowest`,
        ),
        String(m.value),
      );
      continue;
    }
    out.push({ grade: g, min: m.value, cell: r.at('min') });
  }
  const lowest = out[out.length - 1];
  if (lowest && lowest.min !== 0)
    err(lowest.cell, bi('ระดับต่ำสุดต้องเริ่มที่ 0 คะแนน', 'The lowest grade must start at 0'), String(lowest.min));
  return out.map(({ grade, min }) => ({ grade, min }));
}

export function readRating(s: SectionFound | undefined, base: Framework, err: Err, bad: Bad): readonly RatingRule[] {
  if (!s) return base.ratingRules;
  const out: (RatingRule & { row: RulesRow })[] = [];
  for (const r of s.rows) {
    const th = textOf(r.get('nameTh'));
    if (!th) {
      bad(r.at('nameTh'), r.get('nameTh'), bi('ชื่อระดับ เช่น ผ่านดี', 'the level name, e.g. ผ่านดี'));
      continue;
    }
    const en = textOf(r.get('nameEn')) || th;
    const m = parseScore(r.get('minTotal'));
    if (!m.ok) {
      bad(r.at('minTotal'), r.get('minTotal'), m.expected);
      continue;
    }
    const minTool: Partial<Record<ToolId, number>> = {};
    let ok = true;
    for (const t of TOOL_IDS) {
      const v = r.get(t);
      if (isEmpty(v)) continue;
      const p = parseScore(v);
      if (p.ok) minTool[t] = p.value;
      else {
        bad(r.at(t), v, p.expected);
        ok = false;
      }
    }
    if (!ok) continue;
    const prev = out[out.length - 1];
    const lower = prev
      ? prev.minTotal > m.value
        ? { cell: r.at('minTotal'), what: bi('คะแนนรวมขั้นต่ำ', 'minimum total'), was: prev.minTotal, is: m.value }
        : TOOL_IDS.filter((t) => (prev.minTool?.[t] ?? 0) > (minTool[t] ?? 0)).map((t) => ({
            cell: r.at(t),
            what: bi(`${t} ขั้นต่ำ`, `${t} minimum`),
            was: prev.minTool?.[t] ?? 0,
            is: minTool[t] ?? 0,
          }))[0]
      : undefined;
    if (prev && lower) {
      err(
        lower.cell,
        bi(
          `ระดับ "${th}" ต้องอยู่สูงกว่า "${prev.name.th}" ในแถวก่อนหน้า แต่${lower.what.th} ${lower.is} ต่ำกว่า ${lower.was} — เรียงระดับจากต่ำไปสูง`,
          `Level "${en}" must rank above "${prev.name.en}" on the row above, but its ${lower.what.en} ${lower.is} is below ${lower.was}; list levels from lowest to highest`,
        ),
        String(lower.is),
      );
      continue;
    }
    const certainty = certaintyOf(r.get('certainty'));
    out.push({
      name: bi(th, en),
      minTotal: m.value,
      ...(Object.keys(minTool).length > 0 ? { minTool } : {}),
      ...(certainty ? { certainty } : {}),
      row: r,
    });
  }
  return out.map(({ row: _row, ...rule }) => rule);
}
