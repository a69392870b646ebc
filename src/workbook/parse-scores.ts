/** The Scores sheet: indicator and item scores, and the reported-result rows pasted from the NACC's summary. */
import type { CellRef } from '../domain/refs';
import type { IndicatorId } from '../domain/refs';
import { Framework, ToolId, indicatorDef, indicatorRange, isOitItem, itemDef, itemRanges } from '../domain/framework';
import { normalizeKey } from '../domain/parse/common';
import { parseIndicatorRef, parseItemCode } from '../domain/parse/indicators';
import { parseScore } from '../domain/parse/numbers';
import { Problem } from '../domain/problem';
import { ReportedScope } from '../domain/reported';
import { bi } from '../domain/text';
import { SheetFound, TextNumber } from './analysis';
import { cellProblem, isEmpty, locatedProblem } from './cells';
import { CellNumber, addr, cellNumber, columnsOf, dataRows, shownValue } from './parse-rows';
import { CellValue, SheetSnapshot } from './snapshot';

export interface ScoreRow {
  row: number;
  indicator: IndicatorId;
  item?: string;
  /** Absent when the cell is empty: allowed on an indicator row computed from items (it may carry only "previous"). */
  score?: CellNumber;
  /** Address of the Score cell, even when empty. */
  scoreCell: CellRef;
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
  cell: CellRef,
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
