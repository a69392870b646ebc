/**
 * The Office.js adapter (readSnapshot, applyPlan) against the Office.js stand-in
 * (test/stand-in/stand-in.ts over test/stand-in/fake-office.js, the browser run's fake):
 * deferred execution, requests measured and refused over a limit, a request that fails part way
 * keeping what ran before, and a log of what the host did, which the assertions read.
 */
import { FakeWorkbook, StandInAction, StandInSheet, rect, richApiError } from '../stand-in/stand-in';
import { ApplyError, ProtectedError, toUserError } from '../../src/excel/errors';
import { ALL_FEATURES, detectFeatures } from '../../src/excel/features';
import { applyPlan } from '../../src/excel/apply';
import { readSnapshot, readSnapshotWithReport } from '../../src/excel/read';
import { MAX_READ_CELLS, MAX_READ_COLUMNS, READ_DEFAULTS, capGeometry } from '../../src/excel/chunks';
import { analyzeWorkbook } from '../../src/workbook';
import { DEFAULT_BUDGET_BYTES } from '../../src/excel/payload';
import { emptyPlan, PlanCell, WritePlan } from '../../src/workbook/plan';
import { a4Page } from '../../src/workbook/print';
import { cellRef } from '../../src/domain/refs';

// ---------------------------------------------------------------------------------------------
// Helpers

/** `isSetSupported` for an Excel that has ExcelApi 1.1 … 1.<minor>. */
function excelApiUpTo(minor: number) {
  return (name: string, version: string): boolean => name === 'ExcelApi' && Number(version.split('.')[1]) <= minor;
}

// ---------------------------------------------------------------------------------------------
// Plans and workbooks

const SUMMARY = 'สรุปผล ITA';

function grid(rows: number, cols: number, cell: (r: number, c: number) => unknown): unknown[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => cell(r, c)));
}

/** A summary sheet of `rows` × `cols`: Thai text, numbers and a formula per row. */
function summaryPlan(rows: number, cols = 3): WritePlan {
  const cells: PlanCell[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: PlanCell[] = [];
    for (let c = 0; c < cols; c++) {
      if (c === 0) row.push({ text: `ตัวชี้วัดที่ ${r + 1}` });
      else if (c === cols - 1 && cols > 2) row.push({ formula: `B${r + 2}*2`, cached: 2 * r });
      else row.push({ number: 80 + (r % 20) + c / 100 });
    }
    cells.push(row);
  }
  const plan = emptyPlan();
  plan.sheets.push({
    name: SUMMARY,
    columnWidths: [30, 12, 12],
    freezeRows: 1,
    tabColor: '#1F4E79',
    page: a4Page('landscape'),
  });
  plan.blocks.push({
    sheet: SUMMARY,
    top: 1,
    left: 0,
    cells,
    numberFormats: cells.map((row) => row.map((_, c) => (c === 0 ? null : '0.00'))),
  });
  plan.names.push({ name: 'ITA_TOTAL', sheet: SUMMARY, ref: 'B2' });
  plan.deleteNames.push('ITA_OLD');
  plan.styles.push({ sheet: SUMMARY, range: 'A1:C1', bold: true, fill: '#DDEBF7', border: true, horizontal: 'center' });
  plan.merges.push({ sheet: SUMMARY, range: 'A1:C1' });
  plan.hyperlinks.push({ sheet: SUMMARY, cell: cellRef('A2'), to: { sheet: 'คะแนน', cell: cellRef('C7') } });
  plan.validations.push({ sheet: SUMMARY, range: 'D2:D5', list: ['ยังไม่เริ่ม', 'กำลังดำเนินการ', 'เสร็จแล้ว'] });
  plan.activate = SUMMARY;
  return plan;
}

/** Rows covered by the successful writes on `sheet`, checked to be contiguous, each once. */
function writtenRows(fake: FakeWorkbook, sheet: string): { first: number; last: number; slices: number } {
  const spans = fake
    .writes(sheet)
    .map((w) => rect(w.address!))
    .filter((r) => r.rows > 1 || r.cols > 1)
    .sort((a, b) => a.top - b.top);
  for (let i = 1; i < spans.length; i++) expect(spans[i].top).toBe(spans[i - 1].top + spans[i - 1].rows);
  return {
    first: spans[0].top,
    last: spans[spans.length - 1].top + spans[spans.length - 1].rows - 1,
    slices: spans.length,
  };
}

/** The grid an action set (Range.formulas, Range.numberFormat). */
function sent(action: StandInAction): unknown[][] {
  return action.value as unknown[][];
}

// ---------------------------------------------------------------------------------------------
// readSnapshot

// Several cases move 100,000-row grids (values and number formats) through the fake: seconds on
// a busy machine, beyond jest's 5 s default.
jest.setTimeout(60_000);

describe('readSnapshot', () => {
  const scores = grid(10, 3, (r, c) => (c === 0 ? `ตัวชี้วัดที่ ${r + 1}` : c === 1 ? 80 + r : r % 2 === 0));
  scores[4][2] = '';

  it('marks hidden and very hidden sheets, read in the first sync with the sheet list (a visible sheet wins a role)', async () => {
    const fake = new FakeWorkbook([
      { name: 'Scores', values: scores, visibility: 'Hidden' },
      { name: 'คะแนน', values: scores },
      { name: 'เก่า', values: scores, visibility: 'VeryHidden' },
    ]);
    const { snapshot } = await readSnapshotWithReport(fake.context);
    expect(snapshot.sheets.map((s) => [s.name, s.hidden === true])).toEqual([
      ['Scores', true],
      ['คะแนน', false],
      ['เก่า', true],
    ]);
    const analysis = analyzeWorkbook(snapshot, { today: '2026-11-21' });
    expect(analysis.problems.find((p) => p.code === 'sheets.chosen')?.sheet).toBe('คะแนน');
  });

  it('reads a 10-row workbook in 3 syncs: sheet list and names, used-range sizes, then all values in one request', async () => {
    const fake = new FakeWorkbook(
      [{ name: 'คะแนน', values: scores, top: 2, left: 1 }, { name: 'ว่าง' }],
      [
        { name: 'ITA_TOTAL', type: 'Range', value: "'สรุปผล ITA'!$B$5" },
        { name: 'ITA_BROKEN', type: 'Error', value: '#REF!' },
      ],
    );
    const { snapshot, report } = await readSnapshotWithReport(fake.context);

    expect(fake.syncs).toBe(3);
    expect(report).toMatchObject({ syncs: 3, loads: 1, valueRequests: 1, retries: 0 });
    expect(snapshot.sheets).toHaveLength(2);
    const [sheet, empty] = snapshot.sheets;
    expect(sheet).toMatchObject({ name: 'คะแนน', top: 2, left: 1 });
    expect(sheet.values[0]).toEqual(['ตัวชี้วัดที่ 1', 80, true]);
    expect(sheet.values[4][2]).toBeNull(); // Excel's '' for an empty cell
    expect(sheet.values).toHaveLength(10);
    expect(empty).toEqual({ name: 'ว่าง', values: [], top: 0, left: 0 });
    expect(snapshot.names).toEqual([
      { name: 'ITA_TOTAL', sheet: 'สรุปผล ITA', ref: "'สรุปผล ITA'!$B$5" },
      { name: 'ITA_BROKEN', ref: '#REF!' },
    ]);
  });

  it('reads a 60,000-row sheet whose values and formats fit one request (at the size taken for unread cells) in the same 3 syncs, in several range loads when asked', async () => {
    const big = grid(60_000, 1, (r) => r);
    const fake = new FakeWorkbook([{ name: 'ข้อมูล', values: big }]);
    const { snapshot, report } = await readSnapshotWithReport(fake.context);
    expect(fake.syncs).toBe(3);
    expect(report.loads).toBe(1);
    expect(snapshot.sheets[0].values[59_999]).toEqual([59_999]);

    // Excel refuses gets over five million cells; the per-load cell cap splits loads, not syncs.
    const fake2 = new FakeWorkbook([{ name: 'ข้อมูล', values: big }]);
    const chunked = await readSnapshotWithReport(fake2.context, { maxCellsPerLoad: 20_000 });
    expect(fake2.syncs).toBe(3);
    expect(chunked.report.loads).toBe(3);
    expect(chunked.report.valueRequests).toBe(1);
    expect(chunked.snapshot.sheets[0].values).toEqual(snapshot.sheets[0].values);
  });

  it('cuts a read larger than one request into row slices: one sync per request, each under the budget', async () => {
    const big = grid(100_000, 6, (r, c) => (c === 0 ? `แถว ${r}` : r * 10 + c));
    const fake = new FakeWorkbook([{ name: 'ข้อมูล', values: big }]);
    const { snapshot, report } = await readSnapshotWithReport(fake.context);

    expect(report.valueRequests).toBeGreaterThan(1);
    expect(fake.syncs).toBe(2 + report.valueRequests);
    expect(report.maxRequestBytes).toBeLessThanOrEqual(DEFAULT_BUDGET_BYTES);
    for (const r of fake.requests) expect(r.readBytes).toBeLessThanOrEqual(DEFAULT_BUDGET_BYTES);
    const values = snapshot.sheets[0].values;
    expect(values).toHaveLength(100_000);
    expect(values[0]).toEqual(['แถว 0', 1, 2, 3, 4, 5]);
    expect(values[54_321][0]).toBe('แถว 54321');
    expect(values[99_999][5]).toBe(999_995);
  });

  it('after a response refused as too large, measures the sheet with a small probe and reads the rest in slices that fit', async () => {
    const big = grid(100_000, 2, (r, c) => r * 10 + c);
    const fake = new FakeWorkbook([{ name: 'ข้อมูล', values: big }]);
    fake.limitBytes = 1_000_000; // a stricter server than the 4 MB budget assumes
    const { snapshot, report } = await readSnapshotWithReport(fake.context);

    // The first probe measures the sheet; the request cut to the 4 MB budget is then refused by
    // this server, and a second probe sizes the rest.
    expect(report).toMatchObject({ retries: 1, probes: 2 });
    expect(fake.requests.filter((r) => !r.ok)).toHaveLength(1);
    expect(fake.requests[2]).toMatchObject({ ok: true }); // the first values request: the probe
    expect(fake.requests[3]).toMatchObject({ ok: false }); // the first request cut to the budget
    expect(fake.requests[4].readBytes).toBeLessThan(60_000); // the probe again: 2,000 cells
    // Doubled by the refusal (from the floor the first probe left); the second probe measured less.
    expect(report.bytesPerCell).toEqual([2 * READ_DEFAULTS.bytesPerCell]);
    expect(fake.syncs).toBe(2 + 1 + report.valueRequests);
    expect(snapshot.sheets[0].values).toHaveLength(100_000);
    expect(snapshot.sheets[0].values[99_999]).toEqual([999_990, 999_991]);
  });

  it('long Thai text far beyond the first guess costs no refused request: a small first request measures it', async () => {
    // A pasted table of measure descriptions, about 60 Thai characters a cell: in UTF-8 some
    // 180 bytes a cell against the first guess of 42. Beside it, a sheet of plain scores.
    const text = 'จัดทำคู่มือการปฏิบัติงานและเผยแพร่ข้อมูลบนเว็บไซต์ของหน่วยงานอย่างต่อเนื่อง';
    const descriptions = grid(40_000, 5, (r, c) => `${text} ${r}-${c}`);
    const scores = grid(30, 4, (r, c) => (c === 0 ? r + 1 : 80 + c + r / 100));
    const fake = new FakeWorkbook([
      { name: 'คะแนน', values: scores },
      { name: 'มาตรการ', values: descriptions },
    ]);
    fake.limitBytes = 5 * 1024 * 1024; // Excel on the web
    const { snapshot, report } = await readSnapshotWithReport(fake.context);

    expect(fake.requests.filter((r) => !r.ok)).toHaveLength(0);
    expect(report).toMatchObject({ retries: 0, probes: 1 });
    // The first request (the scores whole, the descriptions' first rows) is small; every one is within the budget.
    expect(fake.requests[2].readBytes).toBeLessThan(600_000);
    for (const r of fake.requests) expect(r.readBytes).toBeLessThanOrEqual(DEFAULT_BUDGET_BYTES);
    expect(report.bytesPerCell[0]).toBe(42); // the scores: numbers, read at the floor
    expect(report.bytesPerCell[1]).toBeGreaterThan(300); // measured: Thai counted as \uXXXX escapes, with a margin
    expect(fake.syncs).toBe(2 + report.valueRequests);
    const read = snapshot.sheets[1].values;
    expect(read).toHaveLength(40_000);
    expect(read[0][0]).toBe(`${text} 0-0`);
    expect(read[39_999][4]).toBe(`${text} 39999-4`);
    expect(snapshot.sheets[0].values[29]).toEqual(scores[29]);
  });

  it('learns from a response that came back: a text sheet larger than one request is cut to its measured size', async () => {
    // 24,000 rows × 4 columns of 30-character Thai text: a small first request measures the
    // sheet, and what it measured sizes every later request.
    const text = 'ประชาสัมพันธ์ช่องทางร้องเรียนการทุจริต';
    const rows = grid(24_000, 4, (r, c) => `${text}${r}${c}`);
    const fake = new FakeWorkbook([{ name: 'มาตรการ', values: rows }]);
    fake.limitBytes = 64 * 1024 * 1024;
    const { snapshot, report } = await readSnapshotWithReport(fake.context, { budgetBytes: 2 * 1024 * 1024 });

    expect(report.retries).toBe(0);
    const [first, ...later] = fake.requests.slice(2);
    expect(first.readBytes).toBeLessThan(300_000); // the probe: 2,000 cells
    expect(report.bytesPerCell[0]).toBeGreaterThan(READ_DEFAULTS.unreadBytesPerCell); // longer than the guess …
    for (const r of later) expect(r.readBytes).toBeLessThanOrEqual(2 * 1024 * 1024); // … and never over the budget
    expect(snapshot.sheets[0].values[23_999][3]).toBe(`${text}239993`);
  });

  it('on Excel on the web, a GeneralException for a large read is a size refusal: probed and read in smaller slices', async () => {
    // Older Excel on the web answers an oversize response with "An internal error has occurred."
    const big = grid(100_000, 2, (r, c) => r * 10 + c);
    const fake = new FakeWorkbook([{ name: 'ข้อมูล', values: big }]);
    fake.generalExceptionOverBytes = 1_000_000;
    const { snapshot, report } = await readSnapshotWithReport(fake.context, { web: true });
    expect(report).toMatchObject({ retries: 1, probes: 2 }); // the first request's probe, and one after the refusal
    expect(fake.requests.filter((r) => !r.ok)).toHaveLength(1);
    expect(snapshot.sheets[0].values[99_999]).toEqual([999_990, 999_991]);

    // On the desktop a GeneralException is not about size: it reaches the caller at once.
    const desktop = new FakeWorkbook([{ name: 'ข้อมูล', values: big }]);
    desktop.generalExceptionOverBytes = 1_000_000;
    await expect(readSnapshot(desktop.context)).rejects.toMatchObject({ code: 'GeneralException' });
    expect(desktop.requests.filter((r) => !r.ok)).toHaveLength(1);
  });

  it('a used range made huge by a stray value is read only up to the caps, and the analysis says which part, in Thai and English', async () => {
    // A stray "x" in XFD1 makes the used range 16,384 columns wide.
    const wide = scores.map((row) => [...row]);
    wide[0][16_383] = 'x';
    const fake = new FakeWorkbook([{ name: 'คะแนน', values: wide }]);
    const { snapshot, report } = await readSnapshotWithReport(fake.context);
    const sheet = snapshot.sheets[0];
    expect(sheet.truncated).toEqual({ used: `A1:XFD${scores.length}`, readFrom: 'A1', readTo: `GR${scores.length}` });
    expect(report.syncs).toBe(3);
    expect(Math.max(...sheet.values.map((r) => r.length))).toBe(MAX_READ_COLUMNS);
    const warning = analyzeWorkbook(snapshot, { today: '2024-01-15' }).problems.find(
      (p) => p.code === 'sheet.truncated',
    );
    expect(warning).toMatchObject({ severity: 'warning', sheet: 'คะแนน', cell: 'A1', through: `GR${scores.length}` });
    expect(warning!.message.en).toContain(`only A1:GR${scores.length} was read`);
    expect(warning!.message.en).toContain('Ctrl+End');
    expect(warning!.message.th).toContain('Ctrl+End');

    // A stray value a million rows down: the rows are capped so the cells stay within the cap.
    const { geometry, truncated } = capGeometry([
      { name: 'มาตรการ', used: { rowIndex: 0, columnIndex: 0, rowCount: 1_048_576, columnCount: 5 } },
      { name: 'ตั้งค่า', used: { rowIndex: 0, columnIndex: 0, rowCount: 100_000, columnCount: 10 } },
    ]);
    expect(geometry[0].used).toMatchObject({ rowCount: MAX_READ_CELLS / 5, columnCount: 5 });
    expect(truncated.get(0)).toEqual({ used: 'A1:E1048576', readFrom: 'A1', readTo: `E${MAX_READ_CELLS / 5}` });
    expect(truncated.has(1)).toBe(false); // a million cells of real data is read whole
  });

  it('lets Office errors reach the caller unchanged (cell edit mode), for toUserError to explain', async () => {
    const fake = new FakeWorkbook([{ name: 'คะแนน', values: scores }]);
    const editing = richApiError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
    fake.excel.failSync(editing);
    await expect(readSnapshot(fake.context)).rejects.toBe(editing);
    const user = toUserError(editing);
    expect(user.title.th).toBe('กรุณากด Enter หรือ Esc เพื่อออกจากการแก้ไขเซลล์ แล้วลองอีกครั้ง');
    expect(user.title.en).toBe('Finish editing the cell (press Enter or Esc) and try again');
  });
});

// ---------------------------------------------------------------------------------------------
// applyPlan

describe('applyPlan', () => {
  const inputs = (): StandInSheet[] => [{ name: 'คะแนน', values: grid(10, 3, (r, c) => r + c) }];
  const oldNames = [
    { name: 'ITA_TOTAL', type: 'Range', value: "'สรุปผล ITA'!$B$2" },
    { name: 'ITA_OLD', type: 'Range', value: "'สรุปผล ITA'!$B$9" },
    { name: 'USER_NAME', type: 'Range', value: 'คะแนน!$A$1' },
  ];

  it('proves the summary still ours in the probe: a stamp changed since the read stops the write, nothing written', async () => {
    const stamp = 'ITA Planner: สรุปผล ITA';
    const proved = (): WritePlan => ({
      ...summaryPlan(10),
      proofs: [{ sheet: SUMMARY, cell: cellRef('A5'), text: stamp }],
    });

    // The stamp is where it was read: written as usual, in the same 2 syncs (the proof rides in the probe).
    const same = new FakeWorkbook([...inputs(), { name: SUMMARY, values: [['สรุป'], [], [], [], [stamp]] }], oldNames);
    await applyPlan(same.context, proved(), ALL_FEATURES);
    expect(same.syncs).toBe(2);
    expect(same.writes(SUMMARY).length).toBeGreaterThan(0);

    // The user typed over it (or replaced the sheet) after the pane read the workbook.
    const edited = new FakeWorkbook(
      [...inputs(), { name: SUMMARY, values: [['ของฉัน'], [], [], [], ['บันทึก']] }],
      oldNames,
    );
    const error = (await applyPlan(edited.context, proved(), ALL_FEATURES).catch((e: unknown) => e)) as ApplyError;
    expect(error).toBeInstanceOf(ApplyError);
    expect(error.written).toEqual([]);
    expect(edited.syncs).toBe(1);
    expect([edited.writes(SUMMARY), edited.namesAdded, edited.namesDeleted]).toEqual([[], [], []]);
    const user = toUserError(error);
    expect(user.title.th).toContain("ชีต 'สรุปผล ITA' เปลี่ยนไป");
    expect(user.title.en).toContain("Sheet 'สรุปผล ITA' changed while ITA Planner was working");
  });

  it('applies a 10-row plan in 2 syncs: the probe, then every write in one request', async () => {
    const fake = new FakeWorkbook(inputs(), oldNames);
    const report = await applyPlan(fake.context, summaryPlan(10), ALL_FEATURES);

    expect(fake.syncs).toBe(2);
    expect(report).toMatchObject({ syncs: 2, retries: 0, skipped: [], substituted: [] });
    expect(report.requests).toEqual([expect.objectContaining({ ok: true })]);
    expect(fake.added).toEqual([SUMMARY]);
    expect(fake.namesDeleted.sort()).toEqual(['ITA_OLD', 'ITA_TOTAL']); // never the user's own name
    expect(fake.namesAdded).toEqual([{ name: 'ITA_TOTAL', sheet: SUMMARY, ref: 'B2' }]);

    const [block] = fake.writes(SUMMARY);
    expect(block.address).toBe('A2:C11');
    expect(sent(block)[0]).toEqual(['ตัวชี้วัดที่ 1', 80.01, '=B2*2']);
    const formats = fake.did('Range.numberFormat=').find((a) => a.address === 'A2:C11')!;
    expect(sent(formats)[0]).toEqual([null, '0.00', '0.00']);
    // What the workbook holds now: the formula, and the format where one was set.
    expect(fake.excel.cell(SUMMARY, 'C2')).toMatchObject({ formula: '=B2*2', numberFormat: '0.00' });

    const at = (what: string, address: string) =>
      fake.did(what).filter((a) => a.sheet === SUMMARY && a.address === address);
    expect(at('Range.merge', 'A1:C1')).toHaveLength(1);
    expect(fake.excel.sheetInfo(SUMMARY).merges).toEqual(['A1:C1']);
    const style = (address: string) =>
      Object.fromEntries(
        fake.excel
          .formatLog(SUMMARY)
          .filter((f) => f.address === address)
          .map((f) => [f.prop, f.value]),
      );
    const styled = style('A1:C1');
    expect(styled['RangeFont.bold']).toBe(true);
    expect(styled['RangeFill.color']).toBe('#DDEBF7');
    expect(styled['RangeFormat.horizontalAlignment']).toBe('Center');
    const edges = Object.keys(styled).filter((p) => p.startsWith('RangeBorder:') && p.endsWith('.style'));
    expect(edges.map((p) => p.slice('RangeBorder:'.length, -'.style'.length)).sort()).toEqual([
      'EdgeBottom',
      'EdgeLeft',
      'EdgeRight',
      'EdgeTop',
      'InsideVertical',
    ]);
    expect(at('Range.hyperlink=', 'A2').map((a) => a.value)).toEqual([
      {
        documentReference: "'คะแนน'!C7",
        textToDisplay: 'ตัวชี้วัดที่ 1',
      },
    ]);
    expect(fake.excel.cell(SUMMARY, 'A2').hyperlink).toEqual({
      documentReference: "'คะแนน'!C7",
      textToDisplay: 'ตัวชี้วัดที่ 1',
    });
    expect(fake.excel.sheetInfo(SUMMARY).validations).toEqual([
      { address: 'D2:D5', rule: { list: { inCellDropDown: true, source: 'ยังไม่เริ่ม,กำลังดำเนินการ,เสร็จแล้ว' } } },
    ]);
    expect(style('A1')['RangeFormat.columnWidth']).toBe(161.25); // 30 characters
    expect(style('B1:C1')['RangeFormat.columnWidth']).toBe(66.75); // 12 characters

    const sheet = fake.excel.sheetInfo(SUMMARY);
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.tabColor).toBe('#1F4E79');
    expect(sheet.orientation).toBe('Landscape');
    expect(fake.excel.activeSheet()).toBe(SUMMARY);
    // One request: not suspended, and it ends with the one recalculation (manual calculation too).
    expect(fake.did('Application.suspendApiCalculationUntilNextSync')).toHaveLength(0);
    expect(fake.did('Application.calculate')).toHaveLength(1);
    expect(fake.did('Application.suspendScreenUpdatingUntilNextSync')).toHaveLength(1);
    expect(report.written.map((w) => w.en)).toEqual(
      expect.arrayContaining([
        `created sheet 'สรุปผล ITA'`,
        `'สรุปผล ITA'!A2:C11`,
        'defined names: ITA_TOTAL',
        `showed 'สรุปผล ITA'`,
      ]),
    );
  });

  it('clears an owned sheet that already exists instead of adding it again', async () => {
    const fake = new FakeWorkbook([...inputs(), { name: 'สรุปผล ita', values: grid(40, 5, () => 'old') }]);
    await applyPlan(fake.context, summaryPlan(10), ALL_FEATURES);
    expect(fake.added).toEqual([]);
    const onSummary = (what: string) => fake.did(what).filter((a) => a.sheet?.toLowerCase() === SUMMARY.toLowerCase());
    const [used] = onSummary('Range.clear');
    expect(used.address).toBe('A1:E40');
    expect(used.value).toBe('All');
    expect(onSummary('Range.unmerge').map((a) => a.address)).toContain('A1:E40');
    expect(onSummary('DataValidation.clear').map((a) => a.address)).toContain('A1:E40');
    expect(onSummary('WorksheetFreezePanes.unfreeze')).toHaveLength(1);
    // Nothing of the old sheet is left outside what the plan wrote.
    expect(fake.excel.cell('สรุปผล ita', 'E40').value).toBe('');
  });

  it('applies a 100,000-row plan whose writes fit one request in the same 2 syncs', async () => {
    const fake = new FakeWorkbook(inputs(), oldNames);
    const plan = emptyPlan();
    plan.sheets.push({ name: SUMMARY, columnWidths: [] });
    plan.blocks.push({
      sheet: SUMMARY,
      top: 0,
      left: 0,
      cells: Array.from({ length: 100_000 }, (_, r) => [{ number: r }]),
    });
    const report = await applyPlan(fake.context, plan, ALL_FEATURES);

    expect(fake.syncs).toBe(2);
    expect(report.requests).toHaveLength(1);
    expect(report.maxRequestBytes).toBeLessThanOrEqual(DEFAULT_BUDGET_BYTES);
    expect(writtenRows(fake, SUMMARY)).toEqual({ first: 0, last: 99_999, slices: 1 });
  });

  it('cuts a plan larger than one request into row slices: one sync per extra request, each under the budget, estimate ≥ actual', async () => {
    const fake = new FakeWorkbook(inputs(), oldNames);
    const report = await applyPlan(fake.context, summaryPlan(100_000, 6), ALL_FEATURES);

    expect(report.requests.length).toBeGreaterThan(1);
    expect(fake.syncs).toBe(1 + report.requests.length);
    expect(report.maxRequestBytes).toBeLessThanOrEqual(DEFAULT_BUDGET_BYTES);
    const writeRequests = fake.requests.slice(1);
    writeRequests.forEach((r, i) => {
      expect(r.writeBytes).toBeLessThanOrEqual(report.requests[i].estimatedBytes);
      expect(r.writeBytes).toBeLessThanOrEqual(DEFAULT_BUDGET_BYTES);
    });
    expect(writtenRows(fake, SUMMARY)).toMatchObject({ first: 1, last: 100_000 });
    // Each request but the last suspends calculation again (it lasts until the next sync); the last
    // recalculates once, just before its sync, so a workbook set to manual calculation shows the new figures.
    expect(fake.did('Application.suspendApiCalculationUntilNextSync')).toHaveLength(report.requests.length - 1);
    expect(fake.did('Application.calculate').map((a) => a.value)).toEqual(['Recalculate']);
    const calcLog = fake.log.filter((a) => a.what === 'Application.calculate' || a.what === 'sync');
    expect(calcLog.slice(-2)).toEqual([
      { what: 'Application.calculate', value: 'Recalculate' },
      { what: 'sync', ok: true },
    ]);
    expect(calcLog.filter((a) => a.what === 'sync')).toHaveLength(1 + report.requests.length);
    // Formats and links come after the values they format.
    const last = fake.log.filter((a) => a.what.startsWith('Range')).pop()!;
    expect(fake.excel.activeSheet()).toBe(SUMMARY);
    expect(last.sheet).toBe(SUMMARY);
  });

  it('after a payload-size error on the first write request, probes again and resends in smaller slices', async () => {
    const fake = new FakeWorkbook(inputs(), oldNames);
    fake.limitBytes = 2_500_000; // stricter than the 4 MB budget assumes
    const report = await applyPlan(fake.context, summaryPlan(30_000, 4), ALL_FEATURES);

    expect(report.retries).toBe(1);
    expect(report.budgetBytes).toBe(DEFAULT_BUDGET_BYTES / 2);
    expect(report.requests[0]).toMatchObject({ ok: false });
    // probe, refused request, probe again, then the accepted requests
    expect(fake.syncs).toBe(1 + 1 + 1 + report.requests.filter((r) => r.ok).length);
    expect(fake.added).toEqual([SUMMARY]); // the refused request applied nothing; the sheet is added once
    expect(writtenRows(fake, SUMMARY)).toMatchObject({ first: 1, last: 30_000 });
  });

  it('after a payload-size error on a later request, resends only that request and the rest, without probing again', async () => {
    const fake = new FakeWorkbook(inputs(), oldNames);
    const tooLarge = richApiError(
      'RequestPayloadSizeLimitExceeded',
      'The request payload size has exceeded the limit.',
    );
    fake.excel.failSync(tooLarge, { after: 2 }); // request 0 is the probe, 1 the first write
    const report = await applyPlan(fake.context, summaryPlan(100_000, 6), ALL_FEATURES);

    expect(report.retries).toBe(1);
    expect(report.requests.filter((r) => !r.ok)).toHaveLength(1);
    expect(fake.syncs).toBe(1 + report.requests.length); // one probe only
    expect(fake.added).toEqual([SUMMARY]);
    expect(writtenRows(fake, SUMMARY)).toMatchObject({ first: 1, last: 100_000 });
  });

  it('gives up with an ApplyError after bounded retries when every request is refused as too large', async () => {
    const fake = new FakeWorkbook(inputs(), oldNames);
    // Above the probe's small response (sheet list, names, protection), below any write request.
    fake.limitBytes = 1_000;
    const error: ApplyError = await applyPlan(fake.context, summaryPlan(50), ALL_FEATURES, { maxRetries: 4 }).then(
      () => {
        throw new Error('expected a failure');
      },
      (e: ApplyError) => e,
    );
    expect(error).toBeInstanceOf(ApplyError);
    expect(error.gaveUp).toBe(true);
    expect(error.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(error.written).toEqual([]);
    expect(fake.requests.filter((r) => !r.ok).length).toBeLessThanOrEqual(5);
    expect(toUserError(error).title.en).toMatch(/too large for Excel on the web/);
  });

  it('on Excel on the web, a GeneralException for a large write request is a size refusal: retried in smaller slices', async () => {
    const fake = new FakeWorkbook(inputs(), oldNames);
    fake.generalExceptionOverBytes = 2_500_000; // older Excel on the web, no payload code
    const report = await applyPlan(fake.context, summaryPlan(30_000, 4), ALL_FEATURES, { web: true });
    expect(report.retries).toBe(1);
    expect(report.budgetBytes).toBe(DEFAULT_BUDGET_BYTES / 2);
    expect(fake.added).toEqual([SUMMARY]);
    expect(writtenRows(fake, SUMMARY)).toMatchObject({ first: 1, last: 30_000 });
  });

  it('a GeneralException on the desktop, or one that persists on the web, is told as an internal error or a size refusal', async () => {
    const desktop = new FakeWorkbook(inputs(), oldNames);
    desktop.generalExceptionOverBytes = 2_500_000;
    const e1 = (await applyPlan(desktop.context, summaryPlan(30_000, 4), ALL_FEATURES).catch(
      (e: unknown) => e,
    )) as ApplyError;
    expect(e1).toBeInstanceOf(ApplyError);
    expect([e1.code, e1.gaveUp]).toEqual(['GeneralException', false]);
    expect(toUserError(e1).title.en).toBe('Excel reported an internal error. Save your work and try again');

    const web = new FakeWorkbook(inputs(), oldNames);
    web.generalExceptionOverBytes = 1_000;
    const e2 = (await applyPlan(web.context, summaryPlan(50), ALL_FEATURES, { web: true, maxRetries: 3 }).catch(
      (e: unknown) => e,
    )) as ApplyError;
    expect([e2.code, e2.gaveUp]).toEqual(['GeneralException', true]);
    expect(web.requests.filter((r) => !r.ok).length).toBeLessThanOrEqual(4);
    expect(toUserError(e2).title.en).toMatch(/too large for Excel on the web/);
  });

  it('a sheet protected after the probe looked: the write is refused with AccessDenied, told as protection in Thai and English', async () => {
    const fake = new FakeWorkbook([...inputs(), { name: SUMMARY, values: [['เก่า']] }], oldNames);
    // Someone clicked Protect Sheet after the probe (request 0) looked.
    fake.excel.afterSync((i) => i === 0 && fake.excel.protectSheet(SUMMARY));
    const error = (await applyPlan(fake.context, summaryPlan(10), ALL_FEATURES).catch((e: unknown) => e)) as ApplyError;
    expect(error).toBeInstanceOf(ApplyError);
    expect(error.code).toBe('AccessDenied');
    const user = toUserError(error);
    expect(user.title.th).toContain('ถูกป้องกัน');
    expect(user.title.en).toContain('protected');
    // Excel's own words come with the explanation.
    expect(user.detail).toContain(fake.excel.state.errors[0].message);
    // The request starts by clearing the old summary, which the protection refuses: nothing after
    // it ran, the user's old summary is as it was, and the error says the request may be partly done.
    expect(fake.namesAdded).toEqual([]);
    expect(fake.excel.values(SUMMARY)).toEqual([['เก่า']]);
    expect(error.partial.map((w) => w.en)).toContain('defined names: ITA_TOTAL');

    // An input sheet the plan appends to, protected after the probe: the request is refused at that
    // write, late in it, and what ran before (the names, the summary) stays: a request is not a transaction.
    const later = new FakeWorkbook(inputs(), oldNames);
    later.excel.afterSync((i) => i === 0 && later.excel.protectSheet('คะแนน'));
    const plan = summaryPlan(10);
    plan.blocks.push({ sheet: 'คะแนน', top: 20, left: 0, cells: [[{ text: 'มาตรการใหม่' }]] });
    const late = (await applyPlan(later.context, plan, ALL_FEATURES).catch((e: unknown) => e)) as ApplyError;
    expect(late.code).toBe('AccessDenied');
    expect(later.namesAdded.map((n) => n.name)).toContain('ITA_TOTAL');
    expect(later.excel.cell(SUMMARY, 'A2').value).toBe('ตัวชี้วัดที่ 1');
    expect(later.excel.cell('คะแนน', 'A21').value).toBe('');
    expect(late.partial.map((w) => w.en)).toContain('defined names: ITA_TOTAL');
  });

  it('deletes a very hidden sheet of ours by making it hidden first, in the same request (Excel refuses to delete a very hidden sheet)', async () => {
    const old = 'ปัญหาเก่า';
    const fake = new FakeWorkbook([...inputs(), { name: old, values: [['x']], visibility: 'VeryHidden' }], oldNames);
    const plan = summaryPlan(10);
    plan.deleteSheets.push(old);
    const report = await applyPlan(fake.context, plan, ALL_FEATURES);
    expect(fake.deleted).toEqual([old]);
    expect(fake.syncs).toBe(2);
    expect(report.written.map((w) => w.en)).toContain(`deleted sheet '${old}'`);

    // The stand-in refuses as Excel does when the sheet is deleted while very hidden.
    // What the request did before the refused delete stays done, what came after does not.
    const direct = new FakeWorkbook([{ name: old, values: [['x']], visibility: 'VeryHidden' }]);
    direct.context.workbook.worksheets.add('ก่อน');
    direct.context.workbook.worksheets.getItem(old).delete();
    direct.context.workbook.worksheets.add('หลัง');
    await expect(direct.context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    expect(direct.deleted).toEqual([]);
    expect(direct.added).toEqual(['ก่อน']);
  });

  it('in cell edit mode, fails with an ApplyError that says nothing was written, in Thai and English', async () => {
    const fake = new FakeWorkbook(inputs(), oldNames);
    fake.excel.failSync(richApiError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.'));
    const error = await applyPlan(fake.context, summaryPlan(10), ALL_FEATURES).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApplyError);
    expect((error as ApplyError).written).toEqual([]);
    const user = toUserError(error);
    expect(user.code).toBe('InvalidOperationInCellEditMode');
    expect(user.title).toEqual({
      th: 'กรุณากด Enter หรือ Esc เพื่อออกจากการแก้ไขเซลล์ แล้วลองอีกครั้ง',
      en: 'Finish editing the cell (press Enter or Esc) and try again',
    });
    expect(user.detail).toContain('nothing was written');
    expect(user.partial).toBeUndefined(); // Excel refuses the whole request in edit mode
  });

  it('on a protected sheet midway, fails with an ApplyError listing what was already written', async () => {
    const fake = new FakeWorkbook(inputs(), oldNames);
    fake.excel.failSync(richApiError('AccessDenied', 'The cell or chart is on a protected sheet.'), { after: 2 });
    const error = (await applyPlan(fake.context, summaryPlan(100_000, 6), ALL_FEATURES).catch(
      (e: unknown) => e,
    )) as ApplyError;
    expect(error).toBeInstanceOf(ApplyError);
    expect(error.code).toBe('AccessDenied');
    const written = error.written.map((w) => w.en);
    expect(written).toEqual(expect.arrayContaining([`created sheet 'สรุปผล ITA'`, 'defined names: ITA_TOTAL']));
    expect(written.some((w) => w.startsWith(`'สรุปผล ITA'!A2:F`))).toBe(true);
    // Told in Thai too: the pane lists these steps to a Thai planner.
    expect(error.written.map((w) => w.th)).toEqual(
      expect.arrayContaining([`สร้างชีต 'สรุปผล ITA'`, 'กำหนดชื่อ: ITA_TOTAL']),
    );
    const user = toUserError(error);
    expect(user.title.th).toContain('ถูกป้องกัน');
    expect(user.title.en).toContain('protected');
    expect(user.written).toEqual(error.written);
    // A request is not a transaction: the failed one may be partly done, and the error says so.
    expect(error.partial.length).toBeGreaterThan(0);
    expect(error.partial.some((w) => w.en.startsWith(`'สรุปผล ITA'!`))).toBe(true);
    expect(user.partial).toEqual(error.partial);
  });

  it('a protected summary sheet stops the recompute after the probe: nothing written, no name deleted, the sheet named', async () => {
    const fake = new FakeWorkbook([...inputs(), { name: SUMMARY, values: [['เก่า']], protected: true }], oldNames);
    const error = (await applyPlan(fake.context, summaryPlan(10), ALL_FEATURES).catch((e: unknown) => e)) as ApplyError;
    expect(error).toBeInstanceOf(ApplyError);
    expect(error.cause).toBeInstanceOf(ProtectedError);
    expect(fake.syncs).toBe(1);
    expect([error.written, error.partial, fake.namesDeleted, fake.added]).toEqual([[], [], [], []]);
    const user = toUserError(error);
    expect(user.code).toBe('AccessDenied');
    expect(user.title.th).toBe(
      `ชีต '${SUMMARY}' ถูกป้องกัน (Protect) จึงเขียนไม่ได้ กรุณายกเลิกการป้องกันแผ่นงาน (รีวิว > ยกเลิกการป้องกันแผ่นงาน) แล้วลองอีกครั้ง`,
    );
    expect(user.title.en).toBe(
      `Sheet '${SUMMARY}' is protected, so the add-in cannot write to it. Unprotect (Review > Unprotect Sheet) and try again`,
    );
  });

  it('a workbook whose structure is protected stops a plan that adds a sheet, but not one that only rewrites its own', async () => {
    const locked = new FakeWorkbook(inputs(), oldNames, { workbookProtected: true });
    const error = (await applyPlan(locked.context, summaryPlan(10), ALL_FEATURES).catch(
      (e: unknown) => e,
    )) as ApplyError;
    expect(error.cause).toMatchObject({ sheets: [], workbook: true });
    expect(toUserError(error).title.en).toMatch(/^The workbook's structure is protected/);
    expect(locked.added).toEqual([]);

    const existing = new FakeWorkbook([...inputs(), { name: SUMMARY, values: [['เก่า']] }], oldNames, {
      workbookProtected: true,
    });
    await expect(applyPlan(existing.context, summaryPlan(10), ALL_FEATURES)).resolves.toMatchObject({ retries: 0 });

    // Before ExcelApi 1.7 Excel cannot tell; the write is tried and Excel's own error reaches the user.
    const old = new FakeWorkbook(inputs(), oldNames, { workbookProtected: true });
    const refused = (await applyPlan(old.context, summaryPlan(10), {
      ...ALL_FEATURES,
      workbookProtection: false,
    }).catch((e: unknown) => e)) as ApplyError;
    expect(refused).toBeInstanceOf(ApplyError);
    expect(refused.code).toBe('AccessDenied');
    expect(old.added).toEqual([]);
  });

  it('writes text that Excel would parse (=, +, -, @, digits, TRUE, a leading apostrophe) with the apostrophe text prefix, so it stays text', async () => {
    const fake = new FakeWorkbook(inputs());
    const plan = emptyPlan();
    plan.sheets.push({ name: 'มาตรการ ITA', columnWidths: [] });
    const texts = [
      '=HYPERLINK("http://x")',
      '+66 2 123 4567',
      '-',
      '@home',
      '0012',
      '1/2',
      'TRUE',
      "'quoted",
      '#N/A',
      'ปกติ',
      '',
    ];
    plan.blocks.push({
      sheet: 'มาตรการ ITA',
      top: 0,
      left: 0,
      cells: [
        [
          ...texts.map((text) => ({ text })),
          { formula: 'SUM(A1:A2)', cached: 0 },
          { number: 85.5 },
          { bool: true },
          null,
        ],
      ],
    });
    await applyPlan(fake.context, plan, ALL_FEATURES);
    const [write] = fake.writes('มาตรการ ITA');
    expect(write.value).toEqual([
      [
        `'=HYPERLINK("http://x")`,
        "'+66 2 123 4567",
        "'-",
        "'@home",
        "'0012",
        "'1/2",
        "'TRUE",
        "''quoted",
        "'#N/A",
        'ปกติ',
        '',
        '=SUM(A1:A2)',
        85.5,
        true,
        null, // null leaves the cell unchanged
      ],
    ]);
  });

  it('without ExcelApi 1.8 writes no drop-down list and reports it; without 1.7 links become HYPERLINK formulas', async () => {
    const { features, notices } = detectFeatures(excelApiUpTo(6));
    expect(notices.map((n) => n.en)).toContain('Drop-down lists need a newer Excel (ExcelApi 1.8)');
    expect(notices.map((n) => n.th)).toContain('ไม่สามารถสร้างรายการให้เลือก (drop-down) ได้ใน Excel รุ่นนี้');

    // The stand-in at ExcelApi 1.6 too: an API of a later set would fail the request (ApiNotFound).
    const fake = new FakeWorkbook(inputs(), oldNames, { requirementSets: { ExcelApi: '1.6' } });
    const report = await applyPlan(fake.context, summaryPlan(10), features);
    expect(fake.did('DataValidation.rule=')).toEqual([]);
    expect(fake.did('Range.hyperlink=')).toEqual([]);
    expect(report.skipped.map((s) => [s.part, s.count])).toEqual([
      ['validations', 1],
      ['freezePanes', 1],
      ['tabColor', 1],
      ['pageLayout', 1],
    ]);
    expect(report.substituted).toEqual([expect.objectContaining({ part: 'hyperlinks', count: 1 })]);
    const link = fake.writes(SUMMARY).find((w) => w.address === 'A2')!;
    expect(link.value).toEqual([[`=HYPERLINK("#'คะแนน'!C7","ตัวชี้วัดที่ 1")`]]);
    expect(fake.did('WorksheetFreezePanes.freezeRows')).toEqual([]);
    expect(fake.did('Worksheet.tabColor=')).toEqual([]);
    expect(fake.did('Application.calculate').map((a) => a.value)).toEqual(['Recalculate']); // ExcelApi 1.1: one request, no suspension
    expect(fake.did('Application.suspendScreenUpdatingUntilNextSync')).toEqual([]); // 1.9 is not
    expect(fake.excel.state.errors).toEqual([]);
  });

  it('writes a named fix only where the cell still holds the text that was found', async () => {
    const fake = new FakeWorkbook([
      { name: 'คะแนน', values: [['๘๕', '๙๐', 'ร้อยละ ๗๐', 77]], formulas: { C1: '="ร้อยละ ๗๐"' } },
    ]);
    const plan = emptyPlan();
    plan.fixes = [
      { sheet: 'คะแนน', cell: cellRef('A1'), found: '๘๕', number: 85 },
      { sheet: 'คะแนน', cell: cellRef('B1'), found: '๙๑', number: 91 }, // edited since it was read
      { sheet: 'คะแนน', cell: cellRef('C1'), found: 'ร้อยละ ๗๐', number: 70 }, // a formula now
      { sheet: 'คะแนน', cell: cellRef('D1'), found: '๗๗', number: 77 }, // already fixed
    ];
    const report = await applyPlan(fake.context, plan, ALL_FEATURES);
    expect(fake.syncs).toBe(2);
    expect(fake.writes('คะแนน').map((w) => [w.address, w.value])).toEqual([['A1', [[85]]]]);
    expect(fake.excel.values('คะแนน')).toEqual([[85, '๙๐', 'ร้อยละ ๗๐', 77]]);
    expect(report.skipped).toEqual([
      expect.objectContaining({ part: 'fixes', count: 2, where: ["'คะแนน'!B1", "'คะแนน'!C1"] }),
    ]);
    expect(report.written.map((w) => w.en)).toEqual(["fixed cells: 'คะแนน'!A1"]);
  });

  it('refuses, before any round trip, on an Excel below ExcelApi 1.4', async () => {
    const fake = new FakeWorkbook(inputs());
    const { features } = detectFeatures(excelApiUpTo(1));
    const error = (await applyPlan(fake.context, summaryPlan(10), features).catch((e: unknown) => e)) as ApplyError;
    expect(error).toBeInstanceOf(ApplyError);
    expect(error.code).toBe('ApiNotFound');
    expect(fake.syncs).toBe(0);
    expect(toUserError(error).title.en).toContain('update Excel');
  });

  it('appends to an input sheet without a probe when the plan owns no sheet or name: 1 sync', async () => {
    const fake = new FakeWorkbook(inputs());
    const plan = emptyPlan();
    plan.blocks.push({ sheet: 'คะแนน', top: 10, left: 0, cells: [[{ text: 'มาตรการใหม่' }, null, { number: 1 }]] });
    const report = await applyPlan(fake.context, plan, ALL_FEATURES);
    expect(fake.syncs).toBe(1);
    expect(report.written.map((w) => w.en)).toEqual(["'คะแนน'!A11:C11"]);
  });
});
