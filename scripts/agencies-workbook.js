/**
 * A generated workbook of many agencies (issue 14): ตั้งค่า with the fiscal year, and หน่วยงาน with
 * one row per agency in the Agencies sheet's columns. Deterministic for a given size and seed.
 * A mix like the country's: about half give ten indicators, a quarter three tools, a quarter the
 * total only; most are อบต., then เทศบาลตำบล, a few เทศบาลเมือง/นคร and one อบจ. per province.
 * Used by scripts/bench.js, test/e2e/area-view.js and the scale tests.
 *   agenciesWorkbook(8500) → ExcelJS.Workbook
 * From the command line, a made-up district to try the area view on:
 *   node scripts/agencies-workbook.js [COUNT=30] [OUT=agencies-sample.xlsx]
 */
'use strict';

/** mulberry32: a small seeded generator, so every run writes the same workbook. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DISTRICTS = ['เมือง', 'ป่าซาง', 'บ้านโฮ่ง', 'ลี้', 'แม่ทา', 'ทุ่งหัวช้าง', 'บ้านธิ', 'เวียงหนองล่อง'];
const PROVINCES = ['ลำพูน', 'ลำปาง', 'แพร่', 'น่าน', 'พะเยา', 'เชียงราย', 'แม่ฮ่องสอน', 'เชียงใหม่'];
/**
 * The Agencies sheet's header row as a district office lays it out (22 columns, A–V), in Thai and
 * English: the one list the generated workbooks and the test fixtures
 * (test/fixtures/agencies/district-30.ts) share.
 */
const AGENCY_HEADERS = {
  th: [
    'ลำดับ',
    'ชื่อหน่วยงาน',
    'ประเภท',
    'อำเภอ',
    'จังหวัด',
    ...Array.from({ length: 10 }, (_, i) => `ตัวชี้วัดที่ ${i + 1}`),
    'IIT',
    'EIT',
    'OIT',
    'คะแนนรวม',
    'คะแนนปีก่อน',
  ],
  en: [
    'No.',
    'Agency',
    'Type',
    'District',
    'Province',
    ...Array.from({ length: 10 }, (_, i) => `Indicator ${i + 1}`),
    'IIT',
    'EIT',
    'OIT',
    'Total',
    'Previous total',
  ],
};

/** Rows of the Agencies sheet (header first): 22 columns, A–V. */
function agencyRows(count, seed = 2568) {
  const rnd = random(seed);
  const score = (mean, spread) => Math.round(Math.max(0, Math.min(100, mean + (rnd() - 0.5) * 2 * spread)) * 100) / 100;
  const provinces = Math.max(1, Math.round(count / 112)); // about 112 agencies a province, as in the country
  const rows = [AGENCY_HEADERS.th];
  for (let i = 0; i < count; i++) {
    const p = i % provinces;
    const province = p < PROVINCES.length ? PROVINCES[p] : `จังหวัดที่ ${p + 1}`;
    const d = Math.floor(rnd() * 9);
    const district = d < DISTRICTS.length ? DISTRICTS[d] : `อำเภอที่ ${d + 1}`;
    const k = Math.floor(i / provinces);
    const r = rnd();
    const type = k === 0 ? 'อบจ.' : r < 0.7 ? 'อบต.' : r < 0.93 ? 'เทศบาลตำบล' : r < 0.98 ? 'เทศบาลเมือง' : 'เทศบาลนคร';
    const name = `${type === 'อบจ.' ? 'อบจ.' : type === 'อบต.' ? 'อบต.' : type}${province}${k === 0 ? '' : ` ${k}`}`;
    const level = 78 + rnd() * 20; // this agency's usual level
    const row = [i + 1, name, type, district, province];
    const kind = rnd();
    if (kind < 0.5) {
      const ind = [...Array(5)].map(() => score(level + 2, 8));
      ind.push(...[...Array(3)].map(() => score(level, 10)), ...[...Array(2)].map(() => score(level + 4, 15)));
      row.push(...ind, null, null, null, null);
    } else if (kind < 0.75)
      row.push(...Array(10).fill(null), score(level + 2, 6), score(level, 8), score(level + 4, 12), null);
    else row.push(...Array(10).fill(null), null, null, null, score(level + 2, 6));
    row.push(rnd() < 0.6 ? score(level, 6) : null);
    rows.push(row);
  }
  return rows;
}

function agenciesWorkbook(count, seed = 2568, fiscalYear = 2568) {
  // Required here, not at the top: the jsdom tests import this file's header list, and ExcelJS
  // loaded there resolves uuid's browser build, which jest cannot parse.
  const ExcelJS = require('exceljs');
  const wb = new ExcelJS.Workbook();
  const settings = wb.addWorksheet('ตั้งค่า');
  settings.addRow(['ปีงบประมาณ', fiscalYear]);
  settings.addRow(['เป้าหมาย', 85]);
  const ws = wb.addWorksheet('หน่วยงาน');
  for (const r of agencyRows(count, seed)) ws.addRow(r.map((v) => (v === null ? undefined : v)));
  return wb;
}

module.exports = { AGENCY_HEADERS, agencyRows, agenciesWorkbook };

if (require.main === module) {
  const [count = '30', out = 'agencies-sample.xlsx'] = process.argv.slice(2);
  if (!/^\d+$/.test(count) || Number(count) < 1) {
    console.error('usage: node scripts/agencies-workbook.js [COUNT=30] [OUT=agencies-sample.xlsx]');
    process.exit(2);
  }
  agenciesWorkbook(Number(count))
    .xlsx.writeFile(out)
    .then(() => console.log(`${out}: ${count} made-up agencies; try: npx ita-planner recompute ${out}`));
}
