import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../../core/context.js';
import { runCommand } from '../../../core/commands/runner.js';
import { Solution } from './solution.entity.js';
import { proposeSolutionCommand, updateSolutionCommand } from './solution.commands.js';
import { ProposeSolutionInput, UpdateSolutionInput } from './solution.types.js';

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
}
