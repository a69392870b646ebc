/** The OIT checklist: one row per item, published or not, with its web address. */
import { CellRef, TOP_LEFT } from '../domain/refs';
import { Framework, isOitItem, itemDef, oitItemCodes, toolItemRange } from '../domain/framework';
import { parseItemCode } from '../domain/parse/indicators';
import { parsePublished } from '../domain/parse/published';
import { lacksScheme, parseUrl } from '../domain/parse/url';
import { Problem } from '../domain/problem';
import { bi } from '../domain/text';
import { SheetFound } from './analysis';
import { cellAt, cellProblem, isEmpty, locatedProblem } from './cells';
import { addr, columnsOf, dataRows } from './parse-rows';
import { CellValue, SheetSnapshot } from './snapshot';

export interface OitRow {
  row: number;
  item: string;
  itemCell: CellRef;
  published: boolean;
  publishedCell: CellRef;
  publishedRaw: CellValue;
  url?: string;
  /** The item's title as the workbook's own Title column gives it. */
  title?: string;
  /** Last year's มี/ไม่มี, where the optional Last year column gives it. */
  previouslyPublished?: boolean;
}

function parseOit(
  sheet: SheetSnapshot,
  found: SheetFound,
  fw: Framework,
  problems: Problem[],
  unmarked: Set<string>,
): OitRow[] {
  const cols = columnsOf(found);
  const rows: OitRow[] = [];
  const seen = new Map<string, string>();
  for (const { row, get } of dataRows(sheet, found, cols)) {
    const at = (key: string) => addr(cols, key, row);
    const itemRaw = get('item');
    const code = parseItemCode(itemRaw);
    const def = code.ok ? itemDef(fw, code.value) : undefined;
    if (!code.ok || !def || !isOitItem(fw, def.code)) {
      const expected = code.ok
        ? bi(
            `ข้อ OIT ของปี ${fw.fiscalYear} (${toolItemRange(fw, 'OIT')})`,
            `an OIT item of ${fw.fiscalYear} (${toolItemRange(fw, 'OIT')})`,
          )
        : code.expected;
      problems.push(cellProblem('error', 'oit.item', sheet.name, at('item'), itemRaw, expected));
      continue;
    }
    const first = seen.get(def.code);
    if (first) {
      problems.push(
        locatedProblem(
          'error',
          'oit.duplicate',
          sheet.name,
          at('item'),
          bi(
            `แถวซ้ำ: ข้อ ${def.code} มีอยู่แล้วที่ ${sheet.name}!${first}`,
            `Duplicated row: item ${def.code} is already listed at ${sheet.name}!${first}`,
          ),
          def.code,
        ),
      );
      continue;
    }
    seen.set(def.code, at('item'));
    const pubRaw = get('published');
    const published = parsePublished(pubRaw);
    if (!published.ok) {
      problems.push(cellProblem('error', 'oit.published', sheet.name, at('published'), pubRaw, published.expected));
      unmarked.add(def.code);
      continue;
    }
    // A linked cell is judged by its link, whatever text it shows (snapshot.ts, hyperlinks).
    const link = cols.url !== undefined ? sheet.hyperlinks?.[at('url')] : undefined;
    const urlRaw = link ?? get('url');
    let url: string | undefined;
    if (!isEmpty(urlRaw)) {
      const u = parseUrl(urlRaw);
      if (u.ok) url = u.value;
      else {
        // A link without https:// has its own code, so a column of them is one grouped message.
        const code = lacksScheme(urlRaw) ? 'oit.url-scheme' : 'oit.url';
        problems.push(cellProblem('warning', code, sheet.name, at('url'), urlRaw, u.expected));
      }
    } else if (published.value) {
      problems.push(
        cellProblem(
          'warning',
          'oit.url-missing',
          sheet.name,
          cols.url !== undefined ? at('url') : at('published'),
          urlRaw,
          bi(
            `ลิงก์ http(s) ไปยังหน้าเว็บไซต์หลักของหน่วยงานที่เผยแพร่ข้อ ${def.code}`,
            `an http(s) link to the page of the agency's main website that publishes ${def.code}`,
          ),
        ),
      );
    }
    const titleRaw = get('title');
    const title = isEmpty(titleRaw) ? undefined : String(titleRaw).trim();
    // Last year's answer only feeds the comparison: unreadable, it is a warning and left out.
    const prevRaw = get('previous');
    const prev = isEmpty(prevRaw) ? undefined : parsePublished(prevRaw);
    if (prev && !prev.ok)
      problems.push(cellProblem('warning', 'oit.previous', sheet.name, at('previous'), prevRaw, prev.expected));
    rows.push({
      row,
      item: def.code,
      itemCell: at('item'),
      published: published.value,
      publishedCell: at('published'),
      publishedRaw: pubRaw,
      ...(url ? { url } : {}),
      ...(title ? { title } : {}),
      ...(prev?.ok ? { previouslyPublished: prev.value } : {}),
    });
  }
  return rows;
}

/**
 * The checklist when it is used: not when the year has no item list, nor when nobody filled it
 * in (then indicators 9 and 10 come from the Scores sheet), each with a warning saying so.
 * `unmarked` collects the items listed whose มี/ไม่มี cell is blank or unreadable: each is already
 * an error on its cell, so what follows from its absence (an indicator with no score, an item
 * "missing" from the list) need not be said again.
 */
export function readChecklist(
  sheet: SheetSnapshot,
  found: SheetFound,
  fw: Framework,
  problems: Problem[],
  unmarked = new Set<string>(),
): OitRow[] {
  const hasOitItems = oitItemCodes(fw).length > 0;
  if (!hasOitItems) {
    problems.push(
      locatedProblem(
        'warning',
        'oit.no-item-list',
        sheet.name,
        TOP_LEFT,
        bi(
          `ปี ${fw.fiscalYear} ยังไม่มีรายการข้อ OIT ในโปรแกรม จึงไม่ใช้ชีตนี้ ให้กรอกคะแนนตัวชี้วัดที่ 9 และ 10 ในชีตคะแนน`,
          `There is no OIT item list for ${fw.fiscalYear}, so this sheet is not used; give indicators 9 and 10 on the Scores sheet`,
        ),
      ),
    );
  }
  const untouched = hasOitItems && isUntouchedChecklist(sheet, found);
  if (untouched) {
    problems.push(
      locatedProblem(
        'warning',
        'oit.untouched',
        sheet.name,
        found.columns.find((c) => c.key === 'published')?.cell ?? TOP_LEFT,
        bi(
          `ชีต ${sheet.name} ยังไม่ได้กรอก (ไม่มีข้อใดเลือก มี/ไม่มี) จึงไม่ใช้รายการตรวจ OIT: ตัวชี้วัดที่ 9 และ 10 ใช้คะแนนจากชีตคะแนน — ถ้ามีผลรายข้อ ให้เลือก มี/ไม่มี ให้ครบทุกข้อ`,
          `The ${sheet.name} checklist is untouched (no item marked มี/ไม่มี), so it is not used: indicators 9 and 10 come from the Scores sheet. To score item by item, mark every item`,
        ),
      ),
    );
  }
  return hasOitItems && !untouched ? parseOit(sheet, found, fw, problems, unmarked) : [];
}

/**
 * A checklist nobody filled in (the template's, or one pasted with titles only): every
 * Published and URL cell below the header is empty. It means "no checklist", not 43 errors.
 */
function isUntouchedChecklist(sheet: SheetSnapshot, f: SheetFound): boolean {
  const cols = f.columns.filter((c) => c.key === 'published' || c.key === 'url').map((c) => c.col);
  for (let r = (f.headerRow ?? 0) + 1; r < sheet.top + sheet.values.length; r++)
    if (cols.some((c) => !isEmpty(cellAt(sheet, r, c)))) return false;
  return true;
}
