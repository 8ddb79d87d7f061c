import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { runCommand } from '../../core/commands/runner.js';
import { deleteCategoryCommand, saveCategoryCommand } from './categories/category.commands.js';
import { authorize, requireUser } from '../../core/auth/policy.js';
import { User } from '../user/index.js';
import { Category } from './categories/category.entity.js';
import { Flag } from './posts/flag.entity.js';
import { canModerate } from './forum.policy.js';
import { CategoryInput, ReactionSummary, SearchArgs, SearchHitConnection } from './forum.types.js';
import { Post } from './posts/post.entity.js';
import { search } from './threads/search.service.js';

@Resolver(() => Category)
export class CategoryResolver {
  @Query(() => [Category])
  categories(@Ctx() ctx: Context) {
    requireUser(ctx);
    return ctx.em.find(Category, {}, { orderBy: { position: 'asc', id: 'asc' } });
  }

  @FieldResolver(() => Int, { description: 'Visible threads in the category' })
  async threadCount(@Root() c: Category, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.forum.categoryThreadCount.load(c.id);
    return rows;
  }

  @Mutation(() => Category, { description: 'Creates a category, or updates the one with this slug (admins)' })
  saveCategory(@Arg('input') input: CategoryInput, @Ctx() ctx: Context) {
    return runCommand(ctx, saveCategoryCommand, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes an empty category (admins)' })
  deleteCategory(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return runCommand(ctx, deleteCategoryCommand, id);
  }
}

@Resolver()
export class SearchResolver {
  @Query(() => SearchHitConnection, { description: 'Full-text search across threads and posts' })
  search(@Args() args: SearchArgs, @Ctx() ctx: Context) {
    return search(ctx.em, args, requireUser(ctx));
  }

  @Query(() => [User], { description: 'People whose name or username starts with the text, for @mention autocomplete' })
  async mentionableUsers(@Arg('search') text: string, @Arg('first', () => Int, { defaultValue: 8 }) first: number, @Ctx() ctx: Context) {
    requireUser(ctx);
    const q = text.trim().toLowerCase().replace(/^@/, '').replace(/[\\%_]/g, (c) => `\\${c}`);
    if (!q) return [];
    return ctx.em.find(User, { $or: [{ username: { $like: `${q}%` } }, { name: { $ilike: `%${q}%` } }] }, { orderBy: { username: 'asc' }, limit: Math.min(Math.max(first, 1), 20) });
  }
}

@Resolver(() => Flag)
export class FlagResolver {
  @Query(() => [Flag], { description: 'The moderation queue: open flags, oldest first (facilitators and admins)' })
  flags(@Arg('open', { defaultValue: true }) open: boolean, @Ctx() ctx: Context) {
    authorize(ctx, canModerate, undefined);
    return ctx.em.find(Flag, open ? { resolvedAt: null } : { resolvedAt: { $ne: null } }, { orderBy: { createdAt: open ? 'asc' : 'desc' }, limit: 200 });
  }

  @FieldResolver(() => Post)
  async post(@Root() f: Flag, @Ctx() ctx: Context) {
    return (await ctx.loaders.forum.post.load(f.post.id))!;
  }

  @FieldResolver(() => User, { description: 'Who flagged it' })
  async user(@Root() f: Flag, @Ctx() ctx: Context) {
    return (await ctx.loaders.forum.user.load(f.user.id))!;
  }
}

@Resolver(() => ReactionSummary)
export class ReactionSummaryResolver {
  @FieldResolver(() => [User], { description: 'Up to 20 people who reacted, first ones first' })
  async users(@Root() r: ReactionSummary, @Ctx() ctx: Context): Promise<User[]> {
    const users = await ctx.loaders.forum.user.loadMany(r.userIds.slice(0, 20));
    return users.filter((u): u is User => !!u && !(u instanceof Error));
  }
}
