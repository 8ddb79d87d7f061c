import {
  createSourceEventStream,
  execute,
  getOperationAST,
  visit,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
} from 'graphql';
import type { Context } from './context.js';

/**
 * Says which audience a subscriber belongs to for one event: subscribers with the same
 * audience, document and variables see exactly the same result, so it is executed once and
 * shared. Return a key that captures everything the result depends on besides the event
 * (role, authorship...). `perViewer` is true when the document selects a per-viewer field;
 * then the key must identify the viewer.
 */
export type Audience = (ctx: Context, event: object, perViewer: boolean) => string | Promise<string>;

/**
 * Fields whose value depends on who exactly is asking, not only on role and authorship
 * (which audiences capture). A document that selects any of them is executed per
 * subscriber. New such fields must follow the naming convention `viewerCan*`, `viewerIs*`,
 * `*ByMe`, `my*`, or be listed here.
 */
const PER_VIEWER = new Set(['readState', 'email', 'bodyMarkdown']);
const isPerViewerField = (name: string) =>
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

/**
 * graphql-ws `subscribe` that executes each event once per audience instead of once per
 * subscriber. Each subscriber keeps its own source stream (so its own authorization and
 * presence), and results are cached per published event object, which the pub/sub hands to
 * every subscriber. Root fields without an audience fall back to graphql-js.
 */
export function sharedSubscribe(audiences: Record<string, Audience>) {
  // event object -> (document|variables|audience) -> result
  const results = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();
  const documentIds = new WeakMap<DocumentNode, string>();
  let nextDocumentId = 0;
  const documentKey = (doc: DocumentNode) => {
    let id = documentIds.get(doc);
    if (id === undefined) documentIds.set(doc, (id = `#${nextDocumentId++}`));
    return id;
  };

  return async (args: ExecutionArgs): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> => {
    const field = rootField(args);
    const audience = field ? audiences[field] : undefined;
    const source = await createSourceEventStream(args);
    if (!isAsyncIterable(source)) return source as ExecutionResult;
    if (!audience) {
      return mapEvents(source, (event) => execute({ ...args, rootValue: event }) as Promise<ExecutionResult>);
    }
    const ctx = args.contextValue as Context;
    const perViewer = selectsPerViewer(args.document);
    // Each subscriber parses its own copy of the document: share by the query text.
    const prefix = `${args.document.loc?.source.body ?? documentKey(args.document)}|${args.operationName ?? ''}|${JSON.stringify(args.variableValues ?? {})}|`;
    return mapEvents(source, async (event) => {
      if (typeof event !== 'object' || event === null) return execute({ ...args, rootValue: event }) as Promise<ExecutionResult>;
      const key = prefix + (await audience(ctx, event, perViewer));
      let byKey = results.get(event);
      if (!byKey) results.set(event, (byKey = new Map()));
      let result = byKey.get(key);
      if (!result) {
        result = Promise.resolve(execute({ ...args, rootValue: event }) as ExecutionResult | Promise<ExecutionResult>);
        byKey.set(key, result);
      }
      return result;
    });
  };
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
