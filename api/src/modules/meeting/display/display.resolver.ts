import { Arg, Ctx, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../../../core/context.js';
import { runCommand } from '../../../core/commands/runner.js';
import { linkHallScreenCommand } from './display.commands.js';

@ObjectType({ description: "A session's hall-screen link: shows the session read-only, with no account and without counting as a participant", simpleResolvers: true })
export class HallScreenLink {
  @Field({ description: 'Path with the display token (in the fragment); shown once, only its hash is kept' }) path: string;
}

@Resolver()
export class LiveDisplayResolver {
  @Mutation(() => HallScreenLink, { description: "Makes the session's hall-screen link, ending any earlier one at once (facilitators and admins, open sessions)" })
  linkHallScreen(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: Context) { return runCommand(ctx, linkHallScreenCommand, sessionId); }
}
