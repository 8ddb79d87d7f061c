import { createSourceEventStream, execute, getOperationAST, visit, type DocumentNode, type ExecutionArgs, type ExecutionResult, type FieldNode } from 'graphql';
import type { Context } from '../context.js';
import { topicOf, type Audience, type Channel, type Fanout } from './fanout.js';

/**
 * Fields whose value depends on who exactly is asking, not only on role and authorship
 * (which audiences capture). A document that selects any of them is executed per
 * subscriber. New such fields must follow the naming convention `viewerCan*`, `viewerIs*`,
 * `*ByMe`, `my*`, or be listed here.
 */
const PER_VIEWER = new Set(['readState', 'email', 'bodyMarkdown']);
export const isPerViewerField = (name: string) =>
  PER_VIEWER.has(name) || /^viewer(Can|Is)[A-Z]/.test(name) || name.endsWith('ByMe') || /^my[A-Z]/.test(name);

const perViewerCache = new WeakMap<DocumentNode, boolean>();
function selectsPerViewer(document: DocumentNode): boolean {
  let hit = perViewerCache.get(document);
  if (hit === undefined) {
    hit = false;
    visit(document, {
      Field(node: FieldNode) {
        if (isPerViewerField(node.name.value)) hit = true;
      },
    });
    perViewerCache.set(document, hit);
  }
  return hit;
}

const isAsyncIterable = (x: unknown): x is AsyncIterable<unknown> => typeof x === 'object' && x !== null && Symbol.asyncIterator in x;

/** The root field of a subscription operation, or null. */
function rootField(args: ExecutionArgs): string | null {
  const op = getOperationAST(args.document, args.operationName);
  const first = op?.operation === 'subscription' ? op.selectionSet.selections[0] : undefined;
  return first?.kind === 'Field' ? first.name.value : null;
}

export interface SharedSubscribeOptions {
  audiences: Record<string, Audience>;
  fanout: Fanout;
  /** The subscriber's own channel on its socket (set up by the transport per operation). */
  channelOf(ctx: Context): Channel | undefined;
}

/**
 * graphql-ws `subscribe` that delivers each event once per audience instead of once per
 * subscriber. The resolver's `subscribe` still runs per subscriber (authorization, presence),
 * but when it returns a plain pub/sub stream of a topic, the subscriber joins the topic's
 * group in the fan-out and its own stream is never read: the group listens once, executes once
 * per audience and writes the serialized result straight to each subscriber's channel. The
 * stream returned to graphql-ws yields nothing and ends when the subscription ends.
 * Everything else (no audience, filtered streams, no channel) runs per subscriber.
 */
export function sharedSubscribe(opts: SharedSubscribeOptions) {
  const documentIds = new WeakMap<DocumentNode, number>();
  let nextDocumentId = 0;
  const documentKey = (doc: DocumentNode) => {
    let id = documentIds.get(doc);
    if (id === undefined) documentIds.set(doc, (id = nextDocumentId++));
    return id;
  };

  return async (args: ExecutionArgs): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> => {
    const field = rootField(args);
    const audience = field ? opts.audiences[field] : undefined;
    const source = await createSourceEventStream(args);
    if (!isAsyncIterable(source)) return source as ExecutionResult;
    const ctx = args.contextValue as Context;
    const topic = topicOf(source);
    const channel = opts.channelOf(ctx);
    if (!audience || !topic || !channel) {
      return mapEvents(source, (event) => execute({ ...args, rootValue: event }) as Promise<ExecutionResult>);
    }
    const key = `${documentKey(args.document)}|${args.operationName ?? ''}|${JSON.stringify(args.variableValues ?? {})}`;
    const parked = park(() => {
      leave();
      void source[Symbol.asyncIterator]().return?.();
    });
    const leave = opts.fanout.join(key, topic, args, audience, selectsPerViewer(args.document), { ctx, send: channel, end: parked.end });
    return parked.stream;
  };
}

/**
 * A stream that yields nothing until it ends: ended by graphql-ws (`return`, when the client
 * completes or the socket closes) or by the fan-out (`end`). `cleanup` runs once either way.
 */
function park(cleanup: () => void): { stream: AsyncGenerator<ExecutionResult>; end(): void } {
  let finish!: () => void;
  const ended = new Promise<IteratorResult<ExecutionResult>>((resolve) => {
    let done = false;
    finish = () => {
      if (done) return;
      done = true;
      cleanup();
      resolve({ done: true, value: undefined });
    };
  });
  const stream: AsyncGenerator<ExecutionResult> = {
    next: () => ended,
    async return() {
      finish();
      return { done: true, value: undefined };
    },
    async throw(err?: unknown) {
      finish();
      throw err;
    },
    [Symbol.asyncIterator]() {
      return stream;
    },
  };
  return { stream, end: () => finish() };
}

/** Maps a source stream, forwarding return/throw so the source's cleanup (presence, listeners) runs. */
function mapEvents(source: AsyncIterable<unknown>, map: (event: unknown) => Promise<ExecutionResult>): AsyncGenerator<ExecutionResult> {
  const iterator = source[Symbol.asyncIterator]();
  const mapped: AsyncGenerator<ExecutionResult> = {
    async next() {
      const r = await iterator.next();
      return r.done ? { done: true, value: undefined } : { done: false, value: await map(r.value) };
    },
    async return() {
      await iterator.return?.();
      return { done: true, value: undefined };
    },
    async throw(err?: unknown) {
      await iterator.return?.();
      throw err;
    },
    [Symbol.asyncIterator]() {
      return mapped;
    },
  };
  return mapped;
}
