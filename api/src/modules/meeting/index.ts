/** The meeting module's public surface: what other modules may use (architecture rule). */
export { meetingModule } from './meeting.module.js';
