/**
 * The only changes made to a user's sheet: cells a block appends (a new measure row) and the
 * named fix "convert text to numbers". Each is made on the sheet's XML, cell by cell; every other
 * cell, row and attribute stays as it is.
 */
import type { PlanBlock, PlanCell, PlanFix } from '../../workbook/plan';
import { a1, parseA1 } from '../../workbook/snapshot';
import { UserStyles } from './styles';
import { createLike, descendants, Document, Element, kid, kids, PackageError } from './xml';

export class UserSheetCells {
  private readonly sheetData: Element;
  private readonly rows = new Map<number, Element>();

  constructor(
    readonly doc: Document,
    private readonly sheetName: string,
    private readonly sharedStrings: string[],
    private readonly styles: UserStyles,
  ) {
    const data = descendants(doc, 'sheetData')[0];
    if (!data) throw new PackageError(`sheet "${sheetName}" has no cell data`);
    this.sheetData = data;
    let r = 0;
    for (const row of kids(data, 'row')) {
      r = Number(row.getAttribute('r') ?? r + 1);
      this.rows.set(r - 1, row);
    }
  }

  /** Refuses, before any change, a block that would write over a filled (or merged-over) cell. */
  checkBlock(block: PlanBlock): void {
    const merged = descendants(this.doc, 'mergeCell').map((m) => m.getAttribute('ref') ?? '');
    block.cells.forEach((line, r) =>
      line.forEach((pc, c) => {
        if (pc === null) return;
        const row = block.top + r;
        const col = block.left + c;
        const cell = this.cell(row, col, false);
        const filled = !!cell && (!!kid(cell, 'v') || !!kid(cell, 'is') || !!kid(cell, 'f'));
        if (filled || merged.some((ref) => insideNotFirst(ref, row, col)))
          throw new PackageError(`write plan would overwrite ${this.sheetName}!${a1(row, col)}, which is not empty`);
      }),
    );
  }

  writeBlock(block: PlanBlock): void {
    block.cells.forEach((line, r) =>
      line.forEach((pc, c) => {
        const fmt = block.numberFormats?.[r]?.[c];
        if (pc === null && !fmt) return;
        const cell = this.cell(block.top + r, block.left + c, true)!;
        if (pc !== null) setValue(cell, pc);
        if (fmt) cell.setAttribute('s', String(this.styles.withNumberFormat(Number(cell.getAttribute('s') ?? 0), fmt)));
        this.extendDimension(block.top + r, block.left + c);
      }),
    );
  }

  /** Keeps <dimension> (the used range Excel reads first) covering a new cell. */
  private extendDimension(row: number, col: number): void {
    const dim = descendants(this.doc, 'dimension')[0];
    const ref = dim?.getAttribute('ref');
    if (!dim || !ref || !/^[A-Z]+\d+(:[A-Z]+\d+)?$/i.test(ref)) return;
    const [from, to = from] = ref.split(':');
    const tl = parseA1(from);
    const br = parseA1(to);
    const top = Math.min(tl.row, row);
    const left = Math.min(tl.col, col);
    dim.setAttribute('ref', `${a1(top, left)}:${a1(Math.max(br.row, row), Math.max(br.col, col))}`);
  }

  /** Applies the fix only while the cell still holds the text that was found. Returns whether it did. */
  applyFix(fix: PlanFix): boolean {
    const { row, col } = parseA1(fix.cell);
    const cell = this.cell(row, col, false);
    if (!cell || kid(cell, 'f') || this.text(cell) !== fix.found) return false;
    setValue(cell, { number: fix.number });
    return true;
  }

  /** The cell's text when it holds a plain string, else undefined. */
  private text(cell: Element): string | undefined {
    const t = cell.getAttribute('t');
    if (t === 's') return this.sharedStrings[Number(kid(cell, 'v')?.textContent ?? -1)];
    if (t === 'inlineStr') return textOf(kid(cell, 'is'));
    return undefined;
  }

  private cell(row: number, col: number, create: boolean): Element | undefined {
    let rowEl = this.rows.get(row);
    if (!rowEl) {
      if (!create) return undefined;
      rowEl = createLike(this.sheetData, 'row');
      rowEl.setAttribute('r', String(row + 1));
      const after = [...this.rows.keys()].filter((r) => r > row).sort((a, b) => a - b)[0];
      this.sheetData.insertBefore(rowEl, after === undefined ? null : this.rows.get(after)!);
      this.rows.set(row, rowEl);
    }
    let c = -1;
    let before: Element | null = null;
    for (const el of kids(rowEl, 'c')) {
      const ref = el.getAttribute('r');
      c = ref ? parseA1(ref).col : c + 1;
      if (c === col) return el;
      if (c > col) {
        before = el;
        break;
      }
    }
    if (!create) return undefined;
    const el = createLike(rowEl, 'c');
    el.setAttribute('r', a1(row, col));
    rowEl.insertBefore(el, before);
    rowEl.removeAttribute('spans'); // an optimisation hint that the new cell may fall outside
    return el;
  }
}

/** All text of an <si> or <is>: its runs' <t>, without phonetic readings. */
export function textOf(el: Element | undefined): string | undefined {
  if (!el) return undefined;
  return descendants(el, 't')
    .filter((t) => (t.parentNode as Element).localName !== 'rPh')
    .map((t) => t.textContent ?? '')
    .join('');
}

function setValue(cell: Element, pc: Exclude<PlanCell, null>): void {
  for (const local of ['f', 'v', 'is']) for (const el of kids(cell, local)) cell.removeChild(el);
  cell.removeAttribute('t');
  const add = (local: string, text: string): Element => {
    const el = createLike(cell, local);
    el.appendChild(cell.ownerDocument!.createTextNode(text));
    cell.appendChild(el);
    return el;
  };
  if ('text' in pc) {
    cell.setAttribute('t', 'inlineStr');
    const is = createLike(cell, 'is');
    cell.appendChild(is);
    const t = createLike(cell, 't');
    t.setAttribute('xml:space', 'preserve');
    t.appendChild(cell.ownerDocument!.createTextNode(pc.text));
    is.appendChild(t);
  } else if ('number' in pc) add('v', String(pc.number));
  else if ('bool' in pc) {
    cell.setAttribute('t', 'b');
    add('v', pc.bool ? '1' : '0');
  } else {
    add('f', pc.formula.replace(/^=/, ''));
    if (typeof pc.cached === 'string') cell.setAttribute('t', 'str');
    if (typeof pc.cached === 'boolean') cell.setAttribute('t', 'b');
    add('v', typeof pc.cached === 'boolean' ? (pc.cached ? '1' : '0') : String(pc.cached));
  }
}

function insideNotFirst(ref: string, row: number, col: number): boolean {
  const [from, to = from] = ref.split(':');
  const tl = parseA1(from);
  const br = parseA1(to);
  const inside = row >= tl.row && row <= br.row && col >= tl.col && col <= br.col;
  return inside && !(row === tl.row && col === tl.col);
}
