/**
 * What a request wrote, in the planner's words, for ApplyReport.written and ApplyError.written:
 * shown in the pane when a write fails part way, so in Thai and English alike.
 */
import { Bilingual, bi } from '../domain/text';
import { quoteSheet } from '../workbook/snapshot';
import { Op, writeAddress } from './ops';

/** A line that lists its items: "สูตรชื่อ: ITA_TOTAL, ITA_GRADE". */
function groupKey(op: Op): Bilingual | undefined {
  const on = (th: string, en: string, sheet: string) =>
    bi(`${th}ในชีต ${quoteSheet(sheet)}`, `${en} on ${quoteSheet(sheet)}`);
  switch (op.kind) {
    case 'deleteName':
      return bi('ลบชื่อที่กำหนด', 'deleted names');
    case 'addName':
      return bi('กำหนดชื่อ', 'defined names');
    case 'write':
      return op.fix !== undefined ? bi('แก้เซลล์', 'fixed cells') : undefined;
    case 'columnWidth':
      return on('ความกว้างคอลัมน์', 'column widths', op.sheet);
    case 'style':
      return on('รูปแบบเซลล์', 'formats', op.style.sheet);
    case 'merge':
      return on('ผสานเซลล์', 'merged cells', op.sheet);
    case 'hyperlink':
      return on('ลิงก์', 'links', op.sheet);
    case 'validation':
      return on('รายการให้เลือก', 'drop-down lists', op.sheet);
    case 'rowHeight':
      return on('ความสูงแถว', 'row heights', op.sheet);
    case 'dataBar':
      return on('แถบข้อมูล', 'data bars', op.bar.sheet);
    default:
      return undefined;
  }
}

function groupItem(op: Op): string {
  switch (op.kind) {
    case 'deleteName':
    case 'addName':
      return op.name;
    case 'write':
      return op.fix ?? '';
    case 'style':
      return op.style.range;
    case 'hyperlink':
      return op.cell;
    case 'dataBar':
      return op.bar.range;
    case 'merge':
    case 'validation':
      return op.range;
    case 'columnWidth':
    case 'rowHeight':
      return op.address;
    default:
      return '';
  }
}

/** A line of its own. */
function singleLine(op: Op): Bilingual {
  switch (op.kind) {
    case 'deleteSheet':
      return bi(`ลบชีต ${quoteSheet(op.sheet)}`, `deleted sheet ${quoteSheet(op.sheet)}`);
    case 'addSheet':
      return bi(`สร้างชีต ${quoteSheet(op.sheet)}`, `created sheet ${quoteSheet(op.sheet)}`);
    case 'clearSheet':
      return bi(`ล้างชีต ${quoteSheet(op.sheet)}`, `cleared sheet ${quoteSheet(op.sheet)}`);
    case 'write': {
      const where = `${quoteSheet(op.sheet)}!${writeAddress(op)}`;
      return bi(where, where);
    }
    case 'freezeRows':
      return bi(
        `ตรึงหัวตาราง ${op.rows} แถวในชีต ${quoteSheet(op.sheet)}`,
        `froze ${op.rows} header row(s) on ${quoteSheet(op.sheet)}`,
      );
    case 'tabColor':
      return bi(`สีแท็บของชีต ${quoteSheet(op.sheet)}`, `tab colour of ${quoteSheet(op.sheet)}`);
    case 'sheetFont':
      return bi(
        `แบบอักษร ${op.font.name} ที่ ${quoteSheet(op.sheet)}!${op.address}`,
        `font ${op.font.name} on ${quoteSheet(op.sheet)}!${op.address}`,
      );
    case 'page':
      return bi(`ตั้งค่าหน้ากระดาษของชีต ${quoteSheet(op.sheet)}`, `page setup of ${quoteSheet(op.sheet)}`);
    case 'chart':
      return bi(
        `แผนภูมิ "${op.chart.title}" ในชีต ${quoteSheet(op.chart.sheet)}`,
        `chart "${op.chart.title}" on ${quoteSheet(op.chart.sheet)}`,
      );
    case 'activate':
      return bi(`แสดงชีต ${quoteSheet(op.sheet)}`, `showed ${quoteSheet(op.sheet)}`);
    default:
      throw new Error(`describeOps: ${op.kind} is listed with others`);
  }
}

const MAX_ITEMS_SHOWN = 6;

/** One line per sheet-level step, and one per kind of small operation with its places listed, in first-seen order. */
export function describeOps(ops: readonly Op[]): Bilingual[] {
  const lines: { line: Bilingual; items?: string[] }[] = [];
  const groups = new Map<string, string[]>();
  for (const op of ops) {
    const key = groupKey(op);
    if (!key) {
      lines.push({ line: singleLine(op) });
      continue;
    }
    let items = groups.get(key.en);
    if (!items) {
      items = [];
      groups.set(key.en, items);
      lines.push({ line: key, items });
    }
    items.push(groupItem(op));
  }
  return lines.map(({ line, items }) => {
    if (!items) return line;
    const shown =
      items.length > MAX_ITEMS_SHOWN
        ? `${items.slice(0, MAX_ITEMS_SHOWN).join(', ')} … (${items.length})`
        : items.join(', ');
    return bi(`${line.th}: ${shown}`, `${line.en}: ${shown}`);
  });
}
