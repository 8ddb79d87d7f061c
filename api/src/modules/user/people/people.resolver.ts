import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../../core/context.js';
import { runCommand } from '../../../core/commands/runner.js';
import { User } from '../accounts/user.entity.js';
import { AuthPayload } from '../user.types.js';
import { USER_LIMITS } from '../user.limits.js';
import { PasswordResetLink, PasswordResetPreview, ResetPasswordInput } from './people.types.js';
import { deactivateUserCommand, issuePasswordResetCommand, reactivateUserCommand } from './people.commands.js';
import { previewReset, resetPasswordCommand } from './reset.commands.js';
import { listPeople } from './people.queries.js';

/** People's accounts as an admin manages them, and the one-time reset links they issue. */
@Resolver()
export class PeopleResolver {
  @Query(() => [User], { description: 'Everyone with an account, by name (admins only); search matches name, e-mail or username' })
  people(
    @Arg('search', () => String, { nullable: true }) search: string | undefined,
    @Arg('first', () => Int, { defaultValue: 50, description: `At most ${USER_LIMITS.peopleMax}` }) first: number,
    @Ctx() ctx: Context,
  ) {
    return listPeople(ctx, search, first);
  }

  @Mutation(() => User, { description: 'Stops a person signing in and ends their sessions and live streams at once (admins only)' })
  deactivateUser(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return runCommand(ctx, deactivateUserCommand, id);
  }

  @Mutation(() => User, { description: 'Lets a deactivated person sign in again (admins only)' })
  reactivateUser(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return runCommand(ctx, reactivateUserCommand, id);
  }

  @Mutation(() => PasswordResetLink, { description: 'A one-time link (a day) for a person to choose a new password; ends any earlier link (admins only)' })
  issuePasswordReset(@Arg('userId', () => ID) userId: string, @Ctx() ctx: Context) {
    return runCommand(ctx, issuePasswordResetCommand, userId);
  }

  @Query(() => PasswordResetPreview, { description: 'An open reset link by its secret token; NOT_FOUND when used or expired' })
  passwordReset(@Arg('token') token: string, @Ctx() ctx: Context) {
    return previewReset(ctx, token);
  }

  @Mutation(() => AuthPayload, { description: 'Sets a new password with a reset link, ends every other session and signs in' })
  resetPassword(@Arg('input') input: ResetPasswordInput, @Ctx() ctx: Context) {
    return runCommand(ctx, resetPasswordCommand, input);
  }
}
