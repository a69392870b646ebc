/**
 * Test helpers for the task pane: jsdom stubs Fluent UI needs, an in-memory
 * WorkbookHost, and workbook snapshots built by hand (plain arrays).
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { configure, render, screen, waitFor } from '@testing-library/react';
import type { Bilingual, Lang } from '../../src/domain/text';
import type { WorkbookHost } from '../../src/workbook/host';
import type { WritePlan } from '../../src/workbook/plan';
import { parseA1, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from '../../src/workbook/snapshot';
import { App, AppProps } from '../../src/taskpane/App';

// Fluent's CSS-in-JS makes jsdom's getComputedStyle slow; role queries skip the visibility
// check (nothing in the pane is hidden by CSS alone).
configure({ defaultHidden: true });
// Griffel's <style> elements outlive each test's render and slow every later getComputedStyle.
afterEach(() => document.head.querySelectorAll('style').forEach((n) => n.remove()));

/** Fluent v9 reads these; jsdom has neither. */
export function installDomStubs(): void {
  if (!window.matchMedia) {
    Object.defineProperty(window, 'matchMedia', {
      configurable: true,
      value: (query: string) => ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }),
    });
  }
  if (!('ResizeObserver' in window)) {
    class ResizeObserverStub {
      observe() {}
      unobserve() {}
      disconnect() {}
    }
    Object.defineProperty(window, 'ResizeObserver', { configurable: true, writable: true, value: ResizeObserverStub });
  }
  if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = function () {};
}

export function sheet(name: string, values: CellValue[][], top = 0, left = 0): SheetSnapshot {
  return { name, values, top, left };
}

/** Seed 003, เทศบาลนครเชียงใหม่ 2565: 95.01 AA. */
export const CHIANG_MAI = [96.5, 93.11, 91.57, 89.02, 92.45, 93.93, 89.78, 93.24, 97.78, 100];

/** Three indicators below 85: indicator 9 the cheapest to raise. */
export const WEAK = [90, 88, 80, 86, 87, 84, 86, 88, 70, 90];

export function settingsSheet(agency = 'เทศบาลตำบลตัวอย่าง', year: CellValue = 2565): SheetSnapshot {
  return sheet('ตั้งค่า', [
    ['หน่วยงาน', agency],
    ['ปีงบประมาณ', year],
  ]);
}

export function scoresSheet(scores: readonly CellValue[], previous?: readonly number[]): SheetSnapshot {
  const header: CellValue[] = previous ? ['ตัวชี้วัด', 'คะแนน', 'คะแนนปีก่อน'] : ['ตัวชี้วัด', 'คะแนน'];
  return sheet('คะแนน', [header, ...scores.map((v, i) => (previous ? [i + 1, v, previous[i]] : [i + 1, v]))]);
}

export function measuresSheet(rows: CellValue[][]): SheetSnapshot {
  return sheet('มาตรการ', [['มาตรการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'สถานะ', 'ตัวชี้วัด'], ...rows]);
}

export function workbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets, names: [] };
}

/** An in-memory host: read() returns the snapshot, apply() records plans; any call can be made to fail. */
export class FakeHost implements WorkbookHost {
  kind: 'excel' | 'browser' = 'excel';
  notices: Bilingual[] = [];
  applied: WritePlan[] = [];
  selected: { sheet: string; cell: string }[] = [];
  reads = 0;
  failRead?: unknown;
  failApply?: unknown;
  skipped: Bilingual[] = [];
  /** Called on apply to change the snapshot the next read returns (e.g. a measure row appended). */
  onApply?: (plan: WritePlan, snap: WorkbookSnapshot) => WorkbookSnapshot;
  /** When set, read() waits for this promise (to see progress states). */
  gate?: Promise<void>;

  constructor(public snapshot: WorkbookSnapshot) {}

  async read(): Promise<WorkbookSnapshot> {
    this.reads++;
    if (this.gate) await this.gate;
    if (this.failRead) throw this.failRead;
    return this.snapshot;
  }

  async apply(plan: WritePlan): Promise<{ skipped: Bilingual[] }> {
    if (this.failApply) throw this.failApply;
    this.applied.push(plan);
    if (this.onApply) this.snapshot = this.onApply(plan, this.snapshot);
    return { skipped: this.skipped };
  }

  async select(sheetName: string, cell: string): Promise<void> {
    this.selected.push({ sheet: sheetName, cell });
  }
}

export function renderApp(host: WorkbookHost, lang: Lang = 'th', props: Partial<AppProps> = {}) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} initialLang={lang} sessionOptions={{ today: () => '2025-01-15' }} {...props} />
    </FluentProvider>,
  );
}

/** The recompute button once the first read is done. */
export async function readyButton(name: 'คำนวณใหม่' | 'Recompute'): Promise<HTMLElement> {
  await screen.findByRole('tablist'); // the first read and analysis are done
  const button = await screen.findByRole('button', { name });
  await waitFor(() => expect(button).toBeEnabled());
  return button;
}

/** user-event without its pointer-events check: that check calls getComputedStyle up the tree on every click. */
export function setupUser() {
  return userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
}

/**
 * A FakeHost's onApply that does to the snapshot what a host would: creates and clears the
 * plan's sheets, writes its blocks (formulas as their cached values), converts the fixed
 * cells, and removes the sheets it deletes.
 */
export function applyBlocks(plan: WritePlan, snap: WorkbookSnapshot): WorkbookSnapshot {
  let sheets = snap.sheets
    .filter((s) => !plan.deleteSheets.includes(s.name))
    .map((s) => ({ ...s, values: s.values.map((r) => [...r]) }));
  for (const spec of plan.sheets) {
    sheets = sheets.filter((s) => s.name !== spec.name);
    sheets.push(sheet(spec.name, []));
  }
  for (const b of plan.blocks) {
    const ws = sheets.find((s) => s.name === b.sheet);
    if (!ws) continue;
    b.cells.forEach((row, i) => {
      const r = b.top + i - ws.top;
      ws.values[r] ??= [];
      row.forEach((c, j) => {
        const v: CellValue =
          c === null
            ? null
            : 'text' in c
              ? c.text
              : 'number' in c
                ? c.number
                : 'bool' in c
                  ? c.bool
                  : (c.cached as CellValue);
        ws.values[r][b.left + j - ws.left] = v;
      });
    });
  }
  for (const f of plan.fixes ?? []) {
    const ws = sheets.find((s) => s.name === f.sheet);
    if (!ws) continue;
    const { row, col } = parseA1(f.cell);
    (ws.values[row - ws.top] ??= [])[col - ws.left] = f.number;
  }
  return { ...snap, sheets };
}
