import { describe, expect, it } from 'vitest';
import { pluralForm } from './i18n';

describe('plural forms', () => {
  const text = '{{ count }} topic|{{ count }} topics';
  it('picks "one" for 1 in English, "other" otherwise, also from a formatted count', () => {
    expect(pluralForm(text, 'en', 1)).toBe('{{ count }} topic');
    expect(pluralForm(text, 'en', '1')).toBe('{{ count }} topic');
    expect(pluralForm(text, 'en', 0)).toBe('{{ count }} topics');
    expect(pluralForm(text, 'en', '1,234')).toBe('{{ count }} topics');
    expect(pluralForm(text, 'en', undefined)).toBe('{{ count }} topics');
  });

  it('leaves texts without forms alone (Indonesian has none)', () => {
    expect(pluralForm('{{ count }} topik', 'id', 1)).toBe('{{ count }} topik');
  });
});
