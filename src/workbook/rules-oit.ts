import { Bilingual, bi } from '../domain/text';
import { Framework, IndicatorHead, OitTable, subIndicatorParent } from '../domain/framework';
import { parseItemCode } from '../domain/parse/indicators';
import { Bad, Err, SectionFound, certaintyOf, textOf } from './rules-read';
import { CellValue } from './snapshot';
import type { CellRef } from '../domain/refs';

export function readOit(
  subsSection: SectionFound | undefined,
  itemsSection: SectionFound | undefined,
  base: Framework,
  indicators: readonly IndicatorHead[],
  err: Err,
  bad: Bad,
): OitTable | undefined {
  const shippedSubs = base.indicators.flatMap((i) => i.subIndicators ?? []);
  const names = new Map<string, Bilingual>(shippedSubs.map((s) => [s.id, s.name]));
  const isOitIndicator = (id: number) => indicators.some((i) => i.id === id && i.tool === 'OIT');
  const subCheck = (id: string, cell: CellRef, v: CellValue): boolean => {
    // The parent's number is read here, not by subIndicatorParent: "0.1" names no indicator at all.
    if (/^\d+\.\d+$/.test(id) && isOitIndicator(Number(id.split('.')[0]))) return true;
    bad(
      cell,
      v,
      bi(
        `ตัวชี้วัดย่อยของตัวชี้วัด OIT เช่น 9.1 (ตัวชี้วัด OIT: ${indicators
          .filter((i) => i.tool === 'OIT')
          .map((i) => i.id)
          .join(', ')})`,
        `a sub-indicator of an OIT indicator, e.g. 9.1 (OIT indicators: ${indicators
          .filter((i) => i.tool === 'OIT')
          .map((i) => i.id)
          .join(', ')})`,
      ),
    );
    return false;
  };
  const order: string[] = [];
  if (subsSection) {
    names.clear();
    for (const r of subsSection.rows) {
      const id = textOf(r.get('id'));
      if (!subCheck(id, r.at('id'), r.get('id'))) continue;
      if (order.includes(id)) {
        err(r.at('id'), bi(`ตัวชี้วัดย่อย ${id} มีสองแถว`, `Sub-indicator ${id} is listed twice`), id);
        continue;
      }
      order.push(id);
      const name = textOf(r.get('name'));
      const shipped = shippedSubs.find((x) => x.id === id)?.name;
      names.set(id, name ? bi(name, shipped?.th === name ? shipped.en : name) : (shipped ?? bi(id, id)));
    }
  }
  if (!itemsSection) {
    if (!subsSection) return shippedTable(base);
    // Only the names changed: keep the shipped items under the listed sub-indicators.
    return shippedTable(base)?.map((sub) => ({ ...sub, name: names.get(sub.id) ?? sub.name }));
  }
  const items = new Map<string, { sub: string; cell: CellRef }>();
  const table = new Map<string, OitTable[number]['items'][number][]>();
  for (const r of itemsSection.rows) {
    const code = parseItemCode(r.get('code'));
    if (!code.ok) {
      bad(r.at('code'), r.get('code'), code.expected);
      continue;
    }
    const sub = textOf(r.get('sub'));
    if (!subCheck(sub, r.at('sub'), r.get('sub'))) continue;
    if (subsSection && !names.has(sub)) {
      bad(
        r.at('sub'),
        r.get('sub'),
        bi(
          `ตัวชี้วัดย่อยที่อยู่ในตารางตัวชี้วัดย่อย (${order.join(', ')})`,
          `a sub-indicator listed in the sub-indicators table (${order.join(', ')})`,
        ),
      );
      continue;
    }
    const first = items.get(code.value);
    if (first) {
      err(
        r.at('code'),
        first.sub === sub
          ? bi(
              `ข้อ ${code.value} ซ้ำ (มีอยู่แล้วที่ ${first.cell}) — ลบแถวใดแถวหนึ่ง`,
              `Item ${code.value} is a duplicate (already at ${first.cell}); remove one row`,
            )
          : bi(
              `ข้อ ${code.value} อยู่ในตัวชี้วัดย่อยสองตัว: ${first.sub} (ที่ ${first.cell}) และ ${sub} — ข้อหนึ่งอยู่ได้ในตัวชี้วัดย่อยเดียว`,
              `Item ${code.value} is in two sub-indicators: ${first.sub} (at ${first.cell}) and ${sub}; an item belongs to one only`,
            ),
        code.value,
      );
      continue;
    }
    items.set(code.value, { sub, cell: r.at('code') });
    if (!order.includes(sub)) order.push(sub);
    const title = textOf(r.get('title'));
    const shipped = base.items.find((i) => i.code === code.value);
    const certainty = certaintyOf(r.get('certainty'));
    const list = table.get(sub) ?? [];
    list.push({
      code: code.value,
      title: title
        ? bi(title, shipped?.title.th === title ? shipped.title.en : title)
        : (shipped?.title ?? bi(code.value, code.value)),
      // Meanings survive a new title only when the title is the shipped one.
      ...(shipped?.topics && (!title || shipped.title.th === title) ? { topics: shipped.topics } : {}),
      ...(certainty ? { certainty } : {}),
    });
    table.set(sub, list);
  }
  return order
    .filter((id) => table.has(id))
    .sort((x, y) => subIndicatorParent(x) - subIndicatorParent(y) || Number(x.split('.')[1]) - Number(y.split('.')[1]))
    .map((id) => ({ id, name: names.get(id) ?? bi(id, id), items: table.get(id)! }));
}

/** The shipped framework's OIT list as a table, for rebuilding. */
function shippedTable(base: Framework): OitTable | undefined {
  const subs = base.indicators.flatMap((i) => i.subIndicators ?? []);
  if (subs.length === 0) return undefined;
  return subs.map((s) => ({
    id: s.id,
    name: s.name,
    ...(s.certainty ? { certainty: s.certainty } : {}),
    items: s.items.map((code) => {
      const it = base.items.find((i) => i.code === code)!;
      return {
        code,
        title: it.title,
        ...(it.topics ? { topics: it.topics } : {}),
        ...(it.certainty ? { certainty: it.certainty } : {}),
      };
    }),
  }));
}
