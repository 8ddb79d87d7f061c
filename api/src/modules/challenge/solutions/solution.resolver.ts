import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../../core/context.js';
import { runCommand } from '../../../core/commands/runner.js';
import { Solution } from './solution.entity.js';
import { proposeSolutionCommand, updateSolutionCommand } from './solution.commands.js';
import { SolutionResult } from './result.entity.js';
import { toggleSolutionSupportCommand } from './support.commands.js';
import { endorseSolutionCommand, withdrawEndorsementCommand } from './endorsement.commands.js';
import { decideSolutionCommand } from './decision.commands.js';
import { recordResultCommand } from './result.commands.js';
import { DecideSolutionInput, EndorseSolutionInput, ProposeSolutionInput, RecordResultInput, UpdateSolutionInput, WithdrawEndorsementInput } from './solution.types.js';

/** The solution mutations; reads are in reads/solution.resolver.ts. */
@Resolver(() => Solution)
export class SolutionMutationResolver {
  @Mutation(() => Solution, { description: 'Proposes a solution for a challenge (anyone signed in, while it is not closed)' })
  proposeSolution(@Arg('input') input: ProposeSolutionInput, @Ctx() ctx: Context) {
    return runCommand(ctx, proposeSolutionCommand, input);
  }

  @Mutation(() => Solution, { description: "An author's edit; the previous title and text are kept in its revisions" })
  updateSolution(@Arg('input') input: UpdateSolutionInput, @Ctx() ctx: Context) {
    return runCommand(ctx, updateSolutionCommand, input);
  }

  @Mutation(() => Solution, { description: 'Supports the solution, or takes the support back (one per person)' })
  toggleSolutionSupport(@Arg('solutionId', () => ID) solutionId: string, @Ctx() ctx: Context) {
    return runCommand(ctx, toggleSolutionSupportCommand, solutionId);
  }

  @Mutation(() => Solution, { description: "A region admin endorses the solution for their region (one endorsement per region)" })
  endorseSolution(@Arg('input') input: EndorseSolutionInput, @Ctx() ctx: Context) {
    return runCommand(ctx, endorseSolutionCommand, input);
  }

  @Mutation(() => Solution, { description: "Withdraws a region's endorsement (that region's admins, or facilitators)" })
  withdrawEndorsement(@Arg('input') input: WithdrawEndorsementInput, @Ctx() ctx: Context) {
    return runCommand(ctx, withdrawEndorsementCommand, input);
  }

  @Mutation(() => Solution, { description: 'A lead (or facilitator) selects the solution for experimentation, with its trial plan, or declines it with a reason' })
  decideSolution(@Arg('input') input: DecideSolutionInput, @Ctx() ctx: Context) {
    return runCommand(ctx, decideSolutionCommand, input);
  }

  @Mutation(() => SolutionResult, { description: "Records a result of a selected solution's trial (the team or facilitators); with resultId, corrects one" })
  recordResult(@Arg('input') input: RecordResultInput, @Ctx() ctx: Context) {
    return runCommand(ctx, recordResultCommand, input);
  }
}
