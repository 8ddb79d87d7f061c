import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../core/context.js';
import { Invite, User } from '../../user/index.js';
import { RegionView } from './region.view.js';
import { regionsIfLoaded } from './region.cache.js';

/** People and invitations keep a region code; this module shows the region behind it. */
@Resolver(() => User)
export class UserRegionResolver {
  @FieldResolver(() => RegionView, { nullable: true })
  region(@Root() user: User, @Ctx() ctx: Context) {
    if (!user.regionCode) return null;
    // Usually in memory already (all 514 are read once): answered without a promise.
    const regions = regionsIfLoaded(ctx.em);
    return regions ? (regions.get(user.regionCode) ?? null) : ctx.loaders.region.load(user.regionCode);
  }
}

@Resolver(() => Invite)
export class InviteRegionResolver {
  @FieldResolver(() => RegionView, { nullable: true })
  region(@Root() invite: Invite, @Ctx() ctx: Context) {
    return invite.regionCode ? ctx.loaders.region.load(invite.regionCode) : null;
  }
}
