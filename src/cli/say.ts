/**
 * The command line speaks one language: `--lang th|en`, Thai when not given (or not valid).
 * Every message, usage and argument error included, is written in both and printed in that one.
 */
import { NEWEST_FRAMEWORK } from '../domain/frameworks';
import { messageNamesPlace, Problem, problemAddress } from '../domain/problem';
import { bi, Bilingual, Lang } from '../domain/text';

/** The language asked for anywhere in the arguments, before they are parsed: Thai by default. */
export function argLang(args: readonly string[]): Lang {
  const i = args.indexOf('--lang');
  return i >= 0 && args[i + 1] === 'en' ? 'en' : 'th';
}

const USAGE: Record<string, Bilingual> = {
  score: bi('ita-planner score FILE.json|- [--lang th|en]', 'ita-planner score FILE.json|- [--lang th|en]'),
  recompute: bi(
    'ita-planner recompute IN.xlsx [-o OUT.xlsx] [--in-place] [--as-of YYYY-MM-DD] [--step 5] [--fix-numbers] [--lang th|en] [--json]',
    'ita-planner recompute IN.xlsx [-o OUT.xlsx] [--in-place] [--as-of YYYY-MM-DD] [--step 5] [--fix-numbers] [--lang th|en] [--json]',
  ),
  template: bi(
    `ita-planner template [-o FILE.xlsx] [--year ${NEWEST_FRAMEWORK.fiscalYear}] [--agencies] [--lang th|en] [--force]`,
    `ita-planner template [-o FILE.xlsx] [--year ${NEWEST_FRAMEWORK.fiscalYear}] [--agencies] [--lang th|en] [--force]`,
  ),
  report: bi(
    'ita-planner report IN.xlsx --kind analysis|plan|6-month|year-end [-o OUT.xlsx] [--docx OUT.docx] [--lang th|en] [--year 2566] [--as-of YYYY-MM-DD]',
    'ita-planner report IN.xlsx --kind analysis|plan|6-month|year-end [-o OUT.xlsx] [--docx OUT.docx] [--lang th|en] [--year 2566] [--as-of YYYY-MM-DD]',
  ),
};

const WHAT: Record<string, Bilingual> = {
  score: bi(
    'คำนวณคะแนนจากไฟล์ JSON (หรือ - อ่านจากอินพุตมาตรฐาน) แสดงผลเป็น JSON',
    'score the figures of a JSON file (or - for standard input), print JSON',
  ),
  recompute: bi(
    'คำนวณสมุดงานใหม่ เขียนชีตสรุปผลลงในสำเนา (หรือไฟล์เดิมเมื่อใช้ --in-place)',
    'recompute a workbook and write the summary into a copy (or into it with --in-place)',
  ),
  template: bi(
    'สร้างสมุดงานแม่แบบเปล่าพร้อมวิธีใช้ (--agencies: แม่แบบภาพรวมหลายหน่วยงานของอำเภอหรือจังหวัด)',
    "write a blank template workbook with a how-to sheet (--agencies: many agencies, a district's or province's)",
  ),
  report: bi(
    'เขียนรายงาน (วิเคราะห์ผล แผนมาตรการ รอบ 6 เดือน ประจำปี) เป็นชีตหรือไฟล์ Word',
    'write a report (analysis, measures plan, 6-month, year-end) as a sheet or a Word file',
  ),
};

/** One command's usage line, in the language. */
export function usageOf(command: string, lang: Lang): string {
  return `${bi('วิธีใช้', 'usage')[lang]}: ${USAGE[command][lang]}`;
}

/** The whole usage text. */
export function usage(lang: Lang): string {
  const head = bi(
    'ita-planner — คำนวณผลการประเมิน ITA และเขียนสรุปผลลงในสมุดงาน',
    'ita-planner — ITA scoring and workbook recompute',
  )[lang];
  const lines = Object.keys(USAGE).map((c) => `  ${USAGE[c][lang]}\n      ${WHAT[c][lang]}`);
  const codes = bi(
    'รหัสออก: 0 เสร็จ, 1 มีข้อผิดพลาดในสมุดงานจึงไม่ได้เขียนผล, 2 ไฟล์หรือคำสั่งไม่ถูกต้อง\nภาษา: --lang th (ค่าเริ่มต้น) หรือ --lang en',
    'exit codes: 0 done, 1 errors in the workbook stopped the results, 2 bad input or arguments\nlanguage: --lang th (the default) or --lang en',
  )[lang];
  return [head, '', ...lines, '', codes].join('\n');
}

/** "ita-planner recompute: FILE: message" in the language. */
export function said(command: string | undefined, message: Bilingual, lang: Lang, file?: string): string {
  return `ita-planner${command ? ` ${command}` : ''}: ${file ? `${file}: ` : ''}${message[lang]}`;
}

/** An argument error: the message, then the command's usage. Exit code 2. */
export function argumentError(command: string, message: Bilingual, lang: Lang): string {
  return `${said(command, message, lang)}\n${usageOf(command, lang)}`;
}

/** A problem as one line (and its message), in the language. */
export function formatProblem(p: Problem, lang: Lang): string {
  const where = problemAddress(p) ?? p.sheet ?? p.field;
  const severity =
    p.severity === 'error'
      ? bi('ข้อผิดพลาด', 'error')
      : p.severity === 'warning'
        ? bi('คำเตือน', 'warning')
        : bi('หมายเหตุ', 'note');
  const named = messageNamesPlace(p, p.message[lang]);
  return `${severity[lang]}${where && !named ? ` [${where}]` : ''}: ${p.message[lang]}`;
}

/** Common argument errors. */
export const ARG = {
  needsValue: (flag: string) => bi(`${flag} ต้องมีค่าตามหลัง`, `${flag} needs a value`),
  unknownOption: (flag: string) => bi(`ไม่รู้จักตัวเลือก ${flag}`, `unknown option ${flag}`),
  oneInput: bi('ต้องระบุไฟล์นำเข้าหนึ่งไฟล์', 'expected one input file'),
  unexpected: (arg: string) => bi(`ไม่ต้องมี "${arg}"`, `unexpected argument "${arg}"`),
  badLang: (v: string) => bi(`--lang ต้องเป็น th หรือ en (พบ "${v}")`, `--lang must be th or en (found "${v}")`),
  badValue: (flag: string, v: string, expected: Bilingual) =>
    bi(`${flag} "${v}": ต้องการ ${expected.th}`, `${flag} "${v}": expected ${expected.en}`),
};

/** Unknown command, in the language. */
export function unknownCommand(command: string, lang: Lang): string {
  return `${said(undefined, bi(`ไม่รู้จักคำสั่ง "${command}"`, `unknown command "${command}"`), lang)}\n\n${usage(lang)}`;
}
