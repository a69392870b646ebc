/**
 * Text shown to users: the one way to write it, in every layer. A text is a `Bilingual` value,
 * written with `bi(th, en)` where it is made (a problem, a sheet label, a report sentence) and
 * picked at the edge with `text[lang]`, where the language is known (the pane's `t(text)`, a
 * report or sheet written in the workbook's language, the command line's `--lang`). Fixed texts of
 * the pane and of the sheets we write may instead be a table with one half per language, of the
 * same shape (`taskpane/strings.ts`, `workbook/labels.ts`, a component's own), picked once. Never an
 * inline `lang === 'th' ? … : …` pair, and never one string holding both languages.
 */
export interface Bilingual {
  th: string;
  en: string;
}

export type Lang = 'th' | 'en';

export function bi(th: string, en: string): Bilingual {
  return { th, en };
}

/**
 * An error the user reads: its message is a Bilingual text like any other, picked at the edge
 * (the pane's error bar, the command line), not one string holding both languages.
 */
export class BilingualError extends Error {
  readonly text: Bilingual;
  constructor(text: Bilingual) {
    super(text.en);
    this.name = 'BilingualError';
    this.text = text;
  }
}
