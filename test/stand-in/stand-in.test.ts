/**
 * The Office.js stand-in's own model (fake-office.js, its header): what the adapter tests rely on
 * it to do as Excel does. The contract checks (test/contract) ask the same of real Excel where
 * they can.
 */
import * as vm from 'vm';
import { FakeWorkbook } from './stand-in';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the Node side of the browser runs
const { fakeOfficeScript } = require('./browser-script.js') as { fakeOfficeScript: () => string };

const sheet = (values: unknown[][] = [['a']]) => [{ name: 'ข้อมูล', values }];

describe('the Office.js stand-in', () => {
  it('defers every action to the sync, and a property read before its load and sync throws PropertyNotLoaded', async () => {
    const fake = new FakeWorkbook(sheet());
    const range = fake.context.workbook.worksheets.getItem('ข้อมูล').getRange('B1');
    range.values = [[5]];
    expect(fake.excel.cell('ข้อมูล', 'B1').value).toBe(''); // not yet sent
    range.load('values');
    expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    await fake.context.sync();
    expect(range.values).toEqual([[5]]);
    expect(fake.syncs).toBe(1);
  });

  it('measures each request as UTF-8 JSON of the values it sets and loads', async () => {
    const fake = new FakeWorkbook(sheet());
    const range = fake.context.workbook.worksheets.getItem('ข้อมูล').getRange('A2:B2');
    range.values = [['กข', 1]]; // [["กข",1]]: 8 ASCII bytes and two Thai letters of 3 bytes
    await fake.context.sync();
    range.load('values');
    await fake.context.sync();
    expect(fake.requests).toEqual([
      { writeBytes: 14, readBytes: 0, ok: true },
      { writeBytes: 0, readBytes: JSON.stringify({ values: [['กข', 1]] }).length + 4, ok: true },
    ]);
  });

  it('refuses a request over the payload limit before any of it runs', async () => {
    const fake = new FakeWorkbook(sheet());
    fake.limitBytes = 100;
    const ws = fake.context.workbook.worksheets.getItem('ข้อมูล');
    ws.getRange('A2').values = [['small']];
    ws.getRange('A3').values = [['x'.repeat(200)]];
    await expect(fake.context.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(fake.excel.values('ข้อมูล')).toEqual([['a']]);
    expect(fake.requests[0].ok).toBe(false);
  });

  it('refuses a response over the limit after the request ran: its changes stay, nothing it loaded comes back', async () => {
    const fake = new FakeWorkbook(sheet([['x'.repeat(200)]]));
    fake.limitBytes = 100;
    const ws = fake.context.workbook.worksheets.getItem('ข้อมูล');
    ws.getRange('B1').values = [[1]];
    const big = ws.getRange('A1');
    big.load('values');
    await expect(fake.context.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    expect(fake.excel.cell('ข้อมูล', 'B1').value).toBe(1);
    expect(() => big.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
  });

  it('is not a transaction: an action that fails stops its request, and what ran before it stays', async () => {
    const fake = new FakeWorkbook(sheet());
    const ws = fake.context.workbook.worksheets.getItem('ข้อมูล');
    ws.getRange('A2').values = [['ก่อน']];
    ws.getRange('A3').values = [['x'], ['y']]; // two rows for one cell
    ws.getRange('A4').values = [['หลัง']];
    await expect(fake.context.sync()).rejects.toMatchObject({
      code: 'InvalidArgument',
      debugInfo: expect.objectContaining({ errorLocation: 'Range.values' }),
    });
    expect(fake.excel.values('ข้อมูล')).toEqual([['a'], ['ก่อน']]);
    expect(fake.log.map((a) => a.what)).toEqual(['Range.values=', 'sync']);
  });

  it('refuses a whole request when a test injects a failure, after the given number of requests', async () => {
    const fake = new FakeWorkbook(sheet());
    fake.excel.failSync('InvalidOperationInCellEditMode', { after: 1 });
    const ws = fake.context.workbook.worksheets.getItem('ข้อมูล');
    ws.getRange('A2').values = [[1]];
    await fake.context.sync();
    ws.getRange('A3').values = [[2]];
    await expect(fake.context.sync()).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    expect(fake.excel.values('ข้อมูล')).toEqual([['a'], [1]]);
  });

  it('answers below a requirement set with ApiNotFound at sync, and refuses writes to a protected sheet', async () => {
    const old = new FakeWorkbook(sheet(), [], { requirementSets: { ExcelApi: '1.6' } });
    old.context.workbook.worksheets.getItem('ข้อมูล').tabColor = '#FF0000'; // ExcelApi 1.7
    await expect(old.context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });

    const locked = new FakeWorkbook([{ name: 'ข้อมูล', values: [['a']], protected: true }]);
    locked.context.workbook.worksheets.getItem('ข้อมูล').getRange('A1').values = [['b']];
    await expect(locked.context.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(locked.excel.values('ข้อมูล')).toEqual([['a']]);
  });

  it('reaches the browser as one script of every part and the entry, which installs what office.js defines', async () => {
    const window: Record<string, unknown> = {
      __FAKE_OFFICE_CONFIG__: { workbook: { sheets: sheet([['a', 2]]) }, latencyMs: 0 },
    };
    // A page's script: no `module`, no `require`; `window` is the global object.
    vm.runInNewContext(fakeOfficeScript(), { window, setTimeout });
    expect(Object.keys(window).sort()).toEqual([
      'Excel',
      'Office',
      'OfficeExtension',
      '__FAKE_OFFICE_CONFIG__',
      '__fakeExcel',
    ]);
    const Excel = window.Excel as typeof globalThis.Excel;
    const values = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('ข้อมูล').getRange('A1:B1');
      range.load('values');
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([['a', 2]]);
    expect((window.__fakeExcel as { state: { syncs: number } }).state.syncs).toBe(1);
  });
});
