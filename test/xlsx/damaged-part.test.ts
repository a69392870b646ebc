import * as fs from 'fs';
import JSZip from 'jszip';
import * as os from 'os';
import * as path from 'path';
import { Io, main } from '../../src/cli/main';
import { readXlsx } from '../../src/xlsx';

const SAMPLE = path.resolve(__dirname, '../../assets/sample/sample.xlsx');

/** The sample with the measures sheet's part cut off mid-tag, as a failed copy or a broken e-mail leaves it. */
async function sampleWithDamagedMeasures(): Promise<{ bytes: Buffer; part: string; original: Buffer }> {
  const original = fs.readFileSync(SAMPLE);
  const zip = await JSZip.loadAsync(original);
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const relId = /<sheet [^>]*name="มาตรการ"[^>]*r:id="([^"]+)"/.exec(workbook)![1];
  const target = new RegExp(`Id="${relId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? '';
  const part = `xl/${target.replace(/^\/?xl\//, '')}`;
  const xml = await zip.file(part)!.async('string');
  zip.file(part, xml.slice(0, Math.floor(xml.length / 2)));
  return { bytes: Buffer.from(await zip.generateAsync({ type: 'uint8array' })), part, original };
}

describe('a damaged worksheet part (issue 8 item 2): skipped and named, the rest read', () => {
  it('reads every other sheet and names the damaged one with what to do, in Thai and English', async () => {
    const { bytes } = await sampleWithDamagedMeasures();
    const { wb, skipped } = await readXlsx(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['ตั้งค่า', 'คะแนน', 'OIT']);
    expect(skipped).toHaveLength(1);
    expect(skipped[0].name).toBe('มาตรการ');
    expect(skipped[0].reason.en).toContain('damaged');
    expect(skipped[0].reason.th).toContain('เสียหาย');
  });

  it('the command line recomputes, says which sheet was not read, and leaves the damaged part as it was', async () => {
    const { bytes, part } = await sampleWithDamagedMeasures();
    const { code, out, err, output } = await recompute(bytes);
    expect(code).toBe(0);
    expect(out).toContain('89.03');
    expect(err).toContain('sheet มาตรการ was not read: its part in the file is damaged');
    expect(err).not.toMatch(/at .*\.js|SaxesParser|Error:/);
    const before = await (await JSZip.loadAsync(bytes)).file(part)!.async('string');
    const after = await (await JSZip.loadAsync(fs.readFileSync(output))).file(part)!.async('string');
    expect(after).toBe(before);
  });
});

/** The sample with one part cut off halfway. */
async function sampleWithDamaged(part: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(fs.readFileSync(SAMPLE));
  const xml = await zip.file(part)!.async('string');
  zip.file(part, xml.slice(0, Math.floor(xml.length / 2)));
  return Buffer.from(await zip.generateAsync({ type: 'uint8array' }));
}

async function recompute(bytes: Buffer): Promise<{ code: number; out: string; err: string; output: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'damaged-'));
  const input = path.join(dir, 'in.xlsx');
  const output = path.join(dir, 'out.xlsx');
  fs.writeFileSync(input, bytes);
  let out = '';
  let err = '';
  const io: Io = { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n'), readStdin: () => '' };
  const code = await main(['recompute', input, '-o', output, '--lang', 'en'], io);
  return { code, out, err, output };
}

describe('a damaged workbook-wide part', () => {
  it.each(['xl/styles.xml', 'xl/sharedStrings.xml'])(
    '%s, without which no cell can be read right, is refused naming the part, not "could not be read"',
    async (part) => {
      const r = await recompute(await sampleWithDamaged(part));
      expect(r.code).toBe(2);
      expect(r.err).toContain(`its part ${part} is damaged (not well-formed XML)`);
      expect(fs.existsSync(r.output)).toBe(false);
    },
  );

  it('docProps/app.xml, a list for other tools, stops nothing: the recompute writes and leaves it as it was', async () => {
    const bytes = await sampleWithDamaged('docProps/app.xml');
    const r = await recompute(bytes);
    expect(r.code).toBe(0);
    expect(r.out).toContain('89.03');
    const app = async (b: Buffer) => (await JSZip.loadAsync(b)).file('docProps/app.xml')!.async('string');
    expect(await app(fs.readFileSync(r.output))).toBe(await app(bytes));
  });
});
