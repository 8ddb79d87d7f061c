import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { SpbeFramework } from './framework.entity.js';
import { SpbeAspect, SpbeDomain, SpbeIndicator } from './structure.entity.js';

@Resolver(() => SpbeFramework)
export class SpbeFrameworkResolver {
  @Query(() => [SpbeFramework], { description: 'All frameworks, newest first' })
  spbeFrameworks(@Ctx() ctx: Context) {
    return ctx.em.find(SpbeFramework, {}, { orderBy: { createdAt: 'desc', id: 'desc' } });
  }

  @Query(() => SpbeFramework, { nullable: true })
  spbeFramework(@Arg('code') code: string, @Ctx() ctx: Context) {
    return ctx.loaders.frameworkByCode.load(code);
  }

  @FieldResolver(() => [SpbeDomain])
  async domains(@Root() f: SpbeFramework, @Ctx() ctx: Context) {
    return (await ctx.loaders.frameworkStructure.load(f.id)).domains;
  }

  @FieldResolver(() => [SpbeAspect], { description: 'All aspects, with or without a domain' })
  async aspects(@Root() f: SpbeFramework, @Ctx() ctx: Context) {
    return (await ctx.loaders.frameworkStructure.load(f.id)).aspects;
  }

  @FieldResolver(() => [SpbeIndicator])
  async indicators(@Root() f: SpbeFramework, @Ctx() ctx: Context) {
    return (await ctx.loaders.frameworkStructure.load(f.id)).indicators;
  }

  @FieldResolver(() => Int)
  async indicatorCount(@Root() f: SpbeFramework, @Ctx() ctx: Context) {
    return (await ctx.loaders.frameworkStructure.load(f.id)).indicators.length;
  }
}

@Resolver(() => SpbeDomain)
export class SpbeDomainResolver {
  @FieldResolver(() => [SpbeAspect])
  async aspects(@Root() d: SpbeDomain, @Ctx() ctx: Context) {
    const s = await ctx.loaders.frameworkStructure.load(d.framework.id);
    return s.aspects.filter((a) => a.domain?.id === d.id);
  }
}

@Resolver(() => SpbeAspect)
export class SpbeAspectResolver {
  @FieldResolver(() => [SpbeIndicator])
  async indicators(@Root() a: SpbeAspect, @Ctx() ctx: Context) {
    const s = await ctx.loaders.frameworkStructure.load(a.framework.id);
    return s.indicators.filter((i) => i.aspect.id === a.id);
  }
}

@Resolver(() => SpbeIndicator)
export class SpbeIndicatorResolver {
  @FieldResolver(() => SpbeAspect)
  async aspect(@Root() i: SpbeIndicator, @Ctx() ctx: Context) {
    const s = await ctx.loaders.frameworkStructure.load(i.framework.id);
    return s.aspects.find((a) => a.id === i.aspect.id)!;
  }
}
