/**
 * The surgical writer's package edits, one rule at a time: sheet-scoped names follow their tabs,
 * names into a deleted sheet say #REF! as in Excel, our print titles land on our sheet, cells a
 * plan adds to a user's sheet are the only cells that change there, and the limits refuse a
 * package before it is inflated.
 */
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { emptyPlan, WritePlan } from '../../src/workbook/plan';
import { LimitError, loadXlsx, packageProblem, readSheet, writeSurgically } from '../../src/xlsx';
import { readableCopy } from '../../src/xlsx/package/readable';
import { openZip } from '../../src/xlsx/package/zip';
import { namesOf, partsOf, sheetEntriesOf } from './corpus/compare';
import { cellRef } from '../../src/domain/refs';

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Tabs: Data, Old (ours, to delete), Notes; a name scoped to Notes and a user name into Old. */
async function threeTabs(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Data').getCell('A1').value = 'keep';
  wb.addWorksheet('Old').getCell('A1').value = 'ours';
  const notes = wb.addWorksheet('Notes');
  notes.getCell('A1').value = 1;
  notes.getCell('A2').value = 'ข้อความ';
  notes.getCell('A3').value = '๘๕';
  const zip = await JSZip.loadAsync(await bytesOf(wb));
  const xml = await zip.file('xl/workbook.xml')!.async('string');
  const names =
    '<definedNames><definedName name="Rate" localSheetId="2">Notes!$A$1</definedName>' +
    '<definedName name="MyOld">Old!$A$1</definedName><definedName name="ITA_PLANNER_PROBLEMS">Old!$A$1</definedName></definedNames>';
  zip.file('xl/workbook.xml', xml.replace(/<definedNames>.*<\/definedNames>|(?=<calcPr)/, names));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

function summaryPlan(): WritePlan {
  const plan = emptyPlan();
  plan.sheets.push({
    name: 'Sum',
    columnWidths: [20, 10],
    page: {
      orientation: 'portrait',
      paper: 'A4',
      margins: { top: 0.75, bottom: 0.75, left: 0.7, right: 0.7, header: 0.3, footer: 0.3 },
      fitToWidth: true,
      titleRows: [1, 2],
    },
  } as WritePlan['sheets'][number]);
  plan.blocks.push({ sheet: 'Sum', top: 0, left: 0, cells: [[{ text: 'รวม' }, { formula: 'Notes!A1*2', cached: 2 }]] });
  plan.names.push({ name: 'ITA_TOTAL', sheet: 'Sum', ref: 'B1' });
  return plan;
}

/** The zip with the uncompressed size of `part` set to `size` in its local header and the central directory. */
function understate(zip: Uint8Array, part: string, size: number): Uint8Array {
  const out = Buffer.from(zip);
  const name = Buffer.from(part);
  for (const [sig, nameLength, nameAt, sizeAt] of [
    [0x04034b50, 26, 30, 22], // local file header
    [0x02014b50, 28, 46, 24], // central directory entry
  ]) {
    for (
      let i = out.indexOf(Buffer.from(new Uint32Array([sig]).buffer));
      i >= 0;
      i = out.indexOf(Buffer.from(new Uint32Array([sig]).buffer), i + 4)
    ) {
      const n = out.readUInt16LE(i + nameLength);
      if (out.subarray(i + nameAt, i + nameAt + n).equals(name)) out.writeUInt32LE(size, i + sizeAt);
    }
  }
  return new Uint8Array(out);
}

describe('surgical package edits', () => {
  it('deleting our sheet moves sheet-scoped names with their tabs and turns a user name into it to #REF!', async () => {
    const plan = summaryPlan();
    plan.deleteSheets.push('Old');
    plan.deleteNames.push('ITA_PLANNER_PROBLEMS');
    const parts = await partsOf(await writeSurgically(await threeTabs(), plan));
    expect(sheetEntriesOf(parts).map((s) => s.name)).toEqual(['Data', 'Notes', 'Sum']);
    const names = namesOf(parts);
    expect(names).toEqual(
      expect.arrayContaining([
        'Notes|Rate|Notes!$A$1',
        '|MyOld|#REF!$A$1',
        "|ITA_TOTAL|'Sum'!$B$1",
        "Sum|_xlnm.Print_Titles|'Sum'!$1:$2",
      ]),
    );
    expect(names.some((n) => n.includes('ITA_PLANNER_PROBLEMS'))).toBe(false);
    expect(Object.keys(parts).filter((p) => /worksheets\/sheet\d+\.xml$/.test(p))).toHaveLength(3);
  });

  it("adds a block's cells and applies a fix on a user's sheet, changing no other cell", async () => {
    const input = await threeTabs();
    const plan = emptyPlan();
    plan.blocks.push({
      sheet: 'Notes',
      top: 4,
      left: 0,
      cells: [[{ text: 'มาตรการใหม่' }, { number: 3 }, { bool: true }]],
      numberFormats: [[null, '0.00', null]],
    });
    plan.fixes.push(
      { sheet: 'Notes', cell: cellRef('A3'), found: '๘๕', number: 85 },
      { sheet: 'Notes', cell: cellRef('A2'), found: 'other', number: 1 },
    );
    const output = await writeSurgically(input, plan);
    const before = readSheet((await loadXlsx(input)).getWorksheet('Notes')!);
    const after = (await loadXlsx(output)).getWorksheet('Notes')!;
    expect(readSheet(after).values).toEqual([[1], ['ข้อความ'], [85], [], ['มาตรการใหม่', 3, true]]);
    expect(before.values.slice(0, 2)).toEqual(readSheet(after).values.slice(0, 2));
    expect(after.getCell('B5').numFmt).toBe('0.00');
  });

  it('refuses a block over a filled cell of a user sheet before changing anything', async () => {
    const plan = emptyPlan();
    plan.blocks.push({ sheet: 'Notes', top: 0, left: 0, cells: [[{ text: 'x' }]] });
    await expect(writeSurgically(await threeTabs(), plan)).rejects.toThrow(/Notes!A1, which is not empty/);
  });

  it("keeps docProps/app.xml's sheet titles in step: ours taken out or put in at their tab, every other title and group kept", async () => {
    const zip = await JSZip.loadAsync(await threeTabs());
    const VT = 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes';
    const pair = (heading: string, n: number) =>
      `<vt:variant><vt:lpstr>${heading}</vt:lpstr></vt:variant><vt:variant><vt:i4>${n}</vt:i4></vt:variant>`;
    const titles = ['Data', 'Old', 'Notes', 'MyOld', 'กราฟ'];
    // As Thai Excel writes it: worksheets, named ranges, then a chart sheet's group.
    zip.file(
      'docProps/app.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="${VT}"><Application>Microsoft Excel</Application><HeadingPairs><vt:vector size="6" baseType="variant">${pair('แผ่นงาน', 3)}${pair('ช่วงที่มีชื่อ', 1)}${pair('แผนภูมิ', 1)}</vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="5" baseType="lpstr">${titles.map((t) => `<vt:lpstr>${t}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts><AppVersion>16.0300</AppVersion></Properties>`,
    );
    const input = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const plan = summaryPlan();
    plan.deleteSheets.push('Old');
    const appTitles = async (data: Uint8Array) => {
      const xml = (await partsOf(data))['docProps/app.xml'].toString();
      return {
        counts: [...xml.matchAll(/<vt:i4>(\d+)<\/vt:i4>/g)].map((m) => Number(m[1])),
        titles: [...xml.matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/g)].map((m) => m[1]).slice(3),
        size: xml.match(/<vt:vector size="(\d+)" baseType="lpstr">/)?.[1],
      };
    };
    const once = await writeSurgically(input, plan);
    expect(await appTitles(once)).toEqual({
      counts: [3, 1, 1],
      titles: ['Data', 'Notes', 'Sum', 'MyOld', 'กราฟ'],
      size: '5',
    });
    // Run again: our sheet is replaced where it stands, and the titles stay as they are.
    const again = summaryPlan();
    expect(await appTitles(await writeSurgically(once, again))).toEqual(await appTitles(once));
    // An app.xml that lists no titles (as openpyxl and LibreOffice write it) is kept byte for byte.
    const bare =
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>';
    zip.file('docProps/app.xml', bare);
    const untitled = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect((await partsOf(await writeSurgically(untitled, plan)))['docProps/app.xml'].toString()).toBe(bare);
  });

  it('refuses, before inflating, a package whose declared sizes pass the limit, and says the limit', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', 'x'.repeat(4096));
    const data = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const e = await openZip(data, 1000).catch((x) => x);
    expect(e).toBeInstanceOf(LimitError);
    expect(packageProblem(e).en).toMatch(/more than the limit of 0 MiB/);
    expect(packageProblem(e).th).toContain('เกินขีดจำกัด');
  });

  it('stops inflating a part whose zip headers understate its size, at the declared size, and says why', async () => {
    // 8 MiB of spaces after the sheet's data (about 8 KB deflated), declared as 1,000 bytes in
    // both the local header and the central directory: the declared total passes openZip's check.
    const zip = await JSZip.loadAsync(await threeTabs());
    const part = 'xl/worksheets/sheet1.xml';
    const xml = await zip.file(part)!.async('string');
    zip.file(part, xml.replace('</sheetData>', `</sheetData>${' '.repeat(8 << 20)}`));
    const honest = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const lying = understate(honest, part, 1000);
    // Our count stops it on the first chunk past 1,000 bytes; JSZip's own check ("size mismatch")
    // comes only after the whole part is inflated, and is a plain Error.
    const e = await loadXlsx(lying).catch((x) => x);
    expect(e).toBeInstanceOf(LimitError);
    expect(packageProblem(e).en).toBe(
      'its part xl/worksheets/sheet1.xml inflates to more than the 1,000 bytes its zip headers declare, so reading stopped there and the file was not opened (it is damaged, or built to exhaust memory); open it in Excel and save it again as "Excel Workbook (.xlsx)"',
    );
    expect(packageProblem(e).th).toContain('มากกว่าขนาด 1,000 ไบต์ที่หัวไฟล์ zip ระบุไว้');
    // The same bytes with honest headers are read (the crafted zip is otherwise sound).
    await expect(loadXlsx(honest)).resolves.toBeDefined();
  });

  it('refuses a sheet with more cells than the limit, naming the sheet and the limit', async () => {
    const e = await readableCopy(await openZip(await threeTabs()), 2).catch((x) => x);
    expect(e).toBeInstanceOf(LimitError);
    expect(packageProblem(e).en).toBe(
      'sheet "Notes" has 3 cells, more than the limit of 2 cells a sheet, so it was not opened; delete unused rows or columns, or split the data into several files',
    );
  });

  it('writes nothing into a workbook whose structure is protected', async () => {
    const zip = await JSZip.loadAsync(await threeTabs());
    const xml = await zip.file('xl/workbook.xml')!.async('string');
    zip.file('xl/workbook.xml', xml.replace('<sheets>', '<workbookProtection lockStructure="1"/><sheets>'));
    const input = await zip.generateAsync({ type: 'uint8array' });
    await expect(writeSurgically(input, summaryPlan())).rejects.toThrow(/structure is protected/);
  });
});
