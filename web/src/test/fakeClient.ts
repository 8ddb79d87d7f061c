import { Client, makeResult, type Exchange, type Operation, type OperationResult } from '@urql/core';
import { filter, fromValue, make, mergeMap, pipe, share, takeUntil } from 'wonka';
import type { GraphQLFormattedError } from 'graphql';
import { getOperationName } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { appCache } from '../App';
import { ownDataExchange } from '../lib/client/ownDataExchange';
import type { Operations } from '../gql/operations';
import type { ResultData } from './withTypenames';

/** Result and variables of an operation, as in the generated `Operations` map. */
export type OperationTypes = Record<string, { data: unknown; variables: unknown }>;

/** What a fake operation answers: data shaped as the schema says (with typenames), and optionally GraphQL errors. */
export interface FakeResponse<Data = unknown> {
  data?: ResultData<Data> | null;
  errors?: GraphQLFormattedError[];
}

/** Answers one operation, by name, given the variables it was sent with. */
export type FakeHandler<Name extends keyof Ops, Ops extends OperationTypes = Operations> = (variables: Ops[Name]['variables']) => FakeResponse<Ops[Name]['data']>;

export type FakeHandlers<Ops extends OperationTypes = Operations> = { [Name in keyof Ops]?: FakeHandler<Name, Ops> };

export interface FakeClient<Ops extends OperationTypes = Operations> {
  client: Client;
  /** Every operation sent, in order, by operation name. */
  calls: { name: string; variables: Record<string, unknown> }[];
  /** Pushes an event to every open subscription of that name that has no handler. */
  emit: <Name extends keyof Ops & string>(name: Name, data: ResultData<Ops[Name]['data']>) => void;
  /** How many subscriptions of that name are open (answered by `emit`, i.e. without a handler). */
  subscribed: (name: keyof Ops & string) => number;
}

/**
 * A real urql Client whose network is replaced by `handlers` (keyed by operation name, typed by
 * the generated `Operations`, so an answer that drifts from the schema fails to compile). Tests of
 * made-up operations name them in `Extra`. With `cache: true` the app's graphcache config sits in
 * front, as in the browser.
 */
export function fakeClient<Extra extends OperationTypes = Record<never, never>>(handlers: FakeHandlers<Operations & NoInfer<Extra>>, options: { cache?: boolean } = {}): FakeClient<Operations & Extra> {
  // Operations arrive by name at run time; the typing is for the tests that write the handlers.
  const byName = handlers as Record<string, ((variables: Record<string, unknown>) => FakeResponse) | undefined>;
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
  const network: Exchange = () => (ops$) => {
    const shared$ = share(ops$);
    return pipe(
      shared$,
      filter((op: Operation) => op.kind !== 'teardown'),
      mergeMap((op: Operation) => {
        const name = getOperationName(op.query) ?? '';
        const variables = (op.variables ?? {}) as Record<string, unknown>;
        calls.push({ name, variables });
        const handler = byName[name];
        // As the real exchanges do, an operation's teardown (e.g. unsubscribing) ends its stream.
        const teardown$ = pipe(
          shared$,
          filter((next: Operation) => next.kind === 'teardown' && next.key === op.key),
        );
        if (!handler) return op.kind === 'subscription' ? pipe(live(name, op), takeUntil(teardown$)) : fromValue(makeResult(op, { errors: [{ message: `No fake for ${name}` }] }));
        const response = handler(variables);
        return fromValue(makeResult(op, { data: response.data ?? null, errors: response.errors }));
      }),
    );
  };
  const client = new Client({
    url: 'http://localhost/graphql',
    exchanges: options.cache ? [ownDataExchange, cacheExchange(appCache), network] : [network],
  });
  const emit = (name: string, data: unknown) => {
    for (const entry of [...open]) if (entry.name === name) entry.next(makeResult(entry.op, { data: data as Record<string, unknown> }));
  };
  const subscribed = (name: string) => open.filter((entry) => entry.name === name).length;
  return { client, calls, emit, subscribed };
}
