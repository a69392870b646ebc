/** What `ita-planner recompute` prints: the report in one language, or JSON with both. */
import { round2 } from '../domain/decimal';
import { errorCount } from '../domain/problem';
import { Route, sameSteps, shortOfGoal } from '../domain/gap';
import { assessmentJson } from '../domain/report';
import { Lang, bi } from '../domain/text';
import { statusLabel } from '../domain/parse/status';
import { AnalysisWithSources } from '../workbook/analyze';
import { labels } from '../workbook/labels';
import { areaJson, areaLines } from './area-report';
import { formatProblem } from './say';
import { surveyJson, surveyReportLines } from './survey-report';

export function recomputeJson(
  a: AnalysisWithSources,
  problems: AnalysisWithSources['problems'],
  wrote: boolean,
  input: string,
  output: string | null,
) {
  // Problems first; figures errors kept out of the workbook say so ("written": false).
  return {
    input,
    output,
    wroteResults: wrote,
    problems,
    agency: a.agency ?? null,
    fiscalYear: a.fiscalYear,
    asOf: a.asOf,
    lang: a.lang,
    found: a.found.map((f) => ({
      role: f.role,
      sheet: f.sheet ?? null,
      headerRow: f.headerRow === undefined ? null : f.headerRow + 1,
      columns: f.columns.map((c) => ({ key: c.key, header: c.header, cell: c.cell })),
      missingColumns: f.missingColumns,
    })),
    reported: a.reported ?? [],
    result: a.assessment && a.gap ? { written: wrote, ...assessmentJson(a.assessment, a.gap, a.advice, []) } : null,
    measures: a.measures ?? null,
    preAssessment: a.survey ? surveyJson(a.survey) : null,
    area: areaJson(a, wrote),
  };
}

export function recomputeReport(
  a: AnalysisWithSources,
  problems: AnalysisWithSources['problems'],
  wrote: boolean,
  input: string,
  output: string | null,
  lang: Lang,
): string {
  const lines: string[] = [];
  lines.push(`ITA Planner: ${input}${output ? ` → ${output}` : ''}`);
  lines.push(
    `${a.agency ?? bi('(ไม่ระบุหน่วยงาน)', '(no agency given)')[lang]} · ${bi('ปีงบประมาณ', 'fiscal year')[lang]} ${a.fiscalYear}${a.framework.provisional ? bi(' (เกณฑ์ชั่วคราว)', ' (provisional rules)')[lang] : ''}`,
  );
  if (a.framework.provisional) lines.push(labels(lang).provisionalLine(a.framework));
  const s = a.assessment;
  if (s && wrote) {
    lines.push(
      bi(
        `คะแนนรวม ${s.totalShown.toFixed(2)} ระดับ ${s.grade} · ${s.pass ? 'ผ่าน' : 'ไม่ผ่าน'}เป้าหมาย ${a.target.toFixed(2)}`,
        `Total ${s.totalShown.toFixed(2)}, grade ${s.grade}: ${s.pass ? 'meets' : 'below'} the target of ${a.target.toFixed(2)}`,
      )[lang],
    );
    if (s.rating)
      lines.push(
        `${bi('ระดับ', 'Rating')[lang]}: ${s.rating.name[lang]}${s.rating.reason ? ` (${s.rating.reason[lang]})` : ''}`,
      );
    for (const t of Object.values(s.tools))
      lines.push(`  ${t.id} ${t.shown.toFixed(2)} × ${Math.round(t.weight * 100)}% = ${round2(t.weighted).toFixed(2)}`);
    if (s.previousTotal !== undefined && s.totalChange !== undefined)
      lines.push(
        `${bi('เทียบปีก่อน', 'Against last year')[lang]}: ${s.previousTotal.toFixed(2)} → ${s.totalShown.toFixed(2)} (${s.totalChange >= 0 ? '+' : ''}${s.totalChange.toFixed(2)})`,
      );
    const weak = s.indicators.filter((i) => i.status === 'weakness');
    lines.push(
      weak.length === 0
        ? bi('ทุกตัวชี้วัดถึงเป้าหมาย', 'Every indicator meets the target')[lang]
        : `${bi('ตัวชี้วัดที่ต้องปรับปรุง', 'Needs improvement')[lang]}: ${weak.map((i) => `${i.id} (${i.shown.toFixed(2)})`).join(', ')}`,
    );
    const listed: Route[] = [];
    const routeLines = (r: Route, goal: number, step: number) => {
      const repeat = listed.some((x) => sameSteps(r, x));
      listed.push(r);
      return [
        repeat
          ? `  ${labels(lang).sameSteps}`
          : `  ${r.steps.map((st) => `${bi('ตัวชี้วัดที่', 'indicator')[lang]} ${st.indicator} ${st.from.toFixed(2)} → ${st.to.toFixed(2)}${st.items ? ` (${labels(lang).publishItems(st.items)})` : ''}`).join(', ')}`,
        ...(r.reachable ? [] : [`  ${shortOfGoal(r, goal, step)[lang]}`]),
      ];
    };
    if (a.gap && a.gap.toTarget.gap > 0)
      lines.push(
        labels(lang).toTarget(a.target, a.gap.toTarget.gap, a.gap.perceptionStep),
        ...routeLines(a.gap.toTarget, a.target, a.gap.perceptionStep),
      );
    if (a.gap?.nextGrade)
      lines.push(
        labels(lang).toGrade(a.gap.nextGrade.grade, a.gap.nextGrade.route.gap),
        ...routeLines(a.gap.nextGrade.route, a.gap.nextGrade.min, a.gap.perceptionStep),
      );
    const nr = a.gap?.nextRating;
    if (nr) lines.push(labels(lang).toRating(nr), ...routeLines(nr.route, nr.minTotal, a.gap!.perceptionStep));
  } else if (!wrote) {
    // Blocked by errors, or nothing to compute yet (a blank template, an Agencies sheet with no row).
    const why =
      errorCount(problems) > 0
        ? bi('ยังไม่ได้เขียนผล: ต้องแก้ข้อผิดพลาดด้านล่างก่อน', 'No results were written: fix the errors below first')
        : bi(
            'ยังไม่ได้เขียนผล: ยังไม่มีคะแนนให้คำนวณ — ดูคำเตือนด้านล่าง',
            'No results were written: there are no scores to compute yet; see below',
          );
    lines.push(why[lang]);
  }
  if (wrote) lines.push(...areaLines(a, lang));
  if (a.measures) {
    const m = a.measures;
    lines.push(
      `${bi('มาตรการ', 'Measures')[lang]}: ${m.total} · ${statusLabel('done')[lang]} ${m.done} · ${statusLabel('in-progress')[lang]} ${m.inProgress} · ${statusLabel('not-started')[lang]} ${m.notStarted} · ${bi('เกินกำหนด', 'overdue')[lang]} ${m.overdue}`,
    );
    if (m.uncoveredWeakIndicators.length > 0)
      lines.push(
        `${bi('ตัวชี้วัดที่ยังไม่มีมาตรการ', 'Weak indicators without a measure')[lang]}: ${m.uncoveredWeakIndicators.join(', ')}`,
      );
  }
  if (a.survey) lines.push(...surveyReportLines(a.survey, lang));
  const errors = errorCount(problems);
  lines.push(
    `${bi('ปัญหา', 'Problems')[lang]}: ${errors} ${bi('ข้อผิดพลาด', 'errors')[lang]}, ${problems.length - errors} ${bi('คำเตือน', 'warnings')[lang]}`,
  );
  for (const p of problems.slice(0, 20)) lines.push(`  ${formatProblem(p, lang).replace(/\n/g, '\n  ')}`);
  if (problems.length > 20)
    lines.push(`  … ${problems.length - 20} ${bi('รายการเพิ่มเติมในชีตปัญหา', 'more on the problems sheet')[lang]}`);
  return lines.join('\n');
}
