import { stringify } from 'csv-stringify/sync';
import type { Context } from '../../../core/context.js';
import { notFound } from '../../../core/errors.js';
import { authorize } from '../../../core/auth/policy.js';
import { parseId } from '../../../core/ids.js';
import { meetingMessages as m } from '../meeting.messages.js';
import { LiveSession, Participant } from '../sessions/live-session.entity.js';
import { Meeting } from '../sessions/meeting.entity.js';
import { Poll, PollKind, Question, QuestionStatus } from '../questions/question.entity.js';
import { canRunMeetings } from '../meeting.policy.js';

// Spreadsheets run cells that start with these as formulas; prefixed with ' they are text.
const defuse = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

interface ExportData {
  session: LiveSession;
  meeting: Meeting;
  questions: Question[];
  askers: Map<number, string>;
  polls: { poll: Poll; counts: Map<number, number>; words: Map<string, number>; total: number }[];
}

async function load(ctx: Context, sessionIdRaw: string): Promise<ExportData> {
  authorize(ctx, canRunMeetings, undefined);
  const session = await ctx.em.findOne(LiveSession, parseId(sessionIdRaw, 'sessionId'));
  if (!session) throw notFound(m.sessionNotFound);
  const meeting = await ctx.em.findOneOrFail(Meeting, session.meeting.id);
  const questions = await ctx.em.find(Question, { session, status: { $ne: QuestionStatus.WITHDRAWN } }, { orderBy: { voteCount: 'desc', id: 'asc' } });
  const participants = await ctx.em.find(Participant, { id: { $in: questions.map((q) => q.participant.id) } }, { populate: ['user'] });
  const askers = new Map(participants.map((p) => [p.id, p.user ? p.user.getEntity().name : `${p.guestName ?? '?'} (tamu)`]));
  const polls = await ctx.em.find(Poll, { session }, { orderBy: { id: 'asc' } });
  const tallies = await ctx.loaders.live.tally.loadMany(polls.map((p) => p.id));
  return {
    session,
    meeting,
    questions,
    askers,
    polls: polls.map((poll, i) => {
      const t = tallies[i] instanceof Error ? { total: 0, byOption: new Map(), words: new Map(), wordGroups: [] } : tallies[i];
      return { poll, counts: t.byOption, words: t.words, total: t.total };
    }),
  };
}

// Anonymous questions stay anonymous in every export, whoever downloads it.
const askerOf = (d: ExportData, q: Question) => (q.anonymous ? 'Anonim' : (d.askers.get(q.participant.id) ?? '?'));

export async function exportCsv(ctx: Context, sessionId: string): Promise<string> {
  const d = await load(ctx, sessionId);
  const rows = [['type', 'id', 'status', 'text', 'votes', 'asked_by', 'answer', 'answered_at', 'created_at']];
  for (const q of d.questions) rows.push(['question', String(q.id), q.status, q.text, String(q.voteCount), askerOf(d, q), q.answerText ?? '', q.answeredAt?.toISOString() ?? '', q.createdAt.toISOString()]);
  for (const p of d.polls) {
    const entries = p.poll.kind === PollKind.WORDS ? [...p.words.entries()] : p.poll.options.map((o) => [o.label, p.counts.get(o.id) ?? 0] as const);
    for (const [label, count] of entries) rows.push(['poll', String(p.poll.id), p.poll.state, `${p.poll.title}: ${label}`, String(count), '', '', '', p.poll.createdAt.toISOString()]);
  }
  // csv-stringify quotes what needs quoting (commas, quotes, line breaks); defused cells are quoted too.
  return stringify(rows.map((r) => r.map(defuse)), { record_delimiter: 'windows', quoted_match: /^'/, bom: false });
}

export async function exportMarkdown(ctx: Context, sessionId: string): Promise<string> {
  const d = await load(ctx, sessionId);
  const date = d.meeting.startsAt.toISOString().slice(0, 10);
  const lines = [`# Notulen: ${d.meeting.title}`, '', `- Tanggal: ${date}`, `- Penyelenggara: ${d.meeting.organiser}`, `- Sesi: ${d.session.title} (#${d.session.code})`, ''];
  const group = (title: string, statuses: QuestionStatus[]) => {
    const qs = d.questions.filter((q) => statuses.includes(q.status));
    lines.push(`## ${title} (${qs.length})`, '');
    for (const q of qs) {
      lines.push(`- **${q.text.replace(/\n/g, ' ')}** (${q.voteCount} dukungan, ${askerOf(d, q)})`);
      if (q.answerText) lines.push(`  - Jawaban: ${q.answerText.replace(/\n/g, ' ')}`);
    }
    lines.push('');
  };
  group('Pertanyaan terjawab', [QuestionStatus.ANSWERED]);
  group('Pertanyaan belum terjawab', [QuestionStatus.LIVE]);
  lines.push(`## Jajak pendapat (${d.polls.length})`, '');
  for (const p of d.polls) {
    lines.push(`### ${p.poll.title} (${p.total} suara)`, '');
    if (p.poll.kind === PollKind.WORDS) for (const [w, n] of [...p.words.entries()].sort((a, b) => b[1] - a[1])) lines.push(`- ${w}: ${n}`);
    else for (const o of p.poll.options) lines.push(`- ${o.label}: ${p.counts.get(o.id) ?? 0}`);
    lines.push('');
  }
  return lines.join('\n');
}
