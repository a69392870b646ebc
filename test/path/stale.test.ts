jest.setTimeout(60_000); // several .xlsx round trips on a shared machine

import { filledTemplate } from './helpers';
import { nameValue, recompute } from '../workbook/helpers';
import { THAMALING } from '../fixtures/planner/thamaling-2565';
import { areaBannerText, STALE_NAME, staleBannerText } from '../../src/workbook/stale';

describe('a summary from an earlier run is marked stale when a later run is blocked', () => {
  it('banner + ITA_STALE = TRUE after a blocked run; the next good run unmarks it', async () => {
    const good = await recompute(await filledTemplate({ ind9: THAMALING.corrected9 }));
    expect(good.result.wroteResults).toBe(true);
    const summary = () => good.after.getWorksheet('สรุปผล ITA')!;
    expect(summary().getCell('A4').value).toBeNull();
    expect(nameValue(good.after, STALE_NAME)).toBeNull();

    // The planner breaks a score: the run is blocked, the old summary stays but says it is out of date.
    good.after.getWorksheet('คะแนน')!.getCell('E3').value = 'ดีมาก';
    const blocked = await recompute(good.after);
    expect(blocked.result.wroteResults).toBe(false);
    const old = blocked.after.getWorksheet('สรุปผล ITA')!;
    expect(String(old.getCell('A4').value)).toMatch(/^⚠ ผลสรุปนี้ล้าสมัย/);
    expect(nameValue(blocked.after, STALE_NAME)).toBe(true);
    // Everything else of the old summary is as it was.
    expect(old.getCell('C6').value).toEqual(summary().getCell('C6').value);

    // A second blocked run keeps the first mark (and writes nothing over it).
    const again = await recompute(blocked.after);
    expect(String(again.after.getWorksheet('สรุปผล ITA')!.getCell('A4').value)).toMatch(/ล้าสมัย/);

    again.after.getWorksheet('คะแนน')!.getCell('E3').value = 77.85;
    const fixed = await recompute(again.after, { lang: 'th' });
    expect(fixed.result.wroteResults).toBe(true);
    expect(fixed.after.getWorksheet('สรุปผล ITA')!.getCell('A4').value).toBeNull();
    expect(nameValue(fixed.after, STALE_NAME)).toBeNull();
  });

  it('in English too, and nothing is marked when there is no earlier summary', async () => {
    const wb = await filledTemplate({ lang: 'en', ind9: 'x' });
    const r = await recompute(wb, { lang: 'en' });
    expect(r.result.wroteResults).toBe(false);
    expect(r.after.getWorksheet('ITA Summary')).toBeUndefined();
    expect(new Set(r.result.plan.blocks.map((b) => b.sheet))).toEqual(new Set(['ITA Problems'])); // the problems sheet only
  });
});

describe('times written into the workbook are Thailand’s clock, as the summary’s "computed at" is', () => {
  // 19:27 UTC on 2 December is 02:27 on 3 December in Thailand.
  const when = '2026-12-02T19:27:00.000Z';

  it('the out-of-date banners', () => {
    expect(staleBannerText(when).th).toContain('การคำนวณเมื่อ 3 ธ.ค. 2569 02:27');
    expect(staleBannerText(when).en).toContain('the recompute of 3 Dec 2026 02:27');
    expect(areaBannerText(when).en).toContain('the recompute of 3 Dec 2026 02:27');
  });
});
