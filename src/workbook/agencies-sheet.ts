/**
 * The area's sheet (issue 14), ours: the area's figures beside the national ones, counts per
 * grade and rating, the mean per tool and indicator, the agencies below the target with the one
 * step that lifts each, the same per type and district, then one row per agency. Every figure is
 * a live formula over the Agencies sheet's cells (or over this sheet's agency rows), with the
 * add-in's value cached; the names ITA_AGENCIES_COUNT, _MEAN and _PASS_SHARE point at the area's.
 */
import { AgencyResult, agencyTypeLabel, AGENCY_TYPES, GroupSummary, stepText } from '../domain/agencies';
import { round2 } from '../domain/decimal';
import { Grade, ToolId, TOOL_IDS } from '../domain/framework';
import { nationalFor } from '../domain/national';
import { bi, Lang } from '../domain/text';
import { formatDateTime } from '../domain/thai-date';
import { AnalysisWithSources } from './analyze';
import { scoreFormula } from './formulas';
import { formula, Grid, num, text } from './grid';
import { CellNumber } from './parse-rows';
import { PlanName, WritePlan } from './plan';
import { PRINT_FONT } from './print';
import { ratingFormula } from './rating-formulas';
import { a1, columnLetters } from './snapshot';

const SCORE = '0.00';
const SHARE = '0.00%';
const GREEN = '#1E4620';
const AGENCY_TYPE_IDS = AGENCY_TYPES.map((x) => x.id);
const HEAD_FILL = '#E2EFDA';
const BELOW_FILL = '#FFC7CE';

/** Names that point at the area's figures on this sheet. */
export const AGENCIES_NAMES = ['ITA_AGENCIES_COUNT', 'ITA_AGENCIES_MEAN', 'ITA_AGENCIES_PASS_SHARE'] as const;

const T = {
  th: {
    title: 'ภาพรวมผลการประเมิน ITA รายหน่วยงาน',
    year: 'ปีงบประมาณ',
    provisional: 'เกณฑ์ชั่วคราว',
    computed: 'คำนวณเมื่อ',
    area: 'ทั้งพื้นที่',
    national: (y: number) => `ทั้งประเทศ ปี ${y}`,
    count: 'จำนวนหน่วยงาน',
    mean: 'คะแนนเฉลี่ย',
    passShare: (t: string) => `สัดส่วนที่ได้ ${t} ขึ้นไป`,
    target: 'เป้าหมาย',
    below: 'ต่ำกว่าเป้าหมาย',
    nationalNote: 'ตัวเลขทั้งประเทศจากข่าวการประกาศผลของ ป.ป.ช.; เป้าหมายระดับประเทศ: ร้อยละ 80 ของหน่วยงานผ่าน 85',
    grades: 'จำนวนตามระดับผลการประเมิน',
    ratings: 'จำนวนตามระดับคุณธรรม (เฉพาะหน่วยงานที่มีคะแนนรายเครื่องมือ)',
    means: 'คะแนนเฉลี่ยรายเครื่องมือและรายตัวชี้วัด',
    meanOf: 'เฉลี่ย',
    agenciesWith: 'จำนวนที่มีข้อมูล',
    indicator: (id: number) => `ตัวชี้วัดที่ ${id}`,
    belowTitle: 'หน่วยงานที่ต่ำกว่าเป้าหมาย (คะแนนต่ำสุดก่อน) และก้าวเดียวที่ยกถึงเป้าหมาย',
    none: 'ไม่มี',
    byType: 'รายประเภทหน่วยงาน',
    byDistrict: 'รายอำเภอ',
    districtGroup: 'อำเภอ (จังหวัด)',
    group: 'กลุ่ม',
    passCount: 'ผ่าน',
    agencies: 'รายหน่วยงาน',
    heads: [
      'ลำดับ',
      'หน่วยงาน',
      'ประเภท',
      'อำเภอ',
      'จังหวัด',
      'IIT',
      'EIT',
      'OIT',
      'คะแนนรวม',
      'ระดับ',
      'ระดับคุณธรรม',
      'ผลเทียบเป้าหมาย',
      'เครื่องมือที่ต่ำสุด',
      'ตัวชี้วัดที่ต่ำสุด',
      'คะแนนปีก่อน',
      'เปลี่ยนแปลง',
      'อันดับ',
      'ก้าวเดียวถึงเป้าหมาย',
    ],
    pass: 'ผ่าน',
    fail: 'ไม่ผ่าน',
  },
  en: {
    title: 'ITA results by agency: the area',
    year: 'Fiscal year',
    provisional: 'provisional rules',
    computed: 'Computed',
    area: 'Area',
    national: (y: number) => `Country, ${y}`,
    count: 'Agencies',
    mean: 'Mean score',
    passShare: (t: string) => `Share at ${t} or above`,
    target: 'Target',
    below: 'Below target',
    nationalNote:
      "Country figures from news reports of the NACC's announcement; the national goal: 80 % of agencies at 85 or above",
    grades: 'Agencies by grade',
    ratings: 'Agencies by rating (those with tool scores only)',
    means: 'Mean per tool and per indicator',
    meanOf: 'Mean',
    agenciesWith: 'Agencies with data',
    indicator: (id: number) => `Indicator ${id}`,
    belowTitle: 'Agencies below the target (lowest first) and the one step that lifts each to it',
    none: 'None',
    byType: 'By type of agency',
    byDistrict: 'By district',
    districtGroup: 'District (province)',
    group: 'Group',
    passCount: 'Passed',
    agencies: 'By agency',
    heads: [
      'No.',
      'Agency',
      'Type',
      'District',
      'Province',
      'IIT',
      'EIT',
      'OIT',
      'Total',
      'Grade',
      'Rating',
      'Against target',
      'Weakest tool',
      'Weakest indicator',
      'Previous total',
      'Change',
      'Rank',
      'One step to the target',
    ],
    pass: 'Pass',
    fail: 'Below target',
  },
};

/** Agency table columns (0-based); indicators follow the step column. */
const C = {
  no: 0,
  name: 1,
  type: 2,
  district: 3,
  province: 4,
  tool: { IIT: 5, EIT: 6, OIT: 7 } as Record<ToolId, number>,
  total: 8,
  grade: 9,
  rating: 10,
  pass: 11,
  weakTool: 12,
  weakInd: 13,
  previous: 14,
  change: 15,
  rank: 16,
  step: 17,
  ind0: 18,
};

const WIDTHS = [6, 30, 14, 22, 14, 9, 9, 9, 10, 8, 14, 14, 12, 12, 11, 11, 8, 48];

/** A COUNTIF criterion that matches the text exactly: "=" first, wildcards escaped. */
function exactly(s: string): string {
  return `"=${s.replace(/[~*?]/g, '~$&').replace(/"/g, '""')}"`;
}

/** A score cell as a formula when a formula can read it, else its value. */
function live(c: CellNumber): { f?: string; v: number } {
  return c.formulaReadable ? { f: scoreFormula(c), v: c.value } : { v: c.value };
}

export function writeAgenciesSheet(
  plan: WritePlan,
  a: AnalysisWithSources,
  sheet: string,
  lang: Lang,
  computedAt: string,
): void {
  const t = T[lang];
  const fw = a.framework;
  const area = a.area!.result;
  const rows = a.sources.agencies!;
  const inds = fw.indicators;
  // After the indicators: the district with its province, the key the district table counts by.
  const groupCol = C.ind0 + inds.length;
  const width = groupCol + 1;
  const g = new Grid(sheet, width);
  const named = (name: string, cell: string) => plan.names.push({ name, sheet, ref: cell } satisfies PlanName);
  const sectionTitle = (row: number, s: string) => {
    g.put(row, 0, text(s));
    g.style(`A${row + 1}`, { bold: true, fontColor: GREEN, fontSize: 13 });
  };
  const heads = (row: number, labels: readonly string[], from = 0) => {
    labels.forEach((l, i) => g.put(row, from + i, text(l)));
    g.style(`${a1(row, from)}:${a1(row, from + labels.length - 1)}`, {
      bold: true,
      fill: HEAD_FILL,
      wrap: true,
      vertical: 'middle',
      horizontal: 'center',
      border: true,
    });
  };

  // Where everything goes: the agency table last, so its length moves nothing else.
  const typeRows = area.byType.length;
  const districtRows = area.byDistrict.length;
  const belowRows = Math.max(1, area.below.length);
  const R = {
    title: 0,
    year: 1,
    stamp: 2,
    areaHead: 4,
    count: 5,
    mean: 6,
    share: 7,
    target: 8,
    below: 9,
    note: 10,
    gradesTitle: 12,
    gradesHead: 13,
    grades: 14,
    ratingsTitle: 16,
    ratingsHead: 17,
    ratings: 18,
    meansTitle: 20,
    meansHead: 21,
    means: 22,
    meansCount: 23,
    belowTitle: 25,
    belowHead: 26,
    belowFirst: 27,
  };
  const typeTitle = R.belowFirst + belowRows + 1;
  const typeHead = typeTitle + 1;
  const districtTitle = typeHead + 1 + typeRows + 1;
  const districtHead = districtTitle + 1;
  const agenciesTitle = districtHead + 1 + districtRows + 1;
  const agenciesHead = agenciesTitle + 1;
  const first = agenciesHead + 1;
  const last = first + rows.length - 1;
  const col = (c: number) => columnLetters(c);
  const range = (c: number) => `$${col(c)}$${first + 1}:$${col(c)}$${last + 1}`;
  const TOTALS = range(C.total);
  const TARGET = `$B$${R.target + 1}`;
  const COUNT = `$B$${R.count + 1}`;

  // Title, year, when.
  g.put(R.title, 0, text(t.title));
  g.style('A1', { bold: true, fontSize: 16, fontColor: GREEN });
  g.put(R.year, 0, text(`${t.year} ${fw.fiscalYear}${fw.provisional ? ` (${t.provisional})` : ''}`));
  g.put(R.stamp, 0, text(`${t.computed} ${formatDateTime(computedAt, lang)} · ITA Planner`));
  g.style(`A${R.stamp + 1}`, { italic: true, fontColor: '#595959' });

  // The area beside the country.
  const nat = nationalFor(fw.fiscalYear);
  heads(R.areaHead, ['', t.area, ...(nat ? [t.national(nat.fiscalYear)] : [])]);
  const targetText = round2(area.target).toFixed(2);
  const labelRow = (row: number, label: string) => g.put(row, 0, text(label));
  labelRow(R.count, t.count);
  labelRow(R.mean, t.mean);
  labelRow(R.share, t.passShare(targetText));
  labelRow(R.target, t.target);
  labelRow(R.below, t.below);
  named('ITA_AGENCIES_COUNT', g.put(R.count, 1, formula(`COUNT(${TOTALS})`, area.area.count)));
  named('ITA_AGENCIES_MEAN', g.put(R.mean, 1, formula(`ROUND(AVERAGE(${TOTALS}),2)`, area.area.meanShown), SCORE));
  named(
    'ITA_AGENCIES_PASS_SHARE',
    g.put(R.share, 1, formula(`COUNTIF(${TOTALS},">="&${TARGET})/${COUNT}`, area.area.passShare), SHARE),
  );
  const targetSource = a.sources.settings.target;
  g.put(
    R.target,
    1,
    targetSource?.formulaReadable ? formula(scoreFormula(targetSource), area.target) : num(area.target),
    SCORE,
  );
  g.put(R.below, 1, formula(`${COUNT}-COUNTIF(${TOTALS},">="&${TARGET})`, area.area.belowTarget));
  if (nat) {
    g.put(R.count, 2, num(nat.agencies));
    if (nat.mean !== undefined) g.put(R.mean, 2, num(nat.mean), SCORE);
    if (nat.passShare !== undefined) g.put(R.share, 2, num(nat.passShare), SHARE);
    g.put(R.target, 2, num(fw.passMark), SCORE);
  }
  g.style(`A${R.count + 1}:${nat ? 'C' : 'B'}${R.below + 1}`, { border: true });
  g.style(`B${R.count + 1}:B${R.share + 1}`, { bold: true });
  g.put(R.note, 0, text(t.nationalNote));
  g.style(`A${R.note + 1}`, { italic: true, fontColor: '#595959' });

  // Counts per grade and per rating: COUNTIF over the agency table.
  sectionTitle(R.gradesTitle, t.grades);
  const grades: Grade[] = [...fw.gradeBands].sort((x, y) => y.min - x.min).map((b) => b.grade);
  heads(R.gradesHead, grades);
  grades.forEach((gr, i) =>
    g.put(R.grades, i, formula(`COUNTIF(${range(C.grade)},${exactly(gr)})`, area.area.grades[gr] ?? 0)),
  );
  g.style(`A${R.grades + 1}:${col(grades.length - 1)}${R.grades + 1}`, { border: true, horizontal: 'center' });
  sectionTitle(R.ratingsTitle, t.ratings);
  const levels = [...fw.ratingRules].reverse();
  if (levels.length > 0) {
    heads(
      R.ratingsHead,
      levels.map((r) => r.name[lang]),
    );
    levels.forEach((r, i) =>
      g.put(
        R.ratings,
        i,
        formula(`COUNTIF(${range(C.rating)},${exactly(r.name[lang])})`, area.area.ratings[r.name.th] ?? 0),
      ),
    );
    g.style(`A${R.ratings + 1}:${col(levels.length - 1)}${R.ratings + 1}`, { border: true, horizontal: 'center' });
  } else g.put(R.ratingsHead, 0, text('—'));

  // Means per tool and indicator, over the agencies that give them.
  sectionTitle(R.meansTitle, t.means);
  const meanCols: { label: string; c: number; value: number | undefined; n: number }[] = [
    ...TOOL_IDS.map((id) => ({
      label: id,
      c: C.tool[id],
      value: area.area.toolMeans[id],
      n: area.agencies.filter((x) => x.tools).length,
    })),
    ...inds.map((d, i) => ({
      label: t.indicator(d.id),
      c: C.ind0 + i,
      value: area.area.indicatorMeans[d.id],
      n: area.agencies.filter((x) => x.input.indicators).length,
    })),
  ];
  heads(R.meansHead, ['', ...meanCols.map((m) => m.label)]);
  g.put(R.means, 0, text(t.meanOf));
  g.put(R.meansCount, 0, text(t.agenciesWith));
  meanCols.forEach((m, i) => {
    g.put(R.meansCount, i + 1, formula(`COUNT(${range(m.c)})`, m.n));
    g.put(
      R.means,
      i + 1,
      m.value === undefined ? text('—') : formula(`ROUND(AVERAGE(${range(m.c)}),2)`, round2(m.value)),
      SCORE,
    );
  });
  g.style(`A${R.means + 1}:${col(meanCols.length)}${R.meansCount + 1}`, { border: true });

  // Below the target, lowest first: each links to its row of the agency table.
  sectionTitle(R.belowTitle, t.belowTitle);
  heads(R.belowHead, [t.heads[0], t.heads[1], t.heads[3], t.heads[8], t.heads[9], t.heads[17]]);
  const rowOf = (x: AgencyResult) => first + x.index;
  if (area.below.length === 0) g.put(R.belowFirst, 0, text(t.none));
  area.below.forEach((x, i) => {
    const r = R.belowFirst + i;
    const at = (c: number) => `${col(c)}${rowOf(x) + 1}`;
    g.put(r, 0, num(i + 1));
    g.put(r, 1, formula(at(C.name), x.input.name));
    g.put(r, 2, formula(at(C.district), districtText(x, lang)));
    g.put(r, 3, formula(at(C.total), x.totalShown), SCORE);
    g.put(r, 4, formula(at(C.grade), x.grade));
    g.put(r, 5, text(stepText(x.step)[lang]));
  });
  if (area.below.length > 0) g.style(`A${R.belowFirst + 1}:F${R.belowFirst + area.below.length}`, { border: true });

  // Per type and per district: live counts and means over the agency table's own columns.
  const groupTable = (
    title: number,
    head: number,
    groups: readonly GroupSummary[],
    keyCol: number,
    label: (x: GroupSummary) => string,
  ) => {
    sectionTitle(title, keyCol === C.type ? t.byType : t.byDistrict);
    heads(head, [t.group, t.count, t.mean, t.passCount, t.passShare(targetText), t.below]);
    groups.forEach((x, i) => {
      const r = head + 1 + i;
      const crit = exactly(label(x));
      const key = range(keyCol);
      const n = `B${r + 1}`;
      g.put(r, 0, text(label(x)));
      g.put(r, 1, formula(`COUNTIF(${key},${crit})`, x.count));
      g.put(r, 2, formula(`ROUND(AVERAGEIF(${key},${crit},${TOTALS}),2)`, x.meanShown), SCORE);
      g.put(r, 3, formula(`COUNTIFS(${key},${crit},${TOTALS},">="&${TARGET})`, x.passCount));
      g.put(r, 4, formula(`D${r + 1}/${n}`, x.passShare), SHARE);
      g.put(r, 5, formula(`${n}-D${r + 1}`, x.belowTarget));
    });
    if (groups.length > 0) g.style(`A${head + 2}:F${head + 1 + groups.length}`, { border: true });
  };
  groupTable(typeTitle, typeHead, area.byType, C.type, (x) => agencyTypeLabel(x.type!)[lang]);
  groupTable(districtTitle, districtHead, area.byDistrict, groupCol, (x) => x.label[lang]);

  // One row per agency.
  sectionTitle(agenciesTitle, t.agencies);
  heads(agenciesHead, [...t.heads, ...inds.map((d) => t.indicator(d.id)), t.districtGroup]);
  const bands = [...fw.gradeBands].sort((x, y) => x.min - y.min);
  const L = (c: number) => columnLetters(c);
  // Every formula of an agency's row is the same text but for its row number: the text around
  // the row numbers is built once, each row joins it with its number (8,500 rows).
  const perRow = (template: string) => {
    const parts = template.split('{R}');
    return (r: number) => parts.join(String(r));
  };
  const gradeF = perRow(
    `LOOKUP(${L(C.total)}{R},{${bands.map((b) => b.min).join(',')}},{${bands.map((b) => `"${b.grade}"`).join(',')}})`,
  );
  const weights = Object.fromEntries(fw.tools.map((x) => [x.id, Number((x.weight * 100).toPrecision(12))]));
  const totalF = perRow(`ROUND((${TOOL_IDS.map((id) => `${weights[id]}*${L(C.tool[id])}{R}`).join('+')})/100,2)`);
  // The rating formula once, its row filled in for each agency ({R}): the same text, built once.
  const ratingF =
    fw.ratingRules.length > 0
      ? perRow(ratingFormula(fw.ratingRules, `${L(C.total)}{R}`, (id) => `${L(C.tool[id])}{R}`, lang))
      : undefined;
  const passF = perRow(`IF(${L(C.total)}{R}>=ROUND(${TARGET},2),"${t.pass}","${t.fail}")`);
  const [iit, eit, oit] = TOOL_IDS.map((id) => `${L(C.tool[id])}{R}`);
  const weakToolF = perRow(`IF(${iit}<=MIN(${eit},${oit}),"IIT",IF(${eit}<=${oit},"EIT","OIT"))`);
  const span = `${L(C.ind0)}{R}:${L(C.ind0 + inds.length - 1)}{R}`;
  const weakIndF = perRow(`INDEX({${inds.map((d) => d.id).join(',')}},MATCH(MIN(${span}),${span},0))`);
  const changeF = perRow(`ROUND(${L(C.total)}{R}-ROUND(${L(C.previous)}{R},2),2)`);
  const rankF = perRow(`RANK(${L(C.total)}{R},${TOTALS})`);
  const toolMeanF = Object.fromEntries(
    TOOL_IDS.map((id) => [
      id,
      perRow(`AVERAGE(${inds.flatMap((d, k) => (d.tool === id ? [`${L(C.ind0 + k)}{R}`] : [])).join(',')})`),
    ]),
  ) as Record<ToolId, (r: number) => string>;
  const typeText = new Map(AGENCY_TYPE_IDS.map((id) => [id, agencyTypeLabel(id)[lang]]));
  const groupLabel = new Map(area.byDistrict.map((d) => [d.key, d.label[lang]]));
  const passText = { true: t.pass, false: t.fail };
  rows.forEach((src, i) => {
    const x = area.agencies[i];
    const r = first + i;
    const n = r + 1;
    g.set(r, C.no, num(i + 1));
    g.set(r, C.name, text(x.input.name));
    g.set(r, C.type, text(typeText.get(x.input.type)!));
    g.set(r, C.district, text(districtText(x, lang)));
    if (x.input.province) g.set(r, C.province, text(x.input.province));
    g.set(r, groupCol, text(groupLabel.get(x.districtKey)!));
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
    g.set(r, C.step, text(stepText(x.step)[lang]));
  });
  if (rows.length > 0) {
    g.style(`A${first + 1}:${col(width - 1)}${last + 1}`, { border: true });
    const below = area.below.map((x) => first + x.index);
    for (const r of below) g.style(`${col(C.total)}${r + 1}:${col(C.pass)}${r + 1}`, { fill: BELOW_FILL });
  }

  const block = g.block();
  plan.sheets.push({
    name: sheet,
    columnWidths: [...WIDTHS, ...inds.map(() => 11), 28],
    freezeRows: 0,
    tabColor: '#70AD47',
    font: PRINT_FONT,
  });
  plan.blocks.push(block);
  plan.styles.push(...g.styles);
  plan.merges.push(...g.merges.map((m) => ({ sheet, range: m })));
}

function districtText(x: AgencyResult, lang: Lang): string {
  return x.input.district?.trim() ? x.input.district.trim() : bi('ไม่ระบุอำเภอ', 'No district given')[lang];
}
