import type { Context } from '../../../core/context.js';
import { authorize } from '../../../core/auth/policy.js';
import { User } from '../accounts/user.entity.js';
import { canManagePeople } from '../user.policy.js';
import { USER_LIMITS } from '../user.limits.js';
import { escapeLike } from '../../../core/db/sql.js';

/** Everyone with an account, for the admin's people page: searched by name, e-mail or username. */
export async function listPeople(ctx: Context, search: string | undefined, first: number): Promise<User[]> {
  authorize(ctx, canManagePeople, undefined);
  const q = search?.trim().slice(0, USER_LIMITS.searchMax);
  const like = q ? `%${escapeLike(q.toLowerCase())}%` : null;
  const where = like ? { $or: [{ name: { $ilike: like } }, { email: { $like: like } }, { username: { $like: like } }] } : {};
  return ctx.em.find(User, where, { orderBy: { name: 'asc', id: 'asc' }, limit: Math.min(Math.max(first, 1), USER_LIMITS.peopleMax) });
}
