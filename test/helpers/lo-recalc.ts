/**
 * Recalculate an .xlsx with LibreOffice (the repo's scripts/lo-recalc.js): the check that the formulas
 * we write compute what we say they do. Without soffice the tests that need it are skipped, except
 * in CI (CI=true), where they run and fail.
 */
import { execFile, spawnSync } from 'child_process';
import { mkdtemp } from 'fs/promises';
import { tmpdir } from 'os';
import * as path from 'path';
import { promisify } from 'util';

const SCRIPT = path.resolve(__dirname, '../../scripts/lo-recalc.js');

export const hasLibreOffice: boolean = spawnSync('which', ['soffice']).status === 0;

/** `it` where LibreOffice can run (or must: CI), `it.skip` elsewhere. */
export const itWithLibreOffice: jest.It = hasLibreOffice || process.env.CI === 'true' ? it : it.skip;

/** LibreOffice takes a few seconds per file, more on a cold start. */
export const LIBREOFFICE_TIMEOUT_MS = 180_000;

/** Path of the recalculated copy (in a new temp dir), or null when soffice is missing outside CI. */
export async function recalcWithLibreOffice(xlsxPath: string): Promise<string | null> {
  if (!hasLibreOffice) {
    if (process.env.CI === 'true')
      throw new Error('LibreOffice (soffice) is required in CI: apt-get install libreoffice-calc-nogui');
    return null;
  }
  const outDir = await mkdtemp(path.join(tmpdir(), 'lo-recalc-'));
  const { stdout } = await promisify(execFile)(process.execPath, [SCRIPT, xlsxPath, outDir], {
    timeout: LIBREOFFICE_TIMEOUT_MS,
  });
  return stdout.trim();
}
