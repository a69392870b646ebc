import * as fs from 'fs';
import * as path from 'path';
import { round2 } from '../domain/decimal';
import { NEWEST_FRAMEWORK } from '../domain/frameworks';
import { assessmentJson } from '../domain/report';
import { parseDate, statusLabel } from '../domain/thai';
import { analyzeWorkbook, planResults, planTemplate } from '../workbook';
import { AnalysisWithSources } from '../workbook/analyze';
import { labels } from '../workbook/labels';
import { applyPlan, packageProblem, readWorkbook, readXlsx, writeSurgically, writeXlsx } from '../xlsx';
import { bi, Bilingual, Lang } from '../domain/text';
import { ioProblem, sameFile, writeFileSafely } from './safe-output';
import * as ExcelJS from 'exceljs';
import { formatProblem, Io } from './main';

interface Flags {
  positional: string[];
  values: Record<string, string>;
  switches: Set<string>;
}

export function parseFlags(args: string[], withValue: string[], switches: string[]): Flags | string {
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

export function readLang(v: string | undefined): Lang | undefined | 'bad' {
  if (v === undefined) return undefined;
  return v === 'th' || v === 'en' ? v : 'bad';
}

/** SOURCE_DATE_EPOCH (seconds) pins "computed at" for reproducible output. */
export function now(): Date {
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
  // Real paths and device+inode: a symbolic or hard link to the input is the input.
  if (!flags.switches.has('--in-place') && sameFile(output, input)) {
    io.err(
      bilingual(
        'recompute',
        bi(
          `ไฟล์ผลลัพธ์ ${output} คือไฟล์ต้นฉบับ ${input} (ชื่อเดียวกันหรือลิงก์ถึงกัน) จึงไม่เขียนทับ — ใช้ --in-place หากต้องการเขียนลงไฟล์ต้นฉบับ`,
          `the output ${output} is the input ${input} (the same name, or a link to it), so it was not overwritten; pass --in-place to write into the input`,
        ),
      ),
    );
    return 2;
  }

  let wb: ExcelJS.Workbook;
  let original: Buffer;
  try {
    original = fs.readFileSync(input);
  } catch (e) {
    io.err(bilingual('recompute', ioProblem(e, input, 'read') ?? packageProblem(e)));
    return 2;
  }
  try {
    const read = await readXlsx(original);
    wb = read.wb;
    for (const s of read.skipped) io.err(`ita-planner recompute: ไม่ได้อ่านชีต ${s} / sheet not read: ${s}`);
  } catch (e) {
    io.err(bilingual('recompute', packageProblem(e), input));
    return 2;
  }
  const snapshot = readWorkbook(wb);
  const today = now().toISOString().slice(0, 10);
  const analysis = analyzeWorkbook(snapshot, { today, ...(asOf ? { asOf } : {}), ...(lang ? { lang } : {}) });
  const result = planResults(analysis, snapshot, { computedAt: now().toISOString(), ...(lang ? { lang } : {}) });
  const nothingToWrite = result.plan.sheets.length === 0 && result.plan.deleteSheets.length === 0;
  if (!nothingToWrite) {
    try {
      writeFileSafely(output, await writeSurgically(original, result.plan, { date: now() }), io.writeFile);
    } catch (e) {
      const problem = ioProblem(e, output, 'write') ?? packageProblem(e, 'write');
      io.err(
        bilingual(
          'recompute',
          bi(`${problem.th} — ไฟล์ต้นฉบับ ${input} ไม่ถูกแก้ไข`, `${problem.en}; the input ${input} is unchanged`),
        ),
      );
      return 2;
    }
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

/** One message in Thai then English, naming the command (and the file when given). */
function bilingual(command: string, message: Bilingual, file?: string): string {
  const where = file ? `${file}: ` : '';
  return `ita-planner ${command}: ${where}${message.th}\n${where}${message.en}`;
}

export function defaultOutput(input: string): string {
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
  if (a.framework.provisional) lines.push(labels(lang).provisionalLine(a.framework));
  const s = a.assessment;
  if (s && wrote) {
    lines.push(
      th
        ? `คะแนนรวม ${s.totalShown.toFixed(2)} ระดับ ${s.grade} · ${s.pass ? 'ผ่าน' : 'ไม่ผ่าน'}เป้าหมาย ${a.target.toFixed(2)}`
        : `Total ${s.totalShown.toFixed(2)}, grade ${s.grade}: ${s.pass ? 'meets' : 'below'} the target of ${a.target.toFixed(2)}`,
    );
    if (s.rating)
      lines.push(
        `${th ? 'ระดับ' : 'Rating'}: ${s.rating.name[lang]}${s.rating.reason ? ` (${s.rating.reason[lang]})` : ''}`,
      );
    for (const t of Object.values(s.tools))
      lines.push(`  ${t.id} ${t.shown.toFixed(2)} × ${Math.round(t.weight * 100)}% = ${round2(t.weighted).toFixed(2)}`);
    if (s.previousTotal !== undefined && s.totalChange !== undefined)
      lines.push(
        `${th ? 'เทียบปีก่อน' : 'Against last year'}: ${s.previousTotal.toFixed(2)} → ${s.totalShown.toFixed(2)} (${s.totalChange >= 0 ? '+' : ''}${s.totalChange.toFixed(2)})`,
      );
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
    const nr = a.gap?.nextRating;
    if (nr)
      lines.push(
        `${labels(lang).toRating(nr)} ${nr.route.steps.map((st) => `${th ? 'ตัวชี้วัดที่' : 'indicator'} ${st.indicator} +${st.points.toFixed(2)}`).join(', ')}`,
      );
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
  const flags = parseFlags(args, ['-o', '--output', '--year', '--lang'], ['--force']);
  const usage = `usage: ita-planner template [-o FILE.xlsx] [--year ${NEWEST_FRAMEWORK.fiscalYear}] [--lang th|en] [--force]`;
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
  // The year planners enter results for: the newest whose rules we ship (2569 while they plan 2570).
  const yearText = flags.values['--year'] ?? String(NEWEST_FRAMEWORK.fiscalYear);
  const year = parseYear(yearText);
  if (!year.ok) {
    io.err(`ita-planner template: --year "${yearText}": expected ${year.expected.en}`);
    return 2;
  }
  const output = flags.values['-o'] ?? flags.values['--output'] ?? `ita-template-${year.value.be}.xlsx`;
  if (fs.existsSync(output) && !flags.switches.has('--force')) {
    io.err(
      bilingual(
        'template',
        bi(
          `มีไฟล์ ${output} อยู่แล้ว จึงไม่เขียนทับ — ใช้ชื่ออื่นด้วย -o หรือเพิ่ม --force เพื่อแทนที่`,
          `${output} already exists and was not overwritten; choose another name with -o, or pass --force to replace it`,
        ),
      ),
    );
    return 2;
  }
  const wb = new ExcelJS.Workbook();
  applyPlan(wb, planTemplate(year.value.be, lang));
  try {
    writeFileSafely(output, new Uint8Array(await writeXlsx(wb)), io.writeFile);
  } catch (e) {
    io.err(bilingual('template', ioProblem(e, output, 'write') ?? packageProblem(e)));
    return 2;
  }
  io.out(`${lang === 'th' ? 'สร้างแม่แบบ' : 'Template written'}: ${output}`);
  return 0;
}
