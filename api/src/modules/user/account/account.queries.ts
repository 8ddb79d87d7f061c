import type { Context } from '../../../core/context.js';
import { authorize } from '../../../core/auth/policy.js';
import { query } from '../../../core/db/query.js';
import { openSessionsSql } from '../accounts/session.sql.js';
import { canManageOwnAccount } from '../user.policy.js';
import { SESSION_ID_LENGTH } from './account.commands.js';
import { deviceOf } from './device.js';
import type { AccountSession } from './account.types.js';

interface SessionRow {
  token_hash: string;
  user_agent: string | null;
  ip: string | null;
  created_at: Date | string;
  last_seen_at: Date | string;
}

/** The signed-in person's working sessions, in one statement. */
export async function mySessions(ctx: Context): Promise<AccountSession[]> {
  const me = authorize(ctx, canManageOwnAccount, undefined);
  const rows = await query<SessionRow>(ctx.em, openSessionsSql(me.id));
  return rows.map((r) => ({
    id: r.token_hash.slice(0, SESSION_ID_LENGTH),
    ...deviceOf(r.user_agent),
    ip: r.ip,
    // The embedded database hands timestamps back as text.
    createdAt: new Date(r.created_at),
    lastSeenAt: new Date(r.last_seen_at),
    current: r.token_hash === ctx.sessionHash,
  }));
}
