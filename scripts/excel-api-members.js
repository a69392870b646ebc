#!/usr/bin/env node
/**
 * Every member of the Excel JavaScript API the add-in uses, found by the TypeScript checker
 * (not by text search): each property read or written and each method called in src/excel/ and
 * src/taskpane/excel-host.ts whose declaration is in @types/office-js's `Excel` namespace, with
 * the requirement set its documentation gives ("[Api set: ExcelApi 1.7]").
 *
 *   node scripts/excel-api-members.js          prints one Markdown row per member
 *
 * test/excel/api-table.test.ts compares this list with the table in docs/excel-api.md.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const ts = require('typescript');

const ROOT = path.resolve(__dirname, '..');
/** Where the add-in calls Office.js: the adapter, and the pane's host (Excel.run, select). */
const SOURCES = [
  ...fs
    .readdirSync(path.join(ROOT, 'src', 'excel'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(ROOT, 'src', 'excel', f)),
  path.join(ROOT, 'src', 'taskpane', 'excel-host.ts'),
];
/** Members every proxy object has, which say nothing about what the add-in needs. */
const IGNORED = new Set(['load', 'toJSON', 'track', 'untrack', 'set', 'context']);

/** "ExcelApi 1.7" from a declaration's JSDoc, or undefined. */
function apiSetOf(decl) {
  const text = (decl.jsDoc ?? []).map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '').join('\n');
  const tags = ts
    .getJSDocTags(decl)
    .map((tag) => ts.getTextOfJSDocComment(tag.comment) ?? '')
    .join('\n');
  const m = /\[Api set: (ExcelApi \d+\.\d+)/.exec(`${text}\n${tags}`);
  return m ? m[1] : undefined;
}

/** "Range.values" for a member declared in namespace Excel, "run" style for a namespace function. */
function excelMemberName(decl) {
  const file = decl.getSourceFile().fileName;
  if (!/[\\/]@types[\\/]office-js[\\/]/.test(file)) return undefined;
  const owner = decl.parent;
  const namespaceOf = (node) => {
    for (let n = node; n; n = n.parent) if (ts.isModuleDeclaration(n)) return n.name.text;
    return undefined;
  };
  if ((ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner)) && owner.name) {
    if (namespaceOf(owner) !== 'Excel') return undefined;
    if (!ts.isClassDeclaration(owner)) return undefined; // plain data shapes (RangeHyperlink) are no API calls
    return `${owner.name.text}.${decl.name.getText()}`;
  }
  if (ts.isFunctionDeclaration(decl) && decl.name && namespaceOf(decl) === 'Excel') return `Excel.${decl.name.text}`;
  return undefined;
}

/** [{ member, set, uses: ["src/excel/read.ts:93", …] }], sorted by member. */
function excelApiMembers() {
  const config = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), ts.sys.readFile).config;
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, ROOT);
  const program = ts.createProgram(SOURCES, { ...parsed.options, noEmit: true });
  const checker = program.getTypeChecker();
  const found = new Map();
  for (const file of SOURCES) {
    const source = program.getSourceFile(file);
    const visit = (node) => {
      let name;
      if (ts.isPropertyAccessExpression(node)) name = node.name;
      if (name && !IGNORED.has(name.text)) {
        const symbol = checker.getSymbolAtLocation(name);
        for (const decl of symbol?.declarations ?? []) {
          const member = excelMemberName(decl);
          if (!member) continue;
          const entry = found.get(member) ?? { member, set: undefined, uses: [] };
          entry.set = entry.set ?? apiSetOf(decl);
          const { line } = source.getLineAndCharacterOfPosition(name.getStart());
          const at = `${path.relative(ROOT, file).split(path.sep).join('/')}:${line + 1}`;
          if (!entry.uses.includes(at)) entry.uses.push(at);
          found.set(member, entry);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return [...found.values()].sort((a, b) => a.member.localeCompare(b.member));
}

module.exports = { excelApiMembers, SOURCES };

if (require.main === module) {
  for (const m of excelApiMembers()) console.log(`| \`${m.member}\` | ${m.set ?? '?'} | — |`);
}
