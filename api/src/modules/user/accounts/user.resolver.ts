import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../core/context.js';
import { Invite } from '../invites/invite.entity.js';
import { User } from './user.entity.js';
import { AcceptInviteInput, AuthPayload, CreateInviteInput, CreateInvitePayload } from '../user.types.js';
import { runCommand } from '../../../core/commands/runner.js';
import { acceptInviteCommand, signInCommand, signOutCommand } from './auth.commands.js';
import { createInviteCommand, revokeInviteCommand } from '../invites/invite.commands.js';
import { findUserByUsername, listInvites, previewInvite } from './user.queries.js';
import { isAdmin } from '../user.policy.js';

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null' })
  me(@Ctx() ctx: Context) {
    return ctx.user;
  }

  @Query(() => User, { description: 'A member by username, with or without @ (mention links, profiles); for signed-in members' })
  user(@Arg('username') username: string, @Ctx() ctx: Context) {
    return findUserByUsername(ctx, username);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Visible to the user themself and to admins only' })
  email(@Root() user: User, @Ctx() ctx: Context) {
    return ctx.user && (ctx.user.id === user.id || isAdmin(ctx.user)) ? user.email : null;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When an admin deactivated the account; visible to admins only' })
  deactivatedAt(@Root() user: User, @Ctx() ctx: Context) {
    return ctx.user && isAdmin(ctx.user) ? (user.deactivatedAt ?? null) : null;
  }

  @Mutation(() => AuthPayload)
  signIn(@Arg('email') email: string, @Arg('password') password: string, @Ctx() ctx: Context) {
    return runCommand(ctx, signInCommand, { email, password });
  }

  @Mutation(() => Boolean, { description: 'Ends this session (the cookie and the token stop working)' })
  signOut(@Ctx() ctx: Context) {
    return runCommand(ctx, signOutCommand, undefined);
  }

  @Mutation(() => AuthPayload, { description: 'Creates the account an invitation is for and signs in' })
  acceptInvite(@Arg('input') input: AcceptInviteInput, @Ctx() ctx: Context) {
    return runCommand(ctx, acceptInviteCommand, input);
  }
}

@Resolver(() => Invite)
export class InviteResolver {
  @Mutation(() => CreateInvitePayload)
  createInvite(@Arg('input') input: CreateInviteInput, @Ctx() ctx: Context) {
    return runCommand(ctx, createInviteCommand, input);
  }

  @Query(() => Invite, { description: 'An open invitation by its secret token (for the accept page); NOT_FOUND when used or expired' })
  invite(@Arg('token') token: string, @Ctx() ctx: Context) {
    return previewInvite(ctx, token);
  }

  @Mutation(() => Invite, { description: 'Ends an open invitation now' })
  revokeInvite(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return runCommand(ctx, revokeInviteCommand, id);
  }

  @Query(() => [Invite], { description: 'Open invitations you may manage' })
  invites(@Ctx() ctx: Context) {
    return listInvites(ctx);
  }
}
