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
    freshForEvent(ctx, m);
    const question = await ctx.loaders.live.question.load(m.questionId);
    const asker = question ? await ctx.loaders.live.participant.load(question.participant.id) : null;
    if (asker && ((ctx.guest && asker.id === ctx.guest.id) || (ctx.user && asker.user?.id === ctx.user.id))) return viewer;
  }
  return 'participant';
};
