/**
 * An improvement suggestion: a concrete measure a planner at a municipality or SAO can copy into
 * next year's plan, with the unit that typically does it. Written in our own words from the
 * agencies' reports (what they found weak and what they did about it).
 */
import { Bilingual, bi } from '../text';

export interface Suggestion {
  id: string;
  text: Bilingual;
  /** who typically does it, e.g. สำนักปลัด / Office of the Permanent Secretary */
  responsible?: Bilingual;
}

/** Units found in a typical local administrative organisation. */
export const UNIT = {
  executive: bi('นายกฯ (ผู้บริหารท้องถิ่น)', 'Chief executive (mayor or SAO chief)'),
  clerk: bi('ปลัด (หัวหน้าพนักงานส่วนท้องถิ่น)', 'Permanent Secretary (head of staff)'),
  palad: bi('สำนักปลัด', 'Office of the Permanent Secretary'),
  finance: bi('กองคลัง', 'Finance Division'),
  procurement: bi('กองคลัง (งานพัสดุ)', 'Finance Division (procurement unit)'),
  plan: bi('งานนโยบายและแผน', 'Policy and Planning Section'),
  personnel: bi('งานการเจ้าหน้าที่', 'Personnel Section'),
  legal: bi('งานนิติการ', 'Legal Affairs Section'),
  pr: bi('งานประชาสัมพันธ์', 'Public Relations Section'),
  web: bi('ผู้ดูแลเว็บไซต์', 'Website administrator'),
  all: bi('ทุกกอง', 'All divisions'),
  itaTeam: bi('คณะทำงาน ITA', 'ITA working group'),
} as const;

export function s(id: string, th: string, en: string, responsible?: Bilingual): Suggestion {
  return responsible ? { id, text: bi(th, en), responsible } : { id, text: bi(th, en) };
}
