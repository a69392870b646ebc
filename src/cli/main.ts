import * as fs from 'fs';
import { evaluate } from '../domain';
import { Problem } from '../domain/problem';
import { assessmentJson } from '../domain/report';
import { bi, Lang } from '../domain/text';
import { ioProblem } from './safe-output';
import { ARG, argLang, argumentError, formatProblem, said, unknownCommand, usage } from './say';
import { duplicateKeyProblems } from './json-keys';
import { readScoreInput } from './score-input';
import { isFlags, parseFlags, readLang } from './flags';

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = argv;
  const lang = argLang(argv);
  switch (command) {
    case 'score':
      return scoreCommand(rest, io);
    case 'recompute':
    case 'template': {
      // Loaded on demand: `score` needs no spreadsheet library.
      const { recomputeCommand, templateCommand } = await import('./workbook-commands');
      return command === 'recompute' ? recomputeCommand(rest, io) : templateCommand(rest, io);
    }
    case 'report': {
      const { reportCommand } = await import('./report-command');
      return reportCommand(rest, io);
    }
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      io.out(usage(lang));
      return command === undefined ? 2 : 0;
    default:
      io.err(unknownCommand(command, lang));
      return 2;
  }
}

export interface Io {
  out(text: string): void;
  err(text: string): void;
  readStdin(): string;
  /** Writes a whole file; tests inject one that fails. The default flushes it to disk. */
  writeFile?: (file: string, data: Uint8Array) => void;
}

const processIo: Io = {
  out: (t) => process.stdout.write(t + '\n'),
  err: (t) => process.stderr.write(t + '\n'),
  readStdin: () => fs.readFileSync(0, 'utf8'),
};

function scoreCommand(args: string[], io: Io): number {
  const lang = argLang(args);
  const flags = parseFlags(args, ['--lang'], []);
  if (!isFlags(flags)) {
    io.err(argumentError('score', flags, lang));
    return 2;
  }
  if (flags.values['--lang'] !== undefined && readLang(flags.values['--lang']) === 'bad') {
    io.err(argumentError('score', ARG.badLang(flags.values['--lang']), lang));
    return 2;
  }
  if (flags.positional.length !== 1) {
    io.err(
      argumentError(
        'score',
        bi('ต้องระบุไฟล์ JSON หนึ่งไฟล์ หรือ "-" เพื่ออ่านจากอินพุตมาตรฐาน', 'expected one FILE.json, or "-" for standard input'),
        lang,
      ),
    );
    return 2;
  }
  const file = flags.positional[0];
  let text: string;
  try {
    text = file === '-' ? io.readStdin() : fs.readFileSync(file, 'utf8');
  } catch (e) {
    const why = ioProblem(e, file, 'read') ?? bi(`อ่านไฟล์ ${file} ไม่สำเร็จ`, `could not read ${file}`);
    io.err(said('score', why, lang));
    return 2;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    io.err(
      said(
        'score',
        bi(
          `${file} ไม่ใช่ JSON ที่อ่านได้ — ตรวจเครื่องหมายจุลภาค วงเล็บ และเครื่องหมายคำพูด เช่น {"fiscalYear": 2565, "indicators": {"1": 85.5}}`,
          `${file} is not readable JSON; check its commas, braces and quotes, e.g. {"fiscalYear": 2565, "indicators": {"1": 85.5}}`,
        ),
        lang,
      ),
    );
    return 2;
  }
  const { input, problems: readProblems } = readScoreInput(raw);
  if (!input) return reportProblems(readProblems, io, lang);
  // Walked only once the depth is known to be sane (the walker recurses).
  const duplicates = duplicateKeyProblems(text);
  if (duplicates.length > 0) return reportProblems(duplicates, io, lang);
  const ev = evaluate(input);
  const problems = [...readProblems, ...ev.problems];
  if (!ev.assessment || !ev.gap) return reportProblems(problems, io, lang);
  io.out(JSON.stringify(assessmentJson(ev.assessment, ev.gap, ev.advice, problems), null, 2));
  return 0;
}

function reportProblems(problems: readonly Problem[], io: Io, lang: Lang): number {
  for (const p of problems) io.err(formatProblem(p, lang));
  return 2;
}
