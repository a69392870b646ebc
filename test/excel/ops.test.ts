import fc from 'fast-check';
import { ALL_FEATURES, ExcelFeatures } from '../../src/excel/features';
import { planDataOps } from '../../src/excel/data-ops';
import { describeOps } from '../../src/excel/describe-ops';
import { Op, WriteOp, dependsOnProbe, writeAddress } from '../../src/excel/ops';
import { packOps, takeRows } from '../../src/excel/pack';
import { fixStillApplies, planProbeOps, planStructureOps, protectionConflicts } from '../../src/excel/probe-ops';
import { batchBytes } from '../../src/excel/payload';
import { emptyPlan, PlanCell, WritePlan } from '../../src/workbook/plan';
import { a4Page } from '../../src/workbook/print';
import { quoteSheet } from '../../src/workbook/snapshot';
import { cellRef } from '../../src/domain/refs';

function blockPlan(rows: number, cols = 2): WritePlan {
  const plan = emptyPlan();
  const cells: PlanCell[][] = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => (c === 0 ? { text: `แถวที่ ${r}` } : { number: r + c })),
  );
  plan.blocks.push({ sheet: 'S', top: 3, left: 1, cells });
  return plan;
}

function onlyWrite(plan: WritePlan): WriteOp {
  const [op] = planDataOps(plan, ALL_FEATURES).ops;
  if (op.kind !== 'write') throw new Error('expected a write');
  return op;
}

describe('takeRows', () => {
  it('takes the rows that fit and leaves the rest as another write of the same block', () => {
    const op = onlyWrite(blockPlan(100));
    const [head, tail] = takeRows(op, op.bytes / 2, false);
    expect(head!.start).toBe(0);
    expect(tail!.start).toBe(head!.end);
    expect(tail!.end).toBe(100);
    expect(head!.bytes).toBeLessThanOrEqual(op.bytes / 2);
    expect(writeAddress(head!)).toBe(`B4:C${3 + head!.end}`);
  });

  it('takes nothing when not even one row fits, unless forced to take one', () => {
    const op = onlyWrite(blockPlan(3));
    expect(takeRows(op, 10, false)).toEqual([undefined, op]);
    const [head] = takeRows(op, 10, true);
    expect(head!.end - head!.start).toBe(1);
  });
});

describe('packOps', () => {
  it('fills each request up to the budget, cutting writes between rows, covering every row once in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 6_000, max: 200_000 }), (rows, budget) => {
        const { ops } = planDataOps(blockPlan(rows), ALL_FEATURES);
        const batches = packOps(ops, budget);
        let next = 0;
        for (const batch of batches) {
          expect(batchBytes(batch)).toBeLessThanOrEqual(budget);
          for (const op of batch as WriteOp[]) {
            expect(op.start).toBe(next);
            next = op.end;
          }
        }
        expect(next).toBe(rows);
      }),
    );
  });

  it('puts every operation decided from the probe in the first request, then fills it with data', () => {
    const plan = blockPlan(1000);
    plan.sheets.push({ name: 'S', columnWidths: [] });
    plan.names.push({ name: 'ITA_TOTAL', sheet: 'S', ref: 'B4' });
    const probe = planStructureOps(plan, { sheets: [], names: [] }, ALL_FEATURES);
    const batches = packOps(planDataOps(plan, ALL_FEATURES).ops, 20_000, probe);
    expect(batches[0].slice(0, 2).map((op) => op.kind)).toEqual(['addSheet', 'addName']);
    expect(batches[0].some((op) => op.kind === 'write')).toBe(true);
    expect(batches.slice(1).flat().some(dependsOnProbe)).toBe(false);
  });

  it('never lets a format overtake the values it formats', () => {
    const plan = blockPlan(2000);
    plan.styles.push({ sheet: 'S', range: 'B4:C4', bold: true });
    const order = packOps(planDataOps(plan, ALL_FEATURES).ops, 10_000)
      .flat()
      .map((op) => op.kind);
    expect(order.indexOf('style')).toBe(order.length - 1);
  });
});

describe('planStructureOps', () => {
  const plan = (): WritePlan => {
    const p = emptyPlan();
    p.sheets.push({ name: 'สรุปผล ITA', columnWidths: [] }, { name: 'ปัญหา ITA', columnWidths: [] });
    p.deleteSheets.push('ปัญหาเก่า', 'ไม่มีแล้ว');
    p.names.push({ name: 'ITA_TOTAL', sheet: 'สรุปผล ITA', ref: 'B5' });
    p.deleteNames.push('ITA_OLD', 'ITA_GONE');
    return p;
  };

  it('clears owned sheets that exist (matched ignoring case, addressed by their own name) and adds the others', () => {
    const ops = planStructureOps(plan(), { sheets: ['สรุปผล ita', 'ปัญหาเก่า'], names: [] }, ALL_FEATURES);
    expect(
      ops
        .filter((o) => o.kind === 'clearSheet' || o.kind === 'addSheet')
        .map((o) => [o.kind, 'sheet' in o ? o.sheet : '']),
    ).toEqual([
      ['clearSheet', 'สรุปผล ita'],
      ['addSheet', 'ปัญหา ITA'],
    ]);
    expect(ops.filter((o) => o.kind === 'deleteSheet').map((o) => ('sheet' in o ? o.sheet : ''))).toEqual(['ปัญหาเก่า']);
  });

  it('deletes only names that exist, then defines the plan names', () => {
    const ops = planStructureOps(plan(), { sheets: [], names: ['ita_total', 'ITA_OLD', 'USER_NAME'] }, ALL_FEATURES);
    expect(ops.filter((o) => o.kind === 'deleteName').map((o) => ('name' in o ? o.name : ''))).toEqual([
      'ITA_OLD',
      'ita_total',
    ]);
    expect(ops[ops.length - 1]).toMatchObject({ kind: 'addName', name: 'ITA_TOTAL', sheet: 'สรุปผล ITA', ref: 'B5' });
  });

  it('touches names only after every sheet change (a request is not a transaction: a failed clear must leave the names)', () => {
    const ops = planStructureOps(
      plan(),
      { sheets: ['สรุปผล ITA', 'ปัญหาเก่า'], names: ['ITA_TOTAL', 'ITA_OLD'] },
      ALL_FEATURES,
    );
    const kinds = ops.map((o) => o.kind);
    const lastSheetOp = Math.max(
      kinds.lastIndexOf('clearSheet'),
      kinds.lastIndexOf('addSheet'),
      kinds.lastIndexOf('deleteSheet'),
    );
    expect(kinds.indexOf('deleteName')).toBeGreaterThan(lastSheetOp);
  });

  it('finds what protection would stop: protected sheets it clears or deletes, and sheet additions in a protected workbook', () => {
    const ops = planStructureOps(plan(), { sheets: ['สรุปผล ITA', 'ปัญหาเก่า', 'คะแนน'], names: [] }, ALL_FEATURES);
    expect(protectionConflicts(ops, { protectedSheets: ['สรุปผล ita', 'คะแนน'], workbookProtected: false })).toEqual({
      sheets: ['สรุปผล ITA'],
      workbook: false,
    });
    expect(protectionConflicts(ops, { protectedSheets: [], workbookProtected: true })).toEqual({
      sheets: [],
      workbook: true,
    });
    const rewriteOnly = planStructureOps(plan(), { sheets: ['สรุปผล ITA', 'ปัญหา ITA'], names: [] }, ALL_FEATURES);
    expect(protectionConflicts(rewriteOnly, { protectedSheets: [], workbookProtected: true })).toEqual({
      sheets: [],
      workbook: false,
    });
  });

  it('clears drop-downs and frozen panes only where this Excel has those APIs', () => {
    const old: ExcelFeatures = { ...ALL_FEATURES, dataValidation: false, freezePanes: false };
    const [clear] = planStructureOps(plan(), { sheets: ['สรุปผล ITA'], names: [] }, old).filter(
      (o) => o.kind === 'clearSheet',
    );
    expect(clear).toMatchObject({ clearValidation: false, unfreeze: false });
  });
});

describe('fixes', () => {
  it('apply only to constant text equal to what was found', () => {
    expect(fixStillApplies('๘๕', '๘๕', '๘๕')).toBe(true);
    expect(fixStillApplies('๘๕', '๙๐', '๙๐')).toBe(false); // edited
    expect(fixStillApplies('๘๕', '๘๕', '="๘๕"')).toBe(false); // a formula now
    expect(fixStillApplies('85', 85, 85)).toBe(false); // a number already
  });

  it('are decided from the probe and marked so a retry decides them again', () => {
    const plan = emptyPlan();
    plan.fixes = [{ sheet: 'คะแนน', cell: cellRef('C7'), found: '๘๕', number: 85 }];
    const { ops, skipped } = planProbeOps(
      plan,
      {
        sheets: ['คะแนน'],
        names: [],
        fixCells: [{ value: '๘๕', formula: '๘๕' }],
        protectedSheets: [],
        workbookProtected: false,
      },
      ALL_FEATURES,
    );
    expect(skipped).toEqual([]);
    expect(ops).toHaveLength(1);
    expect(ops[0]).toMatchObject({ kind: 'write', fix: "'คะแนน'!C7", top: 6, left: 2 });
    expect(dependsOnProbe(ops[0])).toBe(true);
  });
});

describe('planDataOps degrades with the features', () => {
  const plan = (): WritePlan => {
    const p = emptyPlan();
    p.sheets.push({
      name: 'ปัญหา ITA',
      columnWidths: [20],
      freezeRows: 1,
      tabColor: '#C00000',
      page: a4Page('landscape'),
    });
    p.blocks.push({ sheet: 'ปัญหา ITA', top: 1, left: 0, cells: [[{ text: 'คะแนน!C7' }]] });
    p.hyperlinks.push({ sheet: 'ปัญหา ITA', cell: cellRef('A2'), to: { sheet: 'คะแนน', cell: cellRef('C7') } });
    p.hyperlinks.push({ sheet: 'คะแนน', cell: cellRef('Z1'), to: { url: 'https://example.go.th' } });
    p.validations.push({ sheet: 'มาตรการ', range: 'D2:D20', list: ['ยังไม่เริ่ม', 'เสร็จแล้ว'] });
    return p;
  };
  const kinds = (ops: Op[]) => ops.map((o) => o.kind);

  it('with every feature, writes everything', () => {
    const { ops, skipped, substituted } = planDataOps(plan(), ALL_FEATURES);
    expect(kinds(ops)).toEqual([
      'write',
      'columnWidth',
      'hyperlink',
      'hyperlink',
      'validation',
      'freezeRows',
      'tabColor',
      'page',
    ]);
    expect(skipped).toEqual([]);
    expect(substituted).toEqual([]);
  });

  it('on ExcelApi 1.4 (Office 2016 updated) skips lists, panes, tab colours and page layout, and writes links as formulas on owned sheets only', () => {
    const only14: ExcelFeatures = {
      ...ALL_FEATURES,
      suspendCalculation: false,
      hyperlinks: false,
      tabColor: false,
      freezePanes: false,
      dataValidation: false,
      suspendScreenUpdating: false,
      pageLayout: false,
    };
    const { ops, skipped, substituted } = planDataOps(plan(), only14);
    expect(kinds(ops)).toEqual(['write', 'write', 'columnWidth']);
    expect((ops[1] as WriteOp).grids.formulas).toEqual([[`=HYPERLINK("#'คะแนน'!C7","คะแนน!C7")`]]);
    expect(skipped.map((s) => [s.part, s.count, s.where])).toEqual([
      ['hyperlinks', 1, ["'คะแนน'!Z1"]],
      ['validations', 1, ["'มาตรการ'!D2:D20"]],
      ['freezePanes', 1, ["'ปัญหา ITA'"]],
      ['tabColor', 1, ["'ปัญหา ITA'"]],
      ['pageLayout', 1, ["'ปัญหา ITA'"]],
    ]);
    expect(skipped[1].reason.en).toBe('not supported by this Excel (needs ExcelApi 1.8)');
    expect(substituted).toEqual([expect.objectContaining({ part: 'hyperlinks', count: 1 })]);
  });

  it('writes the sheet font over the written area before styles, row heights in runs, data bars and charts', () => {
    const p = plan();
    p.sheets[0].font = { name: 'TH Sarabun New', size: 16 };
    p.sheets[0].rowHeights = [
      { row: 1, points: 30 },
      { row: 2, points: 30 },
      { row: 4, points: 55 },
    ];
    p.styles.push({ sheet: 'ปัญหา ITA', range: 'A1', bold: true });
    p.dataBars.push({ sheet: 'ปัญหา ITA', range: 'B2:B4', color: '#2E7D32', min: 0, max: 100 });
    p.charts.push({
      sheet: 'ปัญหา ITA',
      name: 'ITA_CHART',
      kind: 'bar',
      source: 'J1:L11',
      title: 'ตัวชี้วัด',
      at: 'J13:Q30',
    });
    const { ops, skipped } = planDataOps(p, ALL_FEATURES);
    const k = kinds(ops);
    expect(k.indexOf('sheetFont')).toBeLessThan(k.indexOf('style'));
    expect(ops.find((o) => o.kind === 'sheetFont')).toMatchObject({ address: 'A1:A2' });
    expect(
      ops
        .filter((o) => o.kind === 'rowHeight')
        .map((o) => [(o as { address: string }).address, (o as { points: number }).points]),
    ).toEqual([
      ['A2:A3', 30],
      ['A5:A5', 55],
    ]);
    expect(k.filter((x) => x === 'dataBar' || x === 'chart')).toEqual(['dataBar', 'chart']);
    expect(skipped).toEqual([]);
  });

  it('below ExcelApi 1.6 skips data bars with a note, but still draws the chart (ExcelApi 1.1)', () => {
    const p = plan();
    p.dataBars.push({ sheet: 'ปัญหา ITA', range: 'B2:B4', color: '#2E7D32', min: 0, max: 100 });
    p.charts.push({
      sheet: 'ปัญหา ITA',
      name: 'ITA_CHART',
      kind: 'bar',
      source: 'J1:L11',
      title: 'ตัวชี้วัด',
      at: 'J13:Q30',
    });
    const { ops, skipped } = planDataOps(p, { ...ALL_FEATURES, conditionalFormats: false });
    expect(kinds(ops)).toContain('chart');
    expect(kinds(ops)).not.toContain('dataBar');
    expect(skipped).toEqual([expect.objectContaining({ part: 'dataBars', count: 1, where: ["'ปัญหา ITA'!B2:B4"] })]);
    expect(skipped[0].reason.en).toBe('not supported by this Excel (needs ExcelApi 1.6)');
  });

  it('skips a list Excel cannot hold as text and says why', () => {
    const p = plan();
    p.validations = [{ sheet: 'มาตรการ', range: 'D2', list: ['ก, ข', 'ค'] }];
    const { skipped } = planDataOps(p, ALL_FEATURES);
    expect(skipped[0]).toMatchObject({ part: 'validations', count: 1 });
    expect(skipped[0].reason.en).toMatch(/comma/);
  });
});

describe('describeOps', () => {
  it('names each block slice by address and groups small operations by sheet', () => {
    const plan = blockPlan(3);
    plan.sheets.push({ name: 'S', columnWidths: [] });
    plan.styles.push({ sheet: 'S', range: 'A1', bold: true }, { sheet: 'S', range: 'A2', bold: true });
    plan.names.push({ name: 'ITA_TOTAL', sheet: 'S', ref: 'B4' }, { name: 'ITA_GRADE', sheet: 'S', ref: 'B5' });
    const probe = planStructureOps(plan, { sheets: ['S'], names: [] }, ALL_FEATURES);
    expect(describeOps([...probe, ...planDataOps(plan, ALL_FEATURES).ops]).map((w) => w.en)).toEqual([
      `cleared sheet ${quoteSheet('S')}`,
      'defined names: ITA_TOTAL, ITA_GRADE',
      `${quoteSheet('S')}!B4:C6`,
      `formats on ${quoteSheet('S')}: A1, A2`,
    ]);
  });

  it('says the same in Thai, which the pane shows a Thai planner when a write fails part way', () => {
    const plan = blockPlan(3);
    plan.sheets.push({ name: 'S', columnWidths: [] });
    plan.styles.push({ sheet: 'S', range: 'A1', bold: true }, { sheet: 'S', range: 'A2', bold: true });
    const probe = planStructureOps(plan, { sheets: [], names: [] }, ALL_FEATURES);
    expect(describeOps([...probe, ...planDataOps(plan, ALL_FEATURES).ops]).map((w) => w.th)).toEqual([
      `สร้างชีต ${quoteSheet('S')}`,
      `${quoteSheet('S')}!B4:C6`,
      `รูปแบบเซลล์ในชีต ${quoteSheet('S')}: A1, A2`,
    ]);
  });
});
