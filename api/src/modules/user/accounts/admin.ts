import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../../../core/auth/tokens.js';
import { Role, User } from './user.entity.js';
import { normaliseEmail } from './auth.commands.js';
import { PASSWORD_MIN } from '../user.types.js';

export class AdminSetupError extends Error {}

/**
 * Creates an administrator inside the caller's transaction; used by `npm run admin:create` and
 * by ADMIN_EMAIL/ADMIN_PASSWORD at start (not a GraphQL mutation: nobody is signed in yet).
 */
export async function createAdmin(tx: EntityManager, input: { email: string; password: string; name?: string }): Promise<User> {
  const email = normaliseEmail(input.email);
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw new AdminSetupError(`"${input.email}" is not an e-mail address`);
  if (input.password.length < PASSWORD_MIN) throw new AdminSetupError(`the password must be at least ${PASSWORD_MIN} characters`);
  if (await tx.count(User, { email })) throw new AdminSetupError(`a user with e-mail ${email} already exists`);
  const base = email.split('@')[0].replace(/[^a-z0-9_]/g, '_').slice(0, 24) || 'admin';
  const username = (await tx.count(User, { username: base })) ? `${base}_${Date.now().toString(36)}` : base;
  const user = tx.create(User, { name: input.name ?? 'Administrator', email, username, role: Role.ADMIN, organisation: 'Rembuk', passwordHash: await hashPassword(input.password) });
  await tx.flush();
  return user;
}

/** For containers: create the first admin from the environment when there is none yet. */
export async function ensureAdminFromEnv(tx: EntityManager, email: string | undefined, password: string | undefined): Promise<boolean> {
  if (!email || !password) return false;
  if (await tx.count(User, { role: Role.ADMIN })) return false;
  await createAdmin(tx, { email, password, name: 'Administrator' });
  return true;
}
