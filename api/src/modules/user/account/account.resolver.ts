import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../../core/context.js';
import { runCommand } from '../../../core/commands/runner.js';
import { AccountSession, ChangePasswordInput } from './account.types.js';
import { changePasswordCommand, endSessionCommand, signOutEverywhereCommand } from './account.commands.js';
import { mySessions } from './account.queries.js';

/** A person's own account: password and sessions. */
@Resolver()
export class AccountResolver {
  @Query(() => [AccountSession], { description: 'Your sessions that still work, most recently used first' })
  mySessions(@Ctx() ctx: Context) {
    return mySessions(ctx);
  }

  @Mutation(() => Int, { description: 'Changes your password and ends your other sessions; returns how many ended' })
  changePassword(@Arg('input') input: ChangePasswordInput, @Ctx() ctx: Context) {
    return runCommand(ctx, changePasswordCommand, input);
  }

  @Mutation(() => Boolean, { description: 'Ends one of your sessions (by the id mySessions shows)' })
  endSession(@Arg('id') id: string, @Ctx() ctx: Context) {
    return runCommand(ctx, endSessionCommand, id);
  }

  @Mutation(() => Int, { description: 'Ends every session of yours, this one included; returns how many ended' })
  signOutEverywhere(@Ctx() ctx: Context) {
    return runCommand(ctx, signOutEverywhereCommand, undefined);
  }
}
