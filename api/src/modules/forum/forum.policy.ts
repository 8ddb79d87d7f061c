import { isStaff, type Policy } from '../../core/auth/policy.js';
import type { Post } from './post.entity.js';
import type { Thread } from './thread.entity.js';

/**
 * The forum is for signed-in people (region officials, facilitators, mentors). Authors edit
 * and delete their own posts; facilitators and admins moderate everything.
 */
export const canReadForum: Policy = () => true;
export const canStartThread: Policy = () => true;
export const canModerate: Policy = (actor) => isStaff(actor);
export const canManageCategories: Policy = (actor) => actor.role === 'ADMIN';

export const canReadThread: Policy<Thread> = (actor, thread) => !thread.deletedAt || isStaff(actor) || thread.author.id === actor.id;
export const canReply: Policy<Thread> = (actor, thread) => !thread.deletedAt && (!thread.lockedAt || isStaff(actor));
export const canEditThread: Policy<Thread> = (actor, thread) => !thread.deletedAt && (isStaff(actor) || (thread.author.id === actor.id && !thread.lockedAt));
export const canDeleteThread: Policy<Thread> = (actor, thread) => isStaff(actor) || thread.author.id === actor.id;
export const canAcceptAnswer: Policy<Thread> = (actor, thread) => isStaff(actor) || thread.author.id === actor.id;

export const canEditPost: Policy<Post> = (actor, post) => !post.deletedAt && (isStaff(actor) || (post.author.id === actor.id && !post.hiddenAt));
export const canDeletePost: Policy<Post> = (actor, post) => isStaff(actor) || post.author.id === actor.id;
/** Hidden posts stay readable for their author (to see why) and for moderators. */
export const canSeeHiddenPost: Policy<Post> = (actor, post) => isStaff(actor) || post.author.id === actor.id;
export const canFlag: Policy<Post> = (actor, post) => post.author.id !== actor.id;
