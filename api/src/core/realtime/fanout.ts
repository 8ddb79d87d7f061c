import { execute, GraphQLError, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Context } from '../context.js';
import { formatError } from '../graphql/format-error.js';

/**
 * Says which audience a subscriber belongs to for one event: subscribers with the same key see
 * exactly the same result, so it is executed and serialized once and the same text is sent to
 * all of them. `prepare` loads facts about the event once (e.g. who asked the question);
 * `key` then runs per subscriber and must be cheap and synchronous. Return `viewerKey(ctx)`
 * when `perViewer` is true (the document selects a per-viewer field).
 */
export interface Audience<P = unknown> {
  prepare?(ctx: Context, event: object): Promise<P>;
  key(ctx: Context, event: object, perViewer: boolean, prepared: P): string;
}

export const viewerKey = (ctx: Context) => (ctx.user ? `u${ctx.user.id}` : ctx.guest ? `g${ctx.guest.id}` : 'anonymous');

/** Where a subscriber's messages go: the payload is already JSON. */
export type Channel = (payloadJson: string) => void;

export interface Topic {
  name: string;
  id: string;
}

// A pub/sub stream remembers its topic so that subscribers of one topic can share one listener.
const streamTopics = new WeakMap<object, Topic>();
export const tagTopic = (stream: object, topic: Topic) => void streamTopics.set(stream, topic);
export const topicOf = (stream: object): Topic | undefined => streamTopics.get(stream);
/** For a stream that wraps a pub/sub stream and adds only lifecycle (not filtering). */
export const carryTopic = (wrapper: object, inner: object) => {
  const t = streamTopics.get(inner);
  if (t) streamTopics.set(wrapper, t);
};

interface Member {
  ctx: Context;
  send: Channel;
  /** The topic's stream ended (or failed): the subscription completes. */
  end(): void;
}

type Subscribe = (name: string, id: string) => AsyncIterable<unknown>;

/**
 * Subscribers of one topic with one document and the same variables. The group holds one
 * pub/sub listener; for each event it puts subscribers into audiences, executes the selection
 * once per audience and sends the same JSON to every subscriber in it. Events are delivered
 * in order; a group ends when its last subscriber leaves.
 */
class Group {
  readonly members = new Set<Member>();
  private stream: AsyncIterator<unknown> | undefined;

  constructor(
    private readonly template: ExecutionArgs,
    private readonly audience: Audience,
    private readonly perViewer: boolean,
    private readonly onEmpty: () => void,
  ) {}

  start(subscribe: Subscribe, topic: Topic) {
    this.stream = subscribe(topic.name, topic.id)[Symbol.asyncIterator]();
    void this.pump(this.stream);
  }

  private async pump(stream: AsyncIterator<unknown>) {
    try {
      for (;;) {
        const next = await stream.next();
        if (next.done) break;
        const event = next.value;
        if (typeof event === 'object' && event !== null && this.members.size) await this.deliver(event);
      }
    } catch (err) {
      const first = this.members.values().next().value;
      first?.ctx.services.logger.error({ err }, 'subscription stream failed; its subscriptions complete');
    }
    this.onEmpty();
    for (const m of [...this.members]) m.end();
  }

  async deliver(event: object) {
    const first = this.members.values().next().value!;
    let prepared: unknown;
    try {
      prepared = this.audience.prepare ? await this.audience.prepare(first.ctx, event) : undefined;
    } catch (err) {
      first.ctx.services.logger.error({ err }, 'subscription audience could not be prepared; event dropped');
      return;
    }
    const audiences = new Map<string, Member[]>();
    for (const m of this.members) {
      const key = this.audience.key(m.ctx, event, this.perViewer, prepared);
      const list = audiences.get(key);
      if (list) list.push(m);
      else audiences.set(key, [m]);
    }
    for (const list of audiences.values()) {
      const json = await this.run(list[0].ctx, event);
      for (const m of list) if (this.members.has(m)) m.send(json);
    }
  }

  private async run(ctx: Context, event: object): Promise<string> {
    let result: ExecutionResult;
    try {
      result = await execute({ ...this.template, contextValue: ctx, rootValue: event });
    } catch (err) {
      result = { errors: [err instanceof GraphQLError ? err : new GraphQLError('Internal server error', { originalError: err instanceof Error ? err : undefined })] };
    }
    if (result.errors?.length) {
      const logger = ctx.services.logger;
      const errors = result.errors.map((e) => formatError(e.toJSON(), e, logger));
      return JSON.stringify({ ...result, errors });
    }
    return JSON.stringify(result);
  }

  leave(member: Member) {
    this.members.delete(member);
    if (this.members.size === 0) {
      this.onEmpty();
      void this.stream?.return?.();
    }
  }
}

/** All groups of one process, by topic, document, operation and variables. */
export class Fanout {
  private readonly groups = new Map<string, Group>();

  constructor(private readonly subscribe: Subscribe) {}

  /** Adds a subscriber; returns the function that removes it. */
  join(key: string, topic: Topic, args: ExecutionArgs, audience: Audience, perViewer: boolean, member: Member): () => void {
    const fullKey = `${topic.name}\n${topic.id}\n${key}`;
    let group = this.groups.get(fullKey);
    if (!group) {
      const created = new Group({ ...args, contextValue: undefined }, audience, perViewer, () => {
        if (this.groups.get(fullKey) === created) this.groups.delete(fullKey);
      });
      this.groups.set(fullKey, created);
      created.start(this.subscribe, topic);
      group = created;
    }
    group.members.add(member);
    const joined = group;
    return () => joined.leave(member);
  }

  /** Open groups and their subscribers, for tests and diagnostics. */
  get size(): { groups: number; members: number } {
    let members = 0;
    for (const g of this.groups.values()) members += g.members.size;
    return { groups: this.groups.size, members };
  }
}
