/** The command line as a test runs it: main() with its output caught, no process spawned. */
import { Io, main } from '../../src/cli/main';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCli(
  argv: string[],
  options: { stdin?: string; writeFile?: Io['writeFile'] } = {},
): Promise<CliRun> {
  let out = '';
  let err = '';
  const io: Io = {
    out: (t) => (out += t + '\n'),
    err: (t) => (err += t + '\n'),
    readStdin: () => options.stdin ?? '',
    ...(options.writeFile ? { writeFile: options.writeFile } : {}),
  };
  const code = await main(argv, io);
  return { code, out, err };
}
