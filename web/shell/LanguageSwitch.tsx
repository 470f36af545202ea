import { useI18n } from '../i18n/i18n';

export function LanguageSwitch() {
  const { lang, setLang } = useI18n();
  return (
    <button type="button" className="lang-switch" data-testid="lang-switch" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
      {lang === 'zh' ? 'English' : '中文'}
    </button>
  );
}
