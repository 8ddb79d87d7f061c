import { type Policy } from '../../core/auth/policy.js';
import { isStaff } from '../user/index.js';
import type { Post } from './posts/post.entity.js';
import type { Thread } from './threads/thread.entity.js';

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
/** Authors may not edit in a locked thread; moderators may. */
export const canEditPostInThread: Policy<{ post: Post; thread: Thread }> = (actor, { post, thread }) => canEditPost(actor, post) && (!thread.lockedAt || isStaff(actor));
export const canDeletePost: Policy<Post> = (actor, post) => isStaff(actor) || post.author.id === actor.id;
/** Hidden posts stay readable for their author (to see why) and for moderators. */
export const canSeeHiddenPost: Policy<Post> = (actor, post) => isStaff(actor) || post.author.id === actor.id;
export const canFlag: Policy<Post> = (actor, post) => post.author.id !== actor.id;
/** Deleted and hidden posts take no reactions. */
export const canReact: Policy<Post> = (_actor, post) => !post.deletedAt && !post.hiddenAt;
/** Whoever may read a thread may follow, mute or mark it read. */
export const canFollowThread: Policy<Thread> = (actor, thread) => canReadThread(actor, thread);
