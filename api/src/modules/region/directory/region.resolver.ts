import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../../core/context.js';
import { Province } from './province.entity.js';
import { RegionView } from './region.view.js';
import { RegionConnection, RegionsArgs } from '../region.types.js';
import { listRegions } from './region.service.js';

@Resolver(() => RegionView)
export class RegionResolver {
  @Query(() => RegionConnection, { description: 'The region directory (514 kabupaten/kota), filtered and paginated' })
  regions(@Args() args: RegionsArgs, @Ctx() ctx: Context) {
    return listRegions(ctx.read, args);
  }

  @Query(() => RegionView, { nullable: true })
  region(@Arg('code') code: string, @Ctx() ctx: Context) {
    return ctx.loaders.region.load(code);
  }

  @Query(() => [Province])
  provinces(@Ctx() ctx: Context) {
    return ctx.em.find(Province, {}, { orderBy: { code: 'asc' } });
  }
}
