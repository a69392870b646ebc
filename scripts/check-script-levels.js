#!/usr/bin/env node
/**
 * Checks that the built add-in runs where we say it runs (part of `npm test`, after the build):
 *
 *   node scripts/check-script-levels.js [dist]
 *
 * - every script the pages load (the bundles the boot guard loads, from each page's data-bundles)
 *   and every lazily loaded chunk parses as ECMAScript ES_LEVEL (webpack.config.js: the edition
 *   Safari 14 and Chromium 87 parse completely), with no regular expression lookbehind (WebKit
 *   before 16.4 throws a SyntaxError on the whole file);
 * - the boot guard (guard.js) parses as ECMAScript 5, since Internet Explorer 11 must run it.
 *
 * Prints one line per file; exits 1 naming the file, line and column of anything too new.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const acorn = require('acorn');
const walk = require('acorn-walk');

/** (?<= and (?<! : lookbehind; (?<name> is a named group, which Safari 11.1 reads. */
const LOOKBEHIND = /\(\?<[=!]/;

/**
 * Lazily loaded chunks whose lookbehind sits in a string (new RegExp at call time, not at parse
 * time) inside code the add-in never calls. Each entry says why it is safe.
 */
const RUNTIME_ONLY_LOOKBEHIND_OK = [
  {
    chunk: /^docx\./,
    why: "docx's patchDocument builds its placeholder RegExp when called; ITA Planner only creates documents",
  },
];

/**
 * Problems with `source` at `ecmaVersion`: [] when it parses and holds no lookbehind, in a regex
 * literal or in a string that may become one (new RegExp("(?<!…")).
 */
function checkSource(source, ecmaVersion, { stringLookbehindOk = false } = {}) {
  let ast;
  try {
    ast = acorn.parse(source, { ecmaVersion, sourceType: 'script', locations: true, allowHashBang: true });
  } catch (e) {
    return [`does not parse as ECMAScript ${ecmaVersion === 5 ? 5 : ecmaVersion}: ${e.message}`];
  }
  const problems = [];
  walk.full(ast, (node) => {
    if (node.type !== 'Literal' && node.type !== 'TemplateElement') return;
    const text = node.regex
      ? node.regex.pattern
      : typeof node.value === 'string'
        ? node.value
        : node.value && node.value.cooked;
    if (typeof text === 'string' && LOOKBEHIND.test(text) && !(stringLookbehindOk && !node.regex))
      problems.push(
        `a regular expression lookbehind at ${node.loc.start.line}:${node.loc.start.column + 1}: ${text.slice(0, 60)}`,
      );
  });
  return problems;
}

/** The scripts a page names for the guard to load: its data-bundles attribute. */
function pageBundles(html) {
  const m = /data-bundles=["']?([^"'>]*)["']?/.exec(html);
  return m ? m[1].split(/\s+/).filter(Boolean) : [];
}

function main(dist = path.join(__dirname, '..', 'dist')) {
  const { ES_LEVEL } = require('../webpack.config.js');
  const failures = [];
  const report = (file, level, problems) => {
    console.log(`${problems.length ? 'FAIL' : 'ok  '} ES${level === 5 ? 5 : level} ${file}`);
    for (const p of problems) failures.push(`${file}: ${p}`);
  };
  const read = (file) => fs.readFileSync(path.join(dist, file), 'utf8');

  const pages = fs.readdirSync(dist).filter((f) => f.endsWith('.html'));
  const initial = new Set(pages.flatMap((p) => pageBundles(read(p))));
  if (!fs.existsSync(path.join(dist, 'guard.js'))) failures.push('guard.js is missing from dist/');
  for (const p of pages)
    if (pageBundles(read(p)).length === 0 && /<script/.test(read(p)))
      failures.push(`${p} loads scripts without the boot guard's data-bundles`);

  report('guard.js', 5, checkSource(read('guard.js'), 5));
  const scripts = fs.readdirSync(dist).filter((f) => f.endsWith('.js') && f !== 'guard.js');
  for (const f of scripts) {
    const ok = !initial.has(f) && RUNTIME_ONLY_LOOKBEHIND_OK.find((x) => x.chunk.test(f));
    const shown = `${f}${initial.has(f) ? '' : ' (loaded on demand)'}${ok ? ` (string lookbehinds allowed: ${ok.why})` : ''}`;
    report(shown, ES_LEVEL, checkSource(read(f), ES_LEVEL, { stringLookbehindOk: Boolean(ok) }));
  }
  for (const f of initial) if (!scripts.includes(f)) failures.push(`a page names ${f}, which is not in dist/`);

  if (failures.length > 0) {
    console.error(`script levels FAILED:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
}

module.exports = { checkSource, pageBundles, LOOKBEHIND };

if (require.main === module) main(process.argv[2]);
