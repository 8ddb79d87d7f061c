import type { Audience } from '../../core/shared-subscribe.js';
import { freshForEvent } from '../../core/loaders.js';
import { isModerator } from './meeting.service.js';
import type { LiveEventMessage } from './live-events.js';

/**
 * Live session events look the same to every participant except in two ways: moderators
 * see pending questions, anonymous askers and hidden poll results; an asker sees their own
 * pending or dismissed question. So: one result for moderators, one per asker of the event's
 * question, and one for everybody else (the hall of 10,000).
 */
export const liveEventsAudience: Audience = async (ctx, event, perViewer) => {
  const viewer = ctx.user ? `u${ctx.user.id}` : ctx.guest ? `g${ctx.guest.id}` : 'anonymous';
  if (perViewer) return viewer;
  if (isModerator(ctx)) return 'moderator';
  const m = event as LiveEventMessage;
  if (m.questionId) {
    const asker = await askerOf(ctx, m);
    if (asker && ((ctx.guest && asker.participantId === ctx.guest.id) || (ctx.user && asker.userId === ctx.user.id))) return viewer;
  }
  return 'participant';
};

// Per published event: who asked the event's question. Computed once per event, not per subscriber.
const eventAskers = new WeakMap<object, Promise<{ participantId: number; userId: number | null } | null>>();

function askerOf(ctx: Parameters<Audience>[0], m: LiveEventMessage) {
  let asker = eventAskers.get(m);
  if (!asker) {
    freshForEvent(ctx, m);
    const { live } = ctx.loaders;
    asker = live.question
      .load(m.questionId!)
      .then((q) => (q ? live.participant.load(q.participant.id) : null))
      .then((p) => (p ? { participantId: p.id, userId: p.user?.id ?? null } : null));
    eventAskers.set(m, asker);
  }
  return asker;
}
