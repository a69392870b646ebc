/**
 * The analysis of a year's result, as planners write it before the measures (seed 001 §1): the
 * score and level, each tool against the target, the strengths, what needs improving and why,
 * the change from last year and the OIT items not published, then the indicator table.
 * Every sentence is chosen by the numbers.
 */
import { pointWorth } from '../domain/scoring';
import type { Assessment, IndicatorResult } from '../domain/scoring';
import { TOOL_IDS } from '../domain/framework';
import { round2 } from '../domain/decimal';
import { shortOfGoal } from '../domain/gap';
import { type Lang, bi } from '../domain/text';
import type { Analysis } from '../workbook/analysis';
import { fix2, joinList, signed } from './format';
import { INDICATOR_MEANING } from './meaning';
import type { ReportBlock, ReportDoc } from './model';
import { agencyLine, passWord } from './common';

export function analysisReport(a: Analysis, lang: Lang): ReportDoc {
  const s = a.assessment!;
  const agency = a.agency ?? bi('หน่วยงาน', 'The agency')[lang];
  const target = fix2(a.target);
  const blocks: ReportBlock[] = [];
  const heading = (text: string) => blocks.push({ kind: 'heading', text });
  const para = (text: string) => blocks.push({ kind: 'paragraph', text });
  const indName = (i: IndicatorResult) => bi(`ตัวชี้วัดที่ ${i.id} ${i.name.th}`, `indicator ${i.id}, ${i.name.en}`)[lang];

  // Overall result.
  const short = round2(a.target - s.totalShown);
  para(
    bi(
      `จากการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ${a.fiscalYear} ${agency} ได้คะแนนรวม ${fix2(s.totalShown)} คะแนน อยู่ในระดับ ${s.grade} ` +
        (s.pass
          ? `ผ่านเกณฑ์เป้าหมาย (${target} คะแนนขึ้นไป)`
          : `ยังไม่ผ่านเกณฑ์เป้าหมาย (${target} คะแนนขึ้นไป) โดยยังขาดอีก ${fix2(short)} คะแนน`),
      `In the Integrity and Transparency Assessment (ITA) of fiscal year B.E. ${a.fiscalYear}, ${agency} scored ${fix2(s.totalShown)} in total, grade ${s.grade}, ` +
        (s.pass ? `which meets the target of ${target}.` : `below the target of ${target} by ${fix2(short)} points.`),
    )[lang],
  );

  // Each tool against the target.
  const tools = TOOL_IDS.map((id) => s.tools[id]);
  const toolPhrase = (t: (typeof tools)[number]) => {
    const gap = round2(a.target - t.shown);
    return bi(
      `${t.id} (${t.name.th}) ${fix2(t.shown)} คะแนน ${t.status === 'strength' ? 'ผ่านเกณฑ์เป้าหมาย' : `ต่ำกว่าเป้าหมาย ${fix2(gap)} คะแนน`}`,
      `${t.id} (${t.name.en}) ${fix2(t.shown)}, ${t.status === 'strength' ? 'meeting the target' : `${fix2(gap)} below the target`}`,
    )[lang];
  };
  const failing = tools.filter((t) => t.status === 'weakness');
  para(
    bi('เมื่อพิจารณารายเครื่องมือ พบว่า ', 'By tool: ')[lang] +
      joinList(tools.map(toolPhrase), lang) +
      (failing.length === 0
        ? bi(' ทั้งสามเครื่องมือผ่านเกณฑ์เป้าหมาย', '; all three tools meet the target.')[lang]
        : bi(
            ` เครื่องมือที่ต้องเร่งพัฒนาคือ ${joinList(
              failing.map((t) => t.id),
              lang,
            )}`,
            `; the tool${failing.length > 1 ? 's' : ''} to work on: ${joinList(
              failing.map((t) => t.id),
              lang,
            )}.`,
          )[lang]),
  );

  // Strengths, strongest first.
  const strengths = s.indicators.filter((i) => i.status === 'strength').sort((x, y) => y.shown - x.shown);
  heading(
    bi(
      `จุดแข็ง (ตัวชี้วัดที่ได้คะแนนตั้งแต่ ${target} ขึ้นไป) จำนวน ${strengths.length} ตัวชี้วัด`,
      `Strengths (indicators at ${target} or above): ${strengths.length}`,
    )[lang],
  );
  if (strengths.length === 0) para(bi('ยังไม่มีตัวชี้วัดใดได้คะแนนถึงเป้าหมาย', 'No indicator reaches the target yet.')[lang]);
  strengths.forEach((i, n) =>
    para(
      bi(
        `(${n + 1}) ${indName(i)} ได้คะแนน ${fix2(i.shown)} สะท้อน${INDICATOR_MEANING[i.id]?.th ?? 'ผลการดำเนินงานด้านนี้'} ซึ่งหน่วยงานควรรักษามาตรฐานนี้ไว้`,
        `(${n + 1}) ${cap(indName(i))} scored ${fix2(i.shown)}. It reflects ${INDICATOR_MEANING[i.id]?.en ?? 'this part of the work'}; keep this standard.`,
      )[lang],
    ),
  );

  // What needs improving, weakest first, and why it matters.
  const weak = s.indicators.filter((i) => i.status === 'weakness').sort((x, y) => x.shown - y.shown);
  heading(
    bi(
      `จุดที่ต้องปรับปรุงพัฒนา (ตัวชี้วัดที่ได้คะแนนต่ำกว่า ${target}) จำนวน ${weak.length} ตัวชี้วัด`,
      `Needs improvement (indicators below ${target}): ${weak.length}`,
    )[lang],
  );
  if (weak.length === 0)
    para(
      bi(
        'ทุกตัวชี้วัดได้คะแนนถึงเป้าหมายแล้ว หน่วยงานควรรักษามาตรฐานและเผยแพร่ข้อมูลให้เป็นปัจจุบันต่อเนื่อง',
        'Every indicator meets the target; keep the standard and keep the published information current.',
      )[lang],
    );
  weak.forEach((i, n) => {
    const gap = round2(a.target - i.shown);
    const worth = fix2(pointWorth(a.framework, i.id));
    const advice = a.advice.find((x) => x.indicator === i.id);
    const todo = (advice?.suggestions ?? []).slice(0, 2).map((x) => x.text[lang]);
    const missing = advice?.items.map((it) => it.code) ?? [];
    para(
      bi(
        `(${n + 1}) ${indName(i)} ได้คะแนน ${fix2(i.shown)} ต่ำกว่าเป้าหมาย ${fix2(gap)} คะแนน ตัวชี้วัดนี้สะท้อน${INDICATOR_MEANING[i.id]?.th ?? 'ผลการดำเนินงานด้านนี้'} ` +
          `ทุก 1 คะแนนที่เพิ่มขึ้นในตัวชี้วัดนี้ทำให้คะแนนรวมเพิ่มขึ้น ${worth} คะแนน` +
          (todo.length ? ` แนวทางพัฒนา: ${todo.join(' ')}` : '') +
          (missing.length ? ` และเผยแพร่ข้อมูลที่ยังขาด (${missing.join(', ')})` : ''),
        `(${n + 1}) ${cap(indName(i))} scored ${fix2(i.shown)}, ${fix2(gap)} below the target. It reflects ${INDICATOR_MEANING[i.id]?.en ?? 'this part of the work'}. ` +
          `Each point gained here adds ${worth} to the total.` +
          (todo.length ? ` To improve: ${todo.join(' ')}` : '') +
          (missing.length ? ` Publish the missing items (${missing.join(', ')}).` : ''),
      )[lang],
    );
  });
  if (a.gap && a.gap.toTarget.gap > 0) {
    const step = fix2(a.gap.perceptionStep);
    const steps = a.gap.toTarget.steps.map(
      (st) => bi(`ตัวชี้วัดที่ ${st.indicator} +${fix2(st.points)}`, `indicator ${st.indicator} +${fix2(st.points)}`)[lang],
    );
    para(
      bi(
        `ทางในปีนี้ (เผยแพร่ข้อมูล OIT ก่อน แล้วยกตัวชี้วัด IIT/EIT ไม่เกินปีละ ${step} คะแนน): ${joinList(steps, lang)}`,
        `This year's route (OIT first, then IIT/EIT indicators up by ${step} points a year at most): ${joinList(steps, lang)}.`,
      )[lang],
    );
    if (!a.gap.toTarget.reachable) para(shortOfGoal(a.gap.toTarget, a.target, a.gap.perceptionStep)[lang]);
  }

  // Change from last year.
  heading(bi('การเปลี่ยนแปลงจากปีที่ผ่านมา', 'Change from last year')[lang]);
  para(changeParagraph(a, lang));

  // OIT items not published.
  const unpublished = a.advice.flatMap((x) => x.items);
  heading(bi('ข้อมูลที่ยังไม่ได้เผยแพร่ (OIT)', 'OIT items not published')[lang]);
  para(
    unpublished.length === 0
      ? bi('เผยแพร่ข้อมูลครบทุกข้อตามแบบตรวจ OIT', 'Every item of the OIT checklist is published.')[lang]
      : bi(
          `ยังไม่ได้เผยแพร่ ${unpublished.length} ข้อ ได้แก่ ${unpublished.map((it) => `${it.code} ${it.title.th}`).join(' · ')} ควรเผยแพร่ผ่าน URL บนเว็บไซต์หลักของหน่วยงาน`,
          `${unpublished.length} item${unpublished.length > 1 ? 's are' : ' is'} not published: ${unpublished.map((it) => `${it.code} ${it.title.en}`).join(' · ')}. Publish each at a URL on the agency's main website.`,
        )[lang],
  );

  // The indicator table.
  heading(bi('คะแนนรายตัวชี้วัด', 'Scores by indicator')[lang]);
  const rows = s.indicators.map((i) => [
    String(i.id),
    i.name[lang],
    i.tool,
    fix2(i.shown),
    i.previous !== undefined ? fix2(round2(i.previous)) : '',
    i.change !== undefined ? signed(i.change) : '',
    i.status === 'strength' ? bi('จุดแข็ง', 'strength')[lang] : bi('ต้องปรับปรุง', 'improve')[lang],
  ]);
  rows.push([
    '',
    bi('คะแนนรวม', 'Total')[lang],
    '',
    fix2(s.totalShown),
    '',
    '',
    `${s.grade} · ${passWord(s.pass, lang)}`,
  ]);
  blocks.push({
    kind: 'table',
    table: {
      columns: [
        { title: bi('ที่', 'No.')[lang], width: 5, align: 'center' },
        { title: bi('ตัวชี้วัด', 'Indicator')[lang], width: 30 },
        { title: bi('เครื่องมือ', 'Tool')[lang], width: 8, align: 'center' },
        { title: bi('คะแนน', 'Score')[lang], width: 8, align: 'right' },
        { title: bi('ปีก่อน', 'Previous')[lang], width: 8, align: 'right' },
        { title: bi('เปลี่ยนแปลง', 'Change')[lang], width: 9, align: 'right' },
        { title: bi('ผล', 'Result')[lang], width: 13, align: 'center' },
      ],
      rows,
      marked: s.indicators.flatMap((i, n) => (i.status === 'weakness' ? [n] : [])),
    },
  });

  return {
    kind: 'analysis',
    lang,
    ...(a.agency ? { agency: a.agency } : {}),
    year: a.fiscalYear,
    title: bi(
      `การวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${a.fiscalYear}`,
      `Analysis of the ITA result, fiscal year B.E. ${a.fiscalYear}`,
    )[lang],
    subtitle: [agencyLine(a, lang)],
    header: `${a.agency ?? 'ITA'} · ${bi('ปีงบประมาณ', 'FY')[lang]} ${a.fiscalYear}`,
    landscape: false,
    blocks,
  };
}

function changeParagraph(a: Analysis, lang: Lang): string {
  const s = a.assessment!;
  const compared = s.indicators.filter((i) => i.change !== undefined);
  if (compared.length === 0)
    return bi(
      'ไม่มีคะแนนปีก่อนในสมุดงาน จึงยังเปรียบเทียบไม่ได้ (เพิ่มคอลัมน์ "คะแนนปีก่อน" ในชีตคะแนน)',
      'The workbook holds no previous scores, so there is nothing to compare (add a "Previous" column to the scores sheet).',
    )[lang];
  const parts: string[] = [];
  if (s.totalChange !== undefined && s.previousTotal !== undefined) {
    const c = s.totalChange;
    parts.push(
      bi(
        `คะแนนรวม${c > 0 ? `เพิ่มขึ้นจากปีที่ผ่านมา ${fix2(c)} คะแนน` : c < 0 ? `ลดลงจากปีที่ผ่านมา ${fix2(-c)} คะแนน` : 'เท่ากับปีที่ผ่านมา'} (จาก ${fix2(s.previousTotal)} เป็น ${fix2(s.totalShown)})`,
        `The total ${c > 0 ? `rose by ${fix2(c)}` : c < 0 ? `fell by ${fix2(-c)}` : 'did not change'} (from ${fix2(s.previousTotal)} to ${fix2(s.totalShown)}).`,
      )[lang],
    );
  }
  const up = compared.filter((i) => i.change! > 0).sort((x, y) => y.change! - x.change!);
  const down = compared.filter((i) => i.change! < 0).sort((x, y) => x.change! - y.change!);
  const list = (xs: IndicatorResult[]) =>
    joinList(
      xs.map((i) => bi(`ตัวชี้วัดที่ ${i.id} (${signed(i.change!)})`, `indicator ${i.id} (${signed(i.change!)})`)[lang]),
      lang,
    );
  if (up.length) parts.push(bi(`ตัวชี้วัดที่คะแนนเพิ่มขึ้น: ${list(up)}`, `Rose: ${list(up)}.`)[lang]);
  if (down.length)
    parts.push(bi(`ตัวชี้วัดที่คะแนนลดลง ควรหาสาเหตุ: ${list(down)}`, `Fell, worth finding out why: ${list(down)}.`)[lang]);
  if (!up.length && !down.length) parts.push(bi('ทุกตัวชี้วัดได้คะแนนเท่าปีก่อน', 'Every indicator scored as last year.')[lang]);
  parts.push(...oitItemChanges(s, lang));
  return parts.join(' ');
}

/** OIT items published this year but not last, and the reverse (only where the code names the same item both years). */
function oitItemChanges(s: Assessment, lang: Lang): string[] {
  const oitItems = s.indicators.filter((i) => i.tool === 'OIT').flatMap((i) => i.items);
  const codes = (sign: number) => oitItems.filter((it) => Math.sign(it.change ?? 0) === sign).map((it) => it.code);
  const [gained, lost] = [codes(1), codes(-1)];
  const out: string[] = [];
  if (gained.length)
    out.push(
      bi(
        `ข้อ OIT ที่เผยแพร่เพิ่มจากปีก่อน: ${joinList(gained, lang)}`,
        `OIT items published this year but not last: ${joinList(gained, lang)}.`,
      )[lang],
    );
  if (lost.length)
    out.push(
      bi(
        `ข้อ OIT ที่ปีก่อนเผยแพร่แต่ปีนี้ไม่มี ควรตรวจสอบ: ${joinList(lost, lang)}`,
        `OIT items published last year but not this year, worth checking: ${joinList(lost, lang)}.`,
      )[lang],
    );
  return out;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
