/**
 * `ita-planner recompute` on a workbook with a pre-assessment survey (issue #13): the report and
 * the JSON carry the survey marked as a pre-assessment, the lowest questions with their answers
 * counted, respondents per tool, the note that no minimum is set; and nothing of a respondent.
 */
import * as ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../helpers/run-cli';
import { loadXlsx } from '../../src/xlsx';
import { Row, sheet } from '../workbook/fixtures';

/** Output and messages as one text: the tests look for words wherever the CLI says them. */
async function run(argv: string[]) {
  const { code, out, err } = await runCli(argv);
  return { code, out: out + err };
}

/**
 * EIT codes in the headers, 4 respondents, every answer มากที่สุด (100) except
 *   E2: น้อย ×4 → 50 · E8 (yes/no): มี, ไม่มี, ไม่มี, blank → 100 / 3 = 33.33
 *   indicator 6 = (100 × 4 + 50) / 5 = 90 · 7 = (100 × 4 + 33.333) / 5 = 86.67 · 8 = 100
 *   E3 is reverse-worded: its answers are น้อยที่สุดหรือไม่มีเลย (100).
 *   EIT = (90 + 86.6667 + 100) / 3 = 92.22
 */
async function workbook(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  sheet(wb, 'ตั้งค่า', [['ปีงบประมาณ', 2565]]);
  sheet(wb, 'คะแนน', [
    ['ตัวชี้วัด', 'คะแนน'],
    ...[96.5, 93.11, 91.57, 89.02, 92.45, 93.93, 89.78, 93.24, 97.78, 100].map((v, i): Row => [i + 1, v]),
  ]);
  const codes = Array.from({ length: 15 }, (_, i) => `E${i + 1}`);
  const rows: Row[] = [['Timestamp', 'Email', ...codes.map((c) => `${c}. คำถาม`), 'ความคิดเห็น']];
  const e8 = ['มี', 'ไม่มี', 'ไม่มี', null];
  for (let r = 0; r < 4; r++)
    rows.push([
      '2026-11-01 09:00',
      `person${r}@mail.example`,
      ...codes.map((c) =>
        c === 'E2' ? 'น้อย' : c === 'E3' ? 'น้อยที่สุดหรือไม่มีเลย' : c === 'E8' ? e8[r] : c === 'E10' ? 'มี' : 'มากที่สุด',
      ),
      r === 0 ? 'นายลับ ไม่บอก โทร 0812345678' : null,
    ]);
  sheet(wb, 'แบบสำรวจ', rows);
  const file = path.join(dir, 'survey.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

describe('ita-planner recompute: the pre-assessment survey', () => {
  test('report and JSON: marked pre-assessment, lowest questions with distribution, respondents per tool, no minimum note; no respondent data', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-cli-survey-'));
    const input = await workbook(dir);
    const out = path.join(dir, 'out.xlsx');

    const text = await run(['recompute', input, '-o', out, '--lang', 'en']);
    expect(text.code).toBe(0);
    expect(text.out).toContain("A pre-assessment from the agency's own survey, not the NACC's result (sheet แบบสำรวจ)");
    expect(text.out).toContain('Respondents: IIT 0 · EIT 4');
    expect(text.out).toContain('No minimum number of respondents is set');
    expect(text.out).toContain('EIT 92.22 · indicators 6 90.00, 7 86.67, 8 100.00');
    expect(text.out).toContain('E8 33.33 (3 answers): yes 1 · no 2');
    expect(text.out).toContain('E2 50.00 (4 answers): most 0 · much 0 · little 4 · least or none 0');

    const json = JSON.parse((await run(['recompute', input, '-o', out, '--json'])).out);
    const pre = json.preAssessment;
    expect(pre.kind).toBe('pre-assessment');
    expect(pre.note.en).toContain("not the NACC's result");
    expect(pre.minRespondents).toBeNull();
    expect(pre.minRespondentsNote.th).toContain('ไม่ได้กำหนดจำนวนผู้ตอบขั้นต่ำ');
    expect(pre.tools).toEqual([
      { id: 'IIT', respondents: 0, score: null, enough: null },
      { id: 'EIT', respondents: 4, score: 92.22, enough: null },
    ]);
    expect(pre.lowest.map((q: { code: string; score: number }) => [q.code, q.score])).toEqual([
      ['E8', 33.33],
      ['E2', 50],
    ]);
    expect(pre.lowest[0].levels).toEqual([
      { answer: { th: 'มี / ใช่', en: 'yes' }, score: 100, count: 1 },
      { answer: { th: 'ไม่มี / ไม่ใช่', en: 'no' }, score: 0, count: 2 },
    ]);
    expect(pre.lowest[0].suggestions.length).toBeGreaterThan(0);
    // 27.759 (IIT, the NACC's) + 0.3 × 92.2222 = 27.6667 + 39.556 (OIT, the NACC's) = 94.98
    expect(pre.total).toEqual({ total: 94.98, grade: 'A', tools: { IIT: 92.53, EIT: 92.22, OIT: 98.89 } });
    // The NACC's own result is the one in "result".
    expect(json.result.total).toBe(95.01);

    // Privacy: neither output nor the workbook's new sheets hold a respondent's e-mail, words or time.
    const written = await loadXlsx(fs.readFileSync(out));
    const ours = written.worksheets
      .filter((ws) => !['ตั้งค่า', 'คะแนน', 'แบบสำรวจ'].includes(ws.name))
      .flatMap((ws) => {
        const cells: string[] = [];
        ws.eachRow((row) => row.eachCell((c) => void cells.push(String(c.value))));
        return cells;
      })
      .join('\n');
    // The summary sheet's pre-assessment page names the lowest questions with their answers counted.
    expect(ours).toContain('การประเมินล่วงหน้าจากแบบสำรวจของหน่วยงาน');
    expect(ours).toContain('ไม่ใช่ผลการประเมินของ ป.ป.ช. (ชีต แบบสำรวจ)');
    expect(ours).toContain('มี / ใช่ 1 · ไม่มี / ไม่ใช่ 2');
    expect(ours).toContain('คะแนนรวม (ประเมินล่วงหน้า) 94.98 ระดับ A');
    for (const secret of ['mail.example', 'นายลับ', '0812345678', '09:00'])
      for (const where of [text.out, JSON.stringify(json), ours]) expect(where).not.toContain(secret);
  });
});
