/**
 * Render a workbook or Word file to PDF with LibreOffice and read it as a reader would:
 * its text (pdftotext, layout kept), page count and page size (pdfinfo), and a PNG of a page.
 */
import { execFile } from 'child_process';
import { mkdtemp } from 'fs/promises';
import { tmpdir } from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { hasLibreOffice, LIBREOFFICE_TIMEOUT_MS } from './lo-recalc';

const run = promisify(execFile);

export { hasLibreOffice, LIBREOFFICE_TIMEOUT_MS };

/**
 * Converts files with one LibreOffice start (the slow part), into a new temp dir, with a private
 * profile so parallel runs do not share one. `filter` is LibreOffice's, e.g. "pdf" or
 * "html:HTML (StarWriter)". Returns the converted paths, in the order given.
 */
export async function convertWithLibreOffice(files: string[], filter = 'pdf'): Promise<string[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lo-convert-'));
  await run(
    'soffice',
    [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', filter, '--outdir', dir, ...files],
    { timeout: LIBREOFFICE_TIMEOUT_MS },
  );
  const ext = filter.split(':')[0];
  return files.map((f) => path.join(dir, `${path.basename(f, path.extname(f))}.${ext}`));
}

export async function toPdf(file: string): Promise<string> {
  return (await convertWithLibreOffice([file]))[0];
}

export async function pdfText(pdf: string): Promise<string> {
  return (await run('pdftotext', ['-layout', pdf, '-'])).stdout;
}

/**
 * Text of one page (1-based) in the order it was drawn: header, footer, then the cells row by
 * row (-layout reorders Thai marks by their position: "ตัวชี้วัด" comes out as "ตัวชีว้ ัด").
 */
export async function pageText(pdf: string, page: number): Promise<string> {
  const args = ['-f', String(page), '-l', String(page), '-raw', pdf, '-'];
  return (await run('pdftotext', args, { maxBuffer: 16 << 20 })).stdout;
}

export interface PdfInfo {
  pages: number;
  /** Points, of the first page. */
  width: number;
  height: number;
}

export async function pdfInfo(pdf: string): Promise<PdfInfo> {
  const out = (await run('pdfinfo', [pdf])).stdout;
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(out)!;
  return { pages: Number(/Pages:\s+(\d+)/.exec(out)![1]), width: Number(size[1]), height: Number(size[2]) };
}

/** Fonts the PDF embeds, by name. */
export async function pdfFonts(pdf: string): Promise<string[]> {
  const out = (await run('pdffonts', [pdf])).stdout;
  return out
    .split('\n')
    .slice(2)
    .map((l) => l.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, ''))
    .filter(Boolean);
}

/** A PNG of one page at `dpi`, written to `out` (without extension; pdftoppm adds .png). */
export async function pagePng(pdf: string, page: number, out: string, dpi = 70): Promise<string> {
  await run('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf, out]);
  return `${out}.png`;
}
