import { escapeControls, readScoreInput } from '../../src/cli/score-input';
import { runCli } from '../helpers/run-cli';

const ten = (): Record<string, number> => Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`${i + 1}`, 90]));

const score = (json: string, lang = 'en') => runCli(['score', '-', '--lang', lang], { stdin: json });

describe('score JSON: keys that mean the same thing, unknown keys, control characters, depth', () => {
  it('"1" and "๑" in indicators are the same indicator: an error naming both keys, not one silently winning', () => {
    const { input, problems } = readScoreInput({ fiscalYear: 2565, indicators: { ...ten(), '๑': 50 } });
    expect(input).toBeUndefined();
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'error', code: 'input.duplicate-key', field: 'indicators.๑' }),
    ]);
    expect(problems[0].message.en).toBe('indicators has both "1" and "๑", which both mean indicator 1; keep one');
    expect(problems[0].message.th).toContain('"๑"');
  });

  it('I1, i1 and I01 in items are the same item: each later key is an error naming the first', () => {
    const { problems } = readScoreInput({ fiscalYear: 2565, indicators: ten(), items: { I1: 90, i1: 80, I01: 70 } });
    expect(problems.map((p) => [p.code, p.field])).toEqual([
      ['input.duplicate-key', 'items.i1'],
      ['input.duplicate-key', 'items.I01'],
    ]);
    expect(problems[1].message.en).toBe('items has both "I1" and "I01", which both mean item I1; keep one');
  });

  it('an unknown top-level key ("Indicators") is an error naming it and the key it resembles; "_" notes are allowed', () => {
    const { input, problems } = readScoreInput({ fiscalYear: 2565, Indicators: ten(), _source: 'seed 003' });
    expect(input).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'input.unknown-key', field: 'Indicators' });
    expect(problems[0].message.en).toBe(
      'unknown key "Indicators" (did you mean "indicators"? keys are case-sensitive); the keys read are fiscalYear, target, indicators, items, previous, previousItems, perceptionStep',
    );
  });

  it('control characters and text-reordering marks from the input are escaped in messages', async () => {
    const r = await score(
      JSON.stringify({ fiscalYear: 2565, indicators: { '1\u001b[2J': 90, '2': 'a\u202eb\u0007' } }),
    );
    expect(r.code).toBe(2);
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(r.err).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u202e]/);
    expect(r.err).toContain('1\\u001b[2J');
    expect(r.err).toContain('a\\u202eb\\u0007');
    expect(escapeControls('ok ไทย\tx')).toBe('ok ไทย\\u0009x');
  });

  it('JSON nested far too deep is one clear error, not a stack overflow', async () => {
    const deep = `{"fiscalYear": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const r = await score(deep);
    expect(r.code).toBe(2);
    expect(r.err).toContain('the JSON nests more than 16 levels deep');
    expect(r.err).not.toMatch(/RangeError|at .*\.ts/);
  });
});

describe('score JSON: last year per item (issue 10 item 5)', () => {
  it('"previousItems" gives an item change where last year names the same item, by last year’s rules', async () => {
    const r = await score(
      JSON.stringify({
        fiscalYear: 2569,
        indicators: ten(),
        previous: ten(),
        items: { O1: 100 },
        previousItems: { O1: 0, o01: 100 },
      }),
    );
    expect(r.code).toBe(2); // "O1" and "o01" are the same item: named, not one silently winning
    expect(r.err).toContain('previousItems');
    const ok = await score(
      JSON.stringify({
        fiscalYear: 2569,
        indicators: ten(),
        previous: ten(),
        items: { O1: 100 },
        previousItems: { O1: 0 },
      }),
    );
    expect(ok.code).toBe(0);
    const j = JSON.parse(ok.out);
    expect(j.indicators.find((i: { id: number }) => i.id === 9).itemChanges).toEqual([
      { code: 'O1', score: 100, previous: 0, change: 100 },
    ]);
    expect(j.previousTotal).toBe(90);
  });
});

describe('score JSON: a key given twice (JSON.parse would keep the later silently)', () => {
  it('"1" twice in indicators is an error naming the key and where, and nothing is scored', async () => {
    const r = await score('{"fiscalYear": 2565, "indicators": {"1": 90, "2": 90, "1": 80}}');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('[indicators.1]');
    expect(r.err).toContain('indicators has the key "1" twice');
    const th = await score('{"fiscalYear": 2565, "indicators": {"1": 90, "2": 90, "1": 80}}', 'th');
    expect(th.err).toContain('มีคีย์ "1" สองครั้ง');
  });

  it('a top-level key twice is named too; the same key in two different objects is not a duplicate', async () => {
    const top = await score(`{"fiscalYear": 2565, "fiscalYear": 2566, "indicators": ${JSON.stringify(ten())}}`);
    expect(top.err).toContain('The top level has the key "fiscalYear" twice');
    const fine = await score(
      JSON.stringify({ fiscalYear: 2565, indicators: ten(), previous: ten() }), // "1" in both: fine
    );
    expect(fine.code).toBe(0);
  });
});
