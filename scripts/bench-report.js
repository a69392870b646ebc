/**
 * BENCHMARK.md's text from what scripts/bench.js measured: the recompute tables, the full-save
 * comparison, the largest workbook within 2 GiB, the agencies section, and the add-in's figures
 * (bundle size, Office.js round trips, first screen, UI thread).
 */
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');

function reportLines({ rows, sideBySide, largest, agencies, bundle, office, e2e, e2eOffice, uiThread }) {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return [
    '# Benchmark report',
    '',
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC by \`npm run bench\` on ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}.`,
    'Each figure is the median of 3 runs (1 run for 100,000 rows), each in a fresh process: read the .xlsx (ExcelJS on a sanitized copy), analyse, plan, write our parts into the package.',
    '',
    '## Recompute on .xlsx files (command line and plain-browser path)',
    '',
    '| workbook | rows | file | total | load | core (read+analyse+plan) | apply+write | per row | peak RSS |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.label} | ${r.rows.toLocaleString('en')} | ${r.fileKb.toFixed(0)} KB | ${r.ms.toFixed(0)} ms | ${r.phases.load.toFixed(0)} ms | ${r.phases.core.toFixed(0)} ms | ${r.phases.write.toFixed(0)} ms | ${r.perRowUs.toFixed(1)} µs | ${r.peakRssMb.toFixed(0)} MB |`,
    ),
    '',
    linearity(rows.filter((r) => r.label.includes('measure rows'))),
    '',
    ...rows
      .filter((r) => r.survey)
      .map(
        (r) =>
          `Pre-assessment survey (issue #13), ${r.label} (450,000 answers, plus a timestamp and an e-mail column never read): core ${r.phases.core.toFixed(0)} ms, of which analysing (finding the questions, counting every answer, scoring) ${r.phases.analyse.toFixed(0)} ms; the rest is ExcelJS's sheet turned into plain values. Target: under 1 s of core time.\n`,
      ),
    ...sideBySideSection(sideBySide),
    ...(largest.length
      ? [
          '## The largest workbook handled within 2 GiB',
          '',
          'Measures workbooks of growing size, each recomputed (surgical write) in a fresh Node process limited to a 2 GiB heap:',
          '',
          '| measure rows | file | total | peak RSS |',
          '|---:|---:|---:|---:|',
          ...largest.map((l) =>
            l.failed
              ? `| ${l.rows.toLocaleString('en')} | | failed (out of memory or refused) | |`
              : `| ${l.rows.toLocaleString('en')} | ${(l.fileKb / 1024).toFixed(1)} MB | ${(l.ms / 1000).toFixed(1)} s | ${l.peakRssMb.toFixed(0)} MB |`,
          ),
          '',
          `Largest handled within 2 GiB: **${(largest.filter((l) => !l.failed && l.peakRssMb <= 2048).pop()?.rows ?? 0).toLocaleString('en')} measure rows** (5 columns each). The reader refuses a sheet above 2,000,000 cells before ExcelJS sees it.`,
          '',
        ]
      : []),
    ...agencies,
    '## The add-in',
    '',
    bundle
      ? `- Initial JavaScript of the task pane (${bundle.scripts.join(', ')}): ${(bundle.raw / 1024).toFixed(0)} KB, **${(bundle.gz / 1024).toFixed(0)} KB gzipped** (target: under 300 KB). Loaded on demand, only outside Office: ${bundle.lazy.map((f) => `${f} (${(fs.statSync(path.join(ROOT, 'dist', f)).size / 1024).toFixed(0)} KB)`).join(', ') || 'none'}.`
      : '- Bundle size: run `npm run build:test` first.',
    ...(office
      ? [
          '- Office.js round trips of a whole recompute (read → analyse → plan → apply) against the Office.js stand-in (`test/stand-in/fake-office.js`, the same in jest and in the browser), which counts `context.sync` calls and measures each request as UTF-8 JSON of the values it sets and loads:',
          '',
          '  | workbook | read syncs | apply syncs | total syncs | requests carrying cells | refused as too large | largest request | all requests |',
          '  |---|---:|---:|---:|---:|---:|---:|---:|',
          ...office.map(
            (o) =>
              `  | ${o.label} | ${o.readSyncs} | ${o.applySyncs} | ${o.syncs} | ${o.requests} | ${o.refused ?? 0} | ${(o.maxRequestBytes / 1024).toFixed(0)} KB | ${(o.totalBytes / 1024).toFixed(0)} KB |`,
          ),
          '',
          '  Every recompute is 5 syncs plus one per extra payload chunk; chunks keep each request under the 5 MB limit of Excel on the web. A sheet larger than one request is first measured by a small probe of its top rows, so the first request too stays within the 4 MB budget of the adapter, long Thai text included, and what the probe measures (Thai counted as 6-byte \\uXXXX escapes, plus 10%) sizes the rest of that sheet. Counting Thai as escapes is on the safe side: if Excel sends UTF-8 (3 bytes a character), text-heavy reads past the first request use about twice the requests they need (the 100,000-row case).',
        ]
      : ['- Office.js syncs: test/excel/recompute-syncs.test.ts did not pass; run it to see why.']),
    e2e
      ? `- Time from opening the task pane to a usable first screen (Recompute enabled) in Debian's Chromium: **${e2e.firstScreenMs} ms**.`
      : '- First screen time: run `npm run e2e` first.',
    ...(e2eOffice && e2eOffice.recomputeSyncs
      ? [
          `- The built pane in Chromium, in Excel mode against the fake Office.js of \`test/e2e/office-host.js\`, on the sample: opening it ${e2eOffice.loadSyncs.join(' + ')} syncs, a recompute ${e2eOffice.recomputeSyncs.join(' + ')} (read, then write), adding a measure ${e2eOffice.addMeasureSyncs.join(' + ')} (read, append, read again). Real Excel has not been measured.`,
        ]
      : []),
    ...(uiThread && uiThread.worker && uiThread.here
      ? [
          `- The pane's UI thread during a recompute of ${uiThread.rows.toLocaleString('en-US')} measure rows (\`test/e2e/ui-thread.js\`, Chromium, fake Office.js): with the analysis in its Web Worker the longest task is **${uiThread.worker.longestTaskMs} ms** and the UI is blocked ${uiThread.worker.blockedMs} ms in all (longest timer gap ${uiThread.worker.maxGapMs} ms); analysing on the UI thread instead (the worker refused) gives ${uiThread.here.longestTaskMs} ms, ${uiThread.here.blockedMs} ms and ${uiThread.here.maxGapMs} ms. The recompute takes ${uiThread.worker.recomputeMs} ms against ${uiThread.here.recomputeMs} ms. The desktop restarts a pane that does not answer for about 5 s.`,
        ]
      : []),
    '',
  ];
}

/** The before/after table: a full ExcelJS load and save against the surgical write, same files, same run. */
function sideBySideSection(sideBySide, note) {
  return [
    '## Full ExcelJS save (before) and surgical write (now), measured in the same run',
    '',
    "Before: ExcelJS loads the whole package and saves a new one. Now: ExcelJS reads a sanitized copy, our sheets are built apart, and only our parts are written into the user's own package (every other part's bytes pass through). Each row: one fresh process for each way, on the same file, one after the other.",
    ...(note ? ['', note] : []),
    '',
    '| workbook | before: total | before: write | before: peak RSS | now: total | now: write | now: peak RSS |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...sideBySide.map(
      (s) =>
        `| ${s.label} | ${s.old.ms.toFixed(0)} ms | ${s.old.phases.write.toFixed(0)} ms | ${s.old.peakRssMb.toFixed(0)} MB | ${s.now.ms.toFixed(0)} ms | ${s.now.phases.write.toFixed(0)} ms | ${s.now.peakRssMb.toFixed(0)} MB |`,
    ),
    '',
  ];
}

function linearity(rs) {
  if (rs.length < 2) return '';
  // Marginal cost between sizes: what each extra row costs once fixed costs (start-up, the
  // summary and problems sheets, zip) are paid. Linear growth keeps it flat or falling.
  const parts = [];
  for (let i = 1; i < rs.length; i++) {
    const a = rs[i - 1];
    const b = rs[i];
    parts.push(
      `${a.rows.toLocaleString('en')} → ${b.rows.toLocaleString('en')} rows: ${(((b.ms - a.ms) * 1000) / (b.rows - a.rows)).toFixed(0)} µs per extra row`,
    );
  }
  const first = rs[0];
  const last = rs[rs.length - 1];
  const ratio = last.perRowUs / first.perRowUs;
  return `Marginal cost per measure row: ${parts.join('; ')}. Average cost per row goes from ${first.perRowUs.toFixed(0)} µs to ${last.perRowUs.toFixed(0)} µs (×${ratio.toFixed(2)}): ${ratio < 1.5 ? 'cost grows linearly with rows' : 'worse than linear; investigate'}. Peak memory grows with rows too (ExcelJS holds the whole workbook in memory).`;
}

module.exports = { reportLines, sideBySideSection };
