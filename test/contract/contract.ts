/**
 * The Office.js contract checks page (checks.ts), for real Excel. Built only into test builds
 * (`npm run build:test`, `npm run build:dev`) as dist/contract.html; dist/manifest-contract.xml
 * sideloads it as "ITA Planner contract checks". A person with Excel presses Run and copies the
 * table into the first-run checklist's report (docs/real-excel-checklist.md);
 * test/e2e/hosts.js runs the same page against the fake Office.js.
 */
import { CheckResult, runContract } from './checks';

function render(container: HTMLElement, results: CheckResult[] | undefined, busy: boolean): void {
  container.textContent = '';
  const h = document.createElement('h1');
  h.textContent = 'ITA Planner: Office.js contract checks';
  h.style.fontSize = '16px';
  const p = document.createElement('p');
  p.textContent =
    'Adds a sheet "ITA contract", checks what the add-in assumes of this Excel, and deletes the sheet again. Copy the table into your report.';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = busy ? 'Running…' : 'Run the checks';
  button.disabled = busy;
  button.id = 'run-contract';
  button.addEventListener('click', () => {
    render(container, results, true);
    void runContract().then((r) => render(container, r, false));
  });
  container.append(h, p, button);
  if (!results) return;
  const passed = results.filter((r) => r.ok).length;
  const summary = document.createElement('p');
  summary.id = 'contract-summary';
  summary.textContent = `${passed} of ${results.length} as assumed`;
  const table = document.createElement('table');
  table.id = 'contract-results';
  for (const r of results) {
    const row = table.insertRow();
    row.dataset.check = r.id;
    row.dataset.ok = String(r.ok);
    row.dataset.calculates = String(r.calculates);
    for (const text of [r.ok ? 'ok' : 'DIFFERS', r.id, r.assumed, r.observed]) row.insertCell().textContent = text;
  }
  container.append(summary, table);
}

const container = document.getElementById('container');
if (container) {
  const go = () => render(container, undefined, false);
  if (typeof Office !== 'undefined') void Office.onReady().then(go);
  else go();
}
