/**
 * The reports' content, as plain data from the numbers (src/reports): what each paragraph and
 * table says, and that it follows the scores rather than a canned text.
 */
import * as ExcelJS from 'exceljs';
import { buildReport, ReportDoc, reportingWindow } from '../../src/reports';
import { analyzeWorkbook } from '../../src/workbook';
import { loadXlsx, readWorkbook, writeXlsx } from '../../src/xlsx';
import { SEED001_SCORES, seed001Workbook, UNPUBLISHED } from './fixtures';

async function analysisOf(wb: ExcelJS.Workbook) {
  return analyzeWorkbook(readWorkbook(await loadXlsx(await writeXlsx(wb))), { today: '2023-04-05' });
}

async function report(kind: Parameters<typeof buildReport>[1], lang: 'th' | 'en' = 'th', wb = seed001Workbook()) {
  const { doc, problem } = buildReport(await analysisOf(wb), kind, { lang });
  if (!doc) throw new Error(problem?.message.en);
  return doc;
}

const paragraphs = (d: ReportDoc) => d.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
const headings = (d: ReportDoc) => d.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
const tables = (d: ReportDoc) => d.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
/** The paragraphs between one heading and the next. */
function section(d: ReportDoc, startsWith: string): string[] {
  const i = d.blocks.findIndex((b) => b.kind === 'heading' && b.text.startsWith(startsWith));
  const out: string[] = [];
  for (const b of d.blocks.slice(i + 1)) {
    if (b.kind !== 'paragraph') break;
    out.push(b.text);
  }
  return out;
}

describe('analysis report', () => {
  it('says the total, the grade and pass or fail against the target, as the assessment computes them', async () => {
    const a = await analysisOf(seed001Workbook());
    const d = buildReport(a, 'analysis', { lang: 'th' }).doc!;
    const s = a.assessment!;
    expect(paragraphs(d)[0]).toContain(`ได้คะแนนรวม ${s.totalShown.toFixed(2)} คะแนน อยู่ในระดับ ${s.grade}`);
    expect(paragraphs(d)[0]).toContain(s.pass ? 'ผ่านเกณฑ์เป้าหมาย' : 'ยังไม่ผ่านเกณฑ์เป้าหมาย');
    expect(d.title).toContain('พ.ศ. 2565');
  });

  it('judges each tool against the target (seed 001: IIT and EIT below 85 when their indicators are)', async () => {
    const a = await analysisOf(seed001Workbook());
    const tools = paragraphs(buildReport(a, 'analysis', { lang: 'th' }).doc!)[1];
    for (const t of Object.values(a.assessment!.tools)) {
      const word = t.status === 'strength' ? 'ผ่านเกณฑ์เป้าหมาย' : `ต่ำกว่าเป้าหมาย ${(85 - t.shown).toFixed(2)} คะแนน`;
      expect(tools).toContain(`${t.id} (${t.name.th}) ${t.shown.toFixed(2)} คะแนน ${word}`);
    }
  });

  it('lists strengths (>= target) and what needs improving (< target) with each shortfall and what the indicator reflects', async () => {
    const d = await report('analysis');
    const strengths = section(d, 'จุดแข็ง');
    const weak = section(d, 'จุดที่ต้องปรับปรุงพัฒนา');
    expect(strengths.some((p) => p.includes('ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร ได้คะแนน 85.89'))).toBe(true);
    expect(strengths.some((p) => p.includes('ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ ได้คะแนน 87.49'))).toBe(true);
    // Weakest first: indicator 2 (77.85) leads, 7.15 short.
    expect(weak[0]).toMatch(/^\(1\) ตัวชี้วัดที่ 2 การใช้งบประมาณ ได้คะแนน 77\.85 ต่ำกว่าเป้าหมาย 7\.15 คะแนน/);
    expect(weak[0]).toContain('ทุก 1 คะแนนที่เพิ่มขึ้นในตัวชี้วัดนี้ทำให้คะแนนรวมเพิ่มขึ้น 0.06 คะแนน');
    expect(headings(d)).toContain('จุดที่ต้องปรับปรุงพัฒนา (ตัวชี้วัดที่ได้คะแนนต่ำกว่า 85.00) จำนวน 6 ตัวชี้วัด');
  });

  it('is generated from the numbers: moving one indicator across the target moves its paragraph and the counts', async () => {
    const before = await report('analysis');
    const after = await report('analysis', 'th', seed001Workbook({ ...SEED001_SCORES, 7: 84.5 }));
    expect(section(before, 'จุดแข็ง').some((p) => p.includes('ตัวชี้วัดที่ 7'))).toBe(true);
    expect(section(after, 'จุดแข็ง').some((p) => p.includes('ตัวชี้วัดที่ 7'))).toBe(false);
    expect(
      section(after, 'จุดที่ต้องปรับปรุงพัฒนา').some((p) =>
        p.includes('ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร ได้คะแนน 84.50 ต่ำกว่าเป้าหมาย 0.50 คะแนน'),
      ),
    ).toBe(true);
    expect(headings(after).find((h) => h.startsWith('จุดแข็ง'))).toMatch(/จำนวน \d+ ตัวชี้วัด$/);
    const count = (d: ReportDoc, h: string) =>
      Number(/จำนวน (\d+)/.exec(headings(d).find((x) => x.startsWith(h))!)![1]);
    expect(count(after, 'จุดแข็ง')).toBe(count(before, 'จุดแข็ง') - 1);
    expect(count(after, 'จุดที่ต้อง')).toBe(count(before, 'จุดที่ต้อง') + 1);
    // And the other way: raising indicator 2 to the target makes it a strength.
    const raised = await report('analysis', 'th', seed001Workbook({ ...SEED001_SCORES, 2: 85 }));
    expect(section(raised, 'จุดแข็ง').some((p) => p.includes('ตัวชี้วัดที่ 2 การใช้งบประมาณ ได้คะแนน 85.00'))).toBe(true);
  });

  it('says what changed from last year, per indicator, with the sign', async () => {
    const change = section(await report('analysis'), 'การเปลี่ยนแปลง')[0];
    expect(change).toContain('ตัวชี้วัดที่ 4 (+2.58)'); // 78.08 − 75.50
    expect(change).toContain('ตัวชี้วัดที่ 6 (-2.65)'); // 78.35 − 81.00
    expect(change).not.toContain('ตัวชี้วัดที่ 5 ('); // unchanged
  });

  it('names the OIT items not published', async () => {
    const oit = section(await report('analysis'), 'ข้อมูลที่ยังไม่ได้เผยแพร่')[0];
    expect(oit).toContain(`ยังไม่ได้เผยแพร่ ${UNPUBLISHED.length} ข้อ`);
    for (const code of UNPUBLISHED) expect(oit).toContain(code);
  });

  it('ends with the indicator table, weak rows marked, and reads in English too', async () => {
    const d = await report('analysis', 'en');
    const t = tables(d)[0];
    expect(t.columns.map((c) => c.title)).toEqual([
      'No.',
      'Indicator',
      'Tool',
      'Score',
      'Previous',
      'Change',
      'Result',
    ]);
    expect(t.rows[6]).toEqual(['7', 'Effectiveness of communication', 'EIT', '85.89', '84.20', '+1.69', 'strength']);
    expect(t.marked).toEqual([1, 2, 3, 4, 5, 7]);
    expect(paragraphs(d)[0]).toMatch(/^In the Integrity and Transparency Assessment \(ITA\) of fiscal year B.E. 2565/);
  });
});

describe('measures plan', () => {
  it('has the seeds’ columns, each measure with the weak indicator it serves, and a marked line for each weak indicator no measure covers', async () => {
    const d = await report('plan');
    const t = tables(d)[0];
    expect(t.columns.map((c) => c.title)).toEqual([
      'ลำดับ',
      'มาตรการ/กิจกรรม',
      'ขั้นตอน/วิธีดำเนินการ',
      'ระยะเวลา',
      'ผู้รับผิดชอบ',
      'การกำกับติดตาม',
      'ตัวชี้วัดที่มุ่งพัฒนา',
    ]);
    expect(t.rows[0]).toEqual([
      '1',
      'ประชุมชี้แจงแผนการใช้จ่ายงบประมาณให้บุคลากรทุกคนทราบ',
      'นำแผนการใช้จ่ายเข้าที่ประชุมประจำเดือน และเผยแพร่บนเว็บไซต์',
      'ต.ค.65-ธ.ค.65',
      'กองคลัง',
      'รายงานนายกฯ ทุกไตรมาส',
      '2 การใช้งบประมาณ (77.85)',
    ]);
    // Weak: 2, 3, 4, 5, 6, 8; measures serve 2, 4, 6, 8; so 3 and 5 get lines of their own.
    const uncovered = t.rows.filter((r) => r[0] === '—').map((r) => r[6]);
    expect(uncovered).toEqual(['3 การใช้อำนาจ (81.90)', '5 การแก้ไขปัญหาการทุจริต (80.30)']);
    expect(t.marked).toEqual([4, 5]);
    expect(d.title).toBe('มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2566');
  });
});

describe('progress reports', () => {
  it('6 months is 1 Oct–31 Mar of the fiscal year; year end the whole year', () => {
    expect(reportingWindow('six-month', 2566)).toEqual({ start: '2022-10-01', end: '2023-03-31' });
    expect(reportingWindow('year-end', 2566)).toEqual({ start: '2022-10-01', end: '2023-09-30' });
  });

  it('6 months: the measures in the window with result, outcome and status, counts by status, and what is overdue', async () => {
    const d = await report('six-month');
    expect(d.subtitle).toContain('รอบรายงาน 1 ต.ค. 2565 – 31 มี.ค. 2566');
    const [counts, each, overdue] = tables(d);
    // Measure 4 starts in May: after the window.
    expect(each.rows.map((r) => r[1])).toHaveLength(3);
    expect(paragraphs(d)[1]).toContain('อีก 1 รายการเริ่มหลังสิ้นรอบรายงาน');
    expect(counts.rows).toEqual([
      ['ดำเนินการแล้วเสร็จ', '2', '66.67'],
      ['อยู่ระหว่างดำเนินการ', '1', '33.33'],
      ['ยังไม่ได้ดำเนินการ', '0', '0.00'],
      ['เกินกำหนด', '1', '33.33'],
      ['รวม', '3', '100.00'],
    ]);
    expect(each.rows[0].slice(4)).toEqual(['ประชุมชี้แจงแล้ว 3 ครั้ง', 'บุคลากรรับทราบแผนครบทุกกอง', 'ดำเนินการแล้วเสร็จ']);
    // Measure 2 was due 31 Dec 2565 and is still in progress.
    expect(overdue.rows).toEqual([
      ['จัดทำทะเบียนการยืมคืนทรัพย์สินของราชการ', '31 ธ.ค. 2565', 'กองคลัง (งานพัสดุ)', 'อยู่ระหว่างดำเนินการ', 'มาตรการ!B3'],
    ]);
  });

  it('year end: the whole year, every measure, overdue judged on the data’s date while the year is open', async () => {
    const d = await report('year-end', 'en');
    expect(d.subtitle).toContain('Reporting window 1 Oct 2022 – 30 Sep 2023');
    const [counts, each] = tables(d);
    expect(each.rows).toHaveLength(4);
    expect(counts.rows.find((r) => r[0] === 'Overdue')).toEqual(['Overdue', '1', '25.00']);
    expect(paragraphs(d)[0]).toContain('as of 5 Apr 2023');
  });

  it('without a measures sheet, says so in Thai and English instead of writing an empty report', async () => {
    const wb = seed001Workbook();
    wb.removeWorksheet(wb.getWorksheet('มาตรการ')!.id);
    const { doc, problem } = buildReport(await analysisOf(wb), 'six-month', { lang: 'th' });
    expect(doc).toBeUndefined();
    expect(problem!.message.th).toContain('ไม่พบชีต "มาตรการ"');
    expect(problem!.message.en).toContain('no "Measures" sheet');
  });
});
