import { Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';

@ObjectType({ description: 'One input limit, e.g. forum titleMax = 200', simpleResolvers: true })
export class Limit {
  @Field({ description: 'The module it belongs to, e.g. forum' }) module: string;
  @Field({ description: 'e.g. titleMax' }) name: string;
  @Field(() => Int) value: number;
}

/** Every module's input limits, so clients check what the server checks without copying numbers (the web gets them generated: web/src/gql/limits.ts). */
@Resolver()
export class LimitsResolver {
  @Query(() => [Limit], { description: 'Input limits of every module (lengths, counts); public' })
  limits(@Ctx() ctx: Context): Limit[] {
    return Object.entries(ctx.services.limits).flatMap(([module, values]) => Object.entries(values).map(([name, value]) => ({ module, name, value })));
  }
}

/** Resolvers core itself serves, whatever the modules. */
export const coreResolvers = [LimitsResolver];
