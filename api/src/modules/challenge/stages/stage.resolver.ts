import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../core/context.js';
import { runCommand } from '../../../core/commands/runner.js';
import { User } from '../../user/index.js';
import { Challenge, ChallengeTransition } from '../challenges/challenge.entity.js';
import { MoveChallengeStageInput } from '../challenge.types.js';
import { moveChallengeStageCommand } from './stage.commands.js';

@Resolver(() => ChallengeTransition)
export class ChallengeTransitionResolver {
  @FieldResolver(() => User, { nullable: true })
  by(@Root() t: ChallengeTransition, @Ctx() ctx: Context) {
    return ctx.loaders.users.load(t.by.id);
  }

  @Mutation(() => Challenge, { description: 'Moves a challenge along its stages (see the stage table); moving back needs a note' })
  moveChallengeStage(@Arg('input') input: MoveChallengeStageInput, @Ctx() ctx: Context) {
    return runCommand(ctx, moveChallengeStageCommand, input);
  }
}
