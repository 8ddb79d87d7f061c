import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@solidjs/testing-library';
import { locale, setLocale, t } from './i18n';
import { LangToggle } from './ui/LangToggle';
import { id } from './dict/id';
import { en } from './dict/en';

function Sample() {
  return (
    <div>
      <LangToggle />
      <h1>{t('regions.title')}</h1>
      <p>{t('regions.count', { count: 514 })}</p>
    </div>
  );
}

describe('i18n', () => {
  afterEach(() => setLocale('id'));

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
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    const holes = (s: string) => (s.match(/\{\{\s*\w+\s*\}\}/g) ?? []).map((h) => h.replace(/\s/g, '')).sort();
    for (const key of Object.keys(id) as (keyof typeof id)[]) expect(holes(en[key]), key).toEqual(holes(id[key]));
  });
});
