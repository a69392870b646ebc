#!/usr/bin/env node
/**
 * The suggestions we ship are written in our own words. To check that without keeping the
 * agencies' reports in the repo, we keep only a fingerprint of them: a 40-bit hash of every
 * 25-character run of each report (whitespace collapsed, and again with no whitespace at all,
 * because PDF extraction scatters spaces inside Thai words). test/domain/suggestions.test.ts
 * looks up every run of our texts in it.
 *
 *   node scripts/seed-runs.js SEED_DIR [OUT]     # OUT defaults to test/fixtures/seed-runs.bin
 *
 * SEED_DIR holds the reports as .txt files. The output is the sorted, distinct hashes, 5 bytes each.
 */
'use strict';

const { createHash } = require('crypto');
const fs = require('fs');
const path = require('path');

const RUN = 25;
const HASH_BYTES = 5;

const NORMALISERS = [(t) => t.replace(/\s+/g, ' ').trim(), (t) => t.replace(/\s+/g, '')];

/** 40-bit hash of one run, as a number (exact: below 2^53). */
function runHash(run) {
  return createHash('sha1').update(run, 'utf8').digest().readUIntBE(0, HASH_BYTES);
}

/** Hashes of every RUN-character run of `text`, under each normalisation. */
function runHashes(text) {
  const out = new Set();
  for (const normalise of NORMALISERS) {
    const t = normalise(text);
    for (let i = 0; i + RUN <= t.length; i++) out.add(runHash(t.slice(i, i + RUN)));
  }
  return out;
}

/** The hashes of the first run of `text` (under any normalisation) found in `known`, with the run itself. */
function firstCopiedRun(text, known) {
  for (const normalise of NORMALISERS) {
    const t = normalise(text);
    for (let i = 0; i + RUN <= t.length; i++) {
      const run = t.slice(i, i + RUN);
      if (known.has(runHash(run))) return run;
    }
  }
  return undefined;
}

function encode(hashes) {
  const sorted = [...hashes].sort((a, b) => a - b);
  const buf = Buffer.alloc(sorted.length * HASH_BYTES);
  sorted.forEach((h, i) => buf.writeUIntBE(h, i * HASH_BYTES, HASH_BYTES));
  return buf;
}

function decode(buf) {
  const out = new Set();
  for (let i = 0; i + HASH_BYTES <= buf.length; i += HASH_BYTES) out.add(buf.readUIntBE(i, HASH_BYTES));
  return out;
}

if (require.main === module) {
  const [seedDir, out = path.join(__dirname, '..', 'test', 'fixtures', 'seed-runs.bin')] = process.argv.slice(2);
  if (!seedDir) {
    console.error('usage: node scripts/seed-runs.js SEED_DIR [OUT]');
    process.exit(2);
  }
  const all = new Set();
  const files = fs.readdirSync(seedDir).filter((f) => f.endsWith('.txt'));
  for (const f of files) for (const h of runHashes(fs.readFileSync(path.join(seedDir, f), 'utf8'))) all.add(h);
  fs.writeFileSync(out, encode(all));
  console.log(`${out}: ${all.size} runs from ${files.length} reports`);
}

module.exports = { RUN, runHash, runHashes, firstCopiedRun, encode, decode };
