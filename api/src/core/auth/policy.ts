import { forbidden, unauthenticated } from '../errors.js';
import type { Context, ContextUser } from '../context.js';

/**
 * The policy layer: every module states who may do what in its `<feature>.policy.ts` as
 * plain predicates over the actor and the resource; commands name one of them and the runner
 * calls it, so the rules live in one place per feature and are testable.
 */
export type Policy<R = void> = (actor: ContextUser, resource: R) => boolean;

export function requireUser(ctx: Pick<Context, 'user'>): ContextUser {
  if (!ctx.user) throw unauthenticated();
  return ctx.user;
}

/** For reads (queries, field resolvers): the signed-in actor if the policy allows, else FORBIDDEN. */
export function authorize<R>(ctx: Pick<Context, 'user'>, policy: Policy<R>, resource: R): ContextUser {
  const actor = requireUser(ctx);
  if (!policy(actor, resource)) throw forbidden();
  return actor;
}
