import {
  Framework,
  indicatorDef,
  indicatorRange,
  isOitItem,
  itemDef,
  itemRanges,
  toolItemRange,
  ToolId,
} from '../domain/framework';
import { Problem } from '../domain/problem';
import { ReportedScope } from '../domain/reported';
import { bi } from '../domain/text';
import { IsoDate, normalizeKey } from '../domain/parse/common';
import { parseDate, parsePeriod } from '../domain/parse/dates';
import { parseIndicatorList, parseIndicatorRef, parseItemCode } from '../domain/parse/indicators';
import { parseScore } from '../domain/parse/numbers';
import { parsePublished } from '../domain/parse/published';
import { MeasureStatus, parseStatus } from '../domain/parse/status';
import { parseUrl } from '../domain/parse/url';
import { FiscalYear, parseYear } from '../domain/parse/years';
import { MeasureRow, SheetFound, TextNumber } from './analysis';
import { cellAt, cellProblem, formatAt, isEmpty, isPercentFormat, locatedProblem } from './cells';
import { a1, CellValue, parseA1, SheetSnapshot } from './snapshot';

/** A value read from a cell, with where it came from. */
export interface CellNumber {
  value: number;
  sheet: string;
  cell: string;
  /** False when the cell holds text ("๘๕.๖๖", "85.66 คะแนน") that a formula cannot read. */
  formulaReadable: boolean;
  /** The cell as it was typed. */
  raw: CellValue;
  /** The cell shows its number as a percentage: 0.9235 means 92.35, and formulas multiply by 100. */
  percent?: boolean;
}

/** A number as its cell shows it: 0.9235 in a "0.00%" cell is 92.35 (cut to Excel's 15 digits). */
export function shownValue(sheet: SheetSnapshot, cell: string, v: CellValue): { v: CellValue; percent: boolean } {
  if (typeof v !== 'number') return { v, percent: false };
  const { row, col } = parseA1(cell);
  if (!isPercentFormat(formatAt(sheet, row, col))) return { v, percent: false };
  return { v: Number((v * 100).toPrecision(15)), percent: true };
}

/** A cell number from a parsed score, remembering a percentage format. */
function cellNumber(sheet: SheetSnapshot, cell: string, value: number, raw: CellValue, percent: boolean): CellNumber {
  const out: CellNumber = { value, sheet: sheet.name, cell, formulaReadable: typeof raw === 'number', raw };
  if (percent) out.percent = true;
  return out;
}

// ───────────────────────────── Settings ─────────────────────────────

export interface Settings {
  fiscalYear?: FiscalYear;
  /** Where the fiscal year was read (the row its label is on, column B). */
  fiscalYearAt?: { sheet: string; cell: string; raw: CellValue };
  agency?: string;
  target?: CellNumber;
  asOf?: IsoDate;
  /** The result the NACC published (คะแนนที่ประกาศ), to check the scores entered against. */
  reportedTotal?: CellNumber;
  reportedIIT?: CellNumber;
  reportedEIT?: CellNumber;
  reportedOIT?: CellNumber;
  /** Most points a perception indicator (IIT/EIT) can be expected to rise in a year (gap plan). */
  perceptionStep?: CellNumber;
}

/** Labels of a tool's published score: "คะแนนที่ประกาศ IIT", "Reported IIT", "IIT". */
const reportedToolLabels = (t: ToolId) => [
  `คะแนนที่ประกาศ ${t}`,
  `${t} ที่ประกาศ`,
  `คะแนน ${t} ที่ประกาศ`,
  `Reported ${t}`,
  `${t} reported`,
  t,
];

type SettingKey = Exclude<keyof Settings, 'fiscalYearAt'>;

const SETTING_LABELS: Record<SettingKey, string[]> = {
  fiscalYear: ['ปีงบประมาณ', 'Fiscal year', 'ปีงบประมาณพศ', 'ปีที่ประเมิน', 'Year'],
  agency: ['หน่วยงาน', 'Agency', 'ชื่อหน่วยงาน', 'Organisation', 'Organization'],
  target: ['เป้าหมาย', 'Target', 'เกณฑ์ผ่าน', 'Pass mark', 'คะแนนเป้าหมาย'],
  asOf: ['ณ วันที่', 'As of', 'วันที่', 'Date'],
  // `คะแนนรวม` / `Total` are the row's older names and keep working.
  reportedTotal: ['คะแนนที่ประกาศ', 'คะแนนรวมที่ประกาศ', 'Reported total', 'Reported result', 'คะแนนรวม', 'Total'],
  reportedIIT: reportedToolLabels('IIT'),
  reportedEIT: reportedToolLabels('EIT'),
  reportedOIT: reportedToolLabels('OIT'),
  perceptionStep: [
    'เพิ่มคะแนนการรับรู้ได้ปีละ',
    'ก้าวคะแนนการรับรู้ต่อปี',
    'Perception step per year',
    'Perception step',
    'Yearly perception step',
  ],
};

const settingKey = new Map<string, SettingKey>(
  Object.entries(SETTING_LABELS).flatMap(([k, labels]) =>
    labels.map((l) => [normalizeKey(l), k as SettingKey] as const),
  ),
);

/** Label in column A, value in column B. Unreadable values are errors for the year, warnings otherwise. */
export function parseSettings(sheet: SheetSnapshot, problems: Problem[]): Settings {
  const out: Settings = {};
  for (let r = sheet.top; r < sheet.top + sheet.values.length; r++) {
    const label = cellAt(sheet, r, 0);
    const key = typeof label === 'string' ? settingKey.get(normalizeKey(label)) : undefined;
    if (!key) continue;
    const v = cellAt(sheet, r, 1);
    const cell = a1(r, 1);
    if (isEmpty(v)) continue;
    if (key === 'agency') out.agency = String(v).trim();
    else if (key === 'fiscalYear') {
      const y = parseYear(v);
      if (y.ok) {
        out.fiscalYear = y.value;
        out.fiscalYearAt = { sheet: sheet.name, cell, raw: v };
      } else problems.push(cellProblem('error', 'settings.year', sheet.name, cell, v, y.expected));
    } else if (key === 'asOf') {
      const d = parseDate(v);
      if (d.ok) out.asOf = d.value;
      else problems.push(cellProblem('warning', 'settings.as-of', sheet.name, cell, v, d.expected));
    } else {
      const shown = shownValue(sheet, cell, v);
      const s = parseScore(shown.v);
      if (s.ok) out[key] = cellNumber(sheet, cell, s.value, v, shown.percent);
      else
        problems.push(
          cellProblem(
            key === 'target' ? 'error' : 'warning',
            `settings.${key}`,
            sheet.name,
            cell,
            shown.percent ? `${shown.v}%` : v,
            s.expected,
          ),
        );
    }
  }
  return out;
}

// ───────────────────────────── shared row walking ─────────────────────────────

type Columns = Record<string, number | undefined>;

function columnsOf(found: SheetFound): Columns {
  return Object.fromEntries(found.columns.map((c) => [c.key, c.col]));
}

/** Data rows below the header, skipping blank rows anywhere (they end nothing). */
function* dataRows(
  sheet: SheetSnapshot,
  found: SheetFound,
  cols: Columns,
): Generator<{ row: number; get: (key: string) => CellValue }> {
  const used = Object.values(cols).filter((c): c is number => c !== undefined);
  for (let r = (found.headerRow ?? 0) + 1; r < sheet.top + sheet.values.length; r++) {
    if (used.every((c) => isEmpty(cellAt(sheet, r, c)))) continue;
    yield { row: r, get: (key) => (cols[key] === undefined ? null : cellAt(sheet, r, cols[key] as number)) };
  }
}

function addr(cols: Columns, key: string, row: number): string {
  return a1(row, cols[key] ?? 0);
}

// ───────────────────────────── Scores ─────────────────────────────

export interface ScoreRow {
  row: number;
  indicator: number;
  item?: string;
  /** Absent when the cell is empty: allowed on an indicator row computed from items (it may carry only "previous"). */
  score?: CellNumber;
  /** Address of the Score cell, even when empty. */
  scoreCell: string;
  previous?: CellNumber;
}

/** A figure the workbook reports (the NACC's published total or a tool's score), with its cell. */
export interface ReportedFigure {
  scope: ReportedScope;
  figure: CellNumber;
}

const TOTAL_LABELS = new Set(
  [
    'คะแนนรวม',
    'รวม',
    'ผลรวม',
    'ผลคะแนนรวม',
    'คะแนนรวมทั้งหมด',
    'รวมทั้งหมด',
    'คะแนน ITA',
    'คะแนนรวม ITA',
    'ผลการประเมิน ITA',
    'ITA',
    'Total',
    'Total score',
    'Grand total',
    'Overall',
    'ITA total',
    'ITA score',
  ].map(normalizeKey),
);

/**
 * A pasted NACC summary row's label: "คะแนนรวม", "Total", "IIT", "แบบวัด EIT",
 * "การเปิดเผยข้อมูลสาธารณะ (OIT)". Called only on text that is no indicator or item.
 */
function summaryScope(v: CellValue): ReportedScope | undefined {
  if (typeof v !== 'string') return undefined;
  if (TOTAL_LABELS.has(normalizeKey(v))) return 'total';
  const tools = (['IIT', 'EIT', 'OIT'] as const).filter((t) => new RegExp(`(^|[^a-z])${t}($|[^a-z])`, 'i').test(v));
  return tools.length === 1 ? tools[0] : undefined;
}

function readTool(v: CellValue): ToolId | undefined {
  const k = normalizeKey(String(v));
  return (['IIT', 'EIT', 'OIT'] as const).find((t) => k.includes(t.toLowerCase()));
}

/**
 * Score rows, and the indicators whose rows were rejected (already reported
 * at their cell, so "no score for indicator N" would only repeat it).
 */
export function parseScores(
  sheet: SheetSnapshot,
  found: SheetFound,
  fw: Framework,
  problems: Problem[],
  textNumbers: TextNumber[],
): { rows: ScoreRow[]; rejected: Set<number>; reported: ReportedFigure[] } {
  const cols = columnsOf(found);
  const rows: ScoreRow[] = [];
  const reported: ReportedFigure[] = [];
  const rejected = new Set<number>();
  const seen = new Map<string, string>();
  const itemToIndicator = (code: string) => itemDef(fw, code)?.indicator;
  for (const { row, get } of dataRows(sheet, found, cols)) {
    const at = (key: string) => addr(cols, key, row);
    const err = (key: string, v: CellValue, expected: { th: string; en: string }, code: string) =>
      problems.push(cellProblem('error', code, sheet.name, at(key), v, expected));

    // A pasted summary row (IIT / EIT / OIT / คะแนนรวม under the indicators) is a reported figure.
    const scope = summaryRowScope(get('indicator'), get('item'), get('tool'), fw);
    if (scope) {
      const raw = get('score');
      const figure = isEmpty(raw)
        ? undefined
        : readScoreCell(sheet, at('score'), raw, 'warning', 'scores.reported', problems, textNumbers);
      if (figure) reported.push({ scope, figure });
      continue;
    }

    let item: string | undefined;
    const itemRaw = get('item');
    if (!isEmpty(itemRaw)) {
      const code = parseItemCode(itemRaw);
      if (!code.ok) {
        err('item', itemRaw, code.expected, 'scores.item');
        continue;
      }
      if (!itemDef(fw, code.value)) {
        err(
          'item',
          itemRaw,
          bi(
            `รหัสข้อในกรอบการประเมินปี ${fw.fiscalYear} (${itemRanges(fw)})`,
            `an item of the ${fw.fiscalYear} framework (${itemRanges(fw)})`,
          ),
          'scores.item-unknown',
        );
        continue;
      }
      item = code.value;
    }

    const indRaw = get('indicator');
    let indicator = item ? itemToIndicator(item) : undefined;
    if (!isEmpty(indRaw)) {
      const ref = parseIndicatorRef(indRaw, fw.indicators);
      if (!ref.ok) {
        err('indicator', indRaw, ref.expected, 'scores.indicator');
        continue;
      }
      if (indicator !== undefined && ref.value !== indicator) {
        err(
          'indicator',
          indRaw,
          bi(`ตัวชี้วัดที่ ${indicator} ตามข้อ ${item}`, `indicator ${indicator}, which item ${item} belongs to`),
          'scores.indicator-item',
        );
        continue;
      }
      indicator = ref.value;
    }
    if (indicator === undefined) {
      err(
        'indicator',
        indRaw,
        bi(
          `เลขตัวชี้วัด ${indicatorRange(fw)} หรือรหัสข้อในคอลัมน์ข้อ`,
          `an indicator ${indicatorRange(fw)}, or an item code in the Item column`,
        ),
        'scores.indicator',
      );
      continue;
    }

    const toolRaw = get('tool');
    const expectedTool = indicatorDef(fw, indicator)?.tool;
    if (!isEmpty(toolRaw) && readTool(toolRaw) !== expectedTool) {
      problems.push(
        cellProblem(
          'error',
          'scores.tool',
          sheet.name,
          at('tool'),
          toolRaw,
          bi(
            `${expectedTool} (ตัวชี้วัดที่ ${indicator} อยู่ในแบบ ${expectedTool})`,
            `${expectedTool} (indicator ${indicator} belongs to ${expectedTool})`,
          ),
        ),
      );
      rejected.add(indicator);
      continue;
    }

    const scoreRaw = get('score');
    const score =
      isEmpty(scoreRaw) && !item
        ? undefined
        : readScoreCell(sheet, at('score'), scoreRaw, 'error', 'scores.score', problems, textNumbers);
    if (!score && (item || !isEmpty(scoreRaw))) {
      rejected.add(indicator);
      continue;
    }
    const prevRaw = get('previous');
    const previous = isEmpty(prevRaw)
      ? undefined
      : readScoreCell(sheet, at('previous'), prevRaw, 'warning', 'scores.previous', problems, textNumbers);

    // I/E questions may repeat (one row per respondent, averaged); an indicator or OIT item may not.
    const key = item ?? `indicator ${indicator}`;
    const first = seen.get(key);
    if (first && !(item && !isOitItem(fw, item))) {
      problems.push(
        locatedProblem(
          'error',
          'scores.duplicate',
          sheet.name,
          at(item ? 'item' : 'indicator'),
          bi(
            `แถวซ้ำ: ${key === item ? `ข้อ ${item}` : `ตัวชี้วัดที่ ${indicator}`} มีอยู่แล้วที่ ${sheet.name}!${first} — ลบแถวใดแถวหนึ่ง`,
            `Duplicated row: ${key === item ? `item ${item}` : `indicator ${indicator}`} is already given at ${sheet.name}!${first}; remove one of them`,
          ),
          key,
        ),
      );
      continue;
    }
    if (!first) seen.set(key, at(item ? 'item' : 'indicator'));
    rows.push({
      row,
      indicator,
      ...(item ? { item } : {}),
      ...(score ? { score } : {}),
      scoreCell: at('score'),
      ...(previous ? { previous } : {}),
    });
  }
  return { rows, rejected, reported };
}

/** The scope of a summary row: its label in the Indicator or Item column, or a tool alone in the Tool column. */
function summaryRowScope(ind: CellValue, item: CellValue, tool: CellValue, fw: Framework): ReportedScope | undefined {
  const labels = [ind, item].filter((v) => !isEmpty(v));
  if (labels.length === 0) return isEmpty(tool) ? undefined : summaryScope(tool);
  // "การเปิดเผยข้อมูลสาธารณะ (OIT)" names a tool, though it starts like indicator 9's name; "9. … (OIT)" is indicator 9.
  const numbered = labels.some((v) => typeof v === 'number' || /^\s*(?:ตัวชี้วัดที่\s*)?[\d\u0e50-\u0e59]/.test(String(v)));
  const toolNamed = !numbered && labels.every((v) => summaryScope(v) !== undefined);
  if (!toolNamed && labels.some((v) => parseIndicatorRef(v, fw.indicators).ok || parseItemCode(v).ok)) return undefined;
  const scopes = new Set(labels.map(summaryScope));
  return scopes.size === 1 ? [...scopes][0] : undefined;
}

/** A 0–100 score from a cell; text that parses is remembered for the named fix. */
export function readScoreCell(
  sheet: SheetSnapshot,
  cell: string,
  v: CellValue,
  severity: 'error' | 'warning',
  code: string,
  problems: Problem[],
  textNumbers: TextNumber[],
): CellNumber | undefined {
  const shown = shownValue(sheet, cell, v);
  const s = parseScore(shown.v);
  if (!s.ok) {
    problems.push(cellProblem(severity, code, sheet.name, cell, shown.percent ? `${shown.v}%` : v, s.expected));
    return undefined;
  }
  if (typeof v !== 'number') textNumbers.push({ sheet: sheet.name, cell, found: String(v), number: s.value });
  return cellNumber(sheet, cell, s.value, v, shown.percent);
}

// ───────────────────────────── OIT checklist ─────────────────────────────

export interface OitRow {
  row: number;
  item: string;
  itemCell: string;
  published: boolean;
  publishedCell: string;
  publishedRaw: CellValue;
  url?: string;
  /** The item's title as the workbook's own Title column gives it. */
  title?: string;
  /** Last year's มี/ไม่มี, where the optional Last year column gives it. */
  previouslyPublished?: boolean;
}

export function parseOit(sheet: SheetSnapshot, found: SheetFound, fw: Framework, problems: Problem[]): OitRow[] {
  const cols = columnsOf(found);
  const rows: OitRow[] = [];
  const seen = new Map<string, string>();
  for (const { row, get } of dataRows(sheet, found, cols)) {
    const at = (key: string) => addr(cols, key, row);
    const itemRaw = get('item');
    const code = parseItemCode(itemRaw);
    const def = code.ok ? itemDef(fw, code.value) : undefined;
    if (!code.ok || !def || !isOitItem(fw, def.code)) {
      const expected = code.ok
        ? bi(
            `ข้อ OIT ของปี ${fw.fiscalYear} (${toolItemRange(fw, 'OIT')})`,
            `an OIT item of ${fw.fiscalYear} (${toolItemRange(fw, 'OIT')})`,
          )
        : code.expected;
      problems.push(cellProblem('error', 'oit.item', sheet.name, at('item'), itemRaw, expected));
      continue;
    }
    const first = seen.get(def.code);
    if (first) {
      problems.push(
        locatedProblem(
          'error',
          'oit.duplicate',
          sheet.name,
          at('item'),
          bi(
            `แถวซ้ำ: ข้อ ${def.code} มีอยู่แล้วที่ ${sheet.name}!${first}`,
            `Duplicated row: item ${def.code} is already listed at ${sheet.name}!${first}`,
          ),
          def.code,
        ),
      );
      continue;
    }
    seen.set(def.code, at('item'));
    const pubRaw = get('published');
    const published = parsePublished(pubRaw);
    if (!published.ok) {
      problems.push(cellProblem('error', 'oit.published', sheet.name, at('published'), pubRaw, published.expected));
      continue;
    }
    // A linked cell is judged by its link, whatever text it shows (snapshot.ts, hyperlinks).
    const link = cols.url !== undefined ? sheet.hyperlinks?.[at('url')] : undefined;
    const urlRaw = link ?? get('url');
    let url: string | undefined;
    if (!isEmpty(urlRaw)) {
      const u = parseUrl(urlRaw);
      if (u.ok) url = u.value;
      else problems.push(cellProblem('warning', 'oit.url', sheet.name, at('url'), urlRaw, u.expected));
    } else if (published.value) {
      problems.push(
        cellProblem(
          'warning',
          'oit.url-missing',
          sheet.name,
          cols.url !== undefined ? at('url') : at('published'),
          urlRaw,
          bi(
            `ลิงก์ http(s) ไปยังหน้าเว็บไซต์หลักของหน่วยงานที่เผยแพร่ข้อ ${def.code}`,
            `an http(s) link to the page of the agency's main website that publishes ${def.code}`,
          ),
        ),
      );
    }
    const titleRaw = get('title');
    const title = isEmpty(titleRaw) ? undefined : String(titleRaw).trim();
    // Last year's answer only feeds the comparison: unreadable, it is a warning and left out.
    const prevRaw = get('previous');
    const prev = isEmpty(prevRaw) ? undefined : parsePublished(prevRaw);
    if (prev && !prev.ok)
      problems.push(cellProblem('warning', 'oit.previous', sheet.name, at('previous'), prevRaw, prev.expected));
    rows.push({
      row,
      item: def.code,
      itemCell: at('item'),
      published: published.value,
      publishedCell: at('published'),
      publishedRaw: pubRaw,
      ...(url ? { url } : {}),
      ...(title ? { title } : {}),
      ...(prev?.ok ? { previouslyPublished: prev.value } : {}),
    });
  }
  return rows;
}

// ───────────────────────────── Measures ─────────────────────────────

/** Free-text columns kept for the reports as written, not judged. */
function keptText<K extends string>(get: (key: string) => CellValue, keys: K[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const k of keys) {
    const v = get(k);
    if (!isEmpty(v)) out[k] = v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim();
  }
  return out;
}

export function parseMeasures(
  sheet: SheetSnapshot,
  found: SheetFound,
  fw: Framework,
  fiscalYear: FiscalYear,
  asOf: IsoDate,
  problems: Problem[],
): MeasureRow[] {
  const cols = columnsOf(found);
  const rows: MeasureRow[] = [];
  const itemToIndicator = (code: string) => itemDef(fw, code)?.indicator;
  for (const { row, get } of dataRows(sheet, found, cols)) {
    const at = (key: string) => addr(cols, key, row);
    const warn = (key: string, v: CellValue, expected: { th: string; en: string }, code: string) =>
      problems.push(cellProblem('warning', code, sheet.name, at(key), v, expected));
    const measureRaw = get('measure');
    if (isEmpty(measureRaw)) {
      // Pasted tables continue a merged measure cell on the next rows: kept, not counted.
      continue;
    }
    const responsibleRaw = get('responsible');
    if (isEmpty(responsibleRaw))
      warn(
        'responsible',
        responsibleRaw,
        bi('หน่วยงานหรือผู้รับผิดชอบ เช่น สำนักปลัด', 'the responsible unit, e.g. Office of the Permanent Secretary'),
        'measures.responsible',
      );

    let period: { start: IsoDate; end: IsoDate } | undefined;
    const periodRaw = get('period');
    if (!isEmpty(periodRaw)) {
      const p = parsePeriod(periodRaw, fiscalYear);
      if (p.ok) period = p.value;
      else warn('period', periodRaw, p.expected, 'measures.period');
    }
    let status: MeasureStatus | undefined;
    const statusRaw = get('status');
    if (!isEmpty(statusRaw)) {
      const s = parseStatus(statusRaw);
      if (s.ok) status = s.value;
      else warn('status', statusRaw, s.expected, 'measures.status');
    }
    let indicators: number[] = [];
    const indRaw = get('indicator');
    if (!isEmpty(indRaw)) {
      const l = parseIndicatorList(indRaw, fw.indicators, itemToIndicator);
      if (l.ok) indicators = l.value;
      else warn('indicator', indRaw, l.expected, 'measures.indicator');
    }
    rows.push({
      sheet: sheet.name,
      row,
      cell: at('measure'),
      measure: String(measureRaw).trim(),
      ...(isEmpty(responsibleRaw) ? {} : { responsible: String(responsibleRaw).trim() }),
      ...(period ? { period } : {}),
      ...(typeof periodRaw === 'string' && periodRaw.trim() ? { periodText: periodRaw.trim() } : {}),
      ...keptText(get, ['method', 'monitoring', 'result', 'outcome']),
      ...(status ? { status } : {}),
      ...(cols.status !== undefined ? { statusCell: at('status'), statusRaw: statusRaw } : {}),
      measureIsText: typeof measureRaw === 'string',
      indicators,
      overdue: period !== undefined && period.end < asOf && status !== 'done',
    });
  }
  return rows;
}
