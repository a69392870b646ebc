import * as fs from 'fs';
import * as path from 'path';
import { Suggestion, suggestionsForIndicator, suggestionsForItem } from '../../src/domain/suggestions';
import { INDICATOR_SUGGESTIONS } from '../../src/domain/suggestions/indicators';
import { OIT_2565_ITEM_SUGGESTIONS } from '../../src/domain/suggestions/oit-2565';

const THAI = /[\u0E00-\u0E7F]/;
const THAI_LETTER = /[\u0E01-\u0E2E]/;
const ITEM_CODES = Array.from({ length: 43 }, (_, i) => `O${i + 1}`);
const INDICATOR_IDS = Array.from({ length: 10 }, (_, i) => i + 1);

const all: Suggestion[] = [
  ...Object.values(INDICATOR_SUGGESTIONS).flat(),
  ...Object.values(OIT_2565_ITEM_SUGGESTIONS).flat(),
];

/** Every text a user may see: the suggestion and who does it, both languages. */
function texts(s: Suggestion): string[] {
  const out = [s.text.th, s.text.en];
  if (s.responsible) out.push(s.responsible.th, s.responsible.en);
  return out;
}

const collapse = (t: string): string => t.replace(/\s+/g, ' ').trim();

interface SeedRunsModule {
  RUN: number;
  runHash(run: string): number;
  firstCopiedRun(text: string, known: Set<number>): string | undefined;
  decode(buf: Buffer): Set<number>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain CommonJS script without types, typed above
const seedRuns = require('../../scripts/seed-runs') as SeedRunsModule;

describe('suggestion library', () => {
  it('every indicator 1–10 has 3 to 5 suggestions', () => {
    expect(
      Object.keys(INDICATOR_SUGGESTIONS)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual(INDICATOR_IDS);
    for (const id of INDICATOR_IDS) {
      const n = suggestionsForIndicator(id).length;
      expect([id, n >= 3 && n <= 5]).toEqual([id, true]);
    }
  });

  it('every OIT 2565 item O1–O43 has 1 or 2 suggestions, and no other item has any', () => {
    expect(Object.keys(OIT_2565_ITEM_SUGGESTIONS).sort()).toEqual([...ITEM_CODES].sort());
    for (const code of ITEM_CODES) {
      const n = suggestionsForItem(2565, code).length;
      expect([code, n >= 1 && n <= 2]).toEqual([code, true]);
    }
  });

  it('ids are unique and follow the ind<N>- / o2565-<code>- pattern of their key', () => {
    const ids = all.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [key, list] of Object.entries(INDICATOR_SUGGESTIONS)) {
      for (const s of list) expect(s.id).toMatch(new RegExp(`^ind${key}-[a-z0-9-]+$`));
    }
    for (const [key, list] of Object.entries(OIT_2565_ITEM_SUGGESTIONS)) {
      for (const s of list) expect(s.id).toMatch(new RegExp(`^o2565-${key}-[a-z0-9-]+$`));
    }
  });

  it('every Thai text contains Thai letters and every English text contains none', () => {
    for (const s of all) {
      expect([s.id, THAI_LETTER.test(s.text.th)]).toEqual([s.id, true]);
      expect([s.id, THAI.test(s.text.en)]).toEqual([s.id, false]);
      if (s.responsible) {
        expect([s.id, THAI_LETTER.test(s.responsible.th)]).toEqual([s.id, true]);
        expect([s.id, THAI.test(s.responsible.en)]).toEqual([s.id, false]);
      }
    }
  });

  it('no text is empty and no suggestion text is used twice', () => {
    for (const s of all) for (const t of texts(s)) expect([s.id, t.trim().length > 0]).toEqual([s.id, true]);
    const th = all.map((s) => collapse(s.text.th));
    const en = all.map((s) => collapse(s.text.en));
    expect(new Set(th).size).toBe(th.length);
    expect(new Set(en).size).toBe(en.length);
  });

  it('no suggestion shares a run of 25 or more characters with any seed report', () => {
    // The reports themselves stay out of the repo: the fixture holds a hash of each of their
    // 25-character runs (scripts/seed-runs.js says how it is made).
    const known = seedRuns.decode(fs.readFileSync(path.join(__dirname, '../fixtures/seed-runs.bin')));
    expect(known.size).toBeGreaterThan(100_000);
    const copied: string[] = [];
    for (const s of all) {
      for (const t of texts(s)) {
        const run = seedRuns.firstCopiedRun(t, known);
        if (run !== undefined) copied.push(`${s.id}: "${run}"`);
      }
    }
    expect(copied).toEqual([]);
  });

  it('the seed fingerprint finds a copied run, also with spaces moved', () => {
    const own = 'ข้อความนี้เราเขียนเองเพื่อทดสอบการตรวจหาข้อความที่ลอกมา';
    const known = new Set([seedRuns.runHash(own.slice(3, 3 + seedRuns.RUN))]);
    expect(seedRuns.firstCopiedRun(`ก่อน ${own} หลัง`, known)).toBe(own.slice(3, 3 + seedRuns.RUN));
    expect(seedRuns.firstCopiedRun(own.replace(/(.{7})/g, '$1 '), known)).toBe(own.slice(3, 3 + seedRuns.RUN));
    expect(seedRuns.firstCopiedRun(own.slice(0, 20), known)).toBeUndefined();
  });

  it('unknown indicators, items and fiscal years give []', () => {
    expect(suggestionsForIndicator(0)).toEqual([]);
    expect(suggestionsForIndicator(11)).toEqual([]);
    expect(suggestionsForIndicator(1.5)).toEqual([]);
    expect(suggestionsForItem(2565, 'O0')).toEqual([]);
    expect(suggestionsForItem(2565, 'O44')).toEqual([]);
    expect(suggestionsForItem(2565, 'constructor')).toEqual([]);
    expect(suggestionsForItem(2565, '')).toEqual([]);
    expect(suggestionsForItem(2566, 'O7')).toEqual([]);
    expect(suggestionsForItem(2022, 'O7')).toEqual([]);
  });

  it('item codes are matched ignoring case and surrounding spaces', () => {
    expect(suggestionsForItem(2565, ' o11 ')).toBe(OIT_2565_ITEM_SUGGESTIONS.O11);
  });

  it('the six-month items name the October–March window', () => {
    for (const code of ['O11', 'O19', 'O40']) {
      const s = suggestionsForItem(2565, code)[0];
      expect([code, s.text.th.includes('ต.ค.–มี.ค.')]).toEqual([code, true]);
      expect([code, /October.{0,4}March|Oct.{0,3}Mar/.test(s.text.en)]).toEqual([code, true]);
    }
  });
});
