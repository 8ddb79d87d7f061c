import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@solidjs/testing-library';
import { appDictionaries } from './App';
import { features } from './features';
import { t } from './features/regions/i18n';
import { commonDictionary, locale, setLocale } from './lib/i18n';
import { mergeDictionaries, type Dictionary } from './lib/dict/dictionary';
import { LangToggle } from './lib/ui/shell/LangToggle';

/** The app's i18n end to end: a feature's `t` reading the dictionaries the app merged. */
function Sample() {
  return (
    <div>
      <LangToggle />
      <h1>{t('regions.title')}</h1>
      <p>{t('regions.count', { count: 514 })}</p>
    </div>
  );
}

/** The features' page texts (in `i18n.ts`) that load with their pages rather than at start. */
const pageTexts: Record<string, Dictionary> = Object.fromEntries(
  Object.entries(import.meta.glob<Record<string, unknown>>('./features/*/i18n.ts', { eager: true })).flatMap(([file, module]) =>
    Object.entries(module)
      .filter(([name, value]) => name.endsWith('Dictionary') && !features.some((f) => f.dictionary === value))
      .map(([name, value]) => [`${file}:${name}`, value as Dictionary]),
  ),
);

const holes = (s: string) => (s.match(/\{\{\s*\w+\s*\}\}/g) ?? []).map((h) => h.replace(/\s/g, '')).sort();

function expectSameKeysAndPlaceholders(dictionary: Dictionary, name: string) {
  expect(Object.keys(dictionary.en).sort(), name).toEqual(Object.keys(dictionary.id).sort());
  // Each plural form ("one|other") of a text has the placeholders of the other language's text.
  for (const [key, text] of Object.entries(dictionary.id)) for (const form of (dictionary.en[key] ?? '').split('|')) expect(holes(form), `${name}: ${key}`).toEqual(holes(text));
}

describe('i18n', () => {
  afterEach(() => setLocale('id'));

  it('says "1 region" but "514 regions" in English, and "1 wilayah" in Indonesian', () => {
    setLocale('en');
    expect(t('regions.count', { count: 1 })).toBe('1 region');
    expect(t('regions.count', { count: 514 })).toBe('514 regions');
    setLocale('id');
    expect(t('regions.count', { count: 1 })).toBe('1 wilayah');
  });

  it('starts in Bahasa Indonesia', () => {
    render(() => <Sample />);
    expect(screen.getByRole('heading')).toHaveTextContent('Direktori wilayah');
    expect(screen.getByText('514 wilayah')).toBeInTheDocument();
  });

  it('switches every text to English and back with the toggle', async () => {
    render(() => <Sample />);
    await fireEvent.click(screen.getByTestId('lang-toggle'));
    expect(locale()).toBe('en');
    expect(screen.getByRole('heading')).toHaveTextContent('Region directory');
    expect(screen.getByText('514 regions')).toBeInTheDocument();
    await fireEvent.click(screen.getByTestId('lang-toggle'));
    expect(screen.getByRole('heading')).toHaveTextContent('Direktori wilayah');
  });

  it('persists the choice in localStorage and the rembuk_lang cookie', async () => {
    render(() => <Sample />);
    await fireEvent.click(screen.getByTestId('lang-toggle'));
    expect(localStorage.getItem('rembuk_lang')).toBe('en');
    expect(document.cookie).toContain('rembuk_lang=en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('has the same keys and placeholders in both dictionaries', () => {
    expectSameKeysAndPlaceholders(appDictionaries, 'app');
    expectSameKeysAndPlaceholders(commonDictionary, 'lib');
    for (const feature of features) if (feature.dictionary) expectSameKeysAndPlaceholders(feature.dictionary, feature.name);
    for (const [file, texts] of Object.entries(pageTexts)) expectSameKeysAndPlaceholders(texts, file);
  });

  it('has no key twice across the shell texts and the page texts that load later', () => {
    const parts = Object.entries(pageTexts).map(([name, dictionary]) => ({ name, dictionary }));
    expect(parts.length).toBeGreaterThanOrEqual(8);
    expect(() => mergeDictionaries([{ name: 'app', dictionary: appDictionaries }, ...parts])).not.toThrow();
  });

  it('gives a lazily loaded page its texts as soon as its module loads', async () => {
    const { t: forumT } = await import('./features/forum/i18n');
    expect(forumT('forum.search.more')).toBe('Muat hasil berikutnya');
  });
});
