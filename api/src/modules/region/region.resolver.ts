import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Province } from './province.entity.js';
import { Region } from './region.entity.js';
import { RegionConnection, RegionsArgs } from './region.types.js';
import { listRegions, type RegionRow } from './region.service.js';

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => RegionConnection, { description: 'The region directory (514 kabupaten/kota), filtered and paginated' })
  regions(@Args() args: RegionsArgs, @Ctx() ctx: Context) {
    return listRegions(ctx.read, args);
  }

  @Query(() => Region, { nullable: true })
  region(@Arg('code') code: string, @Ctx() ctx: Context) {
    return ctx.loaders.region.load(code);
  }

  @Query(() => [Province])
  provinces(@Ctx() ctx: Context) {
    return ctx.em.find(Province, {}, { orderBy: { code: 'asc' } });
  }

  @FieldResolver(() => Province)
  province(@Root() region: Region | RegionRow, @Ctx() ctx: Context): Pick<Province, 'code' | 'name'> | Promise<Province | null> {
    // Synchronous when the row already carries the province: a promise per row costs graphql-js real time on a 50-row page.
    if ('provinceName' in region) return { code: region.provinceCode, name: region.provinceName };
    if (region.province.isInitialized()) return region.province.getEntity();
    return ctx.loaders.province.load(region.province.code);
  }
}
