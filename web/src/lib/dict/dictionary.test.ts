import { describe, expect, it } from 'vitest';
import { mergeDictionaries } from './dictionary';

describe('mergeDictionaries', () => {
  it('puts every part into one dictionary per language', () => {
    const merged = mergeDictionaries([
      { name: 'lib', dictionary: { id: { 'common.ok': 'Oke' }, en: { 'common.ok': 'OK' } } },
      { name: 'forum', dictionary: { id: { 'forum.title': 'Forum' }, en: { 'forum.title': 'Forum' } } },
      { name: 'users' },
    ]);
    expect(merged).toEqual({ id: { 'common.ok': 'Oke', 'forum.title': 'Forum' }, en: { 'common.ok': 'OK', 'forum.title': 'Forum' } });
  });

  it('throws, naming both parts, when two define the same key', () => {
    const parts = [
      { name: 'forum', dictionary: { id: { 'nav.forum': 'Forum' }, en: { 'nav.forum': 'Forum' } } },
      { name: 'live', dictionary: { id: { 'nav.forum': 'Rapat' }, en: { 'nav.forum': 'Meetings' } } },
    ];
    expect(() => mergeDictionaries(parts)).toThrow('Dictionary key "nav.forum" is defined by both "forum" and "live"');
  });
});
