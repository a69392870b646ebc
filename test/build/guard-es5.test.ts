/**
 * The boot guard (src/guard/guard.js) runs before anything else, in every webview Excel may use,
 * Internet Explorer 11 included: it must parse as ECMAScript 5, or the old webviews it exists
 * for would show a blank pane instead of its message.
 */
import { parse } from 'acorn';
import { readFileSync } from 'fs';
import { join } from 'path';

const GUARD = join(__dirname, '..', '..', 'src', 'guard', 'guard.js');

describe('the boot guard', () => {
  const source = readFileSync(GUARD, 'utf8');

  it('parses as ECMAScript 5 (Internet Explorer 11 runs it)', () => {
    expect(() => parse(source, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
  });

  it('would be refused by the ES5 check if it used later syntax (the check can fail)', () => {
    expect(() => parse(`${source}\nconst late = () => 1;`, { ecmaVersion: 5, sourceType: 'script' })).toThrow();
  });

  it('uses no built-in newer than ES5 outside the feature tests (IE11 lacks them)', () => {
    // Promise, Map, Set, fetch, Object.assign, Array.from ... may appear only inside oldEngine(),
    // which asks whether they exist.
    const outside = source.replace(/function oldEngine\(\) \{[\s\S]*?\n {2}\}\n/, '');
    expect(outside).not.toMatch(/\b(Promise|Map|Set|Symbol|fetch|Object\.assign|Array\.from|includes|startsWith)\b/);
  });
});
