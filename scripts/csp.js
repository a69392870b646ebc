/**
 * The pages' Content-Security-Policy, written once: webpack puts it in the meta tag of every page
 * it builds (taskpane.html, commands.html, contract.html), and scripts/serve-dist.js sends it as a
 * header too (frame-ancestors only works there). Our own files, and office.js from Microsoft's
 * CDN; no inline scripts or handlers; inline styles because Fluent UI v9 (Griffel) inserts <style>
 * elements at run time.
 */
'use strict';

const CSP =
  "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; style-src 'self' 'unsafe-inline'; " +
  "img-src 'self' data:; connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'";

module.exports = { CSP };
