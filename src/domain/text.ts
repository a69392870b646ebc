/** Text shown to users always comes in both languages; the UI picks one. */
export interface Bilingual {
  th: string;
  en: string;
}

export type Lang = 'th' | 'en';

export function bi(th: string, en: string): Bilingual {
  return { th, en };
}

export function pick(text: Bilingual, lang: Lang): string {
  return text[lang];
}
