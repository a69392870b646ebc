/**
 * The measures plan (มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน, seeds 001 and 002):
 * measure, steps, period, responsible unit, monitoring and the weak indicator each serves, with a
 * line for every weak indicator that no measure covers yet.
 */
import type { IndicatorId } from '../domain/refs';
import type { IndicatorResult } from '../domain/scoring';
import { type Lang, bi } from '../domain/text';
import type { Analysis } from '../workbook/analysis';
import { fix2, joinList } from './format';
import type { ReportBlock, ReportDoc } from './model';
import { agencyLine, measureColumns, measuresYear, periodShown } from './common';

export function planReport(a: Analysis, lang: Lang, year = measuresYear(a)): ReportDoc {
  const th = lang === 'th';
  const s = a.assessment;
  const m = a.measures;
  const byId = new Map((s?.indicators ?? []).map((i) => [i.id, i]));
  const weak = (s?.indicators ?? []).filter((i) => i.status === 'weakness');
  const indText = (id: IndicatorId) => {
    const i = byId.get(id);
    if (!i) return bi(`ตัวชี้วัดที่ ${id}`, `Indicator ${id}`)[lang];
    const name = `${id} ${i.name[lang]}`;
    return i.status === 'weakness' ? `${name} (${fix2(i.shown)})` : name;
  };
  const blocks: ReportBlock[] = [];
  blocks.push({
    kind: 'paragraph',
    text: s
      ? th
        ? `จากการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${a.fiscalYear} (คะแนนรวม ${fix2(s.totalShown)} ระดับ ${s.grade}) ` +
          (weak.length
            ? `มีตัวชี้วัดที่ได้คะแนนต่ำกว่าเป้าหมาย ${fix2(a.target)} จำนวน ${weak.length} ตัวชี้วัด คือ ${joinList(
                weak.map((i) => `ตัวชี้วัดที่ ${i.id} ${i.name.th} (${fix2(i.shown)})`),
                lang,
              )} `
            : 'ทุกตัวชี้วัดได้คะแนนถึงเป้าหมาย ') +
          `หน่วยงานจึงกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${year} ดังนี้`
        : `Following the analysis of the ITA result of fiscal year B.E. ${a.fiscalYear} (total ${fix2(s.totalShown)}, grade ${s.grade}), ` +
          (weak.length
            ? `${weak.length} indicator${weak.length > 1 ? 's score' : ' scores'} below the target of ${fix2(a.target)}: ${joinList(
                weak.map((i) => `indicator ${i.id} ${i.name.en} (${fix2(i.shown)})`),
                lang,
              )}. `
            : 'every indicator meets the target. ') +
          `The agency sets the following internal measures for integrity and transparency for fiscal year B.E. ${year}.`
      : bi(
          `มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${year}`,
          `Internal measures for integrity and transparency, fiscal year B.E. ${year}.`,
        )[lang],
  });

  const rows: string[][] = (m?.rows ?? []).map((r, n) => [
    String(n + 1),
    r.measure,
    r.method ?? '',
    periodShown(r, lang),
    r.responsible ?? '',
    r.monitoring ?? '',
    r.indicators.map(indText).join(', '),
  ]);
  const marked: number[] = [];
  const uncovered = (m?.uncoveredWeakIndicators ?? weak.map((i) => i.id))
    .map((id) => byId.get(id))
    .filter((i): i is IndicatorResult => !!i);
  for (const i of uncovered) {
    const advice = a.advice.find((x) => x.indicator === i.id);
    const first = advice?.suggestions[0];
    marked.push(rows.length);
    rows.push([
      '—',
      bi('ยังไม่มีมาตรการสำหรับตัวชี้วัดนี้', 'No measure serves this indicator yet')[lang],
      first ? bi(`เสนอ: ${first.text.th}`, `Suggested: ${first.text.en}`)[lang] : '',
      '',
      first?.responsible?.[lang] ?? '',
      '',
      indText(i.id),
    ]);
  }
  blocks.push({
    kind: 'table',
    table: {
      columns: measureColumns(['no', 'measure', 'steps', 'period', 'responsible', 'monitoring', 'indicator'], lang),
      rows,
      marked,
    },
  });
  if (!m)
    blocks.push({
      kind: 'paragraph',
      text: bi(
        'สมุดงานยังไม่มีชีตมาตรการ: สร้างชีต "มาตรการ" (ปุ่มสร้างชีตที่ขาด) แล้วกรอกมาตรการ',
        'The workbook has no measures sheet yet: create the "Measures" sheet and fill it in.',
      )[lang],
    });
  else if (uncovered.length)
    blocks.push({
      kind: 'paragraph',
      text: bi(
        `แถวที่แรเงาคือตัวชี้วัดที่ต้องปรับปรุงแต่ยังไม่มีมาตรการ (${uncovered.length} ตัวชี้วัด) ควรกำหนดมาตรการเพิ่ม`,
        `Shaded lines are indicators that need improving but have no measure yet (${uncovered.length}); add a measure for each.`,
      )[lang],
    });

  return {
    kind: 'plan',
    lang,
    ...(a.agency ? { agency: a.agency } : {}),
    year,
    title: bi(
      `มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${year}`,
      `Internal measures for integrity and transparency, fiscal year B.E. ${year}`,
    )[lang],
    subtitle: [agencyLine(a, lang)],
    header: `${a.agency ?? 'ITA'} · ${bi('มาตรการ ปีงบประมาณ', 'Measures FY')[lang]} ${year}`,
    landscape: true,
    blocks,
  };
}
