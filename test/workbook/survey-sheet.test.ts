/**
 * The pre-assessment survey's responses sheet (issue #13), from exports shaped like Google Forms'
 * and Microsoft Forms', written by openpyxl (another producer) and by ExcelJS. Expected scores
 * are computed by hand in the comments.
 */
import { spawnSync } from 'child_process';
import * as ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyzeWorkbook, planTemplate } from '../../src/workbook';
import { frameworkFor } from '../../src/domain/frameworks';
import { questionCodeIn } from '../../src/workbook/survey-sheet';
import { applyPlan, readWorkbook, loadXlsx, writeXlsx } from '../../src/xlsx';
import { hasOpenpyxl, PYTHON } from '../xlsx/corpus/producers';
import { Row, sheet } from './fixtures';
import { recompute } from './helpers';

type Sheets = { name: string; rows: Row[] }[];

/** Seed 003's indicator figures (the NACC's result), fiscal year 2565. */
const NACC: Row[] = [
  ['ตัวชี้วัด', 'คะแนน'],
  [1, 96.5],
  [2, 93.11],
  [3, 91.57],
  [4, 89.02],
  [5, 92.45],
  [6, 93.93],
  [7, 89.78],
  [8, 93.24],
  [9, 97.78],
  [10, 100],
];
const SETTINGS: Row[] = [
  ['ปีงบประมาณ', 2565],
  ['หน่วยงาน', 'เทศบาลทดสอบ'],
];

/** Writes the sheets with openpyxl (strings, numbers, blanks as empty cells) and returns the file. */
function openpyxlFile(sheets: Sheets): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-survey-'));
  const file = path.join(dir, 'survey.xlsx');
  const script = `
import json, sys
from openpyxl import Workbook
spec = json.load(sys.stdin)
wb = Workbook()
wb.remove(wb.active)
for s in spec['sheets']:
    ws = wb.create_sheet(s['name'])
    for row in s['rows']:
        ws.append([v for v in row])
wb.save(spec['file'])
`;
  const r = spawnSync(PYTHON, ['-c', script], { input: JSON.stringify({ file, sheets }) });
  if (r.status !== 0) throw new Error(String(r.stderr));
  return file;
}

async function analyzeFile(file: string) {
  return analyzeWorkbook(readWorkbook(await loadXlsx(fs.readFileSync(file))), { today: '2026-11-21' });
}

const M = 'มากที่สุด';
const G = 'มาก';
const L = 'น้อย';
const N = 'น้อยที่สุดหรือไม่มีเลย';

/**
 * Google Forms: "ประทับเวลา", "ที่อยู่อีเมล", the 15 EIT questions headed by their wording only
 * (so the framework's order applies, with a warning), and a free-text suggestions column.
 * Six respondents; each list below is one question's answers, respondent by respondent.
 *   E1  M G G L _ M  → (100 + 85 + 85 + 50 + 100) / 5 = 84.00 (one blank: not a zero)
 *   E2  G ×6 → 85 · E3 reverse: N N N L L M → (100 × 3 + 85 × 2 + 0) / 6 = 78.33 · E4 M ×6 → 100
 *   E5  G G G M M M → 92.50 · indicator 6 = (84 + 85 + 78.3333 + 100 + 92.5) / 5 = 87.97
 *   E6  L ×6 → 50 · E7 G ×6 → 85 · E8 yes/no มี ×4 ไม่มี ×2 → 66.67 · E9 M ×6 → 100 · E10 ใช่ ×6 → 100
 *       indicator 7 = (50 + 85 + 66.6667 + 100 + 100) / 5 = 80.33
 *   E11 M, E12 G, E13–E15 M (×6) → indicator 8 = (100 + 85 + 300) / 5 = 97.00
 *   EIT = (87.9667 + 80.3333 + 97) / 3 = 88.43
 *   Pre-assessment total: 30 % × 92.53 (IIT, the NACC's) + 30 % × 88.4333 + 40 % × 98.89 (OIT, the NACC's)
 *     = 27.759 + 26.53 + 39.556 = 93.845 → 93.85
 */
const EIT_ANSWERS: Record<string, string[]> = {
  E1: [M, G, G, L, '', M],
  E2: [G, G, G, G, G, G],
  E3: [N, N, N, L, L, M],
  E4: [M, M, M, M, M, M],
  E5: [G, G, G, M, M, M],
  E6: [L, L, L, L, L, L],
  E7: [G, G, G, G, G, G],
  E8: ['มี', 'มี', 'ไม่มี', 'มี', 'ไม่มี', 'มี'],
  E9: [M, M, M, M, M, M],
  E10: ['ใช่', 'ใช่', 'ใช่', 'ใช่', 'ใช่', 'ใช่'],
  E11: [M, M, M, M, M, M],
  E12: [G, G, G, G, G, G],
  E13: [M, M, M, M, M, M],
  E14: [M, M, M, M, M, M],
  E15: [M, M, M, M, M, M],
};
const SECRET_EMAIL = 'somchai.secret@example.com';
const SECRET_TEXT = 'คุณสมชาย ใจดี เจ้าหน้าที่กองคลังเรียกรับเงิน';

function googleForms(): Row[] {
  const codes = Object.keys(EIT_ANSWERS);
  const header: Row = [
    'ประทับเวลา',
    'ที่อยู่อีเมล',
    ...codes.map((_, i) => `เจ้าหน้าที่ของหน่วยงานที่ท่านติดต่อ ปฏิบัติงานตามประเด็นที่ ${'กขคงจฉชซฌญฎฏฐฑฒ'[i]} มากน้อยเพียงใด`),
    'ข้อเสนอแนะเพิ่มเติม',
  ];
  const rows: Row[] = [header];
  for (let r = 0; r < 6; r++)
    rows.push([
      `2026/11/0${r + 1} 9:1${r}:00 น.`,
      r === 0 ? SECRET_EMAIL : `user${r}@example.com`,
      ...codes.map((c) => EIT_ANSWERS[c][r] || null),
      r === 0 ? SECRET_TEXT : null,
    ]);
  return rows;
}

/**
 * Microsoft Forms: ID, Start time, Completion time, Email, Name, then the 30 IIT questions by their
 * wording, with a codes row typed under the header. Three respondents; every answer มาก except
 *   I1  M L _ → (100 + 50) / 2 = 75 · I7 N N N → 0
 *   indicator 1 = (75 + 85 × 5) / 6 = 83.33 · indicator 2 = (0 + 85 × 5) / 6 = 70.83 · 3–5 = 85
 *   IIT = (83.3333 + 70.8333 + 85 × 3) / 5 = 81.83
 */
function microsoftForms(): Row[] {
  const codes = Array.from({ length: 30 }, (_, i) => `I${i + 1}`);
  const header: Row = [
    'ID',
    'Start time',
    'Completion time',
    'Email',
    'Name',
    ...codes.map((_, i) => `ท่านปฏิบัติงานตามประเด็นที่ ${i + 1} อย่างเต็มที่เพียงใด`),
  ];
  const answer = (code: string, r: number) => (code === 'I1' ? [M, L, null][r] : code === 'I7' ? N : G);
  const rows: Row[] = [header, [null, null, null, null, null, ...codes]];
  for (let r = 0; r < 3; r++)
    rows.push([
      r + 1,
      '11/3/26 9:00:00',
      '11/3/26 9:05:00',
      `staff${r}@example.go.th`,
      `นางสาวลับ ${r}`,
      ...codes.map((c) => answer(c, r)),
    ]);
  return rows;
}

describe('pre-assessment survey sheet (แบบสำรวจ / Responses)', () => {
  test('question codes anywhere in a header: "I1", "I1. …", "ข้อ E3", "E๓ …", "… [E12]"; not "E-mail", "COVID-19"', () => {
    const known = new Set([
      ...Array.from({ length: 30 }, (_, i) => `I${i + 1}`),
      ...Array.from({ length: 15 }, (_, i) => `E${i + 1}`),
    ]);
    expect(questionCodeIn('I1', known)).toBe('I1');
    expect(questionCodeIn('I1. ท่านปฏิบัติงาน…', known)).toBe('I1');
    expect(questionCodeIn('ข้อ E3', known)).toBe('E3');
    expect(questionCodeIn('E๓ เจ้าหน้าที่ของหน่วยงาน', known)).toBe('E3');
    expect(questionCodeIn('ความพึงพอใจ [E12]', known)).toBe('E12');
    expect(questionCodeIn('E-mail', known)).toBeUndefined();
    expect(questionCodeIn('มาตรการ COVID-19', known)).toBeUndefined();
    expect(questionCodeIn('E16', known)).toBeUndefined();
    expect(questionCodeIn('EIT1', known)).toBeUndefined();
  });

  (hasOpenpyxl ? test : test.skip)(
    'Google Forms export by openpyxl: framework order with a warning, hand-computed EIT 88.43, total 93.85',
    async () => {
      const file = openpyxlFile([
        { name: 'ตั้งค่า', rows: SETTINGS },
        { name: 'คะแนน', rows: NACC },
        { name: 'Form Responses 1', rows: googleForms() },
      ]);
      const a = await analyzeFile(file);
      expect(a.problems.filter((p) => p.severity === 'error')).toEqual([]);
      const byOrder = a.problems.find((p) => p.code === 'survey.by-order')!;
      expect(byOrder).toMatchObject({ sheet: 'Form Responses 1', cell: 'A1', severity: 'warning' });
      expect(byOrder.message.en).toContain('column C = E1 … Q = E15');
      const s = a.survey!;
      expect(s.sheets).toEqual([
        { sheet: 'Form Responses 1', headerRow: 0, mapping: 'order', questionColumns: 15, ignoredColumns: 3 },
      ]);
      const q = (code: string) => s.result.questions.find((x) => x.code === code)!;
      expect([q('E1').answered, q('E1').shown]).toEqual([5, 84]);
      expect([q('E3').shown, q('E3').reverse, q('E3').topShare]).toEqual([78.33, true, 50]);
      expect(q('E8').shown).toBe(66.67);
      expect(q('E10').shown).toBe(100);
      expect(s.result.indicators.map((i) => [i.id, i.shown])).toEqual([
        [6, 87.97],
        [7, 80.33],
        [8, 97],
      ]);
      expect(s.result.tools.find((t) => t.id === 'EIT')).toMatchObject({ respondents: 6, shown: 88.43 });
      expect(s.result.tools.find((t) => t.id === 'IIT')).toMatchObject({ respondents: 0 });
      expect(s.result.lowest).toEqual(['E6', 'E8', 'E3', 'E1', 'E2']);
      expect(s.advice.map((x) => x.indicator)).toEqual([7, 6]);
      expect(s.assessment!.tools.IIT.shown).toBe(92.53);
      expect(s.assessment!.totalShown).toBe(93.85);
      // The NACC's own result is untouched by the survey.
      expect(a.assessment!.tools.EIT.shown).toBe(92.32);
      // Privacy: no e-mail, no free text, no timestamp anywhere in the analysis.
      const all = JSON.stringify(a);
      for (const secret of [SECRET_EMAIL, 'example.com', 'สมชาย', '9:10:00']) expect(all).not.toContain(secret);
    },
  );

  (hasOpenpyxl ? test : test.skip)(
    'Microsoft Forms export by openpyxl: a codes row under the header, IIT 81.83, minimum respondents from the rules sheet',
    async () => {
      const file = openpyxlFile([
        { name: 'ตั้งค่า', rows: SETTINGS },
        { name: 'คะแนน', rows: NACC },
        { name: 'แบบสำรวจ', rows: microsoftForms() },
        { name: 'เกณฑ์การประเมิน', rows: [['จำนวนผู้ตอบขั้นต่ำ', 5]] },
      ]);
      const a = await analyzeFile(file);
      expect(a.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(a.problems.some((p) => p.code === 'survey.by-order')).toBe(false);
      const s = a.survey!;
      expect(s.sheets).toEqual([
        { sheet: 'แบบสำรวจ', mapping: 'codes', headerRow: 1, questionColumns: 30, ignoredColumns: 5 },
      ]);
      expect(s.result.indicators.map((i) => [i.id, i.shown])).toEqual([
        [1, 83.33],
        [2, 70.83],
        [3, 85],
        [4, 85],
        [5, 85],
      ]);
      expect(s.result.tools.find((t) => t.id === 'IIT')).toMatchObject({ respondents: 3, shown: 81.83, enough: false });
      expect(s.result.minRespondents).toBe(5);
      expect(a.problems.find((p) => p.code === 'survey.few-respondents')!.message.en).toContain(
        'The IIT survey has 3 respondents, fewer than the minimum of 5',
      );
      expect(a.problems.find((p) => p.code === 'survey.few-answers')!.found).toContain('I1');
      const all = JSON.stringify(a);
      for (const secret of ['example.go.th', 'นางสาวลับ', '9:05:00']) expect(all).not.toContain(secret);
    },
  );

  test('ExcelJS: codes in the header text, Thai digits; unknown answers located once per column, long text not echoed', async () => {
    const wb = new ExcelJS.Workbook();
    sheet(wb, 'ตั้งค่า', SETTINGS);
    sheet(wb, 'คะแนน', NACC);
    const header: Row = ['Timestamp', ...Array.from({ length: 15 }, (_, i) => `E${'๐๑๒๓๔๕๖๗๘๙'[(i + 1) % 10]}`)];
    header.splice(1, 15, ...Array.from({ length: 15 }, (_, i) => `ข้อ E${i + 1} คำถาม`));
    header[3] = 'E๓ เจ้าหน้าที่มีการปิดบังหรือบิดเบือนข้อมูล อย่างน้อยเพียงใด';
    const rows: Row[] = [header];
    for (let r = 0; r < 4; r++)
      rows.push(['2026-11-01', ...Array.from({ length: 15 }, (_, i) => (i === 7 || i === 9 ? 'มี' : M))]);
    rows[2][1] = 'ดีมาก';
    rows[3][1] = 'ok';
    rows[4][2] = 'เจ้าหน้าที่ชื่อนายสมปอง พูดจาไม่สุภาพกับข้าพเจ้า';
    sheet(wb, 'Responses', rows);
    const { analysis, after } = await recompute(wb);
    const answer = analysis.problems.filter((p) => p.code === 'survey.answer');
    // Warnings: the agency's own survey never blocks the NACC's figures; unread answers are not counted.
    expect(answer.map((p) => [p.sheet, p.cell, p.severity])).toEqual([
      ['Responses', 'B3', 'warning'],
      ['Responses', 'C5', 'warning'],
    ]);
    expect(analysis.assessment).toBeDefined();
    expect(answer[0].message.en).toContain('not counted in the pre-assessment');
    // Text in an answer cell is never repeated (it may be a respondent's words or name): only its length.
    // Each language says it in its own words.
    expect(answer[0].message.en).toContain(
      'Responses!B3 holds a text of 5 characters; expected an answer to E1: มากที่สุด',
    );
    expect(answer[0].message.th).toContain('Responses!B3 มีข้อความ 5 ตัวอักษร แต่ต้องการ คำตอบของข้อ E1');
    expect(answer[0].message.th).not.toMatch(/text of|characters/);
    expect(answer[0].message.en).toContain('(and 1 more cell in column B)');
    expect(answer[1].found).toBe('••••••••••••…'); // as many dots as characters, up to 12
    expect(JSON.stringify(analysis)).not.toContain('สมปอง');
    // E3 by "E๓": reverse-worded, four answers of มากที่สุด score 0.
    expect(analysis.survey!.result.questions.find((q) => q.code === 'E3')!.shown).toBe(0);
    // Nothing of the respondents reaches the written workbook (problems sheet included).
    for (const ws of after.worksheets) {
      if (ws.name === 'Responses') continue;
      ws.eachRow((row) => row.eachCell((c) => expect(String(c.value)).not.toContain('สมปอง')));
    }
  });

  test('one form per tool: "แบบสำรวจ IIT" and "Responses EIT" add up; "แบบสำรวจความพึงพอใจ" is not a responses sheet', async () => {
    const wb = new ExcelJS.Workbook();
    sheet(wb, 'ตั้งค่า', SETTINGS);
    sheet(wb, 'คะแนน', NACC);
    const iit = Array.from({ length: 30 }, (_, i) => `I${i + 1}`);
    const eit = Array.from({ length: 15 }, (_, i) => `E${i + 1}`);
    // IIT: 2 staff, every answer มาก (85). EIT: 3 users, every answer มากที่สุด / มี / น้อยที่สุดฯ on E3 (100).
    sheet(wb, 'แบบสำรวจ IIT', [['Timestamp', ...iit], ...[0, 1].map((): Row => ['t', ...iit.map(() => G)])]);
    const eitAnswer = (c: string) => (c === 'E3' ? N : c === 'E8' || c === 'E10' ? 'มี' : M);
    sheet(wb, 'Responses EIT', [['Timestamp', ...eit], ...[0, 1, 2].map((): Row => ['t', ...eit.map(eitAnswer)])]);
    sheet(wb, 'แบบสำรวจความพึงพอใจ', [
      ['ความพึงพอใจ', 'E1'],
      ['ดีมาก', 'xyz'],
    ]);
    const a = analyzeWorkbook(readWorkbook(await loadXlsx(await writeXlsx(wb))), { today: '2026-11-21' });
    expect(a.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const s = a.survey!;
    expect(s.sheets.map((x) => x.sheet)).toEqual(['แบบสำรวจ IIT', 'Responses EIT']);
    expect(s.result.tools.map((t) => [t.id, t.respondents, t.shown])).toEqual([
      ['IIT', 2, 85],
      ['EIT', 3, 100],
    ]);
    // 0.3 × 85 + 0.3 × 100 + 0.4 × 98.89 = 25.5 + 30 + 39.556 = 95.056 → 95.06
    expect(s.assessment!.totalShown).toBe(95.06);
  });

  test('rules sheet: answer scores and per-question scales correct the shipped ones; the template writes them and reads back', async () => {
    // Template round trip: the shipped scales come back as they went out.
    for (const lang of ['th', 'en'] as const) {
      const t = new ExcelJS.Workbook();
      applyPlan(t, planTemplate(2565, lang));
      const back = analyzeWorkbook(readWorkbook(await loadXlsx(await writeXlsx(t))), { today: '2026-11-21' });
      const shipped = frameworkFor(2565)!;
      expect(back.framework.answerScales.map((x) => x.answers.map((l) => l.score))).toEqual(
        shipped.answerScales.map((x) => x.answers.map((l) => l.score)),
      );
      expect(back.framework.questionScales).toEqual(shipped.questionScales);
    }
    // A planner's corrections: มาก scores 80, E3 is no longer reverse-worded, E5 is yes/no.
    const wb = new ExcelJS.Workbook();
    sheet(wb, 'ตั้งค่า', SETTINGS);
    sheet(wb, 'คะแนน', NACC);
    const eit = Array.from({ length: 15 }, (_, i) => `E${i + 1}`);
    const answer = (c: string) => (c === 'E5' ? 'ใช่' : c === 'E8' || c === 'E10' ? 'มี' : c === 'E1' ? G : M);
    sheet(wb, 'แบบสำรวจ', [eit, [...eit.map(answer)], [...eit.map(answer)]]);
    sheet(wb, 'เกณฑ์การประเมิน', [
      ['คะแนนคำตอบ'],
      ['มาตรวัด', 'คำตอบ', 'คะแนน'],
      ['4 ระดับ', 'มาก', 80],
      [],
      ['มาตรวัดคำตอบรายข้อ'],
      ['ข้อ', 'มาตรวัด', 'ข้อคำถามเชิงลบ'],
      ['E5', 'มี/ไม่มี', null],
      ['E8', 'yes/no', null],
      ['E10', 'มี/ไม่มี', 'ไม่ใช่'],
    ]);
    const a = analyzeWorkbook(readWorkbook(await loadXlsx(await writeXlsx(wb))), { today: '2026-11-21' });
    expect(a.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const q = (code: string) => a.survey!.result.questions.find((x) => x.code === code)!;
    expect(q('E1').shown).toBe(80); // มาก at 80
    expect([q('E3').reverse, q('E3').shown]).toEqual([false, 100]); // มากที่สุด now 100
    expect([q('E5').scale, q('E5').shown]).toEqual(['yes-no', 100]);
    // Errors at their cells: an unknown scale and a question that is not a survey question.
    const bad = new ExcelJS.Workbook();
    sheet(bad, 'ตั้งค่า', SETTINGS);
    sheet(bad, 'คะแนน', NACC);
    sheet(bad, 'เกณฑ์การประเมิน', [['มาตรวัดคำตอบรายข้อ'], ['ข้อ', 'มาตรวัด'], ['E3', '5 ระดับ'], ['O7', 'มี/ไม่มี']]);
    const b = analyzeWorkbook(readWorkbook(await loadXlsx(await writeXlsx(bad))), { today: '2026-11-21' });
    expect(b.problems.filter((p) => p.code === 'rules.invalid').map((p) => p.cell)).toEqual(['B3', 'A4']);
  });

  test('no codes and a count that fits no tool: an error saying how to add the codes row, nothing guessed', async () => {
    const wb = new ExcelJS.Workbook();
    sheet(wb, 'ตั้งค่า', SETTINGS);
    sheet(wb, 'คะแนน', NACC);
    const header: Row = ['ประทับเวลา', ...Array.from({ length: 10 }, (_, i) => `คำถามที่ ${i + 1}`)];
    sheet(wb, 'แบบสำรวจ', [header, ['t', ...Array.from({ length: 10 }, () => M)]]);
    const a = analyzeWorkbook(readWorkbook(await loadXlsx(await writeXlsx(wb))), { today: '2026-11-21' });
    const p = a.problems.find((x) => x.code === 'survey.no-codes')!;
    expect(p).toMatchObject({ severity: 'error', sheet: 'แบบสำรวจ', cell: 'A1', found: '10' });
    expect(p.message.en).toContain('10 columns hold answers, which is not 30 (IIT), 15 (EIT), 45 (IIT + EIT)');
    expect(p.message.en).toContain("type each question's code (I1–I30, E1–E15) above its answers");
    expect(a.survey).toBeUndefined();
  });

  test('a linear scale exported as 1–4: read as levels (1 = the least answer) with one warning at the first such cell', async () => {
    const wb = new ExcelJS.Workbook();
    sheet(wb, 'ตั้งค่า', SETTINGS);
    sheet(wb, 'คะแนน', NACC);
    const eit = Array.from({ length: 15 }, (_, i) => `E${i + 1}`);
    // E1: 4, 3, 2 → (100 + 85 + 50) / 3 = 78.33; E3 (reverse): 1 ×3 → 100; E8/E10 มี; the rest 4 → 100.
    const e1 = [4, 3, 2];
    const rows: Row[] = [['Timestamp', ...eit]];
    for (let r = 0; r < 3; r++)
      rows.push(['t', ...eit.map((c) => (c === 'E1' ? e1[r] : c === 'E3' ? 1 : c === 'E8' || c === 'E10' ? 'มี' : 4))]);
    sheet(wb, 'แบบสำรวจ', rows);
    const a = analyzeWorkbook(readWorkbook(await loadXlsx(await writeXlsx(wb))), { today: '2026-11-21' });
    expect(a.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const w = a.problems.find((p) => p.code === 'survey.level-numbers')!;
    expect(w).toMatchObject({ severity: 'warning', sheet: 'แบบสำรวจ', cell: 'B2', found: '39' });
    expect(w.message.en).toContain("read as the answer's level (1 = least or none … 4 = most)");
    const q = (code: string) => a.survey!.result.questions.find((x) => x.code === code)!;
    expect(q('E1').shown).toBe(78.33);
    expect(q('E3').shown).toBe(100);
    expect(q('E2').shown).toBe(100);
  });

  (hasOpenpyxl ? test : test.skip)(
    'survey before the NACC result (no Scores sheet): the summary is the pre-assessment alone, with a note; scores added later make the full summary',
    async () => {
      const file = openpyxlFile([
        { name: 'ตั้งค่า', rows: SETTINGS },
        { name: 'Form Responses 1', rows: googleForms() },
      ]);
      const wb = await loadXlsx(fs.readFileSync(file));
      const { analysis, result, after } = await recompute(wb);
      expect(analysis.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(analysis.problems.map((p) => p.code)).toContain('sheet.survey-alone');
      expect(analysis.assessment).toBeUndefined();
      expect(analysis.survey!.result.tools.find((t) => t.id === 'EIT')!.shown).toBe(88.43); // as hand-computed above
      expect(result.wroteResults).toBe(true);
      const summary = after.getWorksheet('สรุปผล ITA')!;
      const texts: string[] = [];
      summary.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
      expect(texts).toContain('เทศบาลทดสอบ');
      expect(texts).toContain('การประเมินล่วงหน้าจากแบบสำรวจของหน่วยงาน');
      expect(texts.some((t) => t.includes('88.43') || t === '88.43')).toBe(true);
      expect(summary.pageSetup.printArea).toMatch(/^A1:G\d+$/);
      // The NACC's figures were never there: no total, grade or pass name claims them.
      const names = after.definedNames.model.map((n: { name: string }) => n.name);
      expect(names.filter((n: string) => /^ITA_(TOTAL|GRADE|PASS)$/.test(n))).toEqual([]);

      // The result is published: the planner adds the Scores sheet and recomputes.
      sheet(after, 'คะแนน', NACC);
      const full = await recompute(after);
      expect(full.result.wroteResults).toBe(true);
      expect(full.analysis.problems.map((p) => p.code)).not.toContain('sheet.survey-alone');
      expect(full.analysis.assessment!.totalShown).toBeGreaterThan(0);
      expect(full.after.worksheets.filter((w) => w.name.startsWith('สรุปผล ITA')).map((w) => w.name)).toEqual([
        'สรุปผล ITA',
      ]);
    },
  );

  test('no responses sheet: no survey in the analysis', async () => {
    const wb = new ExcelJS.Workbook();
    sheet(wb, 'ตั้งค่า', SETTINGS);
    sheet(wb, 'คะแนน', NACC);
    const a = analyzeWorkbook(readWorkbook(await loadXlsx(await writeXlsx(wb))), { today: '2026-11-21' });
    expect(a.survey).toBeUndefined();
  });
});
