import { Client, makeResult, type Exchange, type Operation } from '@urql/core';
import { filter, fromValue, mergeMap, never, pipe } from 'wonka';
import type { GraphQLFormattedError } from 'graphql';
import { getOperationName } from '@urql/core';
import { appCacheExchange } from '../lib/cache';

/** What a fake operation answers: data, and optionally GraphQL errors. */
export interface FakeResponse {
  data?: unknown;
  errors?: GraphQLFormattedError[];
}

export type FakeHandler = (variables: Record<string, unknown>) => FakeResponse;

export interface FakeClient {
  client: Client;
  /** Every operation sent, in order, by operation name. */
  calls: { name: string; variables: Record<string, unknown> }[];
}

/**
 * A real urql Client whose network is replaced by `handlers` (keyed by operation name).
 * With `cache: true` the app's graphcache config sits in front, as in the browser.
 */
export function fakeClient(handlers: Record<string, FakeHandler>, options: { cache?: boolean } = {}): FakeClient {
  const calls: FakeClient['calls'] = [];
  const network: Exchange = () => (ops$) =>
    pipe(
      ops$,
      filter((op: Operation) => op.kind !== 'teardown'),
      mergeMap((op: Operation) => {
        const name = getOperationName(op.query) ?? '';
        const variables = (op.variables ?? {}) as Record<string, unknown>;
        calls.push({ name, variables });
        const handler = handlers[name];
        if (!handler) return op.kind === 'subscription' ? never : fromValue(makeResult(op, { errors: [{ message: `No fake for ${name}` }] }));
        const response = handler(variables);
        return fromValue(makeResult(op, { data: response.data ?? null, errors: response.errors }));
      }),
    );
  const client = new Client({
    url: 'http://localhost/graphql',
    exchanges: options.cache ? [appCacheExchange(), network] : [network],
  });
  return { client, calls };
}
