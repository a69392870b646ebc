/**
 * A summary left from an earlier good run must not pass for current after a later run was
 * blocked by errors. The summary reserves one empty row; `ITA_STALE` names the last cell of that
 * row. A blocked run writes a banner into the row's first cell and TRUE into the named one (both
 * empty until then, so nothing of the summary is overwritten); the next good run rewrites the
 * summary, and with it the empty row.
 *
 * For the summary's layout: call `reserveStaleRow` with a row that stays empty and unmerged.
 */
import { bi, Bilingual, Lang } from '../domain/text';
import { formatDateTime } from '../domain/thai-date';
import { cellAt, isEmpty } from './cells';
import { ownedSheet } from './owned';
import { WritePlan } from './plan';
import { a1, parseA1, WorkbookSnapshot } from './snapshot';

export const STALE_NAME = 'ITA_STALE';
/** The same for the area sheet (issue 14). */
export const AREA_STALE_NAME = 'ITA_AGENCIES_STALE';

/** Good run: keep `row` (0-based) of the summary empty from column A to `lastCol`, and name its last cell. */
export function reserveStaleRow(plan: WritePlan, sheet: string, row: number, lastCol: number): void {
  plan.names.push({ name: STALE_NAME, sheet, ref: a1(row, lastCol) });
}

/** Good run of many agencies: the same empty row on the area sheet, its last cell named. */
export function reserveAreaStaleRow(plan: WritePlan, sheet: string, row: number, lastCol: number): void {
  plan.names.push({ name: AREA_STALE_NAME, sheet, ref: a1(row, lastCol) });
}

/** An instant as Thailand's clock reads it, in each language (the summary's "computed at" too). */
function thaiTime(when: string): Bilingual {
  return bi(formatDateTime(when, 'th'), formatDateTime(when, 'en'));
}

export function staleBannerText(when: string): Bilingual {
  const at = thaiTime(when);
  return bi(
    `⚠ ผลสรุปนี้ล้าสมัย: การคำนวณเมื่อ ${at.th} พบข้อผิดพลาดจึงไม่ได้เขียนผลใหม่ — ดูชีตปัญหาที่พบ แก้ไขแล้วคำนวณใหม่`,
    `⚠ OUT OF DATE: the recompute of ${at.en} found errors and wrote no new results. See the problems sheet, fix them and recompute`,
  );
}

/**
 * Blocked run: mark the summary and the area sheet an earlier run left, those there are and not
 * marked yet. Returns whether it marks one.
 */
export function planStaleMark(plan: WritePlan, snapshot: WorkbookSnapshot, lang: Lang, when: string): boolean {
  const summary = markStale(plan, snapshot, ownedSheet(snapshot, 'summary'), STALE_NAME, staleBannerText(when)[lang]);
  const area = markStale(plan, snapshot, ownedSheet(snapshot, 'agencies'), AREA_STALE_NAME, areaBannerText(when)[lang]);
  return summary || area;
}

export function areaBannerText(when: string): Bilingual {
  const at = thaiTime(when);
  return bi(
    `⚠ ภาพรวมนี้ล้าสมัย: การคำนวณเมื่อ ${at.th} พบข้อผิดพลาดจึงไม่ได้เขียนผลใหม่ — ดูชีตปัญหาที่พบ แก้ไขแล้วคำนวณใหม่`,
    `⚠ OUT OF DATE: the recompute of ${at.en} found errors and wrote no new figures. See the problems sheet, fix them and recompute`,
  );
}

function markStale(
  plan: WritePlan,
  snapshot: WorkbookSnapshot,
  ours: string | undefined,
  flagName: string,
  banner: string,
): boolean {
  const name = snapshot.names.find((n) => n.name.toUpperCase() === flagName && n.sheet === ours);
  const sheet = snapshot.sheets.find((s) => s.name === ours);
  const cell = name && /!\$?([A-Z]+)\$?(\d+)$/i.exec(name.ref);
  if (!sheet || !cell) return false;
  const flag = parseA1(`${cell[1]}${cell[2]}`);
  if (!isEmpty(cellAt(sheet, flag.row, 0)) || !isEmpty(cellAt(sheet, flag.row, flag.col))) return false;
  const cells = new Array(flag.col + 1).fill(null);
  cells[0] = { text: banner };
  cells[flag.col] = { bool: true };
  plan.blocks.push({ sheet: sheet.name, top: flag.row, left: 0, cells: [cells] });
  plan.styles.push({
    sheet: sheet.name,
    range: `${a1(flag.row, 0)}:${a1(flag.row, flag.col)}`,
    bold: true,
    fontColor: '#9C0006',
    fill: '#FFC7CE',
  });
  return true;
}
