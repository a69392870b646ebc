/**
 * The first page's fixed rows and its two tables: the tools (the mean of their indicators,
 * weighted) and the indicators with the chart's data beside them, off the printed page.
 */
import { ToolId, TOOL_IDS } from '../domain/framework';
import { Problem } from '../domain/problem';
import { IndicatorResult } from '../domain/scoring';
import { bi, Lang } from '../domain/text';
import { AnalysisWithSources } from './analyze';
import { averageOfGroups, scoreFormula } from './formulas';
import { formula, Grid, num, text } from './grid';
import { L } from './labels';
import { CellNumber } from './parse-rows';
import { TABLE_POINTS } from './print';
import { SCORE_FORMAT, tableHeader } from './summary-pages';

// Fixed rows (0-based) of the first page; the rest flows.
export const ROW = {
  title: 0,
  agency: 1,
  stamp: 2,
  /** Stays empty: a later blocked run writes its "out of date" banner here (stale.ts). */
  stale: 3,
  bigLabels: 4,
  big: 5,
  target: 6,
  nextGrade: 7,
  /** Why a tool capped the named rating, when one did. */
  ratingReason: 8,
  /** The provisional rules' reason, when the framework is provisional. */
  provisional: 9,
  toolsHeader: 10,
  indHeader: 15,
};
export const TOTAL = `A${ROW.big + 1}`;
export const TARGET = `C${ROW.target + 1}`;
/** ITA_PASS (TRUE/FALSE) sits off the printed page: Excel shows a Boolean as TRUE/FALSE whatever its format. */
export const PASS = `I${ROW.big + 1}`;
export const toolRow = (i: number) => ROW.toolsHeader + 1 + i;
export const toolCell = (id: ToolId) => `D${toolRow(TOOL_IDS.indexOf(id)) + 1}`;
/** The row of an indicator: the framework's own list, in its order. */
export type IndRow = (id: number) => number;

/** Tools: the mean of their indicators, weighted. */
export function writeTools(
  g: Grid,
  a: AnalysisWithSources,
  t: L,
  lang: Lang,
  named: (n: string, c: string) => string,
  indRow: IndRow,
): void {
  const assessment = a.assessment!;
  tableHeader(
    g,
    ROW.toolsHeader,
    [
      bi('แบบ', 'Tool'),
      bi('ชื่อ', 'Name'),
      bi('', ''),
      bi('คะแนน', 'Score'),
      bi('น้ำหนัก', 'Weight'),
      bi('ถ่วงน้ำหนัก', 'Weighted'),
      bi('ผล', 'Result'),
    ],
    lang,
  );
  g.merge(ROW.toolsHeader, 1, 2);
  TOOL_IDS.forEach((id, i) => {
    const r = toolRow(i);
    const tr = assessment.tools[id];
    const inds = a.framework.indicators.filter((d) => d.tool === id).map((d) => `D${indRow(d.id) + 1}`);
    g.put(r, 0, text(id));
    g.put(r, 1, text(tr.name[lang].replace(` (${id})`, ''))); // column A names the tool
    g.merge(r, 1, 2);
    named(`ITA_${id}`, g.put(r, 3, formula(`AVERAGE(${inds.join(',')})`, tr.score), SCORE_FORMAT));
    g.put(r, 4, num(tr.weight), '0%');
    g.put(r, 5, formula(`D${r + 1}*E${r + 1}`, tr.weighted), SCORE_FORMAT);
    g.put(
      r,
      6,
      formula(
        `IF(ROUND(D${r + 1},2)>=ROUND(${TARGET},2),"${t.passWord}","${t.failWord}")`,
        tr.status === 'strength' ? t.passWord : t.failWord,
      ),
    );
  });
  const body = `A${toolRow(0) + 1}:G${toolRow(2) + 1}`;
  g.style(body, { border: true, fontSize: TABLE_POINTS, wrap: true, vertical: 'top' });
  g.style(`A${toolRow(0) + 1}:A${toolRow(2) + 1}`, { horizontal: 'center' });
  g.style(`D${toolRow(0) + 1}:G${toolRow(2) + 1}`, { horizontal: 'center' });
}

/** The ten indicators, with the chart's data beside them (off the printed page). */
export function writeIndicators(
  g: Grid,
  a: AnalysisWithSources,
  t: L,
  lang: Lang,
  named: (n: string, c: string) => string,
  indRow: IndRow,
): Problem[] {
  const warnings: Problem[] = [];
  const assessment = a.assessment!;
  tableHeader(
    g,
    ROW.indHeader,
    [
      bi('ที่', 'No.'),
      bi('ตัวชี้วัด', 'Indicator'),
      bi('แบบ', 'Tool'),
      bi('คะแนน', 'Score'),
      bi('ปีก่อน', 'Previous'),
      bi('เปลี่ยนแปลง', 'Change'),
      bi('ผล', 'Result'),
    ],
    lang,
  );
  g.put(ROW.indHeader - 1, 8, text(t.chartData));
  g.put(ROW.indHeader, 8, text(t.indicatorShort));
  g.put(ROW.indHeader, 9, text(bi('คะแนน', 'Score')[lang]));
  g.put(ROW.indHeader, 10, text(t.target));
  for (const ind of assessment.indicators) {
    const r = indRow(ind.id);
    g.put(r, 0, num(ind.id));
    g.put(r, 1, text(ind.name[lang]));
    g.put(r, 2, text(ind.tool));
    if (!ind.subIndicators) {
      const f = indicatorFormula(a, ind);
      named(`ITA_IND_${ind.id}`, g.put(r, 3, f ? formula(f, ind.score) : num(ind.score), SCORE_FORMAT));
      const tooLarge = !f && ind.source === 'items' ? tooLargeWarning(a, ind) : undefined;
      if (tooLarge) warnings.push(tooLarge);
    } // OIT indicators are written once the OIT table is placed
    const prev = a.sources.scores.find((s) => !s.item && s.indicator === ind.id)?.previous;
    if (prev)
      g.put(r, 4, prev.formulaReadable ? formula(scoreFormula(prev), prev.value) : num(prev.value), SCORE_FORMAT);
    g.put(
      r,
      5,
      formula(`IF(E${r + 1}="","",ROUND(D${r + 1},2)-ROUND(E${r + 1},2))`, ind.change ?? ''),
      '+0.00;-0.00;0.00',
    );
    g.put(
      r,
      6,
      formula(
        `IF(ROUND(D${r + 1},2)>=ROUND(${TARGET},2),"${t.strength}","${t.weaknessShort}")`,
        ind.status === 'strength' ? t.strength : t.weaknessShort,
      ),
    );
    g.put(r, 8, text(String(ind.id)));
    g.put(r, 9, formula(`ROUND(D${r + 1},2)`, ind.shown), SCORE_FORMAT);
    g.put(r, 10, formula(TARGET, a.target), SCORE_FORMAT);
  }
  const ids = a.framework.indicators.map((d) => d.id);
  const [first, last] = [indRow(ids[0]) + 1, indRow(ids[ids.length - 1]) + 1];
  g.style(`A${first}:G${last}`, { border: true, fontSize: TABLE_POINTS, wrap: true, vertical: 'top' });
  g.style(`A${first}:A${last}`, { horizontal: 'center' });
  g.style(`C${first}:G${last}`, { horizontal: 'center' });
  return warnings;
}

/**
 * An indicator averaged from more answers than one Excel formula can hold (255 arguments, 8,192
 * characters) is written as its value; said once, at its first answer, unless an unreadable
 * answer (already warned about) is why.
 */
function tooLargeWarning(a: AnalysisWithSources, ind: IndicatorResult): Problem | undefined {
  const codes = new Set(ind.items.map((it) => it.code));
  const answers = a.sources.scores.filter((s) => s.item && codes.has(s.item) && s.score).map((s) => s.score!);
  if (answers.length === 0 || answers.some((c) => !c.formulaReadable)) return undefined;
  const first = answers[0];
  return {
    severity: 'warning',
    code: 'formula.too-large',
    sheet: first.sheet,
    cell: first.cell,
    found: String(answers.length),
    message: bi(
      `ตัวชี้วัดที่ ${ind.id} เฉลี่ยจาก ${answers.length} คำตอบ มากเกินกว่าสูตร Excel หนึ่งสูตรจะรับได้ (255 อาร์กิวเมนต์ หรือ 8,192 ตัวอักษร) จึงบันทึกคะแนนในชีตสรุปเป็นค่าคงที่ — ถ้าแก้คำตอบ ให้กดคำนวณใหม่ หรือเรียงแถวคำตอบของแต่ละข้อให้อยู่ติดกัน`,
      `Indicator ${ind.id} averages ${answers.length} answers, more than one Excel formula can hold (255 arguments or 8,192 characters), so the summary holds its value, not a formula; recompute after changing answers, or keep each question's rows together`,
    ),
  };
}

/** An indicator given at indicator level points at its cell; one from questions averages them. */
function indicatorFormula(a: AnalysisWithSources, ind: IndicatorResult): string | undefined {
  if (ind.source === 'indicator') {
    const row = a.sources.scores.find((s) => !s.item && s.indicator === ind.id);
    return row?.score?.formulaReadable ? scoreFormula(row.score) : undefined;
  }
  return averageOfGroups(
    ind.items.map((it) =>
      a.sources.scores.filter((s) => s.item === it.code && s.score).map((s) => s.score as CellNumber),
    ),
  );
}
