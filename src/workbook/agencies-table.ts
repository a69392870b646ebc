/**
 * The area sheet's table of agencies (issue 14): one row per agency, every figure a live
 * formula over the Agencies sheet's cells, with the add-in's value cached. Built for 8,500 rows:
 * each formula's text is made once and joined with each row's number.
 */
import { AgencyResult, agencyTypeLabel, AGENCY_TYPES, AreaResult, stepText } from '../domain/agencies';
import { Framework, ToolId, TOOL_IDS } from '../domain/framework';
import { bi, Lang } from '../domain/text';
import { AgencySourceRow } from './agencies-parse';
import { AreaWords } from './agencies-text';
import { scoreFormula } from './formulas';
import { formula, Grid, num, text } from './grid';
import { CellNumber } from './parse-rows';
import { columnCharsFor, columnTextPoints, rowPoints, textPoints, widestWordPoints, wrappedLines } from './print';
import { ratingFormula } from './rating-formulas';
import { columnLetters } from './snapshot';

export const SCORE = '0.00';

/** The table's columns (0-based). Name to step print; province, last year's total and the indicators follow, on screen only. */
export const C = {
  name: 0,
  type: 1,
  district: 2,
  tool: { IIT: 3, EIT: 4, OIT: 5 } as Record<ToolId, number>,
  total: 6,
  grade: 7,
  rating: 8,
  pass: 9,
  weakTool: 10,
  weakInd: 11,
  change: 12,
  rank: 13,
  step: 14,
  // On screen only: the page has room for 15 columns at a readable size.
  province: 15,
  previous: 16,
  ind0: 17,
};
export const LAST_PRINTED = C.step;

/** Type size of the tables: a notch below the sheet's 16 pt, as on the summary. */
export const TABLE_SIZE = 13;

/** A score cell as a formula when a formula can read it, else its value. */
function live(c: CellNumber): { f?: string; v: number } {
  return c.formulaReadable ? { f: scoreFormula(c), v: c.value } : { v: c.value };
}

/**
 * An agency's district as printed: with its province, "เมือง (ลำพูน)", where the area's agencies
 * are in more than one (every province has an อำเภอเมือง); the district alone where they are in one.
 */
export function districtText(x: AgencyResult, lang: Lang, withProvince: boolean): string {
  const district = x.input.district?.trim();
  if (!district) return bi('ไม่ระบุอำเภอ', 'No district given')[lang];
  const province = x.input.province?.trim();
  return withProvince && province ? `${district} (${province})` : district;
}

/** Whether the area's districts lie in more than one province (by the district groups' keys: spelling aside). */
export function manyProvinces(area: AreaResult): boolean {
  const provinces = new Set(area.byDistrict.map((d) => d.key.split('\u0000')[1] ?? '').filter(Boolean));
  return provinces.size > 1;
}

/** The table's headings, in the order of its columns (C), up to the last year's total. */
export function tableHeads(words: AreaWords): string[] {
  const h = words.heads;
  return [
    h.name,
    h.type,
    h.district,
    ...TOOL_IDS,
    h.total,
    h.grade,
    h.rating,
    h.pass,
    h.weakTool,
    h.weakInd,
    h.change,
    h.rank,
    h.step,
    h.province,
    h.previous,
  ];
}

/** Widths in characters of the printed columns (the first also holds the group labels above). */
export function tableWidths(area: AreaResult, words: AreaWords, lang: Lang, groupLabels: readonly string[]): number[] {
  // Characters (Excel's unit) that `s` takes at the table's size, and the widest of a column, within bounds.
  // 12 % to spare: the printer's Thai face may run wider than TH Sarabun New's own metrics.
  const chars = (s: string) => ((textPoints(s, TABLE_SIZE) * 1.12) / 0.75 + 5) / 7 + 1;
  const widest = (xs: Iterable<string>, min: number, max: number) => {
    let w = min;
    for (const s of xs) if (w < max) w = Math.max(w, chars(s));
    return Math.ceil(Math.min(max, w));
  };
  const types = [...new Set(area.agencies.map((x) => x.input.type))].map((id) => agencyTypeLabel(id)[lang]);
  // Scores to 100.00 (and a group's share to 100.0 %) need 9 characters at the table's size.
  const w = new Array<number>(LAST_PRINTED + 1).fill(9);
  w[C.name] = widest([...area.agencies.map((x) => x.input.name), ...groupLabels], 16, 24);
  w[C.type] = widest(types, 9, 16);
  // With the province the column widens, up to a few characters more: a longer one wraps.
  const withProvince = manyProvinces(area);
  w[C.district] = widest(
    area.byDistrict.map((d) => (withProvince && d.province ? `${d.district} (${d.province})` : (d.district ?? ''))),
    9,
    withProvince ? 18 : 14,
  );
  for (const id of TOOL_IDS) w[C.tool[id]] = 10;
  w[C.rating] = widest(
    area.agencies.flatMap((x) => (x.rating ? [x.rating.name[lang]] : [])),
    9,
    13,
  );
  w[C.pass] = widest([words.pass, words.fail], 9, 13);
  w[C.step] = 28;
  // No column narrower than its heading's longest word (bold): "เปลี่ยนแ/ปลง" is no word.
  tableHeads(words)
    .slice(0, LAST_PRINTED + 1)
    .forEach((head, c) => {
      const least = columnCharsFor(widestWordPoints(head, TABLE_SIZE, true));
      w[c] = Math.max(w[c], least);
    });
  return w;
}

/**
 * One row per agency from `first` (0-based), in `order`. Returns each row's height: one line, or as many as
 * its name or step wraps to.
 */
export function writeAgencyRows(
  g: Grid,
  fw: Framework,
  area: AreaResult,
  order: readonly AgencyResult[],
  rows: readonly AgencySourceRow[],
  first: number,
  widths: readonly number[],
  target: string,
  lang: Lang,
  words: AreaWords,
): { row: number; points: number }[] {
  const inds = fw.indicators;
  const last = first + rows.length - 1;
  const L = (c: number) => columnLetters(c);
  const totals = `$${L(C.total)}$${first + 1}:$${L(C.total)}$${last + 1}`;
  const bands = [...fw.gradeBands].sort((x, y) => x.min - y.min);
  // Every formula of an agency's row is the same text but for its row number: the text around
  // the row numbers is built once, each row joins it with its number.
  const perRow = (template: string) => {
    const parts = template.split('{R}');
    return (r: number) => parts.join(String(r));
  };
  const gradeF = perRow(
    `LOOKUP(${L(C.total)}{R},{${bands.map((b) => b.min).join(',')}},{${bands.map((b) => `"${b.grade}"`).join(',')}})`,
  );
  const weights = Object.fromEntries(fw.tools.map((x) => [x.id, Number((x.weight * 100).toPrecision(12))]));
  const totalF = perRow(`ROUND((${TOOL_IDS.map((id) => `${weights[id]}*${L(C.tool[id])}{R}`).join('+')})/100,2)`);
  const ratingF =
    fw.ratingRules.length > 0
      ? perRow(ratingFormula(fw.ratingRules, `${L(C.total)}{R}`, (id) => `${L(C.tool[id])}{R}`, lang))
      : undefined;
  const passF = perRow(`IF(${L(C.total)}{R}>=ROUND(${target},2),"${words.pass}","${words.fail}")`);
  const [iit, eit, oit] = TOOL_IDS.map((id) => `${L(C.tool[id])}{R}`);
  const weakToolF = perRow(`IF(${iit}<=MIN(${eit},${oit}),"IIT",IF(${eit}<=${oit},"EIT","OIT"))`);
  const span = `${L(C.ind0)}{R}:${L(C.ind0 + inds.length - 1)}{R}`;
  const weakIndF = perRow(`INDEX({${inds.map((d) => d.id).join(',')}},MATCH(MIN(${span}),${span},0))`);
  const changeF = perRow(`ROUND(${L(C.total)}{R}-ROUND(${L(C.previous)}{R},2),2)`);
  const rankF = perRow(`RANK(${L(C.total)}{R},${totals})`);
  const toolMeanF = Object.fromEntries(
    TOOL_IDS.map((id) => [
      id,
      perRow(`AVERAGE(${inds.flatMap((d, k) => (d.tool === id ? [`${L(C.ind0 + k)}{R}`] : [])).join(',')})`),
    ]),
  ) as Record<ToolId, (r: number) => string>;
  const typeText = new Map(AGENCY_TYPES.map((x) => [x.id, agencyTypeLabel(x.id)[lang]]));
  const passText = { true: words.pass, false: words.fail };
  // Wrapped cells: the name and the step, and the labels (type, district, rating, against the
  // target), which in English or with a province can be longer than their column. A label's lines
  // are measured once: an area has a few types, districts and words on thousands of rows.
  const nameRoom = columnTextPoints(widths[C.name]);
  const stepRoom = columnTextPoints(widths[C.step]);
  const withProvince = manyProvinces(area);
  const labelLines = new Map<string, number>();
  const label = (s: string, col: number): number => {
    const key = `${col}\u0000${s}`;
    let n = labelLines.get(key);
    if (n === undefined) labelLines.set(key, (n = wrappedLines(s, columnTextPoints(widths[col]), TABLE_SIZE)));
    return n;
  };
  const heights: { row: number; points: number }[] = [];
  order.forEach((x, i) => {
    const src = rows[x.index];
    const r = first + i;
    const n = r + 1;
    const step = stepText(x.step)[lang];
    g.set(r, C.name, text(x.input.name));
    g.set(r, C.type, text(typeText.get(x.input.type)!));
    const district = districtText(x, lang, withProvince);
    g.set(r, C.district, text(district));
    if (x.input.province) g.set(r, C.province, text(x.input.province));
    if (src.indicators)
      inds.forEach((d, k) => {
        const v = live(src.indicators![d.id]);
        g.set(r, C.ind0 + k, v.f ? formula(v.f, v.v) : num(v.v), SCORE);
      });
    for (const id of TOOL_IDS) {
      if (src.indicators) g.set(r, C.tool[id], formula(toolMeanF[id](n), x.tools![id]), SCORE);
      else if (src.tools) {
        const v = live(src.tools[id]);
        g.set(r, C.tool[id], v.f ? formula(v.f, v.v) : num(v.v), SCORE);
      }
    }
    const total =
      x.basis === 'total'
        ? src.total!.formulaReadable
          ? `ROUND(${scoreFormula(src.total!)},2)`
          : undefined
        : totalF(n);
    g.set(r, C.total, total ? formula(total, x.totalShown) : num(x.totalShown), SCORE);
    g.set(r, C.grade, formula(gradeF(n), x.grade));
    if (x.tools && ratingF) g.set(r, C.rating, formula(ratingF(n), x.rating?.name[lang] ?? ''));
    g.set(r, C.pass, formula(passF(n), passText[`${x.pass}`]));
    if (x.tools) g.set(r, C.weakTool, formula(weakToolF(n), x.weakestTool!));
    if (x.input.indicators) g.set(r, C.weakInd, formula(weakIndF(n), x.weakestIndicator!));
    if (src.previous) {
      const p = live(src.previous);
      g.set(r, C.previous, p.f ? formula(p.f, p.v) : num(p.v), SCORE);
      g.set(r, C.change, formula(changeF(n), x.change!), SCORE);
    }
    g.set(r, C.rank, formula(rankF(n), x.rank));
    if (step) g.set(r, C.step, text(step));
    const lines = Math.max(
      wrappedLines(x.input.name, nameRoom, TABLE_SIZE),
      step ? wrappedLines(step, stepRoom, TABLE_SIZE) : 1,
      label(typeText.get(x.input.type)!, C.type),
      label(district, C.district),
      x.tools && ratingF ? label(x.rating?.name[lang] ?? '', C.rating) : 1,
      label(passText[`${x.pass}`], C.pass),
    );
    // Every row: a sheet's default height is for its 16 pt font's cells (LibreOffice prints 13 pt rows overlapped otherwise).
    heights.push({ row: r, points: rowPoints(lines, TABLE_SIZE) });
  });
  return heights;
}
