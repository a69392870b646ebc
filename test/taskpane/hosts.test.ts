/**
 * The two WorkbookHosts: the in-browser one over the real ExcelJS adapter,
 * and the Excel one over a stand-in for Excel.run.
 */
import * as ExcelJS from 'exceljs';
import { BrowserHost, resultFileName, SAMPLE_URL } from '../../src/taskpane/browser-host';
import { createExcelHost, describeSkipped } from '../../src/taskpane/excel-host';
import { HostError, userErrorOf } from '../../src/taskpane/errors';
import { analyzeWorkbook, planResults } from '../../src/workbook';
import { emptyPlan } from '../../src/workbook/plan';

const adapter = () => import('../../src/xlsx');

async function chiangMaiXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const settings = wb.addWorksheet('ตั้งค่า');
  settings.addRow(['หน่วยงาน', 'เทศบาลนครเชียงใหม่']);
  settings.addRow(['ปีงบประมาณ', 2565]);
  const scores = wb.addWorksheet('คะแนน');
  scores.addRow(['ตัวชี้วัด', 'คะแนน']);
  [96.5, 93.11, 91.57, 89.02, 92.45, 93.93, 89.78, 93.24, 97.78, 100].forEach((v, i) => scores.addRow([i + 1, v]));
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('BrowserHost', () => {
  test('opens an .xlsx, reads it, applies the results plan, and saves "<name>.ita.xlsx" that opens again', async () => {
    const saved: { data: Blob; name: string }[] = [];
    const host = new BrowserHost(adapter, undefined, (data, name) => saved.push({ data, name }));
    const listener = jest.fn();
    host.subscribe(listener);
    expect(host.hasWorkbook).toBe(false);
    await expect(host.read()).rejects.toBeInstanceOf(HostError);

    await host.openBuffer(await chiangMaiXlsx(), 'รายงาน ITA 2565.xlsx');
    expect(host.fileName).toBe('รายงาน ITA 2565.xlsx');
    expect(listener).toHaveBeenCalled();
    const snapshot = await host.read();
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['ตั้งค่า', 'คะแนน']);

    const analysis = analyzeWorkbook(snapshot, { today: '2025-01-15' });
    expect(analysis.assessment?.totalShown).toBe(95.01);
    const { plan } = planResults(analysis, snapshot, { computedAt: '2025-01-15T00:00:00Z', lang: 'th' });
    expect(await host.apply(plan)).toEqual({ skipped: [] });
    expect(host.changed).toBe(true);
    const after = await host.read();
    expect(after.sheets.map((s) => s.name)).toContain('สรุปผล ITA');
    expect(after.names.map((n) => n.name)).toContain('ITA_TOTAL');

    expect(await host.download()).toBe('รายงาน ITA 2565.ita.xlsx');
    expect(saved).toHaveLength(1);
    expect(saved[0].name).toBe('รายงาน ITA 2565.ita.xlsx');
    expect(saved[0].data.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const again = new BrowserHost(adapter);
    await again.openBuffer(new Uint8Array(await saved[0].data.arrayBuffer()), saved[0].name);
    expect((await again.read()).sheets.map((s) => s.name)).toContain('สรุปผล ITA');
  });

  test('opens the bundled sample relative to the page', async () => {
    const urls: string[] = [];
    const data = await chiangMaiXlsx();
    const host = new BrowserHost(adapter, async (url) => {
      urls.push(url);
      return new Response(data as unknown as BodyInit);
    });
    await host.openSample();
    expect(urls).toEqual([SAMPLE_URL]);
    expect(SAMPLE_URL).toBe('assets/sample/sample.xlsx');
    expect(host.fileName).toBe('sample.xlsx');
    expect(host.resultName).toBe('sample.ita.xlsx');
  });

  test('a missing sample or a file that is not .xlsx is a bilingual HostError', async () => {
    const missing = new BrowserHost(adapter, async () => new Response('nope', { status: 404 }));
    const e1 = await missing.openSample().catch((e) => e);
    expect(e1).toBeInstanceOf(HostError);
    expect(userErrorOf(e1).title.en).toBe('The sample file could not be loaded');
    expect(userErrorOf(e1).detail).toContain('404');

    const bad = new BrowserHost(adapter);
    const e2 = await bad.openBuffer(new TextEncoder().encode('not a zip'), 'x.xlsx').catch((e) => e);
    expect(userErrorOf(e2).title.th).toContain('เปิดไฟล์ไม่สำเร็จ');
    expect(bad.hasWorkbook).toBe(false);
  });

  test('the ExcelJS adapter is loaded only when first needed', async () => {
    const load = jest.fn(adapter);
    const host = new BrowserHost(load);
    expect(load).not.toHaveBeenCalled();
    await host.openBuffer(await chiangMaiXlsx(), 'a.xlsx');
    await host.read();
    expect(load).toHaveBeenCalledTimes(1);
  });

  test('select() highlights: it records the cell and tells the pane', async () => {
    const host = new BrowserHost(adapter);
    const listener = jest.fn();
    host.subscribe(listener);
    await host.select('คะแนน', 'B6');
    expect(host.selection).toEqual({ sheet: 'คะแนน', cell: 'B6' });
    expect(listener).toHaveBeenCalledTimes(1);
    host.clearSelection();
    expect(host.selection).toBeUndefined();
  });

  test('result file names', () => {
    expect(resultFileName('sample.xlsx')).toBe('sample.ita.xlsx');
    expect(resultFileName('sample.ita.xlsx')).toBe('sample.ita.xlsx');
    expect(resultFileName('รายงาน.XLSX')).toBe('รายงาน.ita.xlsx');
    expect(resultFileName('แผน.xlsm')).toBe('แผน.ita.xlsm'); // macros: Excel opens it only as .xlsm
    expect(resultFileName('แผน.ita.XLSM')).toBe('แผน.ita.xlsm');
  });
});

describe('ExcelHost', () => {
  /**
   * Just enough of Excel for select(): like Office.js, a range's select() is only queued, and it
   * happens in Excel when the request is synced; a sheet that does not exist fails that sync.
   * What happened is recorded in order, since select() alone leaves another sheet hidden.
   */
  function fakeExcel(sheets: string[], state: { hidden?: string[]; inactive?: boolean } = {}) {
    const selected: { sheet: string; cell: string }[] = [];
    const steps: string[] = [];
    let queued: (() => void)[] = [];
    const ctx = {
      workbook: {
        worksheets: {
          getItem: (sheet: string) => ({
            activate: () =>
              queued.push(() => {
                if (!sheets.includes(sheet)) throw Object.assign(new Error(sheet), { code: 'ItemNotFound' });
                // The pane's workbook is not the window in front (another workbook was clicked).
                if (state.inactive)
                  throw Object.assign(new Error('The workbook is inactive.'), { code: 'InactiveWorkbook' });
                steps.push(`activate ${sheet}`);
              }),
            getRange: (cell: string) => ({
              select: () =>
                queued.push(() => {
                  if (!sheets.includes(sheet)) throw Object.assign(new Error(sheet), { code: 'ItemNotFound' });
                  // A cell on a hidden sheet cannot be selected.
                  if (state.hidden?.includes(sheet))
                    throw Object.assign(new Error('The current selection is invalid for this operation.'), {
                      code: 'InvalidSelection',
                    });
                  selected.push({ sheet, cell });
                  steps.push(`select ${sheet}!${cell}`);
                }),
            }),
          }),
        },
      },
      sync: async () => {
        const batch = queued;
        queued = [];
        for (const step of batch) step();
      },
    } as unknown as Excel.RequestContext;
    let runs = 0;
    const run = (async (batch: (c: Excel.RequestContext) => Promise<unknown>) => {
      runs++;
      const out = await batch(ctx);
      await ctx.sync(); // Excel.run syncs what is still queued when the batch returns
      return out;
    }) as never;
    return { run, selected, steps, runs: () => runs };
  }

  test('select() brings the sheet forward, then selects the named cell, in one Excel.run', async () => {
    const excel = fakeExcel(['ตั้งค่า', 'คะแนน']);
    const host = createExcelHost(excel.run, () => true);
    await host.select('คะแนน', 'C7');
    expect(excel.selected).toEqual([{ sheet: 'คะแนน', cell: 'C7' }]);
    expect(excel.steps).toEqual(['activate คะแนน', 'select คะแนน!C7']);
    expect(excel.runs()).toBe(1);
  });

  test('select() on a sheet that is gone is a HostError, not a stack trace', async () => {
    const excel = fakeExcel(['ตั้งค่า']);
    const host = createExcelHost(excel.run, () => true);
    const e = await host.select('คะแนน', 'C7').catch((x) => x);
    expect(e).toBeInstanceOf(HostError);
    expect(excel.selected).toEqual([]);
  });

  test('select() on a hidden sheet, or while another workbook is in front, says what to do in Thai and English', async () => {
    const hidden = createExcelHost(fakeExcel(['ตั้งค่า', 'คะแนน'], { hidden: ['คะแนน'] }).run, () => true);
    const e1 = userErrorOf(await hidden.select('คะแนน', 'C7').catch((x) => x));
    expect(e1.code).toBe('InvalidSelection');
    expect(e1.title.en).toContain('Unhide the sheet');
    expect(e1.title.th).toContain('เลิกซ่อนชีต');
    // Excel may refuse already at activate: InvalidOperation "A hidden sheet cannot be activated".
    const refusing = createExcelHost(
      (async () => {
        throw Object.assign(new Error('A hidden sheet cannot be activated.'), { code: 'InvalidOperation' });
      }) as never,
      () => true,
    );
    const e3 = userErrorOf(await refusing.select('คะแนน', 'C7').catch((x) => x));
    expect([e3.code, e3.title.en]).toEqual(['InvalidOperation', e1.title.en]);
    const inactive = createExcelHost(fakeExcel(['คะแนน'], { inactive: true }).run, () => true);
    const e2 = userErrorOf(await inactive.select('คะแนน', 'C7').catch((x) => x));
    expect(e2.code).toBe('InactiveWorkbook');
    expect(e2.title.en).toBe(
      'This workbook is not the active window. Click in the workbook that shows ITA Planner and try again',
    );
  });

  test('an Office.js error becomes a HostError told in Thai and English', async () => {
    const officeError = Object.assign(new Error('cell edit mode'), { code: 'InvalidOperationInCellEditMode' });
    const host = createExcelHost(
      (async () => {
        throw officeError;
      }) as never,
      () => true,
    );
    const e = await host.read().catch((x) => x);
    expect(e).toBeInstanceOf(HostError);
    expect(userErrorOf(e).title.th).toContain('Enter');
    expect(userErrorOf(e).title.en).toBe('Finish editing the cell (press Enter or Esc) and try again');
    const e2 = await host.apply(emptyPlan()).catch((x) => x);
    expect(e2).toBeInstanceOf(HostError);
  });

  test('notices come from the requirement sets this Excel supports', () => {
    const host = createExcelHost(
      (async () => undefined) as never,
      (_name, version) => Number(version.split('.')[1]) <= 7,
    );
    expect(host.kind).toBe('excel');
    expect(host.features.dataValidation).toBe(false);
    expect(host.notices.map((n) => n.en).join(' ')).toContain('Drop-down lists');
  });

  test('skipped parts are named in both languages', () => {
    const text = describeSkipped({
      part: 'validations',
      count: 1,
      reason: { th: 'Excel รุ่นนี้ไม่รองรับ', en: 'not supported by this Excel' },
      where: ["'สรุปผล ITA'!D5:D40"],
    });
    expect(text.en).toBe("Drop-down lists: not supported by this Excel — 'สรุปผล ITA'!D5:D40");
    expect(text.th).toContain('รายการให้เลือก');
  });
});
