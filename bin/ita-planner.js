#!/usr/bin/env node
// The command line runs the compiled core in lib/ (built by `npm ci` through the prepare script).
const path = require('path');
const fs = require('fs');
const main = path.join(__dirname, '..', 'lib', 'cli', 'main.js');
if (!fs.existsSync(main)) {
  console.error('ita-planner: lib/ is missing; run `npm ci` (or `npm run prepare`) first.');
  process.exit(2);
}
require(main)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((e) => {
    console.error(e && e.stack ? e.stack : e);
    process.exitCode = 2;
  });
