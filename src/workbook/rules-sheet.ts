import { buildFramework, Framework, IndicatorHead, ToolDef, ToolId, TOOL_IDS } from '../domain/framework';
import { SURVEYS } from '../domain/framework-common';
import { Problem } from '../domain/problem';
import { bi, Bilingual } from '../domain/text';
import { parseNumber, parseScore } from '../domain/parse/numbers';
import { cellProblem, locatedProblem } from './cells';
import { OPTIONAL_RULES_SECTIONS, RULES_SECTIONS, RulesSection } from './rules-layout';
import { readGrades, readRating } from './rules-levels';
import { readOit } from './rules-oit';
import { readAnswerScores, readQuestionScales } from './rules-survey';
import { Bad, certaintyOf, Err, readSections, readToolId, SectionFound, textOf } from './rules-read';
import { CellValue, SheetSnapshot } from './snapshot';
import { CellRef, TOP_LEFT } from '../domain/refs';

/**
 * Reads the rules sheet (เกณฑ์การประเมิน / Rules) and lays it over the shipped
 * framework for the workbook's year: every section present replaces that part,
 * the rest stays shipped. Every problem names its cell; with any error the
 * shipped framework is kept and the problems stop the results.
 */
export function applyRulesSheet(sheet: SheetSnapshot, base: Framework, problems: Problem[]): Framework {
  const before = problems.length;
  const err = (cell: CellRef, message: Bilingual, found = '') =>
    problems.push(locatedProblem('error', 'rules.invalid', sheet.name, cell, message, found));
  const bad = (cell: CellRef, v: CellValue, expected: Bilingual) =>
    problems.push(cellProblem('error', 'rules.invalid', sheet.name, cell, v, expected));

  const sections = readSections(sheet);
  if (sections.length === 0) {
    problems.push(
      locatedProblem(
        'warning',
        'rules.empty',
        sheet.name,
        TOP_LEFT,
        bi(
          `ชีต ${sheet.name} ไม่มีหัวข้อตารางเกณฑ์ (เช่น "เครื่องมือและน้ำหนัก", "ข้อ OIT") จึงใช้เกณฑ์ที่มากับโปรแกรม`,
          `Sheet ${sheet.name} has no rules table titles (such as "Tools and weights", "OIT items"), so the shipped rules are used`,
        ),
      ),
    );
    return base;
  }
  const seenSection = new Map<string, string>();
  for (const s of sections) {
    const first = seenSection.get(s.section.key);
    if (first)
      err(
        s.titleCell,
        bi(
          `ตาราง "${s.section.title.th}" มีสองครั้ง (ครั้งแรกที่ ${sheet.name}!${first}) — ลบตารางใดตารางหนึ่ง`,
          `The "${s.section.title.en}" table appears twice (first at ${sheet.name}!${first}); remove one`,
        ),
      );
    else seenSection.set(s.section.key, s.titleCell);
    if (s.missing.length > 0)
      err(
        s.titleCell,
        bi(
          `ตาราง "${s.section.title.th}" ไม่มีคอลัมน์ ${s.missing.map((m) => `"${m.th}"`).join(', ')} ในแถวใต้หัวข้อ`,
          `The "${s.section.title.en}" table has no ${s.missing.map((m) => `"${m.en}"`).join(', ')} column in the row below its title`,
        ),
      );
  }
  const get = (key: RulesSection['key']) => sections.find((s) => s.section.key === key && s.missing.length === 0);

  const tools = readTools(get('tools'), base, err, bad);
  const indicators = readIndicators(get('indicators'), base, tools, err, bad);
  const oit = readOit(get('subIndicators'), get('items'), base, indicators, err, bad);
  const gradeBands = readGrades(get('grades'), base, err, bad);
  const ratingRules = readRating(get('rating'), base, err, bad);
  let passMark = base.passMark;
  const pass = get('passMark');
  if (pass) {
    const p = parseScore(pass.inline.value);
    if (p.ok) passMark = p.value;
    else bad(pass.inline.cell, pass.inline.value, p.expected);
  }
  const answerScales = readAnswerScores(get('answerScores'), base, err, bad);
  const questionScales = readQuestionScales(get('questionScales'), base, answerScales, err, bad);
  let minRespondents = base.minRespondents;
  const minResp = get('minRespondents');
  if (minResp) {
    const n = parseNumber(minResp.inline.value);
    if (n.ok && Number.isInteger(n.value) && n.value >= 1) minRespondents = n.value;
    else
      bad(
        minResp.inline.cell,
        minResp.inline.value,
        bi('จำนวนเต็มตั้งแต่ 1 ขึ้นไป (ผู้ตอบแบบสำรวจของแต่ละแบบ)', 'a whole number of 1 or more (respondents per tool)'),
      );
  }

  if (problems.slice(before).some((p) => p.severity === 'error')) return base;
  const whole = RULES_SECTIONS.every((s) => OPTIONAL_RULES_SECTIONS.includes(s.key) || seenSection.has(s.key));
  const own = buildFramework({
    fiscalYear: base.fiscalYear,
    provisional: base.provisional && !whole,
    source: `${sheet.name} (${whole ? 'all rules' : `in part: ${[...seenSection.keys()].join(', ')}`})`,
    ...(base.basedOn !== undefined ? { basedOn: base.basedOn } : {}),
    origin: 'workbook',
    tools,
    indicators,
    surveys: SURVEYS,
    oit,
    gradeBands,
    passMark,
    answerScales,
    questionScales,
    ...(minRespondents !== undefined ? { minRespondents } : {}),
    ratingRules,
  });
  // A rules sheet as the template wrote it, unedited, is the shipped rules: still provisional
  // where they are, and not "the workbook's own".
  return scoringRules(own) === scoringRules(base) && namesKept(own, base) ? base : own;
}

/** Every tool, indicator and item still named as shipped, in either language (the template writes one). */
function namesKept(own: Framework, base: Framework): boolean {
  const same = (a: Bilingual, b: Bilingual | undefined) => !!b && (a.th === b.th || a.th === b.en);
  return (
    own.tools.every((t) => same(t.name, base.tools.find((x) => x.id === t.id)?.name)) &&
    own.indicators.every((i) => same(i.name, base.indicators.find((x) => x.id === i.id)?.name)) &&
    own.items.every((i) => same(i.title, base.items.find((x) => x.code === i.code)?.title))
  );
}

/** Everything that decides a figure, and nothing that only names things: equal rules score alike. */
function scoringRules(fw: Framework): string {
  return JSON.stringify([
    fw.tools.map((t) => [t.id, t.weight]),
    fw.indicators.map((i) => [i.id, i.tool, i.items, i.subIndicators?.map((s) => [s.id, s.items])]),
    fw.items.map((i) => [i.code, i.indicator, i.subIndicator]),
    fw.gradeBands,
    fw.passMark,
    fw.ratingRules,
    fw.answerScales,
    fw.questionScales,
    fw.minRespondents,
  ]);
}

function readTools(s: SectionFound | undefined, base: Framework, err: Err, bad: Bad): readonly ToolDef[] {
  if (!s) return base.tools;
  const out: ToolDef[] = [];
  const raw: { tool: ToolId; weight: number; cell: CellRef }[] = [];
  for (const r of s.rows) {
    const id = readToolId(r.get('tool'));
    if (!id) {
      bad(r.at('tool'), r.get('tool'), bi('IIT, EIT หรือ OIT', 'IIT, EIT or OIT'));
      continue;
    }
    if (raw.some((x) => x.tool === id)) {
      err(r.at('tool'), bi(`แบบ ${id} มีสองแถว — ลบแถวใดแถวหนึ่ง`, `Tool ${id} is listed twice; remove one row`), id);
      continue;
    }
    const w = parseNumber(r.get('weight'));
    if (!w.ok || w.value < 0 || w.value > 100) {
      bad(r.at('weight'), r.get('weight'), bi('น้ำหนักเป็นร้อยละ เช่น 30', 'a weight in percent, e.g. 30'));
      continue;
    }
    raw.push({ tool: id, weight: w.value, cell: r.at('weight') });
    const name = textOf(r.get('name'));
    const shipped = base.tools.find((t) => t.id === id);
    const certainty = certaintyOf(r.get('certainty'));
    out.push({
      id,
      name: name ? bi(name, name) : (shipped?.name ?? bi(id, id)),
      weight: 0,
      ...(certainty ? { certainty } : {}),
    });
  }
  // Weights are percentages (30) or, from a percent-formatted cell, fractions (0.3).
  const fractions = raw.length > 0 && raw.every((x) => x.weight <= 1);
  raw.forEach((x, i) => (out[i].weight = fractions ? x.weight : x.weight / 100));
  const missing = TOOL_IDS.filter((id) => !raw.some((x) => x.tool === id));
  if (missing.length > 0)
    err(
      s.titleCell,
      bi(
        `ตารางเครื่องมือไม่มีแบบ ${missing.join(', ')} — ต้องมีครบ IIT, EIT และ OIT`,
        `The tools table lacks ${missing.join(', ')}; IIT, EIT and OIT are all needed`,
      ),
    );
  const sum = out.reduce((t, x) => t + x.weight * 100, 0);
  if (raw.length > 0 && Math.abs(sum - 100) > 1e-6)
    err(
      raw[0].cell,
      bi(
        `น้ำหนักของเครื่องมือรวมกันได้ร้อยละ ${Number(sum.toPrecision(12))} แต่ต้องรวมได้ 100 — แก้น้ำหนักในคอลัมน์นี้`,
        `The tool weights add up to ${Number(sum.toPrecision(12))} %, not 100 %; correct the weights in this column`,
      ),
      String(Number(sum.toPrecision(12))),
    );
  return out;
}

function readIndicators(
  s: SectionFound | undefined,
  base: Framework,
  tools: readonly ToolDef[],
  err: Err,
  bad: Bad,
): readonly IndicatorHead[] {
  if (!s) return base.indicators.map(({ id, tool, name, aliases }) => ({ id, tool, name, aliases }));
  const out: IndicatorHead[] = [];
  for (const r of s.rows) {
    const n = parseNumber(r.get('indicator'));
    if (!n.ok || !Number.isInteger(n.value) || n.value < 1) {
      bad(r.at('indicator'), r.get('indicator'), bi('เลขตัวชี้วัด เช่น 1', 'an indicator number, e.g. 1'));
      continue;
    }
    if (out.some((x) => x.id === n.value)) {
      err(
        r.at('indicator'),
        bi(`ตัวชี้วัดที่ ${n.value} มีสองแถว — ลบแถวใดแถวหนึ่ง`, `Indicator ${n.value} is listed twice; remove one row`),
        String(n.value),
      );
      continue;
    }
    const tool = readToolId(r.get('tool'));
    if (!tool || !tools.some((t) => t.id === tool)) {
      bad(
        r.at('tool'),
        r.get('tool'),
        bi(`แบบที่ตัวชี้วัดที่ ${n.value} สังกัด: IIT, EIT หรือ OIT`, `the tool indicator ${n.value} belongs to: IIT, EIT or OIT`),
      );
      continue;
    }
    const name = textOf(r.get('name'));
    const shipped = base.indicators.find((i) => i.id === n.value);
    out.push({
      id: n.value,
      tool,
      name: name
        ? bi(name, shipped && shipped.name.th === name ? shipped.name.en : name)
        : (shipped?.name ?? bi(`${n.value}`, `${n.value}`)),
      aliases: shipped?.aliases ?? [],
    });
  }
  for (const t of TOOL_IDS)
    if (out.length > 0 && !out.some((i) => i.tool === t))
      err(
        s.titleCell,
        bi(
          `ไม่มีตัวชี้วัดของแบบ ${t} — ทุกแบบต้องมีอย่างน้อยหนึ่งตัวชี้วัด`,
          `No indicator belongs to ${t}; every tool needs at least one`,
        ),
      );
  return out;
}
