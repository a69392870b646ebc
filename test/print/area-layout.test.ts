/**
 * The area sheet's agency table on paper (issue 14): the district says its province when the
 * agencies are in more than one (every province has an อำเภอเมือง), and a row is as tall as its
 * longest wrapped cell needs, no taller.
 */
import * as ExcelJS from 'exceljs';
import { agencySheet, DISTRICT_30 } from '../fixtures/agencies/district-30';
import { district30Workbook } from '../fixtures/agencies/district-30-workbook';
import { recompute } from '../workbook/helpers';
import { columnPoints, hasPrintFont, linePitch, linesFor, misfits, printed, widthPoints } from './fit';

const OVERVIEW = 'ภาพรวมหน่วยงาน ITA';

/** The district-30 workbook with its agencies of district `moved` in another province. */
function twoProvinces(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const moved = DISTRICT_30[DISTRICT_30.length - 1].district;
  const rows = DISTRICT_30.map((r) => (r.district === moved ? { ...r, province: 'เชียงใหม่' } : r));
  const add = (name: string, cells: (string | number | null)[][]) => {
    const ws = wb.addWorksheet(name);
    cells.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
  };
  add('ตั้งค่า', [
    ['ปีงบประมาณ', 2568],
    ['เป้าหมาย', 85],
  ]);
  add('หน่วยงาน', agencySheet('th', rows));
  return wb;
}

/** The agency table: its header row (1-based) and the column of each heading. */
function table(ws: ExcelJS.Worksheet): { head: number; col: (heading: string) => number; last: number } {
  let head = 0;
  ws.eachRow((row, r) => {
    if (printed(row.getCell(1)) === 'หน่วยงาน' && printed(row.getCell(15)) !== '') head = r;
  });
  const col = (heading: string) => {
    for (let c = 1; c <= 40; c++) if (printed(ws.getCell(head, c)) === heading) return c;
    throw new Error(`no column ${heading}`);
  };
  let last = head;
  while (printed(ws.getCell(last + 1, 1)) !== '') last++;
  return { head, col, last };
}

const districts = (ws: ExcelJS.Worksheet) => {
  const t = table(ws);
  const c = t.col('อำเภอ');
  return Array.from({ length: t.last - t.head }, (_, i) => printed(ws.getCell(t.head + 1 + i, c)));
};

describe('the area table’s district column', () => {
  it('in one province, the district alone', async () => {
    const { after } = await recompute(district30Workbook());
    const shown = districts(after.getWorksheet(OVERVIEW)!);
    expect(shown).toHaveLength(30);
    expect(shown).toContain('เมืองลำพูน');
    for (const d of shown) expect(d).not.toContain('(');
  });

  it('across two provinces, each district with its province, in the table and the list below the target', async () => {
    const { after } = await recompute(twoProvinces());
    const ws = after.getWorksheet(OVERVIEW)!;
    const shown = districts(ws);
    expect(shown).toHaveLength(30);
    for (const d of shown) expect(d).toMatch(/^\S.* \((ลำพูน|เชียงใหม่)\)$/);
    expect(shown.filter((d) => d.endsWith('(เชียงใหม่)')).length).toBeGreaterThan(0);
    // The list below the target shows the same text (a formula over the table's cell).
    const below: string[] = [];
    ws.eachRow((row, r) => {
      if (r < table(ws).head && /^อบต\.|^เทศบาล|^อบจ\./.test(printed(row.getCell(1))))
        below.push(printed(row.getCell(3)));
    });
    expect(below.some((d) => / \((ลำพูน|เชียงใหม่)\)$/.test(d))).toBe(true);
  });

  (hasPrintFont ? it : it.skip)(
    'a district with its province is never cut: it wraps, and its row holds it',
    async () => {
      const { after } = await recompute(twoProvinces());
      const ws = after.getWorksheet(OVERVIEW)!;
      const t = table(ws);
      const c = ws.getColumn(t.col('อำเภอ')).letter;
      const cut = misfits(ws, 15, t.last, 0.05, true).filter((m) => m.cell.replace(/\d+$/, '') === c);
      expect(cut).toEqual([]);
    },
  );
});

describe('the area table’s row heights', () => {
  (hasPrintFont ? it : it.skip)(
    'a row is as tall as its longest wrapped cell takes in the print font, not a line more',
    async () => {
      const { after } = await recompute(district30Workbook());
      const ws = after.getWorksheet(OVERVIEW)!;
      const t = table(ws);
      const step = t.col('ก้าวเดียวถึงเป้าหมาย');
      let wrappedSteps = 0;
      for (let r = t.head + 1; r <= t.last; r++) {
        // Lines each wrapped cell takes, measured independently (opentype.js, ICU words), with the 5 % margin.
        const need = Math.max(
          ...[1, step].map((c) => {
            const text = printed(ws.getCell(r, c));
            return text ? linesFor(text, columnPoints(ws.getColumn(c).width!) * 0.95, 13, false) : 1;
          }),
        );
        if (need > 1) wrappedSteps++;
        const height = ws.getRow(r).height!;
        expect(Math.round(height / linePitch(13) - 0.1)).toBe(need);
      }
      expect(wrappedSteps).toBeGreaterThan(3);
    },
  );
});

describe('the area table’s headings', () => {
  (hasPrintFont ? it : it.skip)(
    'no printed column is narrower than its heading’s longest word ("เปลี่ยนแ/ปลง" broke inside a word)',
    async () => {
      const { after } = await recompute(district30Workbook());
      const ws = after.getWorksheet(OVERVIEW)!;
      const t = table(ws);
      type Seg = { segment(s: string): Iterable<{ segment: string }> };
      const Segmenter = (Intl as unknown as { Segmenter: new (l: string, o: object) => Seg }).Segmenter;
      const words = new Segmenter('th', { granularity: 'word' });
      for (let c = 1; c <= 15; c++) {
        const head = printed(ws.getCell(t.head, c));
        const widest = Math.max(...[...words.segment(head)].map((w) => widthPoints(w.segment, 13, true)));
        expect({ head, fits: widest <= columnPoints(ws.getColumn(c).width!) * 0.95 }).toEqual({ head, fits: true });
      }
    },
  );
});

describe('the list below the target', () => {
  it('no cell border crosses a step: the step cell, whose words run on to the right, has none of its own', async () => {
    const { after } = await recompute(district30Workbook());
    const ws = after.getWorksheet(OVERVIEW)!;
    const rows: number[] = [];
    ws.eachRow((row, r) => {
      if (r < table(ws).head && /^(ยก|เพิ่ม)/.test(printed(row.getCell(6)))) rows.push(r);
    });
    expect(rows.length).toBeGreaterThan(5);
    for (const r of rows) {
      expect(ws.getCell(r, 5).border?.right?.style).toBeTruthy(); // the grade's box closes the table
      expect(ws.getCell(r, 6).border?.right).toBeUndefined();
      expect(printed(ws.getCell(r, 7))).toBe(''); // the step runs on over empty cells
    }
  });
});

describe('the area sheet in English', () => {
  (hasPrintFont ? it : it.skip)(
    'nothing printed is cut: a long type ("Subdistrict administrative organisation"), rating or "Below target" wraps, and its row holds it',
    async () => {
      const { after } = await recompute(district30Workbook(), { lang: 'en' });
      const ws = after.worksheets.find((w) => w.name !== 'ตั้งค่า' && w.name !== 'หน่วยงาน')!;
      const lastRow = Number(/\$?(\d+)$/.exec(String(ws.pageSetup.printArea))![1]);
      expect(lastRow).toBeGreaterThan(60);
      expect(misfits(ws, 15, lastRow, 0.05, true)).toEqual([]);
    },
  );
});
