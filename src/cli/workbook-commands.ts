/** `ita-planner recompute` and `ita-planner template`: every message in the language of --lang (Thai by default). */
import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { NEWEST_FRAMEWORK, notShippedMessage, resolveFramework } from '../domain/frameworks';
import { bi, Bilingual, Lang } from '../domain/text';
import { parseDate } from '../domain/parse/dates';
import { parseScore } from '../domain/parse/numbers';
import { parseYear } from '../domain/parse/years';
import { thaiToday } from '../domain/thai-date';
import { analyzeWorkbook, planAreaTemplate, planNumberFix, planResults, planTemplate } from '../workbook';
import {
  applyPlan,
  packageExtension,
  packageProblem,
  readWorkbook,
  readXlsx,
  SkippedSheet,
  writeSurgically,
  writeXlsx,
} from '../xlsx';
import { isFlags, parseFlags, readLang } from './flags';
import type { Io } from './main';
import { recomputeJson, recomputeReport } from './recompute-report';
import { extensionProblem, ioProblem, openElsewhereProblem, sameFile, writeFileSafely } from './safe-output';
import { ARG, argLang, argumentError, said } from './say';

export { parseFlags, readLang } from './flags';

/** SOURCE_DATE_EPOCH (seconds) pins "computed at" for reproducible output. */
export function now(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}

/** "in.xlsx" → "in.ita.xlsx" (recompute), "in.plan.xlsx" (a report): never the same file for two commands. */
export function defaultOutput(input: string, suffix = 'ita'): string {
  const ext = path.extname(input);
  return `${input.slice(0, input.length - ext.length)}.${suffix}${ext || '.xlsx'}`;
}

/** The file's bytes read and opened as a workbook, or the message that says why not. */
export async function openWorkbook(
  input: string,
): Promise<{ original: Buffer; wb: ExcelJS.Workbook; skipped: SkippedSheet[] } | { problem: Bilingual }> {
  let original: Buffer;
  try {
    original = fs.readFileSync(input);
  } catch (e) {
    return { problem: ioProblem(e, input, 'read') ?? bi(`อ่านไฟล์ ${input} ไม่สำเร็จ`, `could not read ${input}`) };
  }
  try {
    const read = await readXlsx(original);
    return { original, wb: read.wb, skipped: read.skipped };
  } catch (e) {
    const p = packageProblem(e);
    return { problem: bi(`${input}: ${p.th}`, `${input}: ${p.en}`) };
  }
}

const sheetNotRead = (s: SkippedSheet) =>
  bi(`ไม่ได้อ่านชีต ${s.name}: ${s.reason.th}`, `sheet ${s.name} was not read: ${s.reason.en}`);

export async function recomputeCommand(args: string[], io: Io): Promise<number> {
  const lang: Lang = argLang(args);
  const fail = (m: Bilingual) => (io.err(argumentError('recompute', m, lang)), 2);
  const flags = parseFlags(
    args,
    ['-o', '--output', '--as-of', '--lang', '--step'],
    ['--in-place', '--json', '--fix-numbers'],
  );
  if (!isFlags(flags)) return fail(flags);
  if (flags.positional.length !== 1) return fail(ARG.oneInput);
  const input = flags.positional[0];
  const asked = readLang(flags.values['--lang']);
  if (asked === 'bad') return fail(ARG.badLang(flags.values['--lang']));
  let asOf: string | undefined;
  if (flags.values['--as-of'] !== undefined) {
    const d = parseDate(flags.values['--as-of']);
    if (!d.ok) return fail(ARG.badValue('--as-of', flags.values['--as-of'], d.expected));
    asOf = d.value;
  }
  let perceptionStep: number | undefined;
  if (flags.values['--step'] !== undefined) {
    const st = parseScore(flags.values['--step']);
    if (!st.ok) return fail(ARG.badValue('--step', flags.values['--step'], st.expected));
    perceptionStep = st.value;
  }
  const explicitOut = flags.values['-o'] ?? flags.values['--output'];
  if (explicitOut && flags.switches.has('--in-place'))
    return fail(bi('ใช้ -o หรือ --in-place อย่างใดอย่างหนึ่ง', 'use either -o or --in-place'));
  const output = flags.switches.has('--in-place') ? input : (explicitOut ?? defaultOutput(input));
  // Real paths and device+inode: a symbolic or hard link to the input is the input.
  if (!flags.switches.has('--in-place') && sameFile(output, input)) {
    io.err(
      said(
        'recompute',
        bi(
          `ไฟล์ผลลัพธ์ ${output} คือไฟล์ต้นฉบับ ${input} (ชื่อเดียวกันหรือลิงก์ถึงกัน) จึงไม่เขียนทับ — ใช้ --in-place หากต้องการเขียนลงไฟล์ต้นฉบับ`,
          `the output ${output} is the input ${input} (the same name, or a link to it), so it was not overwritten; pass --in-place to write into the input`,
        ),
        lang,
      ),
    );
    return 2;
  }

  const inUse = openElsewhereProblem(output);
  if (inUse) {
    io.err(said('recompute', inUse, lang));
    return 2;
  }

  const opened = await openWorkbook(input);
  if ('problem' in opened) {
    io.err(said('recompute', opened.problem, lang));
    return 2;
  }
  const misnamed = extensionProblem(output, await packageExtension(opened.original));
  if (misnamed) {
    io.err(said('recompute', misnamed, lang));
    return 2;
  }
  for (const s of opened.skipped) io.err(said('recompute', sheetNotRead(s), lang));
  const analyze = (wb: ExcelJS.Workbook) => {
    const snapshot = readWorkbook(wb);
    const analysis = analyzeWorkbook(snapshot, {
      today: thaiToday(now()),
      ...(asOf ? { asOf } : {}),
      ...(asked ? { lang: asked } : {}),
      ...(perceptionStep !== undefined ? { perceptionStep } : {}),
    });
    return { snapshot, analysis };
  };
  let { snapshot, analysis } = analyze(opened.wb);
  let base: Uint8Array = opened.original;
  // --fix-numbers: the pane's "Convert text to numbers", then the recompute reads the converted cells.
  const converted = flags.switches.has('--fix-numbers') ? analysis.textNumbers.length : 0;
  if (converted > 0) {
    base = await writeSurgically(opened.original, planNumberFix(analysis), { date: now() });
    ({ snapshot, analysis } = analyze((await readXlsx(base)).wb));
  }
  const result = planResults(analysis, snapshot, {
    computedAt: now().toISOString(),
    ...(asked ? { lang: asked } : {}),
  });
  const nothingToWrite = result.plan.sheets.length === 0 && result.plan.deleteSheets.length === 0 && converted === 0;
  if (!nothingToWrite) {
    try {
      writeFileSafely(output, await writeSurgically(base, result.plan, { date: now() }), io.writeFile);
    } catch (e) {
      const p = ioProblem(e, output, 'write') ?? packageProblem(e, 'write');
      io.err(
        said('recompute', bi(`${p.th} — ไฟล์ต้นฉบับ ${input} ไม่ถูกแก้ไข`, `${p.en}; the input ${input} is unchanged`), lang),
      );
      return 2;
    }
  }
  const written = nothingToWrite ? null : output;
  if (converted > 0)
    io.err(
      said(
        'recompute',
        bi(
          `แปลงตัวเลขที่พิมพ์เป็นข้อความ ${converted} เซลล์เป็นตัวเลขแล้วใน ${output}`,
          `${converted} numbers typed as text were converted to numbers in ${output}`,
        ),
        lang,
      ),
    );
  io.out(
    flags.switches.has('--json')
      ? JSON.stringify(recomputeJson(analysis, result.problems, result.wroteResults, input, written), null, 2)
      : recomputeReport(analysis, result.problems, result.wroteResults, input, written, lang),
  );
  return result.wroteResults ? 0 : 1;
}

export async function templateCommand(args: string[], io: Io): Promise<number> {
  const lang: Lang = argLang(args);
  const fail = (m: Bilingual) => (io.err(argumentError('template', m, lang)), 2);
  const flags = parseFlags(args, ['-o', '--output', '--year', '--lang'], ['--force', '--agencies']);
  if (!isFlags(flags)) return fail(flags);
  if (flags.positional.length > 0) return fail(ARG.unexpected(flags.positional[0]));
  if (readLang(flags.values['--lang']) === 'bad') return fail(ARG.badLang(flags.values['--lang']));
  // The year planners enter results for: the newest whose rules we ship (2569 while they plan 2570).
  const yearText = flags.values['--year'] ?? String(NEWEST_FRAMEWORK.fiscalYear);
  const year = parseYear(yearText);
  if (!year.ok) return fail(ARG.badValue('--year', yearText, year.expected));
  // A year before the ITA is an error, as in recompute; a year we ship no rules for is said.
  const rules = resolveFramework(year.value.be);
  if (!rules.ok) return fail(rules.message);
  if (!rules.shipped) io.err(said('template', notShippedMessage(rules.framework), lang));
  const output =
    flags.values['-o'] ??
    flags.values['--output'] ??
    `ita-template-${flags.switches.has('--agencies') ? 'agencies-' : ''}${year.value.be}.xlsx`;
  // The template is a plain workbook: under an .xlsm (or any other) name Excel would not open it.
  const misnamed = extensionProblem(output, '.xlsx');
  if (misnamed) {
    io.err(said('template', misnamed, lang));
    return 2;
  }
  if (fs.existsSync(output) && !flags.switches.has('--force')) {
    io.err(
      said(
        'template',
        bi(
          `มีไฟล์ ${output} อยู่แล้ว จึงไม่เขียนทับ — ใช้ชื่ออื่นด้วย -o หรือเพิ่ม --force เพื่อแทนที่`,
          `${output} already exists and was not overwritten; choose another name with -o, or pass --force to replace it`,
        ),
        lang,
      ),
    );
    return 2;
  }
  const wb = new ExcelJS.Workbook();
  const area = flags.switches.has('--agencies');
  applyPlan(wb, (area ? planAreaTemplate : planTemplate)(year.value.be, lang));
  try {
    writeFileSafely(output, new Uint8Array(await writeXlsx(wb)), io.writeFile);
  } catch (e) {
    io.err(said('template', ioProblem(e, output, 'write') ?? packageProblem(e, 'write'), lang));
    return 2;
  }
  io.out(`${bi('สร้างแม่แบบ', 'Template written')[lang]}: ${output}`);
  return 0;
}
