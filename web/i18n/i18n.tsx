import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

export type Lang = 'zh' | 'en';

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  /** Chinese first; English when the user switched. Strings stay beside the component that shows them. */
  tr(zh: string, en: string): string;
}

const I18nContext = createContext<I18n | null>(null);

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
      tr: (zh, en) => (lang === 'en' ? en : zh),
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
