import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context, ContextGuest, ContextUser } from '../context.js';
import type { Events } from '../events/bus.js';
import type { AppError } from '../errors.js';
import type { RateLimitRule } from '../rate-limit.js';

/**
 * Who may run a command at all (authentication): a signed-in user (most commands), a user or a
 * guest of a live session, or anyone (signing in, accepting an invitation).
 */
export type ActorKind = 'user' | 'participant' | 'anyone';

/** A user or a live session's guest; exactly one is set. */
export interface Participation {
  user: ContextUser | null;
  guest: ContextGuest | null;
}

export type ActorOf<K extends ActorKind> = K extends 'user' ? ContextUser : K extends 'participant' ? Participation : ContextUser | null;

/** What a command's `load` and `change` work with: the transaction and the request. */
export interface Tx {
  /** The transaction's entity manager: every read and write of the command goes through it. */
  em: EntityManager;
  ctx: Context;
  /** Records an event in the outbox, in this transaction; it is delivered after commit, never on rollback. */
  emit<K extends keyof Events>(topic: K, id: Events[K][0], payload: Events[K][1]): void;
  /** Runs after commit (cookies, best-effort signals); never on rollback. */
  afterCommit(effect: () => void | Promise<void>): void;
}

/** A rate limit counted before any database work; the key defaults to the actor (user, guest or address). */
export interface LimitHit {
  rule: RateLimitRule;
  key?: string;
}

/** An authorization decision's policy: `(actor, resource) => boolean`, from the feature's policy file. */
export type CommandPolicy<A, R> = (actor: A, resource: R) => boolean;

/**
 * One write, as data. The runner does, in this order: authenticate (`actor`), validate input
 * (`validate`), rate limit (`limits`), `prepare`, authorize what needs no data (`gate`), then in one
 * transaction: `load`, authorize through the policy (`policy` on `resource(loaded)`), `change`,
 * and record the events it emitted in the outbox; after commit it delivers them.
 */
export interface CommandSpec<K extends ActorKind, I, V, L, R, P> {
  /** `<module>.<verb>`, for logs and rate-limit buckets. */
  name: string;
  actor: K;
  /** Normalises the input and throws BAD_USER_INPUT; no database work. */
  validate?(input: I, ctx: Context): V | Promise<V>;
  /** Every command has at least one rule: each write costs something, so each is bounded. */
  limits(input: V, actor: ActorOf<K>, ctx: Context): LimitHit[];
  /**
   * Reads and expensive checks before the transaction, after the rate limits (verifying a
   * password, hashing a new one): it may read, never write. Returns the input as `load` and
   * `change` see it.
   */
  prepare?(input: V, actor: ActorOf<K>, ctx: Context): Promise<V>;
  /** A policy that needs no loaded data (roles), checked before the transaction. */
  gate?: CommandPolicy<ActorOf<K>, void>;
  /** Reads (and locks) what the change needs. Without it, the policy is checked before the transaction. */
  load?(tx: Tx, input: V, actor: ActorOf<K>): Promise<L>;
  policy: CommandPolicy<ActorOf<K>, P>;
  /** What the policy decides on (nothing, for role-only policies). */
  resource?(loaded: L, input: V): P;
  /** The error when the policy refuses (FORBIDDEN with the generic message by default). */
  refusal?(loaded: L, input: V, actor: ActorOf<K>): AppError;
  change(tx: Tx, loaded: L, input: V, actor: ActorOf<K>): Promise<R>;
  /**
   * False for the rare command that changes no rows, only short-lived state elsewhere (presence
   * in Redis): it runs without a transaction and may not emit events, only signals after it.
   */
  transactional?: false;
  /** Errors for named constraints (unique, foreign key) the change may hit. */
  constraints?: Record<string, (input: V) => AppError>;
}

export interface Command<I, R> {
  readonly name: string;
  readonly spec: CommandSpec<ActorKind, I, unknown, unknown, R, unknown>;
}

/** Every command declared, for the architecture test (each must use a policy of its own module). */
export const definedCommands: Command<unknown, unknown>[] = [];

/** Declares a command (see CommandSpec); run it with `runCommand`. */
export function defineCommand<K extends ActorKind, I, V = I, L = void, R = void, P = void>(spec: CommandSpec<K, I, V, L, R, P>): Command<I, R> {
  const command = { name: spec.name, spec: spec as unknown as CommandSpec<ActorKind, I, unknown, unknown, R, unknown> };
  definedCommands.push(command as unknown as Command<unknown, unknown>);
  return command;
}
