import * as fs from 'fs';
import * as path from 'path';
import { round2 } from '../domain/decimal';
import { assessmentJson } from '../domain/report';
import { Lang } from '../domain/text';
import { parseDate, statusLabel } from '../domain/thai';
import { analyzeWorkbook, planResults, planTemplate } from '../workbook';
import { AnalysisWithSources } from '../workbook/analyze';
import { applyPlan, loadXlsx, readWorkbook, writeXlsx } from '../xlsx';
import * as ExcelJS from 'exceljs';
import { formatProblem, Io } from './main';

interface Flags {
  positional: string[];
  values: Record<string, string>;
  switches: Set<string>;
}

function parseFlags(args: string[], withValue: string[], switches: string[]): Flags | string {
  const out: Flags = { positional: [], values: {}, switches: new Set() };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (withValue.includes(a)) {
      if (i + 1 >= args.length) return `${a} needs a value`;
      out.values[a] = args[++i];
    } else if (switches.includes(a)) out.switches.add(a);
    else if (a.startsWith('-') && a !== '-') return `unknown option ${a}`;
    else out.positional.push(a);
  }
  return out;
}

function readLang(v: string | undefined): Lang | undefined | 'bad' {
  if (v === undefined) return undefined;
  return v === 'th' || v === 'en' ? v : 'bad';
}

/** SOURCE_DATE_EPOCH (seconds) pins "computed at" for reproducible output. */
function now(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}

export async function recomputeCommand(args: string[], io: Io): Promise<number> {
  const flags = parseFlags(args, ['-o', '--output', '--as-of', '--lang'], ['--in-place', '--json']);
  const usage =
    'usage: ita-planner recompute IN.xlsx [-o OUT.xlsx] [--in-place] [--as-of YYYY-MM-DD] [--lang th|en] [--json]';
  if (typeof flags === 'string' || flags.positional.length !== 1) {
    io.err(`ita-planner recompute: ${typeof flags === 'string' ? flags : 'expected one input file'}\n${usage}`);
    return 2;
  }
  const input = flags.positional[0];
  const lang = readLang(flags.values['--lang']);
  if (lang === 'bad') {
    io.err(`ita-planner recompute: --lang must be th or en\n${usage}`);
    return 2;
  }
  let asOf: string | undefined;
  if (flags.values['--as-of'] !== undefined) {
    const d = parseDate(flags.values['--as-of']);
    if (!d.ok) {
      io.err(`ita-planner recompute: --as-of "${flags.values['--as-of']}": expected ${d.expected.en}`);
      return 2;
    }
    asOf = d.value;
  }
  const explicitOut = flags.values['-o'] ?? flags.values['--output'];
  if (explicitOut && flags.switches.has('--in-place')) {
    io.err(`ita-planner recompute: use either -o or --in-place\n${usage}`);
    return 2;
  }
  const output = flags.switches.has('--in-place') ? input : (explicitOut ?? defaultOutput(input));
  if (path.resolve(output) === path.resolve(input) && !flags.switches.has('--in-place')) {
    io.err('ita-planner recompute: the output would overwrite the input; pass --in-place to allow it');
    return 2;
  }

  let wb: ExcelJS.Workbook;
  try {
    wb = await loadXlsx(fs.readFileSync(input));
  } catch (e) {
    io.err(`ita-planner recompute: cannot read ${input} as an .xlsx workbook (${(e as Error).message})`);
    return 2;
  }
  const snapshot = readWorkbook(wb);
  const today = now().toISOString().slice(0, 10);
  const analysis = analyzeWorkbook(snapshot, { today, ...(asOf ? { asOf } : {}), ...(lang ? { lang } : {}) });
  const result = planResults(analysis, snapshot, { computedAt: now().toISOString(), ...(lang ? { lang } : {}) });
  const nothingToWrite = result.plan.sheets.length === 0 && result.plan.deleteSheets.length === 0;
  if (!nothingToWrite) {
    applyPlan(wb, result.plan);
    fs.mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
    fs.writeFileSync(output, await writeXlsx(wb));
  }

  if (flags.switches.has('--json')) {
    io.out(
      JSON.stringify(
        recomputeJson(analysis, result.problems, result.wroteResults, input, nothingToWrite ? null : output),
        null,
        2,
      ),
    );
  } else {
    io.out(
      report(
        analysis,
        result.problems,
        result.wroteResults,
        input,
        nothingToWrite ? null : output,
        lang ?? analysis.lang,
      ),
    );
  }
  return result.wroteResults ? 0 : 1;
}

function defaultOutput(input: string): string {
  const ext = path.extname(input);
  return `${input.slice(0, input.length - ext.length)}.ita${ext || '.xlsx'}`;
}

function recomputeJson(
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
    result: a.assessment && a.gap ? { written: wrote, ...assessmentJson(a.assessment, a.gap, a.advice, []) } : null,
    measures: a.measures ?? null,
  };
}

function report(
  a: AnalysisWithSources,
  problems: AnalysisWithSources['problems'],
  wrote: boolean,
  input: string,
  output: string | null,
  lang: Lang,
): string {
  const th = lang === 'th';
  const lines: string[] = [];
  lines.push(`ITA Planner: ${input}${output ? ` → ${output}` : ''}`);
  lines.push(
    `${a.agency ?? (th ? '(ไม่ระบุหน่วยงาน)' : '(no agency given)')} · ${th ? 'ปีงบประมาณ' : 'fiscal year'} ${a.fiscalYear}${a.framework.provisional ? (th ? ' (เกณฑ์ชั่วคราว)' : ' (provisional rules)') : ''}`,
  );
  const s = a.assessment;
  if (s && wrote) {
    lines.push(
      th
        ? `คะแนนรวม ${s.totalShown.toFixed(2)} ระดับ ${s.grade} · ${s.pass ? 'ผ่าน' : 'ไม่ผ่าน'}เป้าหมาย ${a.target.toFixed(2)}`
        : `Total ${s.totalShown.toFixed(2)}, grade ${s.grade}: ${s.pass ? 'meets' : 'below'} the target of ${a.target.toFixed(2)}`,
    );
    for (const t of Object.values(s.tools))
      lines.push(`  ${t.id} ${t.shown.toFixed(2)} × ${Math.round(t.weight * 100)}% = ${round2(t.weighted).toFixed(2)}`);
    const weak = s.indicators.filter((i) => i.status === 'weakness');
    lines.push(
      weak.length === 0
        ? th
          ? 'ทุกตัวชี้วัดถึงเป้าหมาย'
          : 'Every indicator meets the target'
        : `${th ? 'ตัวชี้วัดที่ต้องปรับปรุง' : 'Needs improvement'}: ${weak.map((i) => `${i.id} (${i.shown.toFixed(2)})`).join(', ')}`,
    );
    if (a.gap && a.gap.toTarget.gap > 0) {
      lines.push(
        `${th ? 'ทางถึงเป้าหมาย' : 'Route to target'}: ${a.gap.toTarget.steps.map((st) => `${th ? 'ตัวชี้วัดที่' : 'indicator'} ${st.indicator} +${st.points.toFixed(2)}`).join(', ')}`,
      );
    }
    if (a.gap?.nextGrade)
      lines.push(`${th ? 'ถึงระดับ' : 'To reach'} ${a.gap.nextGrade.grade}: +${a.gap.nextGrade.route.gap.toFixed(2)}`);
  } else {
    lines.push(th ? 'ยังไม่ได้เขียนผล: ต้องแก้ข้อผิดพลาดด้านล่างก่อน' : 'No results were written: fix the errors below first');
  }
  if (a.measures) {
    const m = a.measures;
    lines.push(
      `${th ? 'มาตรการ' : 'Measures'}: ${m.total} · ${statusLabel('done')[lang]} ${m.done} · ${statusLabel('in-progress')[lang]} ${m.inProgress} · ${statusLabel('not-started')[lang]} ${m.notStarted} · ${th ? 'เกินกำหนด' : 'overdue'} ${m.overdue}`,
    );
    if (m.uncoveredWeakIndicators.length > 0)
      lines.push(
        `${th ? 'ตัวชี้วัดที่ยังไม่มีมาตรการ' : 'Weak indicators without a measure'}: ${m.uncoveredWeakIndicators.join(', ')}`,
      );
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  lines.push(
    `${th ? 'ปัญหา' : 'Problems'}: ${errors} ${th ? 'ข้อผิดพลาด' : 'errors'}, ${problems.length - errors} ${th ? 'คำเตือน' : 'warnings'}`,
  );
  for (const p of problems.slice(0, 20)) lines.push(`  ${formatProblem(p).replace(/\n/g, '\n  ')}`);
  if (problems.length > 20)
    lines.push(`  … ${problems.length - 20} ${th ? 'รายการเพิ่มเติมในชีตปัญหา' : 'more on the problems sheet'}`);
  return lines.join('\n');
}

export async function templateCommand(args: string[], io: Io): Promise<number> {
  const flags = parseFlags(args, ['-o', '--output', '--year', '--lang'], []);
  const usage = 'usage: ita-planner template [-o FILE.xlsx] [--year 2565] [--lang th|en]';
  if (typeof flags === 'string' || flags.positional.length > 0) {
    io.err(`ita-planner template: ${typeof flags === 'string' ? flags : 'unexpected argument'}\n${usage}`);
    return 2;
  }
  const lang = readLang(flags.values['--lang']) ?? 'th';
  if (lang === 'bad') {
    io.err(`ita-planner template: --lang must be th or en\n${usage}`);
    return 2;
  }
  const { parseYear } = await import('../domain/thai');
  const yearText = flags.values['--year'] ?? '2565';
  const year = parseYear(yearText);
  if (!year.ok) {
    io.err(`ita-planner template: --year "${yearText}": expected ${year.expected.en}`);
    return 2;
  }
  const output = flags.values['-o'] ?? flags.values['--output'] ?? `ita-template-${year.value.be}.xlsx`;
  const wb = new ExcelJS.Workbook();
  applyPlan(wb, planTemplate(year.value.be, lang));
  fs.writeFileSync(output, await writeXlsx(wb));
  io.out(`${lang === 'th' ? 'สร้างแม่แบบ' : 'Template written'}: ${output}`);
  return 0;
}
