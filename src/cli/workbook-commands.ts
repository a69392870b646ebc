import { Io } from './main';

export async function recomputeCommand(_args: string[], io: Io): Promise<number> {
  io.err('recompute: not yet available');
  return 2;
}

export async function templateCommand(_args: string[], io: Io): Promise<number> {
  io.err('template: not yet available');
  return 2;
}
