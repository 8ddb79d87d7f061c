import type { Tx } from '../../../core/commands/command.js';
import { query } from '../../../core/db/query.js';
import { fill, type Message, type Params } from '../../../core/messages.js';
import { NotificationKind, notify } from '../../notification/index.js';
import { allRegions } from '../../region/index.js';
import { challengeMessages as m } from '../challenge.messages.js';
import { challengePath } from '../discussion/discussion.js';
import { SolutionStatus } from '../solutions/solution.entity.js';
import type { Challenge } from '../challenges/challenge.entity.js';
import type { ChallengeStage } from '../stages/challenge.stages.js';
import { audienceSql } from './follow.sql.js';

type ChallengeRef = Pick<Challenge, 'id' | 'title'>;
type SolutionRef = { title: string };

/**
 * Notifies the challenge's active team and its followers, except the actor, in the command's
 * transaction (as the forum does): the notifications commit with the change or not at all, and
 * go out live through the outbox after commit. Two statements (who, then one insert) and one
 * outbox write, however many people hear of it. The text is stored in both languages.
 */
export async function notifyChallenge(tx: Tx, challenge: ChallengeRef, actorId: number, message: Message, params: Params = {}): Promise<void> {
  const people = await query<{ user_id: number }>(tx.em, audienceSql(challenge.id));
  const text = fill(message, { title: challenge.title, ...params });
  const link = challengePath(challenge.id);
  await notify(tx, people.map((p) => ({ userId: p.user_id, kind: NotificationKind.CHALLENGE_ACTIVITY, actorId, link, text })));
}

const STAGE_NAMES: Record<ChallengeStage, Message> = {
  EXPLORATION: m.stageEXPLORATION,
  CO_CREATION: m.stageCO_CREATION,
  EXPERIMENTATION: m.stageEXPERIMENTATION,
  EVALUATION: m.stageEVALUATION,
  REPLICATION: m.stageREPLICATION,
  CLOSED: m.stageCLOSED,
  ARCHIVED: m.stageARCHIVED,
};

export const notifyStageMoved = (tx: Tx, challenge: Challenge, actorId: number) => notifyChallenge(tx, challenge, actorId, m.notifyStageMoved, { stage: STAGE_NAMES[challenge.stage] });

export const notifySolutionProposed = (tx: Tx, challenge: ChallengeRef, solution: SolutionRef, actorId: number) =>
  notifyChallenge(tx, challenge, actorId, m.notifySolutionProposed, { solution: solution.title });

export const notifySolutionDecided = (tx: Tx, challenge: ChallengeRef, solution: SolutionRef & { status: SolutionStatus }, actorId: number) =>
  notifyChallenge(tx, challenge, actorId, solution.status === SolutionStatus.SELECTED ? m.notifySolutionSelected : m.notifySolutionDeclined, { solution: solution.title });

async function regionName(tx: Tx, code: string): Promise<string> {
  return (await allRegions(tx.em)).get(code)?.name ?? code;
}

export async function notifyEndorsed(tx: Tx, challenge: ChallengeRef, solution: SolutionRef, regionCode: string, actorId: number): Promise<void> {
  await notifyChallenge(tx, challenge, actorId, m.notifyEndorsed, { solution: solution.title, region: await regionName(tx, regionCode) });
}

/** For replicateSolution (a new replication of one of the challenge's solutions into `regionCode`). */
export async function notifyReplicated(tx: Tx, challenge: ChallengeRef, solution: SolutionRef, regionCode: string, actorId: number): Promise<void> {
  await notifyChallenge(tx, challenge, actorId, m.notifyReplicated, { solution: solution.title, region: await regionName(tx, regionCode) });
}
