/**
 * Reading the Agencies sheet (issue 14): one row per agency. Every value is read as the Scores
 * sheet's are (Thai digits, "85.66 คะแนน", percentages) and every problem names its cell.
 */
import type { CellRef } from '../domain/refs';
import { AgencyInput, agencyTypeOf, AGENCY_TYPES } from '../domain/agencies';
import { differsWhenShown, round2 } from '../domain/decimal';
import { Framework, ToolId, TOOL_IDS } from '../domain/framework';
import { Problem } from '../domain/problem';
import { bi } from '../domain/text';
import { normalizeKey } from '../domain/parse/common';
import { indicatorKey, toolKey } from './agencies-columns';
import { SheetFound, TextNumber } from './analysis';
import { cellProblem, formatAt, isEmpty, isPercentFormat, locatedProblem } from './cells';
import { CellNumber } from './parse-rows';
import { readScoreCell } from './parse-scores';
import { a1, CellValue, columnLetters, SheetSnapshot } from './snapshot';

/** One agency as read, with the cells its figures came from (formulas point at them). */
export interface AgencySourceRow {
  /** 0-based sheet row. */
  row: number;
  nameCell: string;
  input: AgencyInput;
  /** The cells used, by basis: all indicators, or the three tools, or the total. */
  indicators?: Record<number, CellNumber>;
  tools?: Record<ToolId, CellNumber>;
  total?: CellNumber;
  previous?: CellNumber;
}

export interface AgenciesRead {
  sheet: string;
  rows: AgencySourceRow[];
  /** True when a row had an error: the area is not computed. */
  failed: boolean;
}

const text = (v: CellValue): string => (v === null ? '' : v instanceof Date ? '' : String(v).trim());

/** Reads every agency row below the header; blank rows are skipped wherever they are. */
export function parseAgencies(
  sheet: SheetSnapshot,
  found: SheetFound,
  fw: Framework,
  problems: Problem[],
  textNumbers: TextNumber[],
): AgenciesRead {
  const cols = new Map(found.columns.map((c) => [c.key, c.col]));
  const used = [...cols.values()];
  const rows: AgencySourceRow[] = [];
  const seen = new Map<string, { row: number; cell: CellRef }>();
  const errorsIn = () => problems.reduce((n, p) => n + Number(p.severity === 'error'), 0);
  const before = errorsIn();
  const name = sheet.name;
  const scoreKeys = [...cols.keys()].filter((k) => !['name', 'type', 'district', 'province'].includes(k));
  const scoreCols = scoreKeys.map((k) => cols.get(k)!);
  // Column letters once: a cell's address is its letters and its row number.
  const letters = new Map([...cols].map(([k, c]) => [k, columnLetters(c)]));
  const indicatorKeys = fw.indicators.map((d) => ({ id: d.id, key: indicatorKey(d.id) }));
  const toolKeys = TOOL_IDS.map((t) => ({ id: t, key: toolKey(t) }));
  // District and province repeat on thousands of rows: each is normalised once.
  const keys = new Map<string, string>();
  const keyOf = (s: string) => {
    let k = keys.get(s);
    if (k === undefined) keys.set(s, (k = normalizeKey(s)));
    return k;
  };
  for (let r = (found.headerRow ?? 0) + 1; r < sheet.top + sheet.values.length; r++) {
    const line = r + 1;
    const values = sheet.values[r - sheet.top];
    const cellIn = (c: number): CellValue => values?.[c - sheet.left] ?? null;
    if (used.every((c) => isEmpty(cellIn(c)))) continue;
    const get = (key: string): CellValue => {
      const c = cols.get(key);
      return c === undefined ? null : cellIn(c);
    };
    const at = (key: string) => `${letters.get(key) ?? 'A'}${line}` as CellRef; // column letters and a row number
    const agency = text(get('name'));
    // A row of text only (a district's title line above its agencies) is no agency.
    if (agency === '' && scoreCols.every((c) => isEmpty(cellIn(c)))) continue;
    if (agency === '') {
      problems.push(
        cellProblem(
          'error',
          'agencies.name',
          name,
          at('name'),
          null,
          bi('ชื่อหน่วยงาน เพราะแถวนี้มีคะแนน', 'the agency’s name, as this row holds scores'),
        ),
      );
      continue;
    }
    const typeRaw = text(get('type'));
    const type = agencyTypeOf(typeRaw, agency);
    if (type === undefined)
      problems.push(
        cellProblem(
          'warning',
          'agencies.type',
          name,
          at('type'),
          typeRaw,
          bi(
            `ประเภท ${AGENCY_TYPES.map((t) => t.label.th).join(', ')} — แถวนี้นับเป็น "อื่น ๆ"`,
            `a type: ${AGENCY_TYPES.map((t) => t.label.en).join(', ')}; this row counts as "Other"`,
          ),
        ),
      );
    const district = text(get('district'));
    const province = text(get('province'));

    // The same agency twice: same name in the same district and province. Said whatever the
    // scores hold, in the same run as a bad score on either row; the second row is not counted.
    const key = `${normalizeKey(agency)}\u0000${keyOf(district)}\u0000${keyOf(province)}`;
    const first = seen.get(key);
    if (first) {
      const where = [district, province].filter((x) => x).join(', ');
      problems.push(
        locatedProblem(
          'error',
          'agencies.duplicate',
          name,
          at('name'),
          bi(
            `${agency}${where ? ` (${where})` : ''} มีสองแถว: แถว ${first.row + 1} (${first.cell}) และแถว ${line} (${at('name')}) — ลบแถวที่ซ้ำ หรือแก้ชื่อ/อำเภอให้ถูกต้อง`,
            `${agency}${where ? ` (${where})` : ''} is on two rows: row ${first.row + 1} (${first.cell}) and row ${line} (${at('name')}); delete the duplicate, or correct the name or district`,
          ),
          agency,
        ),
      );
    } else seen.set(key, { row: r, cell: at('name') });

    const problemsBefore = problems.length;
    const read = (key: string, severity: 'error' | 'warning' = 'error'): CellNumber | undefined | null => {
      const c = cols.get(key);
      if (c === undefined) return undefined;
      const v = cellIn(c);
      if (isEmpty(v)) return undefined;
      // A plain number from 0 to 100 in a cell not shown as a percentage: as readScoreCell reads it.
      if (typeof v === 'number' && v >= 0 && v <= 100 && !isPercentFormat(formatAt(sheet, r, c)))
        return { value: v, sheet: name, cell: at(key), formulaReadable: true, raw: v };
      return readScoreCell(sheet, at(key), v, severity, 'agencies.score', problems, textNumbers) ?? null;
    };
    const inds = indicatorKeys.map((x) => ({ id: x.id, key: x.key, v: read(x.key) }));
    const tools = toolKeys.map((x) => ({ id: x.id, key: x.key, v: read(x.key) }));
    const total = read('total');
    const previous = read('previous', 'warning');
    if (problems.length > problemsBefore && problems.slice(problemsBefore).some((p) => p.severity === 'error'))
      continue;

    const given = <T extends { v: CellNumber | undefined | null }>(xs: T[]) => xs.filter((x) => x.v);
    const gi = given(inds);
    const gt = given(tools);
    const full = (n: number, of: number) => n === of && of > 0;
    const indFull = full(gi.length, fw.indicators.length);
    const toolFull = full(gt.length, TOOL_IDS.length);
    const out: AgencySourceRow = { row: r, nameCell: at('name'), input: { name: agency, type: type ?? 'other' } };

    // Incomplete lower levels: an error when nothing complete stands above them, else a note.
    const partial = [
      ...(gi.length > 0 && !indFull ? [{ what: 'ind', empty: inds.filter((x) => !x.v) }] : []),
      ...(gt.length > 0 && !toolFull ? [{ what: 'tool', empty: tools.filter((x) => !x.v) }] : []),
    ];
    const basisFound = indFull || toolFull || !!total;
    for (const p of partial) {
      const cells = p.empty.map((x) => at(x.key));
      const labels =
        p.what === 'ind' ? p.empty.map((x) => String(x.id)).join(', ') : p.empty.map((x) => x.id).join(', ');
      const ths = p.what === 'ind' ? `ตัวชี้วัดที่ ${labels}` : labels;
      const ens = p.what === 'ind' ? `indicators ${labels}` : labels;
      problems.push(
        locatedProblem(
          basisFound ? 'warning' : 'error',
          basisFound ? 'agencies.partial-ignored' : 'agencies.partial',
          name,
          cells[0],
          basisFound
            ? bi(
                `${name} แถว ${line} (${agency}): ${ths} ว่าง จึงไม่ใช้คะแนนระดับนี้ แต่ใช้${toolFull && p.what === 'ind' ? 'คะแนน IIT/EIT/OIT' : 'คะแนนรวม'}แทน`,
                `${name} row ${line} (${agency}): ${ens} empty, so this level is not used; ${toolFull && p.what === 'ind' ? 'the IIT/EIT/OIT scores are' : 'the total is'} used instead`,
              )
            : bi(
                `${name} แถว ${line} (${agency}): ${ths} ว่าง (${cells.join(', ')}) — กรอกให้ครบ หรือกรอกคะแนน IIT/EIT/OIT ทั้งสาม หรือคะแนนรวม`,
                `${name} row ${line} (${agency}): ${ens} empty (${cells.join(', ')}); fill them all, or give the three tools IIT/EIT/OIT, or the total`,
              ),
        ),
      );
    }
    if (!basisFound) {
      if (partial.length === 0)
        problems.push(
          cellProblem(
            'error',
            'agencies.no-score',
            name,
            cols.has('total') ? at('total') : at(gi[0]?.key ?? gt[0]?.key ?? 'name'),
            null,
            bi(
              `คะแนนของ ${agency}: ตัวชี้วัดทั้ง ${fw.indicators.length} หรือ IIT/EIT/OIT หรือคะแนนรวม`,
              `scores for ${agency}: all ${fw.indicators.length} indicators, or IIT/EIT/OIT, or the total`,
            ),
          ),
        );
      continue;
    }
    if (indFull) {
      out.indicators = Object.fromEntries(gi.map((x) => [x.id, x.v!]));
      out.input.indicators = Object.fromEntries(gi.map((x) => [x.id, x.v!.value]));
    } else if (toolFull) {
      out.tools = Object.fromEntries(gt.map((x) => [x.id, x.v!])) as Record<ToolId, CellNumber>;
      out.input.tools = Object.fromEntries(gt.map((x) => [x.id, x.v!.value])) as Record<ToolId, number>;
    } else {
      out.total = total!;
      out.input.total = total!.value;
    }
    // Figures given beside the level used are checked against it, as reported figures are.
    const computedTools = indFull ? toolMeans(fw, out.input.indicators!) : toolFull ? out.input.tools! : undefined;
    if (indFull && toolFull)
      for (const t of gt)
        if (differsWhenShown(t.v!.value, computedTools![t.id]))
          problems.push(differs(name, at(t.key), line, agency, t.id, t.v!.value, computedTools![t.id]));
    if (computedTools && total) {
      const sum = TOOL_IDS.reduce(
        (s, id) => s + (fw.tools.find((t) => t.id === id)!.weight * 100 * computedTools[id]) / 100,
        0,
      );
      if (differsWhenShown(total.value, sum))
        problems.push(differs(name, at('total'), line, agency, bi('คะแนนรวม', 'the total'), total.value, sum));
    }
    if (district) out.input.district = district;
    if (province) out.input.province = province;
    if (previous) {
      out.previous = previous;
      out.input.previousTotal = previous.value;
    }

    if (!first) rows.push(out);
  }
  const failed = errorsIn() > before;
  if (!failed && rows.length === 0)
    problems.push(
      locatedProblem(
        'warning',
        'agencies.empty',
        name,
        a1((found.headerRow ?? 0) + 1, 0),
        bi(
          `ชีต ${name} ยังไม่มีหน่วยงาน: กรอกหนึ่งแถวต่อหนึ่งหน่วยงานใต้หัวตาราง`,
          `Sheet ${name} has no agency yet: one row per agency below the header`,
        ),
      ),
    );
  return { sheet: name, rows, failed };
}

function toolMeans(fw: Framework, ind: Readonly<Record<number, number>>): Record<ToolId, number> {
  const out = {} as Record<ToolId, number>;
  for (const t of TOOL_IDS) {
    const ids = fw.indicators.filter((d) => d.tool === t).map((d) => ind[d.id]);
    out[t] = ids.reduce((s, v) => s + v, 0) / ids.length;
  }
  return out;
}

function differs(
  sheet: string,
  cell: CellRef,
  line: number,
  agency: string,
  what: string | { th: string; en: string },
  given: number,
  computed: number,
): Problem {
  const w = typeof what === 'string' ? bi(what, what) : what;
  return locatedProblem(
    'warning',
    'agencies.given-differs',
    sheet,
    cell,
    bi(
      `${sheet} แถว ${line} (${agency}): ${w.th} ที่กรอก ${round2(given).toFixed(2)} ไม่ตรงกับที่คำนวณจากคะแนนรายละเอียด ${round2(computed).toFixed(2)} — ใช้ค่าที่คำนวณ ตรวจว่าพิมพ์ผิดหรือไม่`,
      `${sheet} row ${line} (${agency}): ${w.en} given as ${round2(given).toFixed(2)} differs from ${round2(computed).toFixed(2)} computed from the detailed scores; the computed one is used; check for a typing slip`,
    ),
    String(given),
  );
}
