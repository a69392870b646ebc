/**
 * `ita-planner report`: a report sheet in a copy of the workbook, and/or the same report as a
 * Word document. Input cells are never changed; only the report's own sheet is written.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseDate, parseYear } from '../domain/thai';
import { buildReport, type ReportKind } from '../reports';
import { reportDocxBytes } from '../reports/docx';
import { planReportSheet } from '../reports/sheet';
import { analyzeWorkbook } from '../workbook';
import { packageProblem, readWorkbook, readXlsx, writeSurgically } from '../xlsx';
import { formatProblem, Io } from './main';
import { ioProblem, sameFile, writeFileSafely } from './safe-output';
import { defaultOutput, now, parseFlags, readLang } from './workbook-commands';

const KINDS: Record<string, ReportKind> = {
  analysis: 'analysis',
  plan: 'plan',
  '6-month': 'six-month',
  'six-month': 'six-month',
  'year-end': 'year-end',
};

const USAGE =
  'usage: ita-planner report IN.xlsx --kind analysis|plan|6-month|year-end [-o OUT.xlsx] [--docx OUT.docx] [--lang th|en] [--year 2566] [--as-of YYYY-MM-DD]';

export async function reportCommand(args: string[], io: Io): Promise<number> {
  const flags = parseFlags(args, ['--kind', '-o', '--output', '--docx', '--lang', '--year', '--as-of'], []);
  const fail = (why: string) => {
    io.err(`ita-planner report: ${why}\n${USAGE}`);
    return 2;
  };
  if (typeof flags === 'string') return fail(flags);
  if (flags.positional.length !== 1) return fail('expected one input file');
  const input = flags.positional[0];
  const kind = KINDS[flags.values['--kind'] ?? ''];
  if (!kind)
    return fail(`--kind must be analysis, plan, 6-month or year-end (found "${flags.values['--kind'] ?? ''}")`);
  const lang = readLang(flags.values['--lang']);
  if (lang === 'bad') return fail('--lang must be th or en');
  let year: number | undefined;
  if (flags.values['--year'] !== undefined) {
    const y = parseYear(flags.values['--year']);
    if (!y.ok) return fail(`--year "${flags.values['--year']}": expected ${y.expected.en}`);
    year = y.value.be;
  }
  let asOf: string | undefined;
  if (flags.values['--as-of'] !== undefined) {
    const d = parseDate(flags.values['--as-of']);
    if (!d.ok) return fail(`--as-of "${flags.values['--as-of']}": expected ${d.expected.en}`);
    asOf = d.value;
  }
  const docxOut = flags.values['--docx'];
  const explicitOut = flags.values['-o'] ?? flags.values['--output'];
  const xlsxOut = explicitOut ?? (docxOut ? undefined : defaultOutput(input));
  // The same file under another name (a link, "..") is the input too: never written over.
  if (xlsxOut && (path.resolve(xlsxOut) === path.resolve(input) || sameFile(xlsxOut, input)))
    return fail('the output would overwrite the input; choose another -o');

  let original: Buffer;
  let snapshot;
  try {
    original = fs.readFileSync(input);
    snapshot = readWorkbook((await readXlsx(original)).wb);
  } catch (e) {
    const problem = ioProblem(e, input, 'read') ?? packageProblem(e);
    io.err(`ita-planner report: ${input}: ${problem.th}\n${input}: ${problem.en}`);
    return 2;
  }
  const analysis = analyzeWorkbook(snapshot, {
    today: now().toISOString().slice(0, 10),
    ...(asOf ? { asOf } : {}),
    ...(lang ? { lang } : {}),
  });
  const reportLang = lang ?? analysis.lang;
  const { doc, problem } = buildReport(analysis, kind, { lang: reportLang, ...(year ? { year } : {}) });
  if (!doc) {
    io.err(formatProblem(problem!));
    for (const p of analysis.problems.filter((x) => x.severity === 'error').slice(0, 20)) io.err(formatProblem(p));
    return 1;
  }
  const written: string[] = [];
  if (xlsxOut) {
    const sheet = planReportSheet(doc, snapshot, now().toISOString());
    if (!sheet.sheet) {
      for (const p of sheet.problems) io.err(formatProblem(p));
      return 1;
    }
    // Written into the user's own package: every part of theirs stays as it was.
    fs.mkdirSync(path.dirname(path.resolve(xlsxOut)), { recursive: true });
    writeFileSafely(xlsxOut, await writeSurgically(original, sheet.plan, { date: now() }));
    written.push(`${xlsxOut} (${sheet.sheet})`);
  }
  if (docxOut) {
    fs.mkdirSync(path.dirname(path.resolve(docxOut)), { recursive: true });
    fs.writeFileSync(docxOut, await reportDocxBytes(doc));
    written.push(docxOut);
  }
  io.out(`${reportLang === 'th' ? 'เขียนรายงาน' : 'Report written'}: ${doc.title}\n  → ${written.join('\n  → ')}`);
  return 0;
}
