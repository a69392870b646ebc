/**
 * Render an .xlsx to PDF with LibreOffice (headless), and read the PDF back with poppler
 * (pdfinfo, pdftotext, pdffonts, pdftoppm): what a reader of the printed summary would see.
 */
import { execFile, spawnSync } from 'child_process';
import { mkdtemp, rm } from 'fs/promises';
import { tmpdir } from 'os';
import * as path from 'path';
import { promisify } from 'util';

const run = promisify(execFile);

export const hasPdfTools: boolean =
  spawnSync('which', ['soffice']).status === 0 && spawnSync('which', ['pdftotext']).status === 0;

/** `it` where LibreOffice and poppler can run (or must: CI), `it.skip` elsewhere. */
export const itWithPdfTools: jest.It = hasPdfTools || process.env.CI === 'true' ? it : it.skip;

export const PDF_TIMEOUT_MS = 240_000;

/** The PDF LibreOffice prints for `xlsxPath` (every visible sheet), in a new temp dir. */
export async function renderPdf(xlsxPath: string): Promise<string> {
  const profile = await mkdtemp(path.join(tmpdir(), 'lo-profile-'));
  const outDir = await mkdtemp(path.join(tmpdir(), 'lo-pdf-'));
  try {
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--nolockcheck',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        xlsxPath,
      ],
      { timeout: PDF_TIMEOUT_MS },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  return path.join(outDir, `${path.basename(xlsxPath, path.extname(xlsxPath))}.pdf`);
}

export async function pdfInfo(pdf: string): Promise<{ pages: number; width: number; height: number }> {
  const { stdout } = await run('pdfinfo', [pdf]);
  const pages = Number(/Pages:\s+(\d+)/.exec(stdout)![1]);
  const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(stdout)!;
  return { pages, width: Number(w), height: Number(h) };
}

/**
 * Text of one page (1-based) in the order it was drawn: header, footer, then the cells row by
 * row. (-layout reorders Thai marks by their position, "ตัวชี้วัด" coming out as "ตัวชีว้ ัด".)
 */
export async function pageText(pdf: string, page: number): Promise<string> {
  const { stdout } = await run('pdftotext', ['-f', String(page), '-l', String(page), '-raw', pdf, '-'], {
    maxBuffer: 16 << 20,
  });
  return stdout;
}

/** Names of the fonts embedded in the PDF, subset prefixes removed ("ABCDEF+Laksaman" → "Laksaman"). */
export async function pdfFonts(pdf: string): Promise<string[]> {
  const { stdout } = await run('pdffonts', [pdf]);
  return [
    ...new Set(
      stdout
        .split('\n')
        .slice(2)
        .map((l) => l.split(/\s+/)[0])
        .filter(Boolean)
        .map((n) => n.replace(/^[A-Z]{6}\+/, '')),
    ),
  ];
}

/** A PNG of one page at `dpi`, written to `pngPath` (without extension handling by pdftoppm). */
export async function pagePng(pdf: string, page: number, pngBase: string, dpi = 60): Promise<string> {
  await run('pdftoppm', [
    '-f',
    String(page),
    '-l',
    String(page),
    '-r',
    String(dpi),
    '-png',
    '-singlefile',
    pdf,
    pngBase,
  ]);
  return `${pngBase}.png`;
}
