import type { User } from '../../modules/user/user.entity.js';
import { Role } from '../../modules/user/user.entity.js';
import { forbidden, unauthenticated } from '../errors.js';
import type { Context } from '../context.js';

/**
 * The policy layer: every module states who may do what in its `<feature>.policy.ts` as
 * plain predicates over the actor and the resource; resolvers and services only call
 * `authorize` with one of them, so the rules live in one place per feature and are testable.
 */
export type Policy<R = void> = (actor: User, resource: R) => boolean;

export function requireUser(ctx: Pick<Context, 'user'>): User {
  if (!ctx.user) throw unauthenticated();
  return ctx.user;
}

export function authorize<R>(ctx: Pick<Context, 'user'>, policy: Policy<R>, resource: R): User {
  const actor = requireUser(ctx);
  if (!policy(actor, resource)) throw forbidden();
  return actor;
}

export const isAdmin = (u: User) => u.role === Role.ADMIN;
export const isStaff = (u: User) => u.role === Role.ADMIN || u.role === Role.FACILITATOR;
export const regionOf = (u: User): string | null => u.region?.code ?? null;
