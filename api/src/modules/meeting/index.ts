/** The meeting module's public surface: what other modules may use (architecture rule). */
export { meetingModule } from './meeting.module.js';
export { Meeting } from './sessions/meeting.entity.js';
export { LiveSessionState } from './sessions/live-session.entity.js';
export { PollKind, PollState } from './questions/question.entity.js';
export { writeSeedMeeting, type SeedMeeting } from './sessions/meeting.seed.js';
