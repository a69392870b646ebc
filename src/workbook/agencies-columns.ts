/**
 * The Agencies sheet's columns (หน่วยงาน / Agencies, issue 14): one row per agency, its name,
 * type, district and province, and its scores as ten indicators, three tools or the total.
 */
import { INDICATORS } from '../domain/framework-common';
import { ToolId, TOOL_IDS } from '../domain/framework';
import { bi } from '../domain/text';
import type { ColumnSpec } from './detect';

export const AGENCIES_SHEET_NAMES: readonly string[] = [
  'หน่วยงาน',
  'Agencies',
  'รายชื่อหน่วยงาน',
  'ผลรายหน่วยงาน',
  'ผลการประเมินรายหน่วยงาน',
  'Agency list',
  'Agency results',
];

export const indicatorKey = (id: number) => `ind${id}`;
export const toolKey = (id: ToolId) => `tool${id}`;
const SCORE_KEYS = [...INDICATORS.map((d) => indicatorKey(d.id)), ...TOOL_IDS.map(toolKey)];

const column = (key: string, th: string, en: string, aliases: readonly string[], required = false): ColumnSpec => ({
  key,
  label: bi(th, en),
  aliases: [th, en, ...aliases],
  required,
});

export const AGENCIES_COLUMNS: readonly ColumnSpec[] = [
  column('name', 'หน่วยงาน', 'Agency', ['ชื่อหน่วยงาน', 'ชื่อ อปท', 'อปท', 'Agency name', 'Name', 'ชื่อ'], true),
  column('type', 'ประเภท', 'Type', ['ประเภทหน่วยงาน', 'ประเภท อปท', 'Agency type', 'Kind']),
  column('district', 'อำเภอ', 'District', ['Amphoe', 'เขต']),
  column('province', 'จังหวัด', 'Province', ['Changwat']),
  ...INDICATORS.map((d) =>
    column(indicatorKey(d.id), `ตัวชี้วัดที่ ${d.id}`, `Indicator ${d.id}`, [
      `ตัวชี้วัด ${d.id}`,
      `Ind ${d.id}`,
      `${d.id}`,
      d.name.th,
      d.name.en,
      `${d.id} ${d.name.th}`,
      `ตัวชี้วัดที่ ${d.id} ${d.name.th}`,
      `${d.id} ${d.name.en}`,
      ...d.aliases,
    ]),
  ),
  ...TOOL_IDS.map((t) => column(toolKey(t), t, `${t} score`, [`คะแนน ${t}`, `แบบ ${t}`, `${t} (ร้อยละ)`])),
  // The total is needed unless indicators or tools give it.
  {
    ...column('total', 'คะแนนรวม', 'Total', ['คะแนน', 'Score', 'ผลคะแนน', 'คะแนนที่ได้', 'Total score', 'คะแนนรวมปีนี้']),
    requiredUnless: SCORE_KEYS,
  },
  column('previous', 'คะแนนปีก่อน', 'Previous total', [
    'คะแนนรวมปีก่อน',
    'ปีที่แล้ว',
    'คะแนนปีที่แล้ว',
    'Previous',
    'Last year',
    'Last year total',
  ]),
];
