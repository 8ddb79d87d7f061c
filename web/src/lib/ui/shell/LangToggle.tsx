import { locale, setLocale, t } from '../../i18n';

/**
 * One button, "ID | EN", with the active language emphasised; a click switches. Its name starts
 * with what it shows (WCAG 2.5.3, speech users say "ID EN"), then says what it does.
 */
export function LangToggle() {
  const next = () => (locale() === 'id' ? 'en' : 'id');
  const part = (lang: 'id' | 'en') => (locale() === lang ? 'font-bold text-teal-800' : 'text-slate-600');
  return (
    <button
      type="button"
      data-testid="lang-toggle"
      class="inline-flex min-h-9 items-center gap-1 rounded-md px-2 text-sm ring-1 ring-slate-300 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-teal-700"
      title={t('lang.switch')}
      onClick={() => setLocale(next())}
    >
      <span class={part('id')} lang="id">
        ID
      </span>
      <span aria-hidden="true" class="h-3.5 border-l border-slate-500" />
      <span class={part('en')} lang="en">
        EN
      </span>
      <span class="sr-only">, {t('lang.switch')}</span>
    </button>
  );
}
