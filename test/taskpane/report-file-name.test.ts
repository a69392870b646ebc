/**
 * The Word report's file name: agency, report and fiscal year, so a planner's Downloads folder
 * tells the files apart (it was "ita-plan-th.docx" for every agency and year).
 */
import { fileNamePart, reportFileName } from '../../src/reports/file-name';
import { reportDocxFile } from '../../src/taskpane/reports';
import type { WorkbookHost } from '../../src/workbook/host';
import type { WorkbookSnapshot } from '../../src/workbook/snapshot';

/** Seed 003's scores: the total does not matter here, only that a report can be built. */
const SCORES = [96.5, 93.11, 91.57, 89.02, 92.45, 93.93, 89.78, 93.24, 97.78, 100];

/** The pane in a browser, on a workbook of the agency's 2569 scores and no measures yet. */
function browserHost(agency: string): WorkbookHost {
  const snapshot: WorkbookSnapshot = {
    sheets: [
      {
        name: 'ตั้งค่า',
        top: 0,
        left: 0,
        values: [
          ['หน่วยงาน', agency],
          ['ปีงบประมาณ', 2569],
        ],
      },
      { name: 'คะแนน', top: 0, left: 0, values: [['ตัวชี้วัด', 'คะแนน'], ...SCORES.map((v, i) => [i + 1, v])] },
    ],
    names: [],
  };
  return {
    kind: 'browser',
    notices: [],
    read: async () => snapshot,
    apply: async () => ({ skipped: [] }),
    select: async () => undefined,
  };
}

async function nameOf(agency: string, kind: 'analysis' | 'plan' | 'six-month' | 'year-end', lang: 'th' | 'en') {
  const r = await reportDocxFile(browserHost(agency), kind, lang, '2026-01-15');
  if ('problem' in r) throw new Error(r.problem.message.en);
  return r.name;
}

describe("the Word report's file name", () => {
  test('is <agency>-ITA-<kind>-<year>.docx: the plan of the measures year, the analysis of the assessed year', async () => {
    // Assessed in 2569, no measures yet: the plan is for the year after.
    expect(await nameOf('เทศบาลนครเชียงใหม่', 'plan', 'th')).toBe('เทศบาลนครเชียงใหม่-ITA-plan-2570.docx');
    expect(await nameOf('เทศบาลนครเชียงใหม่', 'analysis', 'th')).toBe('เทศบาลนครเชียงใหม่-ITA-analysis-2569.docx');
  });

  test('an English copy ends -en; without an agency on the Settings sheet the name starts ITA', () => {
    expect(reportFileName({ kind: 'plan', lang: 'en', year: 2570, agency: 'อบต.ท่ามะลิ่ง' })).toBe(
      'อบต.ท่ามะลิ่ง-ITA-plan-2570-en.docx',
    );
    expect(reportFileName({ kind: 'analysis', lang: 'th', year: 2569 })).toBe('ITA-analysis-2569.docx');
    expect(reportFileName({ kind: 'analysis', lang: 'th', year: 2569, agency: ' ./?* ' })).toBe(
      'ITA-analysis-2569.docx',
    );
  });

  test('the progress reports are spelled as `ita-planner report --kind` takes them', () => {
    expect(reportFileName({ kind: 'six-month', lang: 'th', year: 2570, agency: 'อบต.ทดสอบ' })).toBe(
      'อบต.ทดสอบ-ITA-6-month-2570.docx',
    );
    expect(reportFileName({ kind: 'year-end', lang: 'th', year: 2570, agency: 'อบต.ทดสอบ' })).toBe(
      'อบต.ทดสอบ-ITA-year-end-2570.docx',
    );
  });

  test('characters a file name may not hold become "-"; Thai letters, their marks and single spaces stay', () => {
    expect(fileNamePart('อบต. "บ้าน/ใหม่" <เหนือ>: ก|ข?*')).toBe('อบต. -บ้าน-ใหม่- -เหนือ- ก-ข');
    expect(fileNamePart('เทศบาล\\ตำบล\tหนึ่ง\n\u0007สอง')).toBe('เทศบาล-ตำบล หนึ่ง -สอง');
    // The zero-width space Thai text carries as a word break, and leading dots (a hidden file on Linux and macOS).
    expect(fileNamePart('..เทศบาล\u200bตำบล...')).toBe('เทศบาลตำบล');
    expect(fileNamePart('องค์การบริหารส่วนตำบลน้ำใส')).toBe('องค์การบริหารส่วนตำบลน้ำใส');
  });

  test('a very long agency name is cut, so the name stays under 255 bytes', () => {
    const name = reportFileName({ kind: 'year-end', lang: 'en', year: 2570, agency: 'องค์การบริหารส่วนตำบล'.repeat(10) });
    expect(Buffer.byteLength(name, 'utf8')).toBeLessThanOrEqual(255);
    expect(name.endsWith('-ITA-year-end-2570-en.docx')).toBe(true);
  });
});
