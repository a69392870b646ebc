/** The area's figures (issue 14) in `ita-planner recompute`'s report and JSON. */
import { AreaResult, agencyTypeLabel, GroupSummary, stepText } from '../domain/agencies';
import { format2 } from '../domain/decimal';
import { nationalFor } from '../domain/national';
import { Lang, bi } from '../domain/text';
import { AnalysisWithSources } from '../workbook/analyze';
import { sheetNames } from '../workbook/owned';

const percent = (x: number) => `${(Math.round(x * 10000) / 100).toFixed(2)}%`;

function groupJson(g: GroupSummary) {
  return {
    label: g.label,
    ...(g.district !== undefined ? { district: g.district } : {}),
    ...(g.province !== undefined ? { province: g.province } : {}),
    ...(g.type !== undefined ? { type: g.type } : {}),
    count: g.count,
    mean: g.meanShown,
    passed: g.passCount,
    passShare: g.passShare,
    belowTarget: g.belowTarget,
    grades: g.grades,
    ratings: g.ratings,
    toolMeans: g.toolMeans,
    indicatorMeans: g.indicatorMeans,
  };
}

export function areaJson(a: AnalysisWithSources, written: boolean) {
  if (!a.area) return null;
  const r: AreaResult = a.area.result;
  const rows = a.sources.agencies ?? [];
  return {
    written,
    sheet: a.area.sheet,
    target: r.target,
    national: nationalFor(a.fiscalYear) ?? null,
    area: groupJson(r.area),
    byDistrict: r.byDistrict.map(groupJson),
    byType: r.byType.map(groupJson),
    agencies: r.agencies.map((x, i) => ({
      name: x.input.name,
      row: rows[i] ? rows[i].row + 1 : null,
      type: x.input.type,
      district: x.input.district ?? null,
      province: x.input.province ?? null,
      basis: x.basis,
      tools: x.tools ?? null,
      total: x.totalShown,
      grade: x.grade,
      rating: x.rating?.name ?? null,
      pass: x.pass,
      weakestTool: x.weakestTool ?? null,
      weakestIndicator: x.weakestIndicator ?? null,
      change: x.change ?? null,
      rank: x.rank,
      step: x.step === undefined ? null : x.step === null ? { kind: 'none' } : x.step,
      stepText: x.step === undefined ? null : stepText(x.step),
    })),
    below: r.below.map((x) => x.input.name),
  };
}

/** A few lines: the area against the country, who is below the target, the districts and types. */
export function areaLines(a: AnalysisWithSources, lang: Lang): string[] {
  if (!a.area) return [];
  const r = a.area.result;
  const g = r.area;
  const nat = nationalFor(a.fiscalYear);
  const line = (x: GroupSummary) =>
    bi(
      `${x.count} แห่ง · เฉลี่ย ${format2(x.meanShown)} · ถึงเป้าหมาย ${x.passCount} (${percent(x.passShare)})`,
      `${x.count} ${x.count === 1 ? 'agency' : 'agencies'}, mean ${format2(x.meanShown)}, ${x.passCount} at the target (${percent(x.passShare)})`,
    )[lang];
  const lines = [`${bi('หน่วยงานในพื้นที่', 'Agencies in the area')[lang]}: ${line(g)}`];
  if (nat)
    lines.push(
      bi(
        `  ทั้งประเทศ ปี ${nat.fiscalYear}: ${nat.agencies.toLocaleString('en-US')} แห่ง${nat.mean !== undefined ? ` · เฉลี่ย ${format2(nat.mean)}` : ''}${nat.passShare !== undefined ? ` · ผ่าน 85 ${percent(nat.passShare)}` : ''}`,
        `  Country, ${nat.fiscalYear}: ${nat.agencies.toLocaleString('en-US')} agencies${nat.mean !== undefined ? `, mean ${format2(nat.mean)}` : ''}${nat.passShare !== undefined ? `, ${percent(nat.passShare)} at 85 or above` : ''}`,
      )[lang],
    );
  lines.push(
    `  ${bi('ระดับ', 'Grades')[lang]}: ${Object.entries(g.grades)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${k} ${n}`)
      .join(' · ')}`,
  );
  lines.push(`${bi('ต่ำกว่าเป้าหมาย', 'Below the target')[lang]}: ${r.below.length}`);
  for (const x of r.below.slice(0, 10))
    lines.push(`  ${x.input.name} ${format2(x.totalShown)} ${x.grade}: ${stepText(x.step)[lang]}`);
  if (r.below.length > 10)
    lines.push(`  … ${r.below.length - 10} ${bi('แห่งในชีต', 'more on the sheet')[lang]} ${sheetNames(lang).agencies}`);
  // Headed, so the groups do not read as more agencies below the target.
  if (r.byDistrict.length > 0) lines.push(bi('รายอำเภอ:', 'By district:')[lang]);
  for (const d of r.byDistrict.slice(0, 20)) lines.push(`  ${d.label[lang]}: ${line(d)}`);
  if (r.byType.length > 0) lines.push(bi('รายประเภทหน่วยงาน:', 'By type of agency:')[lang]);
  for (const t of r.byType) lines.push(`  ${agencyTypeLabel(t.type!)[lang]}: ${line(t)}`);
  return lines;
}
