import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../../core/context.js';
import { query } from '../../../core/db/query.js';
import { allRegions } from '../../region/index.js';
import { prefixedUser, type PrefixedUserRow } from '../../user/index.js';
import { IndicatorLeader, IndicatorLeadersArgs } from './leaders.types.js';
import { indicatorLeadersSql, type LeaderRow } from './leaders.sql.js';

@Resolver(() => IndicatorLeader)
export class IndicatorLeadersResolver {
  @Query(() => [IndicatorLeader], {
    description: 'Who to learn from: regions above a level on one indicator (latest complete assessments), highest first, with their contact person',
  })
  async indicatorLeaders(@Args() args: IndicatorLeadersArgs, @Ctx() ctx: Context): Promise<IndicatorLeader[]> {
    const framework = await ctx.loaders.frameworkByCode.load(args.frameworkCode);
    if (!framework) return [];
    const rows = await query<LeaderRow>(ctx.em, indicatorLeadersSql(framework.id, args.indicator, args.above, args.exceptRegion ?? null, args.first));
    const regions = await allRegions(ctx.em);
    // Profiles are for signed-in members (the user module's rule), so are the people behind them.
    const showContacts = ctx.user !== null;
    return rows.flatMap((r) => {
      const region = regions.get(r.region_code);
      if (!region) return [];
      const contact = showContacts && r.u_id !== null ? prefixedUser(r as PrefixedUserRow) : null;
      return [{ region, level: r.level, year: r.year, contact }];
    });
  }
}
