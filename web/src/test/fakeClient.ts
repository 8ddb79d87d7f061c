import { Client, makeResult, type Exchange, type Operation, type OperationResult } from '@urql/core';
import { filter, fromValue, make, mergeMap, pipe } from 'wonka';
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
  /** Pushes an event to every open subscription of that name that has no handler. */
  emit: (name: string, data: unknown) => void;
}

/**
 * A real urql Client whose network is replaced by `handlers` (keyed by operation name).
 * With `cache: true` the app's graphcache config sits in front, as in the browser.
 */
export function fakeClient(handlers: Record<string, FakeHandler>, options: { cache?: boolean } = {}): FakeClient {
  const calls: FakeClient['calls'] = [];
  const open: { name: string; op: Operation; next: (result: OperationResult) => void }[] = [];
  const live = (name: string, op: Operation) =>
    make<OperationResult>((observer) => {
      const entry = { name, op, next: observer.next };
      open.push(entry);
      return () => {
        const i = open.indexOf(entry);
        if (i >= 0) open.splice(i, 1);
      };
    });
  const network: Exchange = () => (ops$) =>
    pipe(
      ops$,
      filter((op: Operation) => op.kind !== 'teardown'),
      mergeMap((op: Operation) => {
        const name = getOperationName(op.query) ?? '';
        const variables = (op.variables ?? {}) as Record<string, unknown>;
        calls.push({ name, variables });
        const handler = handlers[name];
        if (!handler) return op.kind === 'subscription' ? live(name, op) : fromValue(makeResult(op, { errors: [{ message: `No fake for ${name}` }] }));
        const response = handler(variables);
        return fromValue(makeResult(op, { data: response.data ?? null, errors: response.errors }));
      }),
    );
  const client = new Client({
    url: 'http://localhost/graphql',
    exchanges: options.cache ? [appCacheExchange(), network] : [network],
  });
  const emit = (name: string, data: unknown) => {
    for (const entry of [...open]) if (entry.name === name) entry.next(makeResult(entry.op, { data: data as Record<string, unknown> }));
  };
  return { client, calls, emit };
}
