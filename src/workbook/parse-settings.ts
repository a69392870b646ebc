/** The Settings sheet: agency, fiscal year, target, and the reported result, as label–value rows. */
import { ToolId } from '../domain/framework';
import { IsoDate, normalizeKey } from '../domain/parse/common';
import { parseDate } from '../domain/parse/dates';
import { parseScore } from '../domain/parse/numbers';
import { FiscalYear, parseYear } from '../domain/parse/years';
import { Problem } from '../domain/problem';
import { cellAt, cellProblem, isEmpty } from './cells';
import { CellNumber, cellNumber, shownValue } from './parse-rows';
import { CellValue, SheetSnapshot, a1 } from './snapshot';
import type { CellRef } from '../domain/refs';

export interface Settings {
  fiscalYear?: FiscalYear;
  /** Where the fiscal year was read (the row its label is on, column B). */
  fiscalYearAt?: { sheet: string; cell: CellRef; raw: CellValue };
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
