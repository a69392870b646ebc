/**
 * The summary's pre-assessment page (issue #13): the agency's own survey, said to be not the
 * NACC's result, with respondents per tool, tool and indicator scores, the lowest questions with
 * their answers counted, and their indicators' suggestions. Values as computed at the recompute
 * (they come from counts, not from cells a formula could point at); no respondent's data.
 */
import { NO_MINIMUM_NOTE, PRE_ASSESSMENT_NOTE } from '../domain/survey';
import { bi } from '../domain/text';
import { num, text } from './grid';
import { TABLE_POINTS } from './print';
import { LAST_PRINTED_COL, PageContext, SCORE_FORMAT, sectionHeading, tableHeader } from './summary-pages';

const LAST = LAST_PRINTED_COL;

export function writeSurvey(ctx: PageContext, start: number): number {
  const { g, a, lang } = ctx;
  const s = a.survey!;
  const r = s.result;
  let row = start;
  const line = (value: string, style: Parameters<typeof g.style>[1] = {}) => {
    g.put(row, 0, text(value));
    g.merge(row, 0, LAST);
    g.style(`A${row + 1}`, { wrap: true, vertical: 'top', ...style });
    row++;
  };
  sectionHeading(
    g,
    row++,
    bi('การประเมินล่วงหน้าจากแบบสำรวจของหน่วยงาน', "Pre-assessment from the agency's own survey"),
    lang,
  );
  line(`${PRE_ASSESSMENT_NOTE[lang]} (${bi('ชีต', 'sheet')[lang]} ${s.sheets.map((x) => x.sheet).join(', ')})`, {
    italic: true,
    fontColor: '#9C5700',
  });
  line(
    `${bi('ผู้ตอบ', 'Respondents')[lang]}: ${r.tools.map((t) => `${t.id} ${t.respondents}${t.enough === false ? bi(' (น้อยกว่าขั้นต่ำ)', ' (below the minimum)')[lang] : ''}`).join(' · ')}${r.minRespondents !== undefined ? ` · ${bi('ขั้นต่ำ', 'minimum')[lang]} ${r.minRespondents}` : ''}`,
  );
  if (r.minRespondents === undefined) line(NO_MINIMUM_NOTE[lang], { fontColor: '#7F7F7F' });

  // Tools and their indicators.
  tableHeader(g, row, [bi('แบบ', 'Tool'), bi('ตัวชี้วัด', 'Indicator'), bi('คะแนน', 'Score')], lang, true);
  const first = row++;
  for (const t of r.tools) {
    if (t.shown === undefined) continue;
    g.put(row, 0, text(t.id));
    g.put(row, 1, text(bi('รวมทั้งแบบ', 'Whole tool')[lang]));
    g.put(row, 2, num(t.shown), SCORE_FORMAT);
    g.style(`A${row + 1}:C${row + 1}`, { bold: true });
    row++;
    for (const i of r.indicators.filter((x) => x.tool === t.id)) {
      g.put(row, 0, text(t.id));
      g.put(row, 1, text(`${bi('ตัวชี้วัดที่', 'Indicator')[lang]} ${i.id} ${i.name[lang]}`));
      g.put(row, 2, num(i.shown), SCORE_FORMAT);
      row++;
    }
  }
  g.style(`A${first + 2}:C${row}`, { border: true, fontSize: TABLE_POINTS });
  if (s.assessment)
    line(
      `${bi('คะแนนรวม (ประเมินล่วงหน้า)', 'Total (pre-assessment)')[lang]} ${s.assessment.totalShown.toFixed(2)} ${bi('ระดับ', 'grade')[lang]} ${s.assessment.grade}`,
      { bold: true },
    );
  row++;

  // The lowest questions with their answers counted.
  if (r.lowest.length > 0) {
    line(bi('ข้อที่ได้คะแนนต่ำสุด', 'Lowest questions')[lang], { bold: true });
    tableHeader(
      g,
      row,
      [
        bi('ข้อ', 'Question'),
        bi('ตัวชี้วัด', 'Indicator'),
        bi('คะแนน', 'Score'),
        bi('ผู้ตอบ', 'Answers'),
        bi('คำตอบ (จำนวน)', 'Answers (count)'),
      ],
      lang,
    );
    g.merge(row, 4, LAST);
    const top = row++;
    for (const code of r.lowest) {
      const q = r.questions.find((x) => x.code === code)!;
      g.put(row, 0, text(q.code));
      g.put(row, 1, text(`${bi('ตัวชี้วัดที่', 'Indicator')[lang]} ${q.indicator}`));
      g.put(row, 2, num(q.shown!), SCORE_FORMAT);
      g.put(row, 3, num(q.answered));
      g.put(row, 4, text(q.levels.map((l) => `${l.label[lang]} ${l.count}`).join(' · ')));
      g.merge(row, 4, LAST);
      g.style(`E${row + 1}`, { wrap: true });
      row++;
    }
    g.style(`A${top + 2}:G${row}`, { border: true, fontSize: TABLE_POINTS, vertical: 'top' });
  }
  for (const adv of s.advice) {
    const sg = adv.suggestions[0];
    if (sg)
      line(
        `${bi(`ข้อเสนอแนะ ตัวชี้วัดที่ ${adv.indicator}`, `Suggestion, indicator ${adv.indicator}`)[lang]}: ${sg.text[lang]}`,
      );
  }
  return row;
}
