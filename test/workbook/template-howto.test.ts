/**
 * The template's how-to gives a measure's period as an example a planner copies: it belongs to
 * the template's year (the first half of the next fiscal year) and the period reader reads it.
 */
import { FRAMEWORKS } from '../../src/domain/frameworks';
import { parsePeriod } from '../../src/domain/parse/dates';
import { planTemplate } from '../../src/workbook/template';

function howToLines(year: number, lang: 'th' | 'en'): string[] {
  return planTemplate(year, lang)
    .blocks.flatMap((b) => b.cells.flat())
    .flatMap((c) => (c && 'text' in c ? [c.text] : []));
}

describe('the how-to’s example period', () => {
  it.each(FRAMEWORKS.flatMap((f) => (['th', 'en'] as const).map((lang) => [f.fiscalYear, lang] as const)))(
    '%i (%s): October to March after the assessment year, and readable as a period',
    (year, lang) => {
      const line = howToLines(year, lang).find((l) => l.startsWith('4. '));
      const example = /\((?:เช่น|e\.g\.) ([^)]+)\)/.exec(line ?? '')?.[1];
      expect(example).toBeDefined();
      const period = parsePeriod(example);
      if (!period.ok) throw new Error(`${example}: ${period.expected.en}`);
      const ce = year - 543;
      expect(period.value).toEqual({ start: `${ce}-10-01`, end: `${ce + 1}-03-31` });
    },
  );
});
