/**
 * The check `npm test` runs on the built scripts (scripts/check-script-levels.js): it must refuse
 * what the webviews we support cannot parse, or a blank pane would ship unnoticed.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkSource, pageBundles } = require('../../scripts/check-script-levels.js') as {
  checkSource: (source: string, ecmaVersion: number, options?: { stringLookbehindOk?: boolean }) => string[];
  pageBundles: (html: string) => string[];
};

describe('the script level check', () => {
  it('accepts ES2021 syntax (optional chaining, ??=, numeric separators) at 2021', () => {
    expect(checkSource('var a = {}; a.b ??= 1_000; var c = a?.b ?? 2;', 2021)).toEqual([]);
  });

  it('refuses a class static block (ES2022, Safari 16.4) at 2021', () => {
    expect(checkSource('class A { static { this.x = 1; } }', 2021)).toEqual([
      expect.stringMatching(/does not parse as ECMAScript 2021/),
    ]);
  });

  it('refuses class fields at 2021 (Safari 14.0 lacks static and private ones)', () => {
    expect(checkSource('class A { static x = 1; #y = 2; }', 2021)).toHaveLength(1);
  });

  it('refuses a regex lookbehind, literal or in a string for new RegExp, naming where it is', () => {
    expect(checkSource('var r = /(?<![a-z])and/i;', 2021)).toEqual([expect.stringMatching(/lookbehind at 1:9/)]);
    expect(checkSource('var r = new RegExp("(?<=x)y");', 2021)).toEqual([expect.stringMatching(/lookbehind/)]);
  });

  it('lets an allowed lazy chunk keep a lookbehind in a string (built at call time), never in a literal', () => {
    const allowed = { stringLookbehindOk: true };
    expect(checkSource('var r = new RegExp(`(?<=${a})b`);', 2021, allowed)).toEqual([]);
    expect(checkSource('var r = /(?<=a)b/;', 2021, allowed)).toEqual([expect.stringMatching(/lookbehind/)]);
  });

  it('accepts a named group, which is not a lookbehind', () => {
    expect(checkSource('var r = /(?<year>\\d{4})/;', 2021)).toEqual([]);
  });

  it('refuses let, arrows and trailing commas in calls at ECMAScript 5 (the guard)', () => {
    expect(checkSource('let a = 1;', 5)).toHaveLength(1);
    expect(checkSource('var f = () => 1;', 5)).toHaveLength(1);
    expect(checkSource('f(1,);', 5)).toHaveLength(1);
    expect(checkSource('var a = [1, 2]; function f() { return a.length; }', 5)).toEqual([]);
  });

  it('reads the bundles a page names for the guard', () => {
    expect(
      pageBundles('<script src=guard.js data-pane=container data-bundles="vendor.1.js taskpane.2.js"></script>'),
    ).toEqual(['vendor.1.js', 'taskpane.2.js']);
    expect(pageBundles('<script src=guard.js data-bundles=commands.3.js></script>')).toEqual(['commands.3.js']);
  });
});
