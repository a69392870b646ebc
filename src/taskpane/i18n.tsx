import { createContext, ReactNode, useContext, useMemo } from 'react';
import type { Bilingual, Lang } from '../domain/text';
import { Strings, strings } from './strings';

export interface I18n {
  lang: Lang;
  s: Strings;
  /** The current language's half of a bilingual text from the core. */
  t: (text: Bilingual) => string;
}

const I18nContext = createContext<I18n>({ lang: 'th', s: strings('th'), t: (x) => x.th });

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo<I18n>(() => ({ lang, s: strings(lang), t: (x) => x[lang] }), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
