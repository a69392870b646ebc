#!/usr/bin/env node
/**
 * Open an .xlsx in LibreOffice Calc (headless), recalculate every formula, and save a copy:
 *
 *   node scripts/lo-recalc.js IN.xlsx OUT_DIR      # prints OUT_DIR/<name>.xlsx
 *
 * Tests use it to prove the formulas we write compute the figures we say they do
 * (test/helpers/lo-recalc.ts). LibreOffice normally trusts the values cached in an .xlsx; a
 * throw-away user profile tells it to recalculate on load ("always", for OOXML and ODF alike),
 * so the user's own LibreOffice settings are neither read nor changed.
 *
 * Needs soffice on the PATH (Debian: apt-get install libreoffice-calc-nogui). Exit codes:
 * 0 written, 1 LibreOffice failed or wrote nothing, 2 usage or soffice missing.
 */
'use strict';

const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');

const TIMEOUT_MS = 180_000;

/** Calc's "Recalculation on file load" settings: 0 always, 1 never, 2 ask. */
const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
  <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Recalculate `input` into `outDir`; returns the written file's path or throws with LibreOffice's own output. */
function recalc(input, outDir) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-profile-'));
  try {
    fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
    fs.writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), ALWAYS_RECALCULATE);
    fs.mkdirSync(outDir, { recursive: true });
    const run = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--nolockcheck',
        '--convert-to',
        'xlsx',
        '--outdir',
        outDir,
        input,
      ],
      { encoding: 'utf8', timeout: TIMEOUT_MS },
    );
    if (run.error) throw run.error;
    const written = path.join(outDir, `${path.parse(input).name}.xlsx`);
    if (!fs.existsSync(written) || fs.statSync(written).size === 0) {
      throw new Error(`LibreOffice wrote nothing for ${input}\n${run.stdout}${run.stderr}`);
    }
    return written;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

function hasSoffice() {
  return spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 60_000 }).status === 0;
}

if (require.main === module) {
  const [input, outDir] = process.argv.slice(2);
  if (!input || !outDir) {
    console.error('usage: node scripts/lo-recalc.js IN.xlsx OUT_DIR');
    process.exit(2);
  }
  if (!hasSoffice()) {
    console.error('lo-recalc: soffice not found (Debian: apt-get install libreoffice-calc-nogui)');
    process.exit(2);
  }
  try {
    console.log(recalc(path.resolve(input), path.resolve(outDir)));
  } catch (e) {
    console.error(`lo-recalc: ${e.message}`);
    process.exit(1);
  }
}

module.exports = { recalc };
