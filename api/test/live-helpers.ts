import type { TestApp } from './harness.js';

export const MEETING = `mutation($i: CreateMeetingInput!) { createMeeting(input: $i) { id title } }`;
export const OPEN = `mutation($i: OpenLiveSessionInput!) { openLiveSession(input: $i) { id code joinPath state } }`;
export const JOIN = `mutation($i: JoinLiveSessionInput!) { joinLiveSession(input: $i) { guestToken session { id code } } }`;
export const ASK = `mutation($s: ID!, $t: String!, $a: Boolean) { askQuestion(sessionId: $s, text: $t, anonymous: $a) { id status askedBy { name } } }`;
export const VOTE = `mutation($q: ID!) { toggleQuestionVote(questionId: $q) { id voteCount } }`;
export const MODERATE = `mutation($i: ModerateQuestionInput!) { moderateQuestion(input: $i) { id status isHighlighted } }`;
export const meetingInput = {
  title: 'Rapat Koordinasi Living Lab',
  startsAt: '2026-12-01T02:00:00Z',
  endsAt: '2026-12-01T06:00:00Z',
  organiser: 'Kemendagri',
  cohortSlug: 'living-lab-2022',
  agenda: [{ title: 'Pembukaan' }, { title: 'Tanya jawab' }],
};

/** A meeting with one open live session, made by the facilitator whose token is given. */
export async function liveSession(app: TestApp, facilitatorToken: string, opts: Record<string, unknown> = {}) {
  const m = await app.gql<{ createMeeting: { id: string } }>(MEETING, { i: meetingInput }, { token: facilitatorToken });
  const s = await app.gql<{ openLiveSession: { id: string; code: string } }>(OPEN, { i: { meetingId: m.data!.createMeeting.id, title: 'Sesi tanya jawab', ...opts } }, { token: facilitatorToken });
  if (!s.data) throw new Error(JSON.stringify(s.errors));
  return s.data.openLiveSession;
}

export async function ask(app: TestApp, token: string, sessionId: string, text: string, anonymous = false) {
  const res = await app.gql<{ askQuestion: { id: string; status: string } }>(ASK, { s: sessionId, t: text, a: anonymous }, { token });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.askQuestion;
}
