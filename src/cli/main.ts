import * as fs from 'fs';
import { evaluate } from '../domain';
import { Problem } from '../domain/problem';
import { assessmentJson } from '../domain/report';
import { duplicateKeyProblems } from './json-keys';
import { readScoreInput } from './score-input';

const USAGE = `ita-planner — ITA scoring and workbook recompute

  ita-planner score FILE.json|-          score indicator/item figures, print JSON
  ita-planner recompute IN.xlsx [-o OUT.xlsx] [--in-place] [--as-of YYYY-MM-DD] [--lang th|en] [--json]
  ita-planner template [-o FILE.xlsx] [--year YEAR] [--lang th|en]   (default year: the newest shipped, 2569)
  ita-planner report IN.xlsx --kind analysis|plan|6-month|year-end [-o OUT.xlsx] [--docx OUT.docx]
                     [--lang th|en] [--year YEAR] [--as-of YYYY-MM-DD]

exit codes: 0 done, 1 errors in the workbook stopped the results, 2 bad input or arguments`;

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = argv;
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
      io.out(USAGE);
      return command === undefined ? 2 : 0;
    default:
      io.err(`ita-planner: unknown command "${command}"\n\n${USAGE}`);
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
  if (args.length !== 1) {
    io.err(`ita-planner score: expected one FILE.json or "-" for standard input\n\n${USAGE}`);
    return 2;
  }
  let text: string;
  try {
    text = args[0] === '-' ? io.readStdin() : fs.readFileSync(args[0], 'utf8');
  } catch (e) {
    io.err(`ita-planner score: cannot read ${args[0]}: ${(e as Error).message}`);
    return 2;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    io.err(`ita-planner score: ${args[0]} is not JSON (${(e as Error).message})`);
    return 2;
  }
  const { input, problems: readProblems } = readScoreInput(raw);
  if (!input) return reportProblems(readProblems, io);
  // Walked only once the depth is known to be sane (the walker recurses).
  const duplicates = duplicateKeyProblems(text);
  if (duplicates.length > 0) return reportProblems(duplicates, io);
  const ev = evaluate(input, (path) => path);
  const problems = [...readProblems, ...ev.problems];
  if (!ev.assessment || !ev.gap) return reportProblems(problems, io);
  io.out(JSON.stringify(assessmentJson(ev.assessment, ev.gap, ev.advice, problems), null, 2));
  return 0;
}

export function formatProblem(p: Problem): string {
  const where = p.sheet ? `${p.sheet}!${p.cell ?? ''}` : p.field;
  return `${p.severity}${where ? ` [${where}]` : ''}: ${p.message.en}\n    ${p.message.th}`;
}

function reportProblems(problems: readonly Problem[], io: Io): number {
  for (const p of problems) io.err(formatProblem(p));
  return 2;
}
