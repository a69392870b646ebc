import { Certainty, Framework, TOOL_IDS } from '../domain/framework';
import { Lang, bi } from '../domain/text';
import { Grid, num, text } from './grid';
import { PlanCell, WritePlan } from './plan';
import { RULES_COLUMNS, RULES_SECTIONS, RulesSection } from './rules-layout';

const PROVISIONAL_FILL = '#FFF2CC';

/**
 * The rules sheet filled with a framework, in plain tables the reader reads
 * back: a title in column A, a header row, the rows. Rows whose facts are not
 * the NACC's own (certainty 1 or ?) are shaded and say so in the last column.
 */
export function rulesSheet(plan: WritePlan, fw: Framework, name: string, lang: Lang): void {
  const g = new Grid(name, 7);
  let row = 0;
  const intro = bi(
    `เกณฑ์การประเมินปี ${fw.fiscalYear}${fw.provisional ? ' (ชั่วคราว: แถวที่แรเงามาจากแหล่งข้อมูลสาธารณะ ความแน่นอน 2 = สองแหล่งขึ้นไป, 1 = แหล่งเดียว, ? = อนุมาน)' : ''} — แก้ตารางเมื่อคู่มือของ ป.ป.ช. ปีนี้ต่างไป ลบตารางที่ไม่ต้องการแก้ได้: ส่วนที่ไม่มีใช้เกณฑ์ที่มากับโปรแกรม`,
    `Assessment rules for ${fw.fiscalYear}${fw.provisional ? ' (provisional: shaded rows come from public sources; certainty 2 = two or more sources, 1 = one source, ? = inferred)' : ''}. Edit a table where the NACC's manual for the year differs; delete a table to keep the shipped rules for that part.`,
  )[lang];
  g.put(row, 0, text(intro));
  g.merge(row, 0, 6);
  g.style('A1:G1', { wrap: true, italic: true });
  row += 2;

  const section = (key: RulesSection['key'], rows: (PlanCell[] & { certainty?: Certainty })[], inline?: PlanCell) => {
    const s = RULES_SECTIONS.find((x) => x.key === key)!;
    g.put(row, 0, text(s.title[lang]));
    if (inline !== undefined) g.put(row, 1, inline);
    g.style(`A${row + 1}`, { bold: true, fontColor: '#1E4620' });
    row++;
    const cols = RULES_COLUMNS[key];
    if (cols.length === 0) {
      row++;
      return;
    }
    cols.forEach((c, i) => g.put(row, i, text(c.label[lang])));
    g.style(`A${row + 1}:${String.fromCharCode(64 + cols.length)}${row + 1}`, {
      bold: true,
      fill: '#F2F2F2',
      border: true,
    });
    row++;
    for (const cells of rows) {
      cells.forEach((v, i) => g.put(row, i, v));
      if (cells.certainty === '1' || cells.certainty === '?')
        g.style(`A${row + 1}:${String.fromCharCode(64 + cols.length)}${row + 1}`, { fill: PROVISIONAL_FILL });
      row++;
    }
    row++;
  };
  const withCertainty = (cells: PlanCell[], c?: Certainty) =>
    Object.assign([...cells, c ? text(c) : null], { certainty: c });

  section(
    'tools',
    TOOL_IDS.map((id) => {
      const t = fw.tools.find((x) => x.id === id)!;
      return withCertainty([text(id), text(t.name[lang]), num(Number((t.weight * 100).toPrecision(12)))], t.certainty);
    }),
  );
  section(
    'indicators',
    fw.indicators.map((i) => [num(i.id), text(i.tool), text(i.name[lang])]),
  );
  const subs = fw.indicators.flatMap((i) => i.subIndicators ?? []);
  section(
    'subIndicators',
    subs.map((s) => Object.assign([text(s.id), text(s.name[lang])], { certainty: s.certainty })),
  );
  section(
    'items',
    subs.flatMap((s) =>
      s.items.map((code) => {
        const it = fw.items.find((x) => x.code === code)!;
        return withCertainty([text(code), text(it.title[lang]), text(s.id)], it.certainty);
      }),
    ),
  );
  section(
    'grades',
    [...fw.gradeBands].sort((x, y) => y.min - x.min).map((b) => [text(b.grade), num(b.min)]),
  );
  section(
    'rating',
    fw.ratingRules.map((r) =>
      withCertainty(
        [
          text(r.name.th),
          text(r.name.en),
          num(r.minTotal),
          ...TOOL_IDS.map((t) => (r.minTool?.[t] !== undefined ? num(r.minTool[t]!) : null)),
        ],
        r.certainty,
      ),
    ),
  );
  section('passMark', [], num(fw.passMark));
  // The pre-assessment survey's scales (provisional, spec §4): for agencies that run their own.
  section(
    'answerScores',
    fw.answerScales.flatMap((sc) =>
      sc.answers.map((a) => withCertainty([text(sc.name[lang]), text(a.label.th), num(a.score)], sc.certainty)),
    ),
  );
  section(
    'questionScales',
    fw.questionScales.map((q) =>
      withCertainty(
        [
          text(q.code),
          text((fw.answerScales.find((sc) => sc.id === q.scale)?.name ?? bi(q.scale, q.scale))[lang]),
          q.reverse ? text(bi('ใช่', 'yes')[lang]) : null,
        ],
        q.certainty,
      ),
    ),
  );

  plan.sheets.push({ name, columnWidths: [16, 44, 16, 14, 12, 12, 12], freezeRows: 0 });
  plan.blocks.push(g.block());
  plan.styles.push(...g.styles);
  plan.merges.push(...g.merges.map((range) => ({ sheet: name, range })));
}
