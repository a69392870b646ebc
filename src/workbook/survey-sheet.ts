/**
 * The responses sheet of the agency's own pre-assessment survey (แบบสำรวจ / Responses, issue
 * #13): one row per respondent, one column per question, as Google Forms and Microsoft Forms
 * export them. Only counts per answer leave this module: no respondent's row, name, e-mail or
 * free text is kept, and columns that are not questions are never read past their header row.
 */
import { codeRange, Framework, ToolId } from '../domain/framework';
import { Problem } from '../domain/problem';
import { Assessment, scoreAssessment, ScoreInput } from '../domain/scoring';
import { suggestionsForIndicator } from '../domain/suggestions';
import {
  preAssessmentInput,
  levelNumber,
  QuestionRule,
  readAnswer,
  scoreSurvey,
  surveyQuestions,
  SurveyTallies,
} from '../domain/survey';
import { bi } from '../domain/text';
import { thaiDigitsToArabic } from '../domain/parse/common';
import { SurveySummary } from './analysis';
import { cellProblem, locatedProblem } from './cells';
import { sheetKey } from './detect';
import { a1, CellValue, columnLetters, SheetSnapshot, WorkbookSnapshot } from './snapshot';

/** Sheet names the responses sheet goes by (compared as sheet names are: no case, spaces or "ITA"). */
export const SURVEY_SHEET_NAMES = [
  'แบบสำรวจ',
  'Responses',
  'Survey',
  'ผลแบบสำรวจ',
  'แบบสำรวจล่วงหน้า',
  'Form Responses 1', // the sheet Google Forms links its responses to
  'Form Responses',
  'การตอบกลับแบบฟอร์ม 1', // the same in Google Sheets' Thai interface
  'การตอบแบบฟอร์ม 1',
];

/**
 * The responses sheets, found by name like the rules sheet (their headers are the questions, so
 * no header finds them), and then kept out of the other roles' search by header: a sheet of 47
 * columns costs that search hundreds of milliseconds, whatever its rows. A name may end in a
 * tool or a number ("แบบสำรวจ IIT", "Responses EIT", "Form Responses 2"): one form per tool.
 */
export function findSurveySheets(snapshot: WorkbookSnapshot, owned: ReadonlySet<string>): SheetSnapshot[] {
  const keys = SURVEY_SHEET_NAMES.map(sheetKey);
  return snapshot.sheets.filter((s) => {
    if (owned.has(s.name)) return false;
    const key = sheetKey(s.name);
    return keys.some((k) => key === k || (key.startsWith(k) && /^(iit|eit|\d{1,2})$/.test(key.slice(k.length))));
  });
}

/** How the question columns were recognised. */
export type SurveyMapping = 'codes' | 'order';

export interface SurveySheetRead {
  sheet: string;
  /** 0-based row of the header (or of the codes row below the question texts). */
  headerRow: number;
  mapping: SurveyMapping;
  /** Question code → its column's header cell. */
  columns: { code: string; cell: string }[];
  /** Columns that are not questions (timestamp, e-mail, name, unit…): counted, never read. */
  ignoredColumns: number;
  tallies: SurveyTallies;
}

const HEADER_ROWS = 10;

const text = (v: CellValue | undefined): string => (typeof v === 'string' ? v : '');

/**
 * The survey question a header names: "I1", "I1. ท่านปฏิบัติงาน…", "ข้อ E3", "E๓ เจ้าหน้าที่…",
 * "… [I7]". A code is a letter and a number standing apart from other letters and digits.
 */
export function questionCodeIn(header: string, known: ReadonlySet<string>): string | undefined {
  const s = thaiDigitsToArabic(header);
  for (const m of s.matchAll(/(?:^|[^A-Za-z0-9])([A-Za-z])\s?[.-]?\s?(\d{1,3})(?!\d)/g)) {
    const code = `${m[1].toUpperCase()}${Number(m[2])}`;
    if (known.has(code)) return code;
  }
  return undefined;
}

/** Headers of columns a forms export adds around the questions: never questions, never read. */
const NOT_QUESTIONS =
  /^(timestamp|ประทับเวลา|เวลาประทับ|id|start ?time|completion ?time|last ?modified ?time|e-?mail( ?address)?|อีเมล|ที่อยู่อีเมล|name|ชื่อ|ชื่อ-?สกุล|ชื่อ ?- ?นามสกุล|หน่วยงาน|ส่วนราชการ|สังกัด|ตำแหน่ง|unit|department|score|total ?points|คะแนน)$/i;

/**
 * Reads the responses sheet into counts per answer. Problems: unknown answers (one per column,
 * at its first such cell, with how many more), duplicated question columns, the framework's
 * order used because no header names a code, questions of a surveyed tool with no column.
 */
export function parseSurvey(sheet: SheetSnapshot, fw: Framework, problems: Problem[]): SurveySheetRead | undefined {
  const rules = surveyQuestions(fw);
  const known = new Set(rules.map((r) => r.code));
  const byCode = new Map(rules.map((r) => [r.code, r]));
  const width = sheet.values.reduce((w, r) => Math.max(w, r.length), 0);

  // The row naming the most question codes, within the first ten.
  let best: { r: number; cols: { idx: number; code: string }[] } | undefined;
  for (let r = 0; r < sheet.values.length && sheet.top + r < HEADER_ROWS; r++) {
    const cols = (sheet.values[r] ?? []).flatMap((v, idx) => {
      const code = questionCodeIn(text(v), known);
      return code ? [{ idx, code }] : [];
    });
    if (cols.length > 0 && (!best || cols.length > best.cols.length)) best = { r, cols };
  }

  let mapping: SurveyMapping = 'codes';
  let headerR: number;
  let cols: { idx: number; code: string }[];
  if (best) {
    headerR = best.r;
    cols = [];
    const first = new Map<string, string>();
    for (const c of best.cols) {
      const cell = a1(sheet.top + headerR, sheet.left + c.idx);
      const seen = first.get(c.code);
      if (seen) {
        problems.push(
          locatedProblem(
            'error',
            'survey.duplicate-question',
            sheet.name,
            cell,
            bi(
              `ชีต ${sheet.name}: คอลัมน์ ${cell} เป็นข้อ ${c.code} ซ้ำกับคอลัมน์ ${seen} — แก้รหัสข้อในหัวคอลัมน์ให้ไม่ซ้ำกัน`,
              `Sheet ${sheet.name}: column ${cell} is question ${c.code} again (already ${seen}); give each column its own question code`,
            ),
            c.code,
          ),
        );
        continue;
      }
      first.set(c.code, cell);
      cols.push(c);
    }
  } else {
    const byOrder = columnsByOrder(sheet, rules, width, problems);
    if (!byOrder) return undefined;
    ({ headerR, cols } = byOrder);
    mapping = 'order';
  }

  let dataFrom = headerR + 1;
  // A codes row typed above the questions' wording: the wording row is not a respondent.
  const next = sheet.values[headerR + 1] ?? [];
  const nextCells = cols.map((c) => next[c.idx] ?? null).filter((v) => text(v).trim() !== '');
  if (
    nextCells.length * 2 >= cols.length &&
    cols.every((c) => typeof readAnswer(byCode.get(c.code)!, next[c.idx] ?? null) !== 'number')
  )
    dataFrom++;

  const tallies = tally(sheet, dataFrom, cols, byCode, problems);
  const columns = cols.map((c) => ({ code: c.code, cell: a1(sheet.top + headerR, sheet.left + c.idx) }));

  // A tool the sheet covers should have every question: say which are missing.
  const tools = new Set(cols.map((c) => byCode.get(c.code)!.tool));
  for (const tool of tools) {
    const absent = rules.filter((r) => r.tool === tool && !cols.some((c) => c.code === r.code)).map((r) => r.code);
    if (absent.length > 0)
      problems.push(
        locatedProblem(
          'warning',
          'survey.questions-missing',
          sheet.name,
          a1(sheet.top + headerR, sheet.left),
          bi(
            `ชีต ${sheet.name} ไม่มีคอลัมน์ของข้อ ${codeRange(absent)} (${tool}) ตัวชี้วัดของข้อเหล่านี้คิดจากข้อที่มี`,
            `Sheet ${sheet.name} has no column for ${codeRange(absent)} (${tool}); their indicators are computed from the questions there`,
          ),
          codeRange(absent),
        ),
      );
  }

  return {
    sheet: sheet.name,
    headerRow: sheet.top + headerR,
    mapping,
    columns,
    ignoredColumns: Math.max(0, width - cols.length),
    tallies,
  };
}

/**
 * No header names a code (the export's headers are the questions' wording): the columns whose
 * answers are on a scale are the questions, in the framework's order, if there are as many as
 * one tool's questions or all of them. Anything else is an error saying how to add a codes row.
 */
function columnsByOrder(
  sheet: SheetSnapshot,
  rules: QuestionRule[],
  width: number,
  problems: Problem[],
): { headerR: number; cols: { idx: number; code: string }[] } | undefined {
  const headerR = sheet.values.findIndex((row) => row.some((v) => text(v).trim() !== ''));
  if (headerR < 0) return undefined;
  const header = sheet.values[headerR] ?? [];
  const probe: QuestionRule[] = [];
  for (const r of rules) if (!probe.some((p) => p.scale.id === r.scale.id)) probe.push(r);
  const answerCols: number[] = [];
  for (let idx = 0; idx < width; idx++) {
    if (NOT_QUESTIONS.test(text(header[idx]).trim())) continue;
    let onScale = 0;
    let other = 0;
    for (let r = headerR + 1; r < sheet.values.length && onScale + other < 200; r++) {
      const v = sheet.values[r]?.[idx] ?? null;
      const a = probe.map((p) => readAnswer(p, v));
      if (a.every((x) => x === 'blank')) continue;
      if (a.some((x) => typeof x === 'number') || probe.some((p) => levelNumber(p, v) !== undefined)) onScale++;
      else other++;
    }
    if (onScale > 0 && onScale >= other) answerCols.push(idx);
  }
  const tools = [...new Set(rules.map((r) => r.tool))];
  const options: { tools: ToolId[]; codes: string[] }[] = [
    ...tools.map((t) => ({ tools: [t], codes: rules.filter((r) => r.tool === t).map((r) => r.code) })),
    { tools, codes: rules.map((r) => r.code) },
  ];
  const fit = options.find((o) => o.codes.length === answerCols.length);
  const all = codeRange(rules.map((r) => r.code));
  const examples = tools.map((t) => rules.find((r) => r.tool === t)!.code).join(', ');
  const headerCell = a1(sheet.top + headerR, sheet.left);
  const expected = options.map((o) => `${o.codes.length} (${o.tools.join(' + ')})`).join(', ');
  if (!fit) {
    problems.push(
      locatedProblem(
        'error',
        'survey.no-codes',
        sheet.name,
        headerCell,
        bi(
          `ชีต ${sheet.name}: หัวคอลัมน์ไม่มีรหัสข้อ (เช่น ${examples}) และพบคอลัมน์คำตอบ ${answerCols.length} คอลัมน์ ซึ่งไม่เท่ากับจำนวนข้อ ${expected} — แทรกแถวใต้หัวตาราง แล้วพิมพ์รหัสข้อ (${all}) เหนือคำตอบของแต่ละข้อ`,
          `Sheet ${sheet.name}: no header names a question code (such as ${examples}), and ${answerCols.length} columns hold answers, which is not ${expected}. Insert a row under the header and type each question's code (${all}) above its answers`,
        ),
        String(answerCols.length),
      ),
    );
    return undefined;
  }
  const cols = answerCols.map((idx, i) => ({ idx, code: fit.codes[i] }));
  const at = (i: number) => columnLetters(sheet.left + cols[i].idx);
  problems.push(
    locatedProblem(
      'warning',
      'survey.by-order',
      sheet.name,
      headerCell,
      bi(
        `ชีต ${sheet.name}: หัวคอลัมน์ไม่มีรหัสข้อ จึงถือว่าคอลัมน์คำตอบ ${answerCols.length} คอลัมน์เรียงตามข้อ ${codeRange(fit.codes)} (คอลัมน์ ${at(0)} = ${cols[0].code} … ${at(cols.length - 1)} = ${cols[cols.length - 1].code}) — ถ้าลำดับในแบบฟอร์มต่างไป ให้แทรกแถวใต้หัวตารางแล้วพิมพ์รหัสข้อเหนือแต่ละคอลัมน์`,
        `Sheet ${sheet.name}: no header names a question code, so its ${answerCols.length} answer columns are taken as ${codeRange(fit.codes)} in order (column ${at(0)} = ${cols[0].code} … ${at(cols.length - 1)} = ${cols[cols.length - 1].code}). If the form's order differs, insert a row under the header and type each question's code above its column`,
      ),
      String(answerCols.length),
    ),
  );
  return { headerR, cols };
}

/** Counts per answer, respondents per tool, and one problem per column holding unknown answers. */
function tally(
  sheet: SheetSnapshot,
  dataFrom: number,
  cols: { idx: number; code: string }[],
  byCode: ReadonlyMap<string, QuestionRule>,
  problems: Problem[],
): SurveyTallies {
  const rules = cols.map((c) => byCode.get(c.code)!);
  const counts = rules.map((r) => new Array<number>(r.scale.answers.length).fill(0));
  const unknown = cols.map(() => ({ first: -1, n: 0 }));
  // Answers repeat: read each distinct one once per question's scale and direction.
  const caches = rules.map(() => new Map<CellValue, number | 'blank' | 'unknown'>());
  const toolOf = rules.map((r) => r.tool);
  // Linear-scale numbers read as levels (1 = the least answer): counted, and said once.
  const numbered = rules.map(() => new Set<CellValue>());
  const byNumber = { n: 0, first: '' };
  const respondents: Partial<Record<ToolId, number>> = {};
  const answeredTools = new Set<ToolId>();
  for (let r = dataFrom; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    if (!row) continue;
    answeredTools.clear();
    for (let i = 0; i < cols.length; i++) {
      const v = row[cols[i].idx] ?? null;
      if (v === null) continue;
      let level = caches[i].get(v);
      if (level === undefined) {
        level = readAnswer(rules[i], v);
        const asNumber = level === 'unknown' ? levelNumber(rules[i], v) : undefined;
        if (asNumber !== undefined) {
          level = asNumber;
          numbered[i].add(v);
        }
        caches[i].set(v, level);
      }
      if (level === 'blank') continue;
      if (numbered[i].has(v) && byNumber.n++ === 0) byNumber.first = a1(sheet.top + r, sheet.left + cols[i].idx);
      answeredTools.add(toolOf[i]);
      if (level === 'unknown') {
        if (unknown[i].first < 0) unknown[i].first = r;
        unknown[i].n++;
      } else counts[i][level]++;
    }
    for (const t of answeredTools) respondents[t] = (respondents[t] ?? 0) + 1;
  }
  if (byNumber.n > 0) {
    const scale = rules.find((_, i) => numbered[i].size > 0)!.scale;
    const n = scale.answers.length;
    const [least, most] = [scale.answers[0].label, scale.answers[n - 1].label];
    problems.push(
      locatedProblem(
        'warning',
        'survey.level-numbers',
        sheet.name,
        byNumber.first,
        bi(
          `ชีต ${sheet.name}: ${byNumber.n} เซลล์เป็นตัวเลข 1–${n} จึงอ่านเป็นระดับคำตอบ (1 = ${least.th} … ${n} = ${most.th}) — ถ้าแบบฟอร์มเรียงกลับกัน ให้แทนตัวเลขด้วยคำตอบ`,
          `Sheet ${sheet.name}: ${byNumber.n} cells hold the numbers 1–${n}, read as the answer's level (1 = ${least.en} … ${n} = ${most.en}); if the form ran the other way, replace the numbers with the answers`,
        ),
        String(byNumber.n),
      ),
    );
  }
  cols.forEach((c, i) => {
    const u = unknown[i];
    if (u.n === 0) return;
    const rule = rules[i];
    const cell = a1(sheet.top + u.first, sheet.left + c.idx);
    const best = [...rule.scale.answers].reverse();
    const words = best.map((a) => a.label.th).join(', ');
    const scores = best.map((a) => a.score).join(', ');
    // A warning, not an error: the pre-assessment is the agency's own and never blocks the NACC's
    // figures; an answer it cannot read is left out of the counts, as a blank is.
    const p = cellProblem(
      'warning',
      'survey.answer',
      sheet.name,
      cell,
      shareable(sheet.values[u.first]?.[c.idx] ?? null),
      bi(
        `คำตอบของข้อ ${c.code}: ${words} (หรือ ${scores}) หรือเว้นว่างถ้าไม่ได้ตอบ`,
        `an answer to ${c.code}: ${words} (or ${scores}), or blank if not answered`,
      ),
    );
    const more = u.n - 1;
    const others =
      more === 0
        ? { th: '', en: '' }
        : {
            th: ` (และอีก ${more} เซลล์ในคอลัมน์ ${columnLetters(sheet.left + c.idx)})`,
            en: ` (and ${more} more cell${more === 1 ? '' : 's'} in column ${columnLetters(sheet.left + c.idx)})`,
          };
    problems.push({
      ...p,
      message: bi(
        `${p.message.th}${others.th} — ไม่นับคำตอบนี้ในผลประเมินล่วงหน้า`,
        `${p.message.en}${others.en}; not counted in the pre-assessment`,
      ),
    });
  });
  const out: Record<string, number[]> = {};
  cols.forEach((c, i) => (out[c.code] = counts[i]));
  return { counts: out, respondents };
}

/**
 * What a problem may repeat of an answer cell: a number. Any text, however short, may be a
 * respondent's own words or name ("ดีมาก", "สมชาย"), so only its length is said; the cell is named,
 * so the planner can look.
 */
function shareable(v: CellValue): string {
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return '(วันที่ / a date)';
  const s = typeof v === 'string' ? v.trim() : '';
  return `(ข้อความ ${s.length} ตัวอักษร / text of ${s.length} characters)`;
}

/**
 * The pre-assessment: the sheet's counts scored (question → indicator → tool), the workbook's
 * figures with the survey's in place of the tools it covers, warnings on too few answers, and
 * suggestions for the indicators of the lowest questions.
 */
export function summarizeSurvey(
  sheets: readonly SheetSnapshot[],
  base: ScoreInput,
  problems: Problem[],
  scoresGiven: boolean,
): SurveySummary | undefined {
  const fw = base.framework;
  const reads = sheets.flatMap((sheet) => {
    const read = parseSurvey(sheet, fw, problems);
    return read ? [{ read, left: sheet.left }] : [];
  });
  if (reads.length === 0) return undefined;
  const result = scoreSurvey(fw, mergeTallies(reads.map((r) => r.read.tallies)));
  const first = reads[0];
  const headerCell = a1(first.read.headerRow, first.left);
  const toolOf = (code: string) => result.questions.find((q) => q.code === code)?.tool;
  // Where a question or a tool is: the first sheet with its column.
  const at = (has: (code: string) => boolean) => {
    for (const { read } of reads) {
      const c = read.columns.find((x) => has(x.code));
      if (c) return { sheet: read.sheet, cell: c.cell };
    }
    return { sheet: first.read.sheet, cell: headerCell };
  };

  const few = result.questions.filter((q) => q.few);
  if (few.length > 0)
    problems.push(
      locatedProblem(
        'warning',
        'survey.few-answers',
        at((code) => code === few[0].code).sheet,
        at((code) => code === few[0].code).cell,
        bi(
          `ข้อ ${few.map((q) => `${q.code} (${q.answered} คน)`).join(', ')} มีผู้ตอบน้อย${result.minRespondents !== undefined ? `กว่าขั้นต่ำ ${result.minRespondents} คน` : 'กว่าครึ่งหนึ่งของผู้ตอบแบบนั้น'} คะแนนของข้อเหล่านี้จึงบอกได้ไม่มากนัก`,
          `${few.map((q) => `${q.code} (${q.answered} answers)`).join(', ')}: fewer answers than ${result.minRespondents !== undefined ? `the minimum of ${result.minRespondents}` : "half of the tool's respondents"}, so these scores mean little`,
        ),
        few.map((q) => q.code).join(', '),
      ),
    );
  for (const t of result.tools)
    if (t.enough === false && t.respondents > 0)
      problems.push(
        locatedProblem(
          'warning',
          'survey.few-respondents',
          at((code) => toolOf(code) === t.id).sheet,
          at((code) => toolOf(code) === t.id).cell,
          bi(
            `แบบสำรวจ ${t.id} มีผู้ตอบ ${t.respondents} คน น้อยกว่าขั้นต่ำ ${result.minRespondents} คน ที่ตั้งไว้ในชีตเกณฑ์การประเมิน`,
            `The ${t.id} survey has ${t.respondents} respondents, fewer than the minimum of ${result.minRespondents} set on the Rules sheet`,
          ),
          String(t.respondents),
        ),
      );

  let assessment: Assessment | undefined;
  if (scoresGiven && result.tools.some((t) => t.score !== undefined)) {
    const ev = scoreAssessment(preAssessmentInput(base, result));
    assessment = ev.assessment;
    const blocked = ev.problems.find((p) => p.severity === 'error');
    if (!assessment && blocked)
      problems.push(
        locatedProblem(
          'warning',
          'survey.no-total',
          first.read.sheet,
          headerCell,
          bi(
            `ยังคำนวณคะแนนรวมของการประเมินล่วงหน้าไม่ได้: ${blocked.message.th}`,
            `The pre-assessment's total cannot be computed yet: ${blocked.message.en}`,
          ),
        ),
      );
  }
  const indicators = [
    ...new Set(result.lowest.map((code) => result.questions.find((q) => q.code === code)!.indicator)),
  ];
  return {
    sheets: reads.map(({ read }) => ({
      sheet: read.sheet,
      headerRow: read.headerRow,
      mapping: read.mapping,
      questionColumns: read.columns.length,
      ignoredColumns: read.ignoredColumns,
    })),
    result,
    ...(assessment ? { assessment } : {}),
    advice: indicators.map((id) => ({ indicator: id, suggestions: suggestionsForIndicator(id) })),
  };
}

/** Several forms (an IIT form and an EIT form, or two rounds): their counts add up. */
function mergeTallies(all: readonly SurveyTallies[]): SurveyTallies {
  if (all.length === 1) return all[0];
  const counts: Record<string, number[]> = {};
  const respondents: Partial<Record<ToolId, number>> = {};
  for (const t of all) {
    for (const [code, c] of Object.entries(t.counts)) {
      const acc = counts[code] ?? new Array<number>(c.length).fill(0);
      c.forEach((n, i) => (acc[i] += n));
      counts[code] = acc;
    }
    for (const [tool, n] of Object.entries(t.respondents) as [ToolId, number][])
      respondents[tool] = (respondents[tool] ?? 0) + n;
  }
  return { counts, respondents };
}
