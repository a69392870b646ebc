import { bi, Bilingual } from '../domain/text';
import { normalizeKey } from '../domain/parse/common';
import { ColumnChoice, ColumnFound, SheetChoice, SheetFound, SheetRole } from './analysis';
import { AGENCIES_COLUMNS, AGENCIES_SHEET_NAMES } from './agencies-columns';
import { RULES_SHEET_NAMES } from './rules-layout';
import { a1, CellValue, SheetSnapshot, WorkbookSnapshot } from './snapshot';

export interface ColumnSpec {
  key: string;
  label: Bilingual;
  aliases: readonly string[];
  required: boolean;
  /** Required unless this other column (or one of these) is there (an Item column gives the indicator). */
  requiredUnless?: string | readonly string[];
}

export interface RoleSpec {
  role: SheetRole;
  label: Bilingual;
  required: boolean;
  sheetNames: readonly string[];
  /** Settings is label/value in columns A/B, so it has no header row. */
  columns: readonly ColumnSpec[];
}

const col = (
  key: string,
  th: string,
  en: string,
  aliases: string[],
  required: boolean | { unless: string | readonly string[] } = false,
): ColumnSpec => ({
  key,
  label: bi(th, en),
  aliases: [th, en, ...aliases],
  required: required === true,
  ...(typeof required === 'object' ? { requiredUnless: required.unless } : {}),
});

const isMissing = (c: ColumnSpec, found: ColumnFound[]): boolean =>
  (c.required || c.requiredUnless !== undefined) &&
  !found.some((f) => f.key === c.key || [c.requiredUnless ?? []].flat().includes(f.key));

/** The contract's sheets and column aliases (workbook-contract.md), Thai and English. */
export const ROLES: readonly RoleSpec[] = [
  {
    role: 'settings',
    label: bi('ตั้งค่า', 'Settings'),
    required: false,
    sheetNames: ['ตั้งค่า', 'Settings', 'Setting', 'การตั้งค่า'],
    columns: [],
  },
  {
    role: 'scores',
    label: bi('คะแนน', 'Scores'),
    required: true,
    sheetNames: ['คะแนน', 'Scores', 'Score', 'ผลคะแนน'],
    columns: [
      col(
        'indicator',
        'ตัวชี้วัด',
        'Indicator',
        ['ตัวชี้วัดที่', 'ตัวชี้วัดการประเมิน', 'Indicator no', 'Indicator number', 'Ind', 'Ind no'],
        { unless: 'item' }, // an Item column gives each row's indicator
      ),
      col('item', 'ข้อ', 'Item', ['ข้อคำถาม', 'รหัส', 'Code', 'Question', 'รหัสข้อ']),
      col('score', 'คะแนน', 'Score', ['คะแนนที่ได้', 'ร้อยละ', 'ผลคะแนน', 'คะแนนปีนี้', 'Points', 'Percent'], true),
      col('previous', 'คะแนนปีก่อน', 'Previous', ['ปีที่แล้ว', 'คะแนนปีที่แล้ว', 'Previous score', 'Last year']),
      col('tool', 'เครื่องมือ', 'Tool', ['แบบ', 'แบบสำรวจ', 'แบบวัด']),
    ],
  },
  {
    role: 'oit',
    label: bi('OIT', 'OIT'),
    required: false,
    sheetNames: ['OIT', 'การเปิดเผยข้อมูล', 'Open data', 'OIT checklist'],
    columns: [
      col('item', 'ข้อ', 'Item', ['รหัส', 'Code', 'รหัสข้อ'], true),
      col('title', 'หัวข้อ', 'Title', ['รายการ', 'ข้อมูล']),
      col('published', 'เผยแพร่', 'Published', ['มี/ไม่มี', 'ผล', 'มีไม่มี', 'การเผยแพร่'], true),
      col('url', 'URL', 'Link', ['ลิงก์', 'ที่อยู่เว็บไซต์', 'ลิงค์', 'Website']),
      col('previous', 'ปีก่อน', 'Last year', ['เผยแพร่ปีก่อน', 'ผลปีก่อน', 'Previous', 'Published last year']),
    ],
  },
  {
    role: 'measures',
    label: bi('มาตรการ', 'Measures'),
    required: false,
    sheetNames: ['มาตรการ', 'Measures', 'Measure', 'แผนมาตรการ'],
    columns: [
      col(
        'measure',
        'มาตรการ',
        'Measure',
        [
          'มาตรการ/กิจกรรม',
          'กิจกรรม',
          'ประเด็นที่ต้องพัฒนา',
          'Activity',
          'แนวทางในการยกระดับการประเมิน',
          'แนวทางการยกระดับ',
          'ประเด็นที่ต้องปรับปรุงแก้ไข/ประเด็นที่ต้องพัฒนา',
          'ประเด็นที่ต้องปรับปรุงแก้ไข',
          'ประเด็นที่ควรพัฒนา',
        ],
        true,
      ),
      col('method', 'วิธีดำเนินการ', 'Method', [
        'ขั้นตอน',
        'ขั้นตอนการดำเนินการ',
        'ขั้นตอน/วิธีการปฏิบัติ',
        'ขั้นตอนหรือวิธีการ/มาตรการ',
        'ขั้นตอนหรือวิธีการ',
        'ขั้นตอน/วิธีดำเนินการ',
        'Steps',
      ]),
      col('responsible', 'ผู้รับผิดชอบ', 'Responsible', ['หน่วยงานผู้รับผิดชอบ', 'หน่วยงานที่รับผิดชอบ', 'Responsible unit'], true),
      col('period', 'ระยะเวลา', 'Period', [
        'ระยะเวลาดำเนินการ',
        'ระยะเวลาในการดำเนินการ',
        'กำหนดเวลาแล้วเสร็จ',
        'การรายงานผลและการกำกับติดตาม กำหนดเวลาแล้วเสร็จ',
        'Deadline',
        'ช่วงเวลา',
      ]),
      col('status', 'สถานะ', 'Status', ['การดำเนินการ', 'ความก้าวหน้า', 'ความก้าวหน้าผลการดำเนินการ', 'Progress']),
      col('indicator', 'ตัวชี้วัด', 'Indicator', ['ตัวชี้วัดที่']),
      col('monitoring', 'การกำกับติดตาม', 'Monitoring', ['การติดตามผล', 'การติดตามประเมินผล', 'การรายงานผลและการกำกับติดตาม']),
      col('result', 'ผลการดำเนินการ', 'Result', ['สรุปผลการดำเนินการตามมาตรการหรือกิจกรรม', 'สรุปผลการดำเนินการ']),
      col('outcome', 'ผลลัพธ์', 'Outcome', ['ผลลัพธ์หรือความสำเร็จในการดำเนินการ', 'ผลลัพธ์หรือความสำเร็จของการดำเนินการ']),
    ],
  },
  {
    // The year's rules in titled tables (rules-layout.ts): found by name only.
    role: 'rules',
    label: bi('เกณฑ์การประเมิน', 'Rules'),
    required: false,
    sheetNames: RULES_SHEET_NAMES,
    columns: [],
  },
  {
    // Many agencies, one row each (issue 14): the district's or province's view.
    role: 'agencies',
    label: bi('หน่วยงาน', 'Agencies'),
    required: false,
    sheetNames: AGENCIES_SHEET_NAMES,
    columns: AGENCIES_COLUMNS,
  },
];

export function roleSpec(role: SheetRole): RoleSpec {
  return ROLES.find((r) => r.role === role) as RoleSpec;
}

/** Sheet name key: no case, spaces, punctuation or trailing "ITA". */
export function sheetKey(name: string): string {
  return normalizeKey(name).replace(/ita$/, '');
}

/**
 * A header matches an alias exactly, or the alias followed by a year such as "คะแนนที่ได้(64)".
 * Gives the year it names (B.E.), null for none, undefined when it does not match.
 */
function headerMatch(header: string, alias: string): number | null | undefined {
  const a = normalizeKey(alias);
  // Units or notes in brackets are not part of the name: "คะแนน (ร้อยละ)", "Score (%)".
  for (const text of [header, header.replace(/[([（［【][^)\]）］】]*[)\]）］】]/g, ' ')]) {
    const h = normalizeKey(text);
    if (h === a) return null;
    const rest = h.slice(a.length);
    if (h.startsWith(a) && /^\d{2,4}$/.test(rest)) return yearOfSuffix(Number(rest));
  }
  return undefined;
}

/** "64" → 2564, "2564" → 2564, "2021" (C.E.) → 2564. */
function yearOfSuffix(n: number): number {
  if (n < 100) return 2500 + n;
  return n < 2400 ? n + 543 : n;
}

const HEADER_ROWS = 10;

function cellText(v: CellValue | undefined): string {
  return typeof v === 'string' ? v : '';
}

interface HeaderAttempt {
  headerRow: number;
  columns: ColumnFound[];
  missing: ColumnSpec[];
  /** The row's non-empty texts, to say what was found when a column is missing. */
  headers: string[];
  choice?: ColumnChoice;
}

/**
 * Several columns could be the score ("คะแนน 2565", "คะแนน 2566"). The stated rule: the one
 * naming the fiscal year; else the one naming no year. Then a column naming the year before
 * is last year's. With no column the rule picks, nothing is chosen and the caller stops.
 */
function chooseScoreColumn(
  matches: { idx: number; year: number | null }[],
  fiscalYear: number | undefined,
  column: (idx: number) => ColumnFound,
): ColumnChoice {
  const all = matches.map((m) => column(m.idx));
  const pick =
    matches.find((m) => fiscalYear !== undefined && m.year === fiscalYear) ??
    (matches.filter((m) => m.year === null).length === 1 ? matches.find((m) => m.year === null) : undefined);
  const last = fiscalYear !== undefined ? matches.find((m) => m.year === fiscalYear - 1 && m !== pick) : undefined;
  return {
    candidates: all,
    ...(pick ? { chosen: column(pick.idx) } : {}),
    ...(pick && last ? { previous: column(last.idx) } : {}),
  };
}

/**
 * The first row within the sheet's first 10 that holds every required header;
 * failing that, the row that came closest (to say which columns are missing).
 */
export function findHeader(sheet: SheetSnapshot, spec: RoleSpec, fiscalYear?: number): HeaderAttempt | undefined {
  let best: HeaderAttempt | undefined;
  for (let r = 0; r < sheet.values.length && sheet.top + r < HEADER_ROWS; r++) {
    const row = sheet.values[r] ?? [];
    const columns: ColumnFound[] = [];
    let choice: ColumnChoice | undefined;
    const column = (c: ColumnSpec, idx: number): ColumnFound => ({
      key: c.key,
      label: c.label,
      header: cellText(row[idx]),
      cell: a1(sheet.top + r, sheet.left + idx),
      col: sheet.left + idx,
    });
    for (const c of spec.columns) {
      const free = (i: number) => !columns.some((f) => f.col === sheet.left + i);
      const matches = row.flatMap((v, i) => {
        if (!free(i)) return [];
        const years = c.aliases.map((a) => headerMatch(cellText(v), a)).filter((y) => y !== undefined);
        return years.length > 0 ? [{ idx: i, year: years[0] as number | null }] : [];
      });
      if (matches.length === 0) continue;
      if (c.key !== 'score' || matches.length === 1) {
        columns.push(column(c, matches[0].idx));
        continue;
      }
      choice = chooseScoreColumn(matches, fiscalYear, (i) => column(c, i));
      if (choice.chosen) columns.push(choice.chosen);
    }
    if (choice?.previous && !columns.some((f) => f.key === 'previous')) {
      const prevSpec = spec.columns.find((c) => c.key === 'previous');
      if (prevSpec) columns.push({ ...choice.previous, key: 'previous', label: prevSpec.label });
    }
    const missing = spec.columns.filter((c) => isMissing(c, columns));
    const headers = row.map((v) => cellText(v).trim()).filter((h) => h !== '');
    const attempt = { headerRow: sheet.top + r, columns, missing, headers, ...(choice ? { choice } : {}) };
    if (missing.length === 0) return attempt;
    if (columns.length > 0 && (!best || columns.length > best.columns.length)) best = attempt;
  }
  return best;
}

interface Chosen {
  sheet: SheetSnapshot;
  choice?: SheetChoice;
}

/**
 * The stated rule when several sheets could have one role (an old copy kept beside this year's):
 * a visible sheet over hidden ones, then the first in tab order. The others are named in a warning.
 */
function chooseSheet(alike: readonly SheetSnapshot[]): Chosen | undefined {
  if (alike.length === 0) return undefined;
  const sheet = alike.find((s) => !s.hidden) ?? alike[0];
  if (alike.length === 1) return { sheet };
  const others = alike.filter((s) => s !== sheet);
  return {
    sheet,
    choice: {
      others: others.map((s) => s.name),
      rule: !sheet.hidden && others.every((s) => s.hidden) ? 'visible' : 'first',
    },
  };
}

function choiceOf(chosen: Chosen): { sheetChoice?: SheetChoice } {
  return chosen.choice ? { sheetChoice: chosen.choice } : {};
}

function isComplete(sheet: SheetSnapshot, spec: RoleSpec, fiscalYear?: number): boolean {
  return findHeader(sheet, spec, fiscalYear)?.missing.length === 0;
}

/**
 * Finds each input sheet: by name first (Thai or English), else the first
 * other sheet whose header row carries the role's required columns.
 */
export function detectSheets(
  snapshot: WorkbookSnapshot,
  ownedSheets: ReadonlySet<string>,
  fiscalYear?: number,
): SheetFound[] {
  const candidates = snapshot.sheets.filter((s) => !ownedSheets.has(s.name));
  const taken = new Set<string>();
  const byName = new Map<SheetRole, Chosen>();
  for (const spec of ROLES) {
    const keys = spec.sheetNames.map(sheetKey);
    const chosen = chooseSheet(candidates.filter((s) => !taken.has(s.name) && keys.includes(sheetKey(s.name))));
    if (chosen) {
      byName.set(spec.role, chosen);
      taken.add(chosen.sheet.name);
    }
  }
  return ROLES.map((spec): SheetFound => {
    const base = { role: spec.role, label: spec.label, required: spec.required };
    let chosen = byName.get(spec.role);
    if (spec.columns.length === 0)
      return chosen
        ? { ...base, sheet: chosen.sheet.name, columns: [], missingColumns: [], ...choiceOf(chosen) }
        : { ...base, columns: [], missingColumns: [] };
    if (!chosen) {
      chosen = chooseSheet(candidates.filter((s) => !taken.has(s.name) && isComplete(s, spec, fiscalYear)));
      if (chosen) taken.add(chosen.sheet.name);
    }
    if (!chosen) return { ...base, columns: [], missingColumns: [] };
    const sheet = chosen.sheet;
    const found = { ...base, ...choiceOf(chosen) };
    const header = findHeader(sheet, spec, fiscalYear);
    if (!header) {
      const firstRow = (sheet.values.find((r) => r.some((v) => cellText(v).trim() !== '')) ?? []).map((v) =>
        cellText(v).trim(),
      );
      const missing = spec.columns.filter((c) => isMissing(c, []));
      return {
        ...found,
        sheet: sheet.name,
        columns: [],
        missingColumns: missing.map((c) => c.label),
        missingDetail: missing.map((c) => ({ label: c.label, accepted: c.aliases })),
        headersFound: firstRow.filter((h) => h !== ''),
      };
    }
    return {
      ...found,
      sheet: sheet.name,
      headerRow: header.headerRow,
      columns: header.columns,
      missingColumns: header.missing.map((c) => c.label),
      ...(header.choice ? { columnChoice: header.choice } : {}),
      ...(header.missing.length > 0
        ? {
            missingDetail: header.missing.map((c) => ({ label: c.label, accepted: c.aliases })),
            headersFound: header.headers,
          }
        : {}),
    };
  });
}

/** Levenshtein distance, for names a letter or two away from the ones we look for. */
function editDistance(a: string, b: string): number {
  const [x, y] = [[...a], [...b]];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++)
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[y.length];
}

/**
 * Sheets whose name is a slip away from the one a role looks for ("ตั้งค่" for "ตั้งค่า"), when that
 * role found no sheet: said, so a misspelt Settings sheet is not silently replaced by defaults.
 */
export function nearMisses(
  snapshot: WorkbookSnapshot,
  found: readonly SheetFound[],
  ownedSheets: ReadonlySet<string>,
): { role: SheetFound; sheet: string; name: string }[] {
  const used = new Set(found.flatMap((f) => (f.sheet ? [f.sheet] : [])));
  const free = snapshot.sheets.filter((s) => !used.has(s.name) && !ownedSheets.has(s.name));
  return found.flatMap((f) => {
    if (f.sheet) return [];
    for (const s of free)
      for (const name of roleSpec(f.role).sheetNames) {
        const [have, want] = [sheetKey(s.name), sheetKey(name)];
        const d = editDistance(have, want);
        if (d > 0 && d <= Math.max(1, Math.floor([...want].length / 4))) return [{ role: f, sheet: s.name, name }];
      }
    return [];
  });
}
