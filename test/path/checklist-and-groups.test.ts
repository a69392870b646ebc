jest.setTimeout(60_000); // several .xlsx round trips on a shared machine

import * as ExcelJS from 'exceljs';
import { analyzeWorkbook, planResults } from '../../src/workbook';
import { groupProblems } from '../../src/workbook/group';
import { readWorkbook } from '../../src/xlsx';
import { Problem, problemAddress } from '../../src/domain/problem';
import { cellRef } from '../../src/domain/refs';
import { bi } from '../../src/domain/text';
import { filledTemplate, template } from './helpers';
import { THAMALING } from '../fixtures/planner/thamaling-2565';
import { recompute } from '../workbook/helpers';

const analyze = (wb: ExcelJS.Workbook) => analyzeWorkbook(readWorkbook(wb), { today: '2022-09-30' });

describe('an untouched OIT checklist means "no checklist"', () => {
  it('template + indicator scores recomputes: one note, indicators 9 and 10 from the Scores sheet', async () => {
    const { analysis, result } = await recompute(await filledTemplate({ ind9: THAMALING.corrected9 }));
    expect(result.wroteResults).toBe(true);
    expect(analysis.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const notes = analysis.problems.filter((p) => p.code === 'oit.untouched');
    expect(notes).toHaveLength(1);
    expect(notes[0].message.en).toMatch(/indicators 9 and 10 come from the Scores sheet/);
    expect(analysis.assessment!.totalShown).toBe(THAMALING.published.total);
    expect(analysis.assessment!.grade).toBe('A');
    expect(analysis.assessment!.indicators.find((i) => i.id === 9)!.shown).toBe(95);
  });

  it('a partly filled checklist is used, and its blank Published cells are one grouped message', async () => {
    const wb = await filledTemplate();
    wb.getWorksheet('OIT')!.getCell('D2').value = 'มี';
    const a = analyze(wb);
    const blank = a.problems.filter((p) => p.code === 'oit.published');
    expect(blank).toHaveLength(1);
    expect(blank[0]).toMatchObject({ severity: 'error', sheet: 'OIT', cell: 'D3', through: 'D44', count: 42 });
    expect(blank[0].message.en).toMatch(/^OIT D3–D44: 42 items not marked มี\/ไม่มี/);
    expect(blank[0].message.th).toMatch(/^OIT D3–D44: 42 ข้อยังไม่ได้เลือก มี\/ไม่มี/);
  });

  it('a half-filled checklist (indicator scores 1–8 only) is that one error: no "no score" for 9 or 10, no "items missing"', async () => {
    const wb = await filledTemplate();
    const ws = wb.getWorksheet('OIT')!;
    for (let row = 2; row <= 13; row++) ws.getCell(`D${row}`).value = 'มี';
    for (const id of [9, 10]) wb.getWorksheet('คะแนน')!.getCell(`E${id + 1}`).value = null;
    const a = analyze(wb);
    const errors = a.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.code, problemAddress(p)])).toEqual([['oit.published', 'OIT!D14:D44']]);
    expect(a.problems.map((p) => p.code)).not.toContain('oit.items-missing');
    expect(a.problems.map((p) => p.code)).toContain('oit.url-missing'); // marked มี without a link: still said
  });

  it('a blank template gives one message for the ten empty scores, not ten', async () => {
    const a = analyze(await template());
    const errors = a.problems.filter((p) => p.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'scores.score', cell: 'E2', through: 'E11', count: 10 });
  });
});

describe('identical problems are grouped everywhere', () => {
  const p = (cell: string, found = ''): Problem => ({
    severity: 'error',
    code: 'x.y',
    sheet: 'S',
    cell: cellRef(cell),
    found,
    expected: bi('ก', 'a thing'),
    message: bi(`S!${cell} ว่าง`, `S!${cell} is empty`),
  });

  it('joins runs of three or more going down one column; keeps pairs, other columns and other values apart', () => {
    const out = groupProblems([p('B2'), p('B3'), p('B4'), p('C5'), p('C6'), p('D7'), p('D8', 'x'), p('D9')]);
    expect(out.map(problemAddress)).toEqual(['S!B2:B4', 'S!C5', 'S!C6', 'S!D7', 'S!D8', 'S!D9']);
    expect(out[0]).toMatchObject({ cell: 'B2', through: 'B4', count: 3 });
    expect(out[0].message.en).toBe('S B2–B4: 3 cells are empty; expected a thing');
  });

  it('links typed without https:// group into one message although each address differs', () => {
    const bare = (cell: string, host: string): Problem => ({
      severity: 'warning',
      code: 'oit.url-scheme',
      sheet: 'OIT',
      cell: cellRef(cell),
      found: host,
      expected: bi(`เติม https:// เช่น "https://${host}"`, `add https:// in front, e.g. "https://${host}"`),
      message: bi(`OIT!${cell} ไม่มี https://`, `OIT!${cell} has no https://`),
    });
    const out = groupProblems(['a', 'b', 'c', 'd'].map((h, i) => bare(`E${i + 2}`, `www.${h}.go.th`)));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ cell: 'E2', through: 'E5', count: 4 });
    expect(out[0].message.en).toBe(
      'OIT E2–E5: 4 links have no https:// in front; add it to each, e.g. "https://www.a.go.th"',
    );
  });

  it('the problems sheet lists the group as one row linked to the range', async () => {
    const wb = await filledTemplate();
    wb.getWorksheet('OIT')!.getCell('D2').value = 'มี';
    const snap = readWorkbook(wb);
    const r = planResults(analyzeWorkbook(snap, { today: '2022-09-30' }), snap, { computedAt: '2022-09-30T00:00:00Z' });
    const links = r.plan.hyperlinks.filter((h) => 'sheet' in h.to && h.to.sheet === 'OIT');
    expect(links.map((h) => h.to)).toContainEqual({ sheet: 'OIT', cell: 'D3', through: 'D44' });
    expect(r.problems.filter((x) => x.code === 'oit.published')).toHaveLength(1);
  });
});
