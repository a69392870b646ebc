/**
 * Round trips of a whole recompute through Office.js, as the task pane runs it
 * (readSnapshotWithReport → analyzeWorkbook → planResults → applyPlan), on the Office.js stand-in
 * (test/stand-in/stand-in.ts), for a 10-row workbook and for synthetic workbooks shaped like
 * scripts/bench.js's synthetic(): 1,000 / 10,000 / 100,000 measure rows and a 100,000-row
 * item-level score sheet. The sheets are built as plain arrays (no ExcelJS), to stay fast.
 *
 * The rule: a recompute costs a fixed number of syncs whatever the size of the sheets, plus one
 * sync per extra payload chunk (a read or a write that does not fit one request under Excel on
 * the web's 5 MB limit). The stand-in refuses any request over 5 MB, as Excel on the web does.
 *
 * With ITA_OFFICE_SYNCS=<file> set (scripts/bench.js sets it), writes the figures there as JSON
 * for BENCHMARK.md; otherwise writes nothing. Per
 * workbook, read and apply syncs, `requests` (the requests that carried cells: value reads plus
 * writes), the largest request and the total, in bytes as the fake measured them (UTF-8 JSON of
 * the values loaded and of the formulas, number formats and links set).
 */
import { FakeWorkbook, StandInSheet } from '../stand-in/stand-in';
import * as fs from 'fs';
import { ALL_FEATURES } from '../../src/excel/features';
import { applyPlan } from '../../src/excel/apply';
import { readSnapshotWithReport } from '../../src/excel/read';
import { DEFAULT_BUDGET_BYTES } from '../../src/excel/payload';
import { linkCells } from '../../src/workbook/links';
import { analyzeWorkbook, planResults } from '../../src/workbook';
import type { CellValue, WorkbookSnapshot } from '../../src/workbook/snapshot';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain script shared with bench.js and the e2e
const { agencyRows } = require('../../scripts/agencies-workbook') as { agencyRows: (n: number) => unknown[][] };

/**
 * Excel on the web refuses a request or a response over 5 MB, taken here as 5 MiB like the
 * adapter's 4 MB budget (4 × 1024 × 1024). The fake measures UTF-8 JSON; at 100,000 measure
 * rows a value read measures about 5.19 million bytes, so the margin is about 1%.
 */
const LIMIT_BYTES = 5 * 1024 * 1024;
const TODAY = '2026-11-21';
const OUT = process.env.ITA_OFFICE_SYNCS;

// ---------------------------------------------------------------------------------------------
// Workbooks, as scripts/bench.js's synthetic() lays them out

type Kind = 'measures' | 'items' | 'descriptions' | 'survey' | 'agencies';

function synthetic(kind: Kind, rows: number): WorkbookSnapshot {
  const sheet = (name: string, values: CellValue[][]) => ({ name, values, top: 0, left: 0 });
  const settings = sheet('ตั้งค่า', [
    ['ปีงบประมาณ', 2565],
    ['หน่วยงาน', 'หน่วยงานทดสอบ'],
    ['ณ วันที่', '2022-06-30'],
  ]);
  if (kind === 'agencies') {
    // The whole country on an Agencies sheet (issue 14): scripts/agencies-workbook.js's rows.
    const year = sheet('ตั้งค่า', [['ปีงบประมาณ', 2568]]);
    return { sheets: [year, sheet('หน่วยงาน', agencyRows(rows) as CellValue[][])], names: [] };
  }
  const scores: CellValue[][] = [['ตัวชี้วัด', 'ข้อ', 'คะแนน']];
  if (kind === 'items') {
    // Respondent-level rows, sorted by question: each question's score is the mean of its rows.
    const questions = [
      ...Array.from({ length: 30 }, (_, i) => `I${i + 1}`),
      ...Array.from({ length: 15 }, (_, i) => `E${i + 1}`),
    ];
    for (let i = 0; i < rows; i++)
      scores.push([null, questions[Math.floor((i * questions.length) / rows)], [0, 50, 85, 100][(i * 7) % 4]]);
    scores.push([9, null, 92.5], [10, null, 88]);
    return { sheets: [settings, sheet('คะแนน', scores)], names: [] };
  }
  for (let id = 1; id <= 10; id++) scores.push([id, null, 70 + id * 2.5]);
  if (kind === 'survey') {
    // A pre-assessment survey (issue #13): one row per respondent, a timestamp, an e-mail and the
    // 45 questions headed by their codes, answered in the 4-level words (E8 and E10 yes/no).
    const codes = [
      ...Array.from({ length: 30 }, (_, i) => `I${i + 1}`),
      ...Array.from({ length: 15 }, (_, i) => `E${i + 1}`),
    ];
    const words = ['มากที่สุด', 'มาก', 'น้อย', 'น้อยที่สุดหรือไม่มีเลย'];
    const responses: CellValue[][] = [['ประทับเวลา', 'ที่อยู่อีเมล', ...codes]];
    for (let i = 0; i < rows; i++)
      responses.push([
        '2026/11/01 9:00:00',
        `r${i}@example.com`,
        ...codes.map((c, j) => (c === 'E8' || c === 'E10' ? (i % 3 ? 'มี' : 'ไม่มี') : words[(i + j) % 4])),
      ]);
    return { sheets: [settings, sheet('คะแนน', scores), sheet('แบบสำรวจ', responses)], names: [] };
  }
  const measures: CellValue[][] = [['มาตรการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'สถานะ', 'ตัวชี้วัด']];
  const statuses = ['ดำเนินการแล้วเสร็จ', 'อยู่ระหว่างดำเนินการ', 'ยังไม่ได้ดำเนินการ'];
  const periods = ['ต.ค.64-มี.ค.65', 'ม.ค. - เม.ย.๖๕', 'ปีงบประมาณ ๒๕๖๕', 'ต.ค.64-ก.ย.65'];
  // 'descriptions': each measure written out as planners do, some 80 Thai characters.
  const what = (i: number) =>
    kind === 'descriptions'
      ? `มาตรการที่ ${i + 1} จัดทำคู่มือการปฏิบัติงานและเผยแพร่ข้อมูลการจัดซื้อจัดจ้างบนเว็บไซต์ของหน่วยงานทุกเดือน`
      : `มาตรการที่ ${i + 1}`;
  for (let i = 0; i < rows; i++)
    measures.push([what(i), 'สำนักปลัด', periods[i % 4], statuses[i % 3], `ตัวชี้วัดที่ ${(i % 10) + 1}`]);
  return { sheets: [settings, sheet('คะแนน', scores), sheet('มาตรการ', measures)], names: [] };
}

/** The workbook as Excel holds it: '' for an empty cell. */
function inExcel(snapshot: WorkbookSnapshot): StandInSheet[] {
  return snapshot.sheets.map((s) => ({
    name: s.name,
    values: s.values.map((row) => row.map((v) => (v === null ? '' : v))),
  }));
}

// ---------------------------------------------------------------------------------------------
// One recompute

interface Figures {
  label: string;
  rows: number;
  readSyncs: number;
  applySyncs: number;
  syncs: number;
  /** Requests that carried cells: value reads plus writes. */
  requests: number;
  maxRequestBytes: number;
  totalBytes: number;
  /** Requests refused as too large (each cost a sync) before the adapter measured the sheet. */
  refused: number;
}

interface Run {
  figures: Figures;
  /** Payload chunks beyond the first, read and write, as the adapter's reports give them. */
  extraChunks: number;
  retries: number;
  /** Largest measured request or response, refused ones included. */
  largestSeen: number;
  wroteResults: boolean;
  readRows: number[];
  /** Respondents per tool when the workbook holds a survey (IIT, EIT). */
  respondents?: number[];
}

async function recompute(label: string, rows: number, snapshot: WorkbookSnapshot): Promise<Run> {
  const fake = new FakeWorkbook(inExcel(snapshot));
  fake.limitBytes = LIMIT_BYTES;

  // As the pane reads (excel-host.ts): with the OIT URL column's links where ExcelApi 1.7 has them.
  const read = await readSnapshotWithReport(fake.context, { links: linkCells });
  const analysis = analyzeWorkbook(read.snapshot, { today: TODAY });
  const { plan, wroteResults } = planResults(analysis, read.snapshot, { computedAt: `${TODAY}T00:00:00Z` });
  const apply = await applyPlan(fake.context, plan, ALL_FEATURES);

  const ok = fake.requests.filter((r) => r.ok);
  const writeRequests = apply.requests.filter((r) => r.ok).length;
  return {
    figures: {
      label,
      rows,
      readSyncs: read.report.syncs,
      applySyncs: apply.syncs,
      syncs: fake.syncs,
      requests: read.report.valueRequests + writeRequests,
      maxRequestBytes: Math.max(0, ...ok.map((r) => Math.max(r.readBytes, r.writeBytes))),
      totalBytes: ok.reduce((n, r) => n + r.readBytes + r.writeBytes, 0),
      refused: fake.requests.filter((r) => !r.ok).length,
    },
    extraChunks: Math.max(0, read.report.valueRequests - 1) + Math.max(0, writeRequests - 1),
    retries: read.report.retries + apply.retries,
    largestSeen: Math.max(0, ...fake.requests.map((r) => Math.max(r.readBytes, r.writeBytes))),
    wroteResults,
    readRows: read.snapshot.sheets.map((s) => s.values.length),
    ...(analysis.survey ? { respondents: analysis.survey.result.tools.map((t) => t.respondents) } : {}),
  };
}

// ---------------------------------------------------------------------------------------------

const WORKBOOKS: { label: string; rows: number; kind: Kind }[] = [
  { label: '10 rows', rows: 10, kind: 'measures' },
  { label: '1,000 measure rows', rows: 1_000, kind: 'measures' },
  { label: '10,000 measure rows', rows: 10_000, kind: 'measures' },
  { label: '100,000 measure rows', rows: 100_000, kind: 'measures' },
  { label: '100,000-row item-level score sheet', rows: 100_000, kind: 'items' },
  { label: '20,000 measure rows of long Thai text', rows: 20_000, kind: 'descriptions' },
  { label: '10,000 survey respondents × 45 questions', rows: 10_000, kind: 'survey' },
  { label: '8,500 agencies (the whole country, issue 14)', rows: 8_500, kind: 'agencies' },
];

it('Office.js round trips per recompute stay constant as sheets grow, apart from payload chunks', async () => {
  const runs: Run[] = [];
  for (const w of WORKBOOKS) {
    const snapshot = synthetic(w.kind, w.rows);
    const run = await recompute(w.label, w.rows, snapshot);
    // The recompute really read the whole workbook and wrote its results.
    expect({ label: w.label, rows: run.readRows, wrote: run.wroteResults }).toEqual({
      label: w.label,
      rows: snapshot.sheets.map((s) => s.values.length),
      wrote: true,
    });
    if (w.kind === 'survey') expect(run.respondents).toEqual([w.rows, w.rows]);
    runs.push(run);
  }
  if (OUT)
    fs.writeFileSync(
      OUT,
      `${JSON.stringify(
        runs.map((r) => r.figures),
        null,
        2,
      )}\n`,
    );

  const [small, thousand] = runs;
  const constant = small.figures.syncs - small.extraChunks;
  expect(thousand.figures.syncs).toBe(small.figures.syncs);
  for (const run of runs) {
    const { label, syncs, readSyncs, applySyncs, refused } = run.figures;
    expect({ label, syncs }).toEqual({ label, syncs: constant + run.extraChunks + refused });
    expect({ label, syncs }).toEqual({ label, syncs: readSyncs + applySyncs });
    expect(run.figures.maxRequestBytes).toBeLessThanOrEqual(LIMIT_BYTES);
    // No request was refused as too large, and every one, the first read included, measured
    // within the adapter's own 4 MB budget, not only under Excel's 5 MB limit: a sheet larger than
    // one request is measured by a small first request (long Thai text too) before the rest is cut.
    expect({ label, retries: run.retries, refused, largest: run.largestSeen <= DEFAULT_BUDGET_BYTES }).toEqual({
      label,
      retries: 0,
      refused: 0,
      largest: true,
    });
  }
}, 180_000);

it('the first read, like every later one, stays within the 4 MB budget at every size of a measures sheet', async () => {
  // Row counts around each point where the read needs one more request, up to 100,000. Before
  // anything is read the adapter cannot know how long the cells are; it cuts the first request
  // at a cautious size a cell, so that request too stays within the budget (it measured
  // 5,058 KB at 100,000 rows when cut at 42 bytes a cell), and the round trips stay 3 (4 with
  // links) plus one per further request.
  for (const rows of [100, 1_000, 5_000, 10_000, 12_500, 13_000, 15_000, 20_000, 50_000, 100_000]) {
    const fake = new FakeWorkbook(inExcel(synthetic('measures', rows)));
    fake.limitBytes = LIMIT_BYTES;
    const { snapshot, report } = await readSnapshotWithReport(fake.context);
    const reads = fake.requests.map((r) => r.readBytes);
    expect({ rows, largest: Math.max(...reads) <= DEFAULT_BUDGET_BYTES, retries: report.retries }).toEqual({
      rows,
      largest: true,
      retries: 0,
    });
    expect({ rows, syncs: fake.syncs }).toEqual({ rows, syncs: 2 + report.valueRequests });
    expect(snapshot.sheets[2].values).toHaveLength(rows + 1);
  }
  // The measures sheet's text is not too short to test the cut: at 100,000 rows a first request
  // cut to the budget at the old 42 bytes a cell, with no small probe first, measures over it.
  const old = new FakeWorkbook(inExcel(synthetic('measures', 100_000)));
  await readSnapshotWithReport(old.context, { unreadBytesPerCell: 42, probeCells: Number.MAX_SAFE_INTEGER });
  expect(Math.max(...old.requests.map((r) => r.readBytes))).toBeGreaterThan(DEFAULT_BUDGET_BYTES);
}, 120_000);
