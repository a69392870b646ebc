/**
 * `ita-planner report`: a report sheet in a copy of the workbook, and/or the same report as a
 * Word document. Input cells are never changed; only the report's own sheet is written.
 */
import * as fs from 'fs';
import * as path from 'path';
import { bi, Bilingual, Lang } from '../domain/text';
import { parseDate } from '../domain/parse/dates';
import { parseYear } from '../domain/parse/years';
import { thaiToday } from '../domain/thai-date';
import { buildReport, type ReportKind } from '../reports';
import { reportDocxBytes } from '../reports/docx';
import { planReportSheet } from '../reports/sheet';
import { analyzeWorkbook } from '../workbook';
import { packageExtension, packageProblem, readWorkbook, writeSurgically } from '../xlsx';
import { isFlags, parseFlags, readLang } from './flags';
import type { Io } from './main';
import { extensionProblem, ioProblem, sameFile, writeFileSafely } from './safe-output';
import { ARG, argLang, argumentError, formatProblem, said } from './say';
import { defaultOutput, now, openWorkbook } from './workbook-commands';

const KINDS: Record<string, ReportKind> = {
  analysis: 'analysis',
  plan: 'plan',
  '6-month': 'six-month',
  'six-month': 'six-month',
  'year-end': 'year-end',
};

export async function reportCommand(args: string[], io: Io): Promise<number> {
  const lang: Lang = argLang(args);
  const fail = (m: Bilingual) => (io.err(argumentError('report', m, lang)), 2);
  const flags = parseFlags(args, ['--kind', '-o', '--output', '--docx', '--lang', '--year', '--as-of'], []);
  if (!isFlags(flags)) return fail(flags);
  if (flags.positional.length !== 1) return fail(ARG.oneInput);
  const input = flags.positional[0];
  const kind = KINDS[flags.values['--kind'] ?? ''];
  if (!kind) {
    const found = flags.values['--kind'] ?? '';
    return fail(
      bi(
        `--kind ต้องเป็น analysis (วิเคราะห์ผล), plan (แผนมาตรการ), 6-month (รอบ 6 เดือน) หรือ year-end (ประจำปี) (พบ "${found}")`,
        `--kind must be analysis, plan, 6-month or year-end (found "${found}")`,
      ),
    );
  }
  const asked = readLang(flags.values['--lang']);
  if (asked === 'bad') return fail(ARG.badLang(flags.values['--lang']));
  let year: number | undefined;
  if (flags.values['--year'] !== undefined) {
    const y = parseYear(flags.values['--year']);
    if (!y.ok) return fail(ARG.badValue('--year', flags.values['--year'], y.expected));
    year = y.value.be;
  }
  let asOf: string | undefined;
  if (flags.values['--as-of'] !== undefined) {
    const d = parseDate(flags.values['--as-of']);
    if (!d.ok) return fail(ARG.badValue('--as-of', flags.values['--as-of'], d.expected));
    asOf = d.value;
  }
  const docxOut = flags.values['--docx'];
  const explicitOut = flags.values['-o'] ?? flags.values['--output'];
  // Not recompute's IN.ita.xlsx: a report written there would replace the summary the planner made.
  const xlsxOut = explicitOut ?? (docxOut ? undefined : defaultOutput(input, kind));
  // The same file under another name (a link, "..") is the input too: never written over.
  if (xlsxOut && (path.resolve(xlsxOut) === path.resolve(input) || sameFile(xlsxOut, input)))
    return fail(
      bi('ไฟล์ผลลัพธ์จะเขียนทับไฟล์ต้นฉบับ — เลือกชื่ออื่นด้วย -o', 'the output would overwrite the input; choose another -o'),
    );

  const opened = await openWorkbook(input);
  if ('problem' in opened) {
    io.err(said('report', opened.problem, lang));
    return 2;
  }
  const { original } = opened;
  const misnamed = xlsxOut && extensionProblem(xlsxOut, await packageExtension(original));
  if (misnamed) {
    io.err(said('report', misnamed, lang));
    return 2;
  }
  const snapshot = readWorkbook(opened.wb);
  const analysis = analyzeWorkbook(snapshot, {
    today: thaiToday(now()),
    ...(asOf ? { asOf } : {}),
    ...(asked ? { lang: asked } : {}),
  });
  const reportLang = asked ?? analysis.lang;
  const { doc, problem } = buildReport(analysis, kind, { lang: reportLang, ...(year ? { year } : {}) });
  if (!doc) {
    io.err(formatProblem(problem!, lang));
    for (const p of analysis.problems.filter((x) => x.severity === 'error').slice(0, 20))
      io.err(formatProblem(p, lang));
    return 1;
  }
  const written: string[] = [];
  if (xlsxOut) {
    const sheet = planReportSheet(doc, snapshot, now().toISOString());
    if (!sheet.sheet) {
      for (const p of sheet.problems) io.err(formatProblem(p, lang));
      return 1;
    }
    // Written into the user's own package: every part of theirs stays as it was.
    try {
      fs.mkdirSync(path.dirname(path.resolve(xlsxOut)), { recursive: true });
      writeFileSafely(xlsxOut, await writeSurgically(original, sheet.plan, { date: now() }), io.writeFile);
    } catch (e) {
      io.err(said('report', ioProblem(e, xlsxOut, 'write') ?? packageProblem(e, 'write'), lang));
      return 2;
    }
    written.push(`${xlsxOut} (${sheet.sheet})`);
  }
  if (docxOut) {
    try {
      fs.mkdirSync(path.dirname(path.resolve(docxOut)), { recursive: true });
      writeFileSafely(docxOut, await reportDocxBytes(doc), io.writeFile);
    } catch (e) {
      io.err(said('report', ioProblem(e, docxOut, 'write') ?? packageProblem(e, 'write'), lang));
      return 2;
    }
    written.push(docxOut);
  }
  io.out(`${bi('เขียนรายงาน', 'Report written')[lang]}: ${doc.title}\n  → ${written.join('\n  → ')}`);
  return 0;
}
