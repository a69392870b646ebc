/**
 * The same report as a Word document, with the `docx` package: A4 in the report's orientation,
 * TH Sarabun New 16 pt (set for Thai as a complex script too, where Word looks for it), tables
 * whose header row repeats on every page, a header line and "page x of y" in the footer.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ReportDoc, ReportTable } from './model';
import { PRINT_FONT, textPoints, widestWordPoints } from '../workbook/print';
import { fitColumns, SIZES } from './layout';

/** A4 in twips, less 0.75-inch margins. */
const PAGE = { width: 11906, height: 16838, margin: 1080 };
/** A character of 14-pt table text, generously: twips per unit of ReportColumn.width. */
const TWIPS_PER_CHAR = 110;
const half = (points: number) => points * 2;
const MARK_FILL = 'FCE4D6';
const HEAD_FILL = 'E2EFDA';

/** The document as a file's bytes (Node) or a Blob (browser). */
export async function reportDocxBytes(doc: ReportDoc): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(reportDocument(doc)));
}

export function reportDocxBlob(doc: ReportDoc): Promise<Blob> {
  return Packer.toBlob(reportDocument(doc));
}

export function reportDocument(doc: ReportDoc): Document {
  const printable = (doc.landscape ? PAGE.height : PAGE.width) - 2 * PAGE.margin;
  const children: (Paragraph | Table)[] = [
    para(doc.title, { size: SIZES.title, bold: true, center: true }),
    ...doc.subtitle.map((s) => para(s, { center: true })),
    para(''),
  ];
  for (const b of doc.blocks) {
    if (b.kind === 'heading') children.push(para(b.text, { bold: true, before: 120, keepNext: true }));
    else if (b.kind === 'paragraph') children.push(para(b.text, { indent: true }));
    else children.push(table(b.table, printable), para(''));
  }
  const font = PRINT_FONT.name;
  return new Document({
    creator: 'ITA Planner',
    title: doc.title,
    styles: {
      default: {
        document: {
          run: {
            font: { ascii: font, hAnsi: font, cs: font, eastAsia: font },
            size: half(SIZES.body),
            // Thai is a complex script: its language is w:lang's bidi, which Word's and
            // LibreOffice's line breakers and spelling read (absent, Word takes the system's).
            language: { value: doc.lang === 'th' ? 'th-TH' : 'en-US', bidirectional: 'th-TH' },
          },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: {
              orientation: doc.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
              width: PAGE.width,
              height: PAGE.height,
            },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        headers: { default: new Header({ children: [para(doc.header, { size: SIZES.note + 2 })] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    size: half(SIZES.note + 2),
                    children:
                      doc.lang === 'th'
                        ? ['หน้า ', PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES]
                        : ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

function para(
  text: string,
  o: {
    size?: number;
    bold?: boolean;
    center?: boolean;
    indent?: boolean;
    before?: number;
    align?: string;
    keepNext?: boolean;
  } = {},
): Paragraph {
  return new Paragraph({
    ...(o.keepNext ? { keepNext: true } : {}),
    alignment: o.center
      ? AlignmentType.CENTER
      : o.align === 'right'
        ? AlignmentType.RIGHT
        : o.align === 'center'
          ? AlignmentType.CENTER
          : AlignmentType.LEFT,
    spacing: { before: o.before ?? 0, after: 60 },
    ...(o.indent ? { indent: { firstLine: 720 } } : {}),
    children: [new TextRun({ text, bold: o.bold, ...(o.size ? { size: half(o.size) } : {}) })],
  });
}

function table(t: ReportTable, printable: number): Table {
  // Column widths are in characters: a table narrower than a line keeps its own width.
  const sum = t.columns.reduce((s, c) => s + c.width, 0);
  const share = Math.min(1, sum / (printable / TWIPS_PER_CHAR));
  const widths = fitColumns(
    t.columns.map((c) => Math.floor((c.width / sum) * printable * share)),
    t.columns.map((c, j) => columnLeast(c.title, t.rows, j, c.dates)),
    printable,
  );
  const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
  const cell = (text: string, j: number, fill?: string, bold = false, keepNext = false) =>
    new TableCell({
      width: { size: widths[j], type: WidthType.DXA },
      margins: { left: 80, right: 80 },
      ...(fill ? { shading: { fill, type: ShadingType.CLEAR, color: 'auto' } } : {}),
      children: text
        .split('\n')
        .map((line) =>
          para(line, { size: SIZES.table, bold, keepNext, align: bold ? 'center' : (t.columns[j].align ?? 'left') }),
        ),
    });
  const marked = new Set(t.marked ?? []);
  // The last KEEP_LAST rows keep with the next: a table's end (its total) never starts a page
  // alone, with one row above it. The header row keeps with the first row.
  const last = t.rows.length - 1;
  const keepNext = (n: number) => n < last && n >= last - KEEP_LAST + 1;
  return new Table({
    width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: [
      new TableRow({
        tableHeader: true,
        children: t.columns.map((c, j) => cell(c.title, j, HEAD_FILL, true, true)),
      }),
      ...t.rows.map(
        (r, n) =>
          new TableRow({
            cantSplit: true,
            children: r.map((v, j) => cell(v, j, marked.has(n) ? MARK_FILL : undefined, false, keepNext(n))),
          }),
      ),
    ],
  });
}

/** Rows a table's end keeps on one page. */
const KEEP_LAST = 3;
const CELL_MARGINS = 160;

/**
 * The narrowest a column can be without breaking a word inside: its longest word (a Thai run is
 * split into dictionary words, as Word and LibreOffice break it), in twips, with its margins.
 */
function columnLeast(title: string, rows: readonly (readonly string[])[], j: number, dates = false): number {
  // A column's title is short: its words stay whole ("เครื่องมือ", not "เครื่อง/มือ").
  const titleWidth = Math.max(0, ...title.split(/\s+/).map((w) => textPoints(w, SIZES.table, true) * 20));
  const widest = (text: string) => widestWordPoints(text, SIZES.table) * 20;
  // A date is one unit: "31 มี.ค. 2570" whole on its line, a period broken only between its dates.
  const wholeDates = (text: string) =>
    Math.max(0, ...text.split(/\s*[–—-]\s*|\n/).map((d) => textPoints(d.trim(), SIZES.table) * 20));
  const cells = rows.map((r) => r[j] ?? '');
  const least = Math.max(titleWidth, ...cells.map((c) => (dates ? Math.max(wholeDates(c), widest(c)) : widest(c))));
  return Math.ceil(least * 1.05) + CELL_MARGINS;
}
