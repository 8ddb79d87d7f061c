import { ref } from '@mikro-orm/core';
import type { Tx } from '../../../core/commands/command.js';
import { openLinkedThread } from '../../forum/index.js';
import type { Challenge } from '../challenges/challenge.entity.js';
import type { Solution } from '../solutions/solution.entity.js';

/** The seeded forum category of replication stories, where challenges and solutions are discussed. */
export const DISCUSSION_CATEGORY = 'studi-tiru';

export const challengePath = (challengeId: number) => `/tantangan/${challengeId}`;

/**
 * Opens a challenge's forum thread inside openChallenge's transaction (a challenge never exists
 * without its discussion, nor a thread without its challenge), with the opener watching it and
 * the owning regions on it. The opening post is the problem statement, pointing at the page.
 * The challenge must have its id (flushed).
 */
export async function openChallengeThread(tx: Tx, challenge: Challenge, authorId: number, regionCodes: readonly string[]): Promise<void> {
  const thread = await openLinkedThread(tx, {
    authorId,
    categorySlug: DISCUSSION_CATEGORY,
    title: challenge.title,
    body: `${challenge.problemMarkdown}\n\n---\nDiskusi tantangan [${challenge.title}](${challengePath(challenge.id)}).`,
    regionCodes,
  });
  challenge.thread = ref(thread);
  await tx.em.flush();
}

/**
 * Opens a solution's comment thread inside proposeSolution's transaction, the same way: the
 * forum's posts, reactions, mentions, notifications and unread tracking serve as its comments.
 * The solution must have its id (flushed).
 */
export async function openSolutionThread(tx: Tx, solution: Solution, challenge: Pick<Challenge, 'id' | 'title'>, authorId: number, regionCode: string): Promise<void> {
  const thread = await openLinkedThread(tx, {
    authorId,
    categorySlug: DISCUSSION_CATEGORY,
    title: solution.title,
    body: `${solution.descriptionMarkdown}\n\n---\nKomentar untuk solusi ini dari tantangan [${challenge.title}](${challengePath(challenge.id)}).`,
    regionCodes: [regionCode],
  });
  solution.thread = ref(thread);
  await tx.em.flush();
}
