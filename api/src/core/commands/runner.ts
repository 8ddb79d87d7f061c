import type { Context } from '../context.js';
import { AppError, badInput, conflict, forbidden, serviceUnavailable, unauthenticated } from '../errors.js';
import { isRedisOutage } from '../redis-health.js';
import { coreMessages } from '../core.messages.js';
import { enforce } from '../rate-limit.js';
import type { Recorded } from '../events/relay.js';
import type { ActorKind, ActorOf, Command, Participation, Tx } from './command.js';

/** The actor of a command, or UNAUTHENTICATED. */
function authenticate(ctx: Context, kind: ActorKind): unknown {
  if (kind === 'anyone') return ctx.user;
  if (kind === 'user') {
    if (!ctx.user) throw unauthenticated();
    return ctx.user;
  }
  if (!ctx.user && !ctx.guest) throw unauthenticated();
  return { user: ctx.user, guest: ctx.guest } satisfies Participation;
}

/** Rate limits count per signed-in user, per guest, or per address for anyone else. */
const actorKey = (ctx: Context) => (ctx.user ? `u${ctx.user.id}` : ctx.guest ? `g${ctx.guest.id}` : `ip:${ctx.ip}`);

interface DriverError {
  code?: string;
  constraint?: string;
}

/** A constraint violation as the user's error: the command's own message, else a generic one. */
function constraintError(err: unknown, constraints: Record<string, (input: unknown) => AppError> | undefined, input: unknown): AppError | null {
  // MikroORM's exceptions carry the driver's fields (code, constraint); so do the driver's own errors.
  const driver = err as DriverError | undefined;
  const code = driver?.code;
  if (code !== '23505' && code !== '23503') return null;
  const named = driver?.constraint ? constraints?.[driver.constraint] : undefined;
  if (named) return named(input);
  return code === '23505' ? conflict(coreMessages.alreadyExists) : badInput(coreMessages.unknownReference);
}

/**
 * Runs a command (see CommandSpec for the order of its steps). Events are recorded in the
 * outbox inside the transaction and delivered only after it commits; effects registered with
 * `afterCommit` run then too. Nothing of a failed command is half-written or announced.
 */
export async function runCommand<I, R>(ctx: Context, command: Command<I, R>, input: I): Promise<R> {
  try {
    return await run(ctx, command, input);
  } catch (err) {
    // Rate limits fall back to this instance while Redis is down; what still needs it (shared presence) cannot.
    if (isRedisOutage(err)) throw serviceUnavailable();
    throw err;
  }
}

async function run<I, R>(ctx: Context, command: Command<I, R>, input: I): Promise<R> {
  const spec = command.spec;
  const actor = authenticate(ctx, spec.actor) as ActorOf<ActorKind>;
  const valid = spec.validate ? await spec.validate(input, ctx) : input;
  for (const hit of spec.limits(valid, actor, ctx)) await enforce(ctx.services.rateLimiter, hit.rule, hit.key ?? actorKey(ctx));
  const value = spec.prepare ? await spec.prepare(valid, actor, ctx) : valid;
  if (spec.gate && !spec.gate(actor, undefined)) throw forbidden();
  const authorizeOn = (loaded: unknown) => {
    if (!spec.policy(actor, spec.resource?.(loaded, value))) throw spec.refusal?.(loaded, value, actor) ?? forbidden();
  };
  // Nothing to load: the policy needs no data, so refuse before opening a transaction.
  if (!spec.load) authorizeOn(undefined);
  const events: Recorded[] = [];
  const effects: (() => void | Promise<void>)[] = [];
  const { outbox } = ctx.services;
  let result: R;
  let recorded: Awaited<ReturnType<typeof outbox.record>> = [];
  if (spec.transactional === false) {
    const tx: Tx = {
      em: ctx.em,
      ctx,
      emit: () => {
        throw new Error(`${spec.name} is not transactional and cannot record events`);
      },
      afterCommit: (effect) => void effects.push(effect),
    };
    const loaded = spec.load ? await spec.load(tx, value, actor) : undefined;
    if (spec.load) authorizeOn(loaded);
    result = await spec.change(tx, loaded, value, actor);
    for (const effect of effects) await effect();
    return result;
  }
  try {
    result = await ctx.em.transactional(async (em) => {
      const tx: Tx = {
        em,
        ctx,
        emit: (topic, id, payload) => void events.push([topic, id, payload] as Recorded),
        afterCommit: (effect) => void effects.push(effect),
      };
      const loaded = spec.load ? await spec.load(tx, value, actor) : undefined;
      if (spec.load) authorizeOn(loaded);
      const out = await spec.change(tx, loaded, value, actor);
      await em.flush();
      recorded = await outbox.record(em, events);
      return out;
    });
  } catch (err) {
    throw constraintError(err, spec.constraints, value) ?? err;
  }
  outbox.deliver(recorded);
  for (const effect of effects) await effect();
  return result;
}
