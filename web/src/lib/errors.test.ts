import { describe, expect, it } from 'vitest';
import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { errorCode, errorMessage } from './errors';

const forbidden = new CombinedError({
  graphQLErrors: [
    new GraphQLError('You are not allowed to do this', {
      extensions: { code: 'FORBIDDEN', i18n: { en: 'You are not allowed to do this', id: 'Anda tidak berwenang melakukan ini' } },
    }),
  ],
});

describe('errorMessage', () => {
  it('uses the translation for the current language', () => {
    expect(errorMessage(forbidden, 'id')).toBe('Anda tidak berwenang melakukan ini');
    expect(errorMessage(forbidden, 'en')).toBe('You are not allowed to do this');
    expect(errorCode(forbidden)).toBe('FORBIDDEN');
  });

  it('falls back to the message, then to a network message', () => {
    const plain = new CombinedError({ graphQLErrors: [new GraphQLError('Boom')] });
    expect(errorMessage(plain, 'en')).toBe('Boom');
    const offline = new CombinedError({ networkError: new Error('Failed to fetch') });
    expect(errorMessage(offline, 'id')).toMatch(/server/);
  });
});
