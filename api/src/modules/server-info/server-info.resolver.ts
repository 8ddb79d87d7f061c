import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';

@ObjectType({ description: 'Facts about this installation the UI needs', simpleResolvers: true })
export class ServerInfo {
  @Field({ description: 'Demo users and demo assessments are loaded; the UI shows a badge' }) demoData: boolean;
  @Field({ description: 'development, production or test' }) environment: string;
  @Field() version: string;
}

@Resolver()
export class ServerInfoResolver {
  @Query(() => ServerInfo)
  serverInfo(@Ctx() ctx: Context): ServerInfo {
    const { config } = ctx.services;
    return { demoData: config.demoData, environment: config.nodeEnv, version: process.env.npm_package_version ?? '0.1.0' };
  }
}
