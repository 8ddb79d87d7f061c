import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PubSub } from '../../../core/events/bus.js';
import { LocalOnlineCounts, type OnlineCounts } from './live-online.js';
import type { Logger } from '../../../core/logger.js';
import { Poll, Question } from '../questions/question.entity.js';
import { LiveSessionState } from '../sessions/live-session.entity.js';

export enum LiveEventKind {
  QUESTION_ADDED = 'QUESTION_ADDED',
  QUESTION_UPDATED = 'QUESTION_UPDATED',
  VOTES = 'VOTES',
  HIGHLIGHT = 'HIGHLIGHT',
  POLL_UPDATED = 'POLL_UPDATED',
  POLL_RESULTS = 'POLL_RESULTS',
  PRESENCE = 'PRESENCE',
  SESSION_UPDATED = 'SESSION_UPDATED',
}
registerEnumType(LiveEventKind, { name: 'LiveEventKind' });

/** On the wire between instances: ids and counts only; subscribers load what they may see. */
export interface LiveEventMessage {
  kind: LiveEventKind;
  sessionId: number;
  questionId?: number;
  pollId?: number;
  votes?: [questionId: number, voteCount: number][];
  participantCount?: number;
  highlightedQuestionId?: number | null;
  sessionState?: LiveSessionState;
}

@ObjectType({ simpleResolvers: true })
export class QuestionVoteCount {
  @Field(() => ID) questionId: number;
  @Field(() => Int) voteCount: number;
}

@ObjectType({ description: 'One change in a live session', simpleResolvers: true })
export class LiveSessionEvent {
  @Field(() => LiveEventKind) kind: LiveEventKind;
  @Field(() => ID) sessionId: number;
  @Field(() => ID, { nullable: true, description: 'QUESTION_*, HIGHLIGHT: the question concerned, even when it is not visible to you' }) questionId: number | null;
  @Field(() => Question, { nullable: true, description: 'QUESTION_*: null when the question is not visible to you (pending, dismissed, withdrawn)' }) question: Question | null;
  @Field(() => [QuestionVoteCount], { nullable: true, description: 'VOTES: new counts, batched every ~150 ms' }) votes: QuestionVoteCount[] | null;
  @Field(() => Poll, { nullable: true }) poll: Poll | null;
  @Field(() => Int, { nullable: true, description: 'PRESENCE: participants online' }) participantCount: number | null;
  @Field(() => ID, { nullable: true, description: 'HIGHLIGHT: the highlighted question, or null' }) highlightedQuestionId: number | null;
  @Field(() => LiveSessionState, { nullable: true, description: 'SESSION_UPDATED: the new state' }) sessionState: LiveSessionState | null;
}

const FLUSH_MS = 150;

/**
 * Coalesces the storms of a live meeting: vote counts and poll results are published at most
 * every 150 ms per session, and presence only when the count changed, so a thousand votes in
 * a second become a handful of messages instead of a million.
 */
export class LiveCoalescer {
  private votes = new Map<number, Set<number>>();
  private polls = new Map<number, Set<number>>();
  private online = new Map<number, number>();
  private presenceDirty = new Set<number>();
  /** The total last announced per session (across instances). */
  private announced = new Map<number, number>();
  private timer: NodeJS.Timeout | undefined;
  private heartbeat: NodeJS.Timeout;

  constructor(
    private em: EntityManager,
    private pubsub: PubSub,
    private logger: Logger,
    private counts: OnlineCounts = new LocalOnlineCounts(),
  ) {
    // Keeps this instance's reports fresh, and notices instances that went away.
    this.heartbeat = setInterval(() => {
      for (const sessionId of this.online.keys()) this.presenceDirty.add(sessionId);
      for (const sessionId of this.announced.keys()) this.presenceDirty.add(sessionId);
      if (this.presenceDirty.size) this.schedule();
    }, counts.heartbeatMs);
    this.heartbeat.unref();
  }

  vote(sessionId: number, questionId: number): void {
    this.mark(this.votes, sessionId, questionId);
  }

  pollVote(sessionId: number, pollId: number): void {
    this.mark(this.polls, sessionId, pollId);
  }

  join(sessionId: number): void {
    this.online.set(sessionId, (this.online.get(sessionId) ?? 0) + 1);
    this.presenceDirty.add(sessionId);
    this.schedule();
  }

  leave(sessionId: number): void {
    const n = (this.online.get(sessionId) ?? 1) - 1;
    if (n <= 0) this.online.delete(sessionId);
    else this.online.set(sessionId, n);
    this.presenceDirty.add(sessionId);
    this.schedule();
  }

  /** Participants online in a session here and on other instances. */
  onlineCount(sessionId: number): Promise<number> {
    return this.counts.total(sessionId, this.online.get(sessionId) ?? 0);
  }

  private mark(map: Map<number, Set<number>>, sessionId: number, id: number) {
    const set = map.get(sessionId) ?? new Set<number>();
    set.add(id);
    map.set(sessionId, set);
    this.schedule();
  }

  private schedule() {
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.flush().catch((err: unknown) => this.logger.error({ err }, 'live event flush failed'));
    }, FLUSH_MS);
  }

  /** Publishes what accumulated; exported for tests and shutdown. */
  async flush(): Promise<void> {
    const votes = this.votes;
    const polls = this.polls;
    const presence = this.presenceDirty;
    this.votes = new Map();
    this.polls = new Map();
    this.presenceDirty = new Set();
    const ids = [...votes.values()].flatMap((s) => [...s]);
    if (ids.length) {
      const rows = await this.em.fork().find(Question, { id: { $in: ids } }, { fields: ['voteCount', 'session'] });
      for (const [sessionId, set] of votes) {
        const counts = rows.filter((r) => set.has(r.id)).map((r): [number, number] => [r.id, r.voteCount]);
        this.pubsub.signal('LIVE_EVENT', String(sessionId), { kind: LiveEventKind.VOTES, sessionId, votes: counts });
      }
    }
    for (const [sessionId, set] of polls) {
      for (const pollId of set) this.pubsub.signal('LIVE_EVENT', String(sessionId), { kind: LiveEventKind.POLL_RESULTS, sessionId, pollId });
    }
    for (const sessionId of presence) {
      const total = await this.counts.report(sessionId, this.online.get(sessionId) ?? 0);
      if (this.announced.get(sessionId) === total) continue;
      if (total > 0) this.announced.set(sessionId, total);
      else this.announced.delete(sessionId);
      this.pubsub.signal('LIVE_EVENT', String(sessionId), { kind: LiveEventKind.PRESENCE, sessionId, participantCount: total });
    }
  }

  /** Stops; this instance's participants stop counting at once (they reconnect elsewhere and count there). */
  async stop(): Promise<void> {
    clearInterval(this.heartbeat);
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const sessions = [...new Set([...this.online.keys(), ...this.announced.keys()])];
    this.online.clear();
    await this.counts.withdraw(sessions).catch((err: unknown) => this.logger.warn({ err }, 'live presence could not be withdrawn'));
  }
}

declare module '../../../core/events/bus.js' {
  interface Events {
    LIVE_EVENT: [sessionId: string, payload: LiveEventMessage];
  }
}

declare module '../../../core/context.js' {
  interface Services {
    /** Coalesced vote counts, poll results and presence of live sessions. */
    live: LiveCoalescer;
  }
}
