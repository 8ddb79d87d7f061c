import type { ModuleManifest } from '../../core/module.js';
import { MEETING_LIMITS } from './meeting.limits.js';
import { Meeting } from './sessions/meeting.entity.js';
import { LiveSession, Participant } from './sessions/live-session.entity.js';
import { Poll, PollVote, Question, QuestionVote } from './questions/question.entity.js';
import { LiveSessionResolver, MeetingResolver } from './sessions/meeting.resolver.js';
import { LiveGuestResolver } from './sessions/guests.resolver.js';
import { QuestionResolver } from './questions/question.resolver.js';
import { PollResolver } from './polls/poll.resolver.js';
import { WordReviewResolver, WordSettingsResolver } from './polls/word-review.resolver.js';
import { liveLoaderFactory } from './live/meeting.loaders.js';
import { liveEventsAudience } from './live/live.audience.js';
import { liveGuests } from './sessions/guest.js';
import { LiveDisplay } from './display/live-display.entity.js';
import { LiveDisplayResolver } from './display/display.resolver.js';
import { liveDisplays } from './display/display.js';
import { LiveCoalescer } from './live/live-events.js';
import { LocalOnlineCounts, RedisOnlineCounts } from './live/live-online.js';
import * as policies from './meeting.policy.js';
import { meetingMessages } from './meeting.messages.js';
import { meetingMigrations } from './migrations/index.js';

/** Coordination meetings with live Q&A and polls (Slido-like), joined by code, guests allowed per session. */
export const meetingModule: ModuleManifest = {
  name: 'meeting',
  limits: MEETING_LIMITS,
  migrations: meetingMigrations,
  entities: [Meeting, LiveSession, Participant, LiveDisplay, Question, QuestionVote, Poll, PollVote],
  resolvers: [MeetingResolver, LiveSessionResolver, LiveGuestResolver, QuestionResolver, PollResolver, WordReviewResolver, WordSettingsResolver, LiveDisplayResolver],
  loaders: { live: liveLoaderFactory },
  audiences: { liveSessionEvents: liveEventsAudience },
  identity: { guests: liveGuests, displays: liveDisplays },
  services: ({ orm, pubsub, logger, redis }) => {
    const live = new LiveCoalescer(orm.em, pubsub, logger, redis ? new RedisOnlineCounts(redis) : new LocalOnlineCounts());
    return { provide: { live }, stop: () => live.stop() };
  },
  policies: { canRunMeetings: policies.canRunMeetings, canReadSession: policies.canReadSession, canTakePart: policies.canTakePart, canChangeQuestion: policies.canChangeQuestion, canJoinSession: policies.canJoinSession, canModerateWords: policies.canModerateWords, canLinkHallScreen: policies.canLinkHallScreen },
  messages: meetingMessages,
};
