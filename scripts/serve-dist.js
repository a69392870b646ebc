#!/usr/bin/env node
/**
 * A tiny static server for dist/ on localhost (node's http module, no dependencies),
 * for the end-to-end test and for trying the task pane in a browser without Office:
 *
 *   node scripts/serve-dist.js [port] [dir]     # port 0 (default) picks a free one
 *
 * Prints the URL of the task pane. Serves files only from inside dir; listens on
 * 127.0.0.1 only.
 */
'use strict';

const http = require('http');
const fs = require('fs');
const path = require('path');

/** The same policy as the pages' meta tag, sent as a header too (frame-ancestors only works here). */
const { CSP } = require('./csp');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Starts the server; resolves with { server, port, url, close() }.
 * `log(method, path, status)` is called for every request when given.
 */
function serve(dir = path.join(__dirname, '..', 'dist'), port = 0, log) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const done = (status, headers, body) => {
      res.writeHead(status, headers);
      res.end(body);
      if (log) log(req.method, req.url, status);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return done(405, { Allow: 'GET, HEAD' }, 'method not allowed');
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      return done(400, {}, 'bad request');
    }
    if (pathname.endsWith('/')) pathname += 'taskpane.html';
    const file = path.resolve(root, '.' + pathname);
    if (file !== root && !file.startsWith(root + path.sep)) return done(403, {}, 'forbidden');
    fs.stat(file, (err, stat) => {
      if (err || !stat.isFile()) return done(404, { 'Content-Type': 'text/plain; charset=utf-8' }, 'not found');
      const headers = {
        'Content-Type': TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream',
        'Content-Length': stat.size,
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        ...(file.endsWith('.html') ? { 'Content-Security-Policy': CSP } : {}),
      };
      if (req.method === 'HEAD') return done(200, headers);
      res.writeHead(200, headers);
      fs.createReadStream(file).pipe(res);
      if (log) log(req.method, req.url, 200);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const actual = server.address().port;
      resolve({
        server,
        port: actual,
        url: `http://localhost:${actual}/`,
        close: () =>
          new Promise((r) => {
            server.close(() => r());
            // Browsers keep connections alive; do not wait for them.
            if (typeof server.closeAllConnections === 'function') server.closeAllConnections();
          }),
      });
    });
  });
}

module.exports = { serve };

if (require.main === module) {
  const port = Number(process.argv[2] || 0);
  const dir = process.argv[3] || path.join(__dirname, '..', 'dist');
  if (!fs.existsSync(path.join(dir, 'taskpane.html'))) {
    console.error(`serve-dist: ${path.join(dir, 'taskpane.html')} is missing; run \`npm run build:test\` first.`);
    process.exit(2);
  }
  serve(dir, port).then(({ url }) => console.log(`Serving ${dir} at ${url}taskpane.html (Ctrl+C to stop)`));
}
