import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Bilingual } from '../../api/domain/shared/bilingual';

export type Lang = 'zh' | 'en';

/**
 * Picks the user's language: from a pair written beside the component that shows it
 * (`tr('加载中…', 'Loading…')`), or from a domain's Bilingual label (`tr(parcelUseLabels[use])`),
 * with a fallback when a lookup may miss (`tr(districtNames[code], code)`).
 */
export interface Tr {
  (zh: string, en: string): string;
  (text: Bilingual | undefined, fallback?: string): string;
}

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  /** Chinese first; English when the user switched. */
  tr: Tr;
}

const I18nContext = createContext<I18n | null>(null);

function translator(lang: Lang): Tr {
  return ((a: string | Bilingual | undefined, b?: string) => {
    if (typeof a === 'string') return lang === 'en' ? (b ?? a) : a;
    if (!a) return b ?? '';
    return lang === 'en' ? a.en : a.zh;
  }) as Tr;
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => (localStorage.getItem('lang') === 'en' ? 'en' : 'zh'));
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang(next) {
        localStorage.setItem('lang', next);
        document.documentElement.lang = next === 'en' ? 'en' : 'zh-CN';
        setLangState(next);
      },
      tr: translator(lang),
    }),
    [lang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
