/**
 * Workbooks from more than one producer, made by the tests: openpyxl (Debian's python3-openpyxl,
 * run by /usr/bin/python3: `python3` on PATH may be another interpreter) and LibreOffice headless.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const PYTHON = '/usr/bin/python3';
export const hasOpenpyxl = spawnSync(PYTHON, ['-c', 'import openpyxl']).status === 0;
export const hasSoffice = spawnSync('which', ['soffice']).status === 0;
export const hasXlsxwriter = spawnSync(PYTHON, ['-c', 'import xlsxwriter']).status === 0;

/**
 * Seed 003's scores (เทศบาลนครเชียงใหม่, 2564) with a chart, a comment, a named style, grouped rows,
 * a page break, a sheet protected with a password and names of every scope.
 */
const OPENPYXL_SCRIPT = String.raw`
import sys
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.styles import Font, NamedStyle
from openpyxl.worksheet.pagebreak import Break

wb = Workbook()
settings = wb.active
settings.title = 'ตั้งค่า'
for row in [['ปีงบประมาณ', 2564], ['หน่วยงาน', 'เทศบาลนครเชียงใหม่'], ['อัตรา', 0.07]]:
    settings.append(row)
scores = wb.create_sheet('คะแนน')
scores.append(['ตัวชี้วัด', 'คะแนน'])
for i, v in enumerate([96.5, 93.11, 91.57, 89.02, 92.45, 93.93, 89.78, 93.24, 97.78, 100], start=1):
    scores.append([i, v])
scores['D2'] = '=B2*TaxRate'
scores['D3'] = '=SUM(ScoreCol)'
chart = BarChart()
chart.title = 'คะแนนรายตัวชี้วัด'
chart.add_data(Reference(scores, min_col=2, min_row=1, max_row=11), titles_from_data=True)
scores.add_chart(chart, 'F2')
scores['B2'].comment = Comment('คะแนนจากรายงานปี 2564', 'ผู้วางแผน')
heading = NamedStyle(name='หัวข้อของฉัน')
heading.font = Font(bold=True, size=14)
wb.add_named_style(heading)
scores['A1'].style = 'หัวข้อของฉัน'
scores.row_dimensions.group(3, 6, outline_level=1, hidden=False)
scores.row_breaks.append(Break(id=6))
notes = wb.create_sheet('บันทึก')
notes['A1'] = 'ชีตนี้ล็อกด้วยรหัสผ่าน'
notes.protection.sheet = True
notes.protection.password = 'ita-2564'
wb.defined_names.append(DefinedName('TaxRate', attr_text='0.07'))
wb.defined_names.append(DefinedName('ScoreCol', attr_text="'คะแนน'!$B:$B"))
wb.defined_names.append(DefinedName('Recent', attr_text="OFFSET('คะแนน'!$B$2,0,0,COUNTA('คะแนน'!$B:$B)-1,1)"))
wb.defined_names.append(DefinedName('Rate', localSheetId=0, attr_text="'ตั้งค่า'!$B$3"))
wb.defined_names.append(DefinedName('Rate', localSheetId=2, attr_text='0.5'))
wb.save(sys.argv[1])
`;

export function openpyxlWorkbook(dir: string): string {
  const file = path.join(dir, 'openpyxl.xlsx');
  execFileSync(PYTHON, ['-c', OPENPYXL_SCRIPT, file], { stdio: 'pipe' });
  return file;
}

/**
 * The same scores written by XlsxWriter (Debian's python3-xlsxwriter; pandas' default engine for
 * .xlsx), with what it writes natively: a chart, a chart sheet, a comment, a text box, a
 * sparkline, a dynamic array formula, a list validation, grouped rows, a password-protected
 * sheet, a constant name, a sheet-scoped name and a custom document property.
 */
const XLSXWRITER_SCRIPT = String.raw`
import sys
import xlsxwriter
wb = xlsxwriter.Workbook(sys.argv[1])
settings = wb.add_worksheet('ตั้งค่า')
settings.write_row(0, 0, ['ปีงบประมาณ', 2564])
settings.write_row(1, 0, ['หน่วยงาน', 'เทศบาลนครเชียงใหม่'])
scores = wb.add_worksheet('คะแนน')
scores.write_row(0, 0, ['ตัวชี้วัด', 'คะแนน'])
for i, v in enumerate([96.5, 93.11, 91.57, 89.02, 92.45, 93.93, 89.78, 93.24, 97.78, 100], start=1):
    scores.write_number(i, 0, i)
    scores.write_number(i, 1, v)
scores.write_dynamic_array_formula('D2:D4', '=_xlfn._xlws.SORT(B2:B4)')
scores.write_comment('B2', 'คะแนนจากรายงานปี 2564')
chart = wb.add_chart({'type': 'column'})
chart.add_series({'values': "='คะแนน'!$B$2:$B$11"})
scores.insert_chart('F2', chart)
scores.insert_textbox('F20', 'กรอกคะแนนจากรายงาน ITAS')
scores.add_sparkline('E2', {'range': "'คะแนน'!B2:B11"})
scores.data_validation('H2:H5', {'validate': 'list', 'source': ['ก', 'ข']})
scores.set_row(3, None, None, {'level': 1})
scores.protect('ita-2564')
sheet = wb.add_chartsheet('กราฟ')
line = wb.add_chart({'type': 'line'})
line.add_series({'values': "='คะแนน'!$B$2:$B$11"})
sheet.set_chart(line)
wb.define_name('TaxRate', '=0.07')
wb.define_name("'คะแนน'!Local", "='คะแนน'!$B$2")
wb.set_custom_property('ตรวจโดย', 'ผู้วางแผน')
wb.close()
`;

export function xlsxwriterWorkbook(dir: string): string {
  const file = path.join(dir, 'xlsxwriter.xlsx');
  execFileSync(PYTHON, ['-c', XLSXWRITER_SCRIPT, file], { stdio: 'pipe' });
  return file;
}

// One profile for the whole run (its first start is the slow part); its own, so another soffice
// running on the machine does not take the call.
let profile: string | undefined;

/** Converts files with one LibreOffice call; returns the folder of converted files. */
export function libreOfficeConvert(
  files: string[],
  to: string,
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-')),
): string {
  profile ??= `file://${fs.mkdtempSync(path.join(os.tmpdir(), 'lo-profile-'))}`;
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', to, '--outdir', outDir, ...files],
    {
      stdio: 'pipe',
      timeout: 240_000,
    },
  );
  return outDir;
}

/** Every sheet of each file as CSV ("<file>-<sheet>.csv"), UTF-8. */
export const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
