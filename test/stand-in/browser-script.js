/**
 * The Office.js stand-in as the one script a browser run serves in place of office.js
 * (test/e2e/shared.js, useFakeOffice): each part in test/stand-in/fake-office/ wrapped as a
 * CommonJS module and kept by name in window.__fakeOfficeParts, then the entry
 * (test/stand-in/fake-office.js), which builds the stand-in from them. Concatenated when the run
 * starts, from the files as they are: there is no second copy to keep in step.
 */
const fs = require('fs');
const path = require('path');

const DIR = path.join(__dirname, 'fake-office');

function fakeOfficeScript() {
  const parts = fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => {
      const name = JSON.stringify(f.slice(0, -'.js'.length));
      const text = fs.readFileSync(path.join(DIR, f), 'utf8');
      return `parts[${name}] = (function (module) {\n${text}\nreturn module.exports;\n})({ exports: {} });\n`;
    });
  return [
    '// The Office.js stand-in, concatenated by test/stand-in/browser-script.js.',
    '(function (parts) {',
    ...parts,
    '})((window.__fakeOfficeParts = {}));',
    fs.readFileSync(path.join(__dirname, 'fake-office.js'), 'utf8'),
  ].join('\n');
}

module.exports = { fakeOfficeScript };
