import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../core/context.js';
import { User } from '../../user/index.js';
import { canDeletePost, canEditPost, canFlag, canSeeHiddenPost } from '../forum.policy.js';
import { CreatePostInput, ModeratePostInput, ReactionSummary, ToggleReactionInput, UpdatePostInput } from '../forum.types.js';
import { Flag } from './flag.entity.js';
import { Post, PostRevision } from './post.entity.js';
import { REACTIONS } from './reaction.entity.js';
import { Thread } from '../threads/thread.entity.js';
import { runCommand } from '../../../core/commands/runner.js';
import { createPostCommand, deletePostCommand, moderatePostCommand, updatePostCommand } from './post.commands.js';
import { flagPostCommand, toggleReactionCommand } from '../engagement/engagement.commands.js';
import { preloaded } from './post.page.js';
import type { ReactionGroup } from '../reads/forum.loaders.js';

/** Whether the viewer may see this post's text: not when deleted, and hidden posts only for author and moderators. */
function bodyVisible(ctx: Context, post: Post): boolean {
  if (post.deletedAt) return false;
  if (post.hiddenAt) return !!ctx.user && canSeeHiddenPost(ctx.user, post);
  return true;
}

const ORDER = new Map<string, number>(REACTIONS.map((emoji, i) => [emoji, i]));
const byOrder = (a: ReactionSummary, b: ReactionSummary) => ORDER.get(a.emoji)! - ORDER.get(b.emoji)!;

/** Reactions in the fixed order, only those given (a page summarizes hundreds: one pass, no per-emoji search). */
function summarize(groups: ReactionGroup[], me: number | undefined): ReactionSummary[] {
  const out: ReactionSummary[] = [];
  for (const g of groups) {
    if (ORDER.has(g.emoji)) out.push({ emoji: g.emoji, count: g.userIds.length, reactedByMe: me !== undefined && g.userIds.includes(me), userIds: g.userIds });
  }
  return out.length > 1 ? out.sort(byOrder) : out;
}

@Resolver(() => Post)
export class PostResolver {
  @FieldResolver(() => User)
  author(@Root() p: Post, @Ctx() ctx: Context): User | Promise<User> {
    return preloaded(p)?.author ?? ctx.loaders.forum.user.load(p.author.id).then((u) => u!);
  }

  @FieldResolver(() => Thread)
  async thread(@Root() p: Post, @Ctx() ctx: Context) {
    return (await ctx.loaders.forum.thread.load(p.thread.id))!;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Sanitized HTML; null when deleted, or hidden from you' })
  body(@Root() p: Post, @Ctx() ctx: Context) {
    return bodyVisible(ctx, p) ? p.bodyHtml : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The markdown source, for those who may edit it' })
  bodyMarkdown(@Root() p: Post, @Ctx() ctx: Context) {
    return ctx.user && canEditPost(ctx.user, p) ? p.bodyMarkdown : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Plain-text start of the post (for quotes)' })
  excerpt(@Root() p: Post, @Ctx() ctx: Context) {
    return bodyVisible(ctx, p) ? p.excerpt : null;
  }

  @FieldResolver(() => Boolean) isDeleted(@Root() p: Post) { return p.deletedAt !== null; }
  @FieldResolver(() => Boolean) isHidden(@Root() p: Post) { return p.hiddenAt !== null; }

  @FieldResolver(() => String, { nullable: true, description: 'Why a moderator hid it (author and moderators only)' })
  hiddenReason(@Root() p: Post, @Ctx() ctx: Context) {
    return p.hiddenAt && ctx.user && canSeeHiddenPost(ctx.user, p) ? p.hiddenReason : null;
  }

  @FieldResolver(() => Post, { nullable: true, description: 'The post this one replies to' })
  replyTo(@Root() p: Post, @Ctx() ctx: Context) {
    const page = preloaded(p);
    if (page) return page.replyTo;
    return p.replyToId ? ctx.loaders.forum.post.load(p.replyToId) : null;
  }

  @FieldResolver(() => [ReactionSummary], { description: 'Reactions in the fixed order, only those given' })
  reactions(@Root() p: Post, @Ctx() ctx: Context): ReactionSummary[] | Promise<ReactionSummary[]> {
    const page = preloaded(p);
    if (page) return summarize(page.reactions, ctx.user?.id);
    return ctx.loaders.forum.reactions.load(p.id).then((groups) => summarize(groups, ctx.user?.id));
  }

  @FieldResolver(() => Int, { description: 'How many earlier versions there are' })
  revisionCount(@Root() p: Post, @Ctx() ctx: Context) {
    return ctx.loaders.forum.revisionCount.load(p.id);
  }

  @FieldResolver(() => [PostRevision], { description: 'Earlier versions, newest first (not for deleted or hidden posts)' })
  revisions(@Root() p: Post, @Ctx() ctx: Context) {
    if (!bodyVisible(ctx, p)) return [];
    return ctx.em.find(PostRevision, { post: p.id }, { orderBy: { id: 'desc' }, limit: 50 });
  }

  @FieldResolver(() => Boolean) async isAcceptedAnswer(@Root() p: Post, @Ctx() ctx: Context) {
    const thread = await ctx.loaders.forum.thread.load(p.thread.id);
    return thread?.acceptedPostId === p.id;
  }

  @FieldResolver(() => Boolean) viewerCanEdit(@Root() p: Post, @Ctx() ctx: Context) { return !!ctx.user && canEditPost(ctx.user, p); }
  @FieldResolver(() => Boolean) viewerCanDelete(@Root() p: Post, @Ctx() ctx: Context) { return !!ctx.user && p.number > 1 && !p.deletedAt && canDeletePost(ctx.user, p); }
  @FieldResolver(() => Boolean) viewerCanFlag(@Root() p: Post, @Ctx() ctx: Context) { return !!ctx.user && canFlag(ctx.user, p); }

  @Mutation(() => Post) createPost(@Arg('input') input: CreatePostInput, @Ctx() ctx: Context) { return runCommand(ctx, createPostCommand, input); }
  @Mutation(() => Post, { description: 'Edits a post; the previous text is kept in its revisions' })
  updatePost(@Arg('input') input: UpdatePostInput, @Ctx() ctx: Context) { return runCommand(ctx, updatePostCommand, input); }
  @Mutation(() => Post, { description: 'Soft delete: shown as "post deleted"; replies stay readable' })
  deletePost(@Arg('postId', () => ID) postId: string, @Ctx() ctx: Context) { return runCommand(ctx, deletePostCommand, postId); }
  @Mutation(() => Post, { description: 'Hide (with a reason), unhide, or dismiss flags (facilitators and admins)' })
  moderatePost(@Arg('input') input: ModeratePostInput, @Ctx() ctx: Context) { return runCommand(ctx, moderatePostCommand, input); }
  @Mutation(() => Post) toggleReaction(@Arg('input') input: ToggleReactionInput, @Ctx() ctx: Context) { return runCommand(ctx, toggleReactionCommand, input); }
  @Mutation(() => Flag, { description: 'Reports a post to the moderators' })
  flagPost(@Arg('postId', () => ID) postId: string, @Arg('reason') reason: string, @Ctx() ctx: Context) { return runCommand(ctx, flagPostCommand, { postId, reason }); }
}
