import { viewerKey, type Audience } from '../../../core/realtime/fanout.js';
import type { Context } from '../../../core/context.js';
import { freshForEvent } from '../../../core/loaders.js';
import { isModerator } from '../meeting.policy.js';
import type { LiveEventMessage } from './live-events.js';

type Asker = { participantId: number; userId: number | null } | null;

/**
 * Live session events look the same to every participant except in two ways: moderators
 * see pending questions, anonymous askers and hidden poll results; an asker sees their own
 * pending or dismissed question. So: one result for moderators, one per asker of the event's
 * question, and one for everybody else (the hall of 10,000).
 */
export const liveEventsAudience: Audience<Asker> = {
  // Who asked the event's question: loaded once per event, not per subscriber.
  async prepare(ctx: Context, event: object): Promise<Asker> {
    const m = event as LiveEventMessage;
    if (!m.questionId) return null;
    freshForEvent(ctx, m);
    const { live } = ctx.loaders;
    const q = await live.question.load(m.questionId);
    const p = q ? await live.participant.load(q.participant.id) : null;
    return p ? { participantId: p.id, userId: p.user?.id ?? null } : null;
  },
  key(ctx, _event, perViewer, asker) {
    if (perViewer) return viewerKey(ctx);
    if (isModerator(ctx)) return 'moderator';
    if (asker && ((ctx.guest && asker.participantId === ctx.guest.id) || (ctx.user && asker.userId === ctx.user.id))) return viewerKey(ctx);
    return 'participant';
  },
};
