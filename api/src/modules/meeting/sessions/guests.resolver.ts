import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../../core/context.js';
import { authorize } from '../../../core/auth/policy.js';
import { notFound } from '../../../core/errors.js';
import { parseId } from '../../../core/ids.js';
import { query } from '../../../core/db/query.js';
import { asDate } from '../../../core/graphql/date-scalar.js';
import { runCommand } from '../../../core/commands/runner.js';
import { LiveSession } from './live-session.entity.js';
import { LiveGuest } from '../meeting.types.js';
import { canRunMeetings } from '../meeting.policy.js';
import { meetingMessages as m } from '../meeting.messages.js';
import { guestsOfSessionSql } from './guests.sql.js';
import { removeGuestCommand } from './guests.commands.js';

interface GuestRow {
  id: number;
  guest_name: string | null;
  region_name: string | null;
  joined_at: Date | string;
  removed_at: Date | string | null;
  question_count: number;
  vote_count: number;
}

const GUESTS_MAX = 500;

@Resolver()
export class LiveGuestResolver {
  @Query(() => [LiveGuest], { description: "A session's guests, newest first, with their questions and upvotes (facilitators and admins)" })
  async liveSessionGuests(@Arg('sessionId', () => ID) sessionId: string, @Arg('first', () => Int, { defaultValue: 200 }) first: number, @Ctx() ctx: Context): Promise<LiveGuest[]> {
    authorize(ctx, canRunMeetings, undefined);
    const session = await ctx.em.findOne(LiveSession, parseId(sessionId, 'sessionId'));
    if (!session) throw notFound(m.sessionNotFound);
    const rows = await query<GuestRow>(ctx.em, guestsOfSessionSql(session.id, Math.min(Math.max(first, 1), GUESTS_MAX)));
    return rows.map((r) => ({ id: r.id, name: r.guest_name ?? '?', regionName: r.region_name, joinedAt: asDate(r.joined_at), removedAt: r.removed_at === null ? null : asDate(r.removed_at), questionCount: r.question_count, voteCount: r.vote_count }));
  }

  @Mutation(() => Boolean, { description: 'Removes a guest from a live session: their access ends at once and their upvotes and poll answers are withdrawn (facilitators and admins)' })
  removeGuest(@Arg('participantId', () => ID) participantId: string, @Ctx() ctx: Context) { return runCommand(ctx, removeGuestCommand, participantId); }
}
