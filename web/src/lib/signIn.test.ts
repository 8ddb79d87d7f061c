import { describe, expect, it } from 'vitest';
import { nextPath } from './signIn';

describe('nextPath', () => {
  it('keeps a path of this site, with its query', () => {
    expect(nextPath('/forum/t/12?post=3')).toBe('/forum/t/12?post=3');
    expect(nextPath('/rapat/ABCD2345')).toBe('/rapat/ABCD2345');
  });

  it('never leads off the site or back to the sign-in page', () => {
    for (const bad of ['//evil.example/x', 'https://evil.example', 'javascript:alert(1)', '/\\evil.example', '', undefined, null, '/masuk', '/masuk?next=/x']) {
      expect(nextPath(bad)).toBe('/');
    }
    expect(nextPath(['/forum', '/x'])).toBe('/forum');
  });
});
