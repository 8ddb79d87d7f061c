import 'reflect-metadata';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import type { PubSub } from '../events/bus.js';
import { validateArgs } from './validate-args.js';
import { bindDirectFieldResolvers } from './direct-resolvers.js';
import { DateTimeISO } from './date-scalar.js';
import { viewerKey, type Audience } from '../realtime/fanout.js';
import { feedEventsAudience, threadEventsAudience } from '../../modules/forum/forum.audience.js';
import { liveEventsAudience } from '../../modules/meeting/live.audience.js';
import { RegionResolver } from '../../modules/region/region.resolver.js';
import { CohortResolver } from '../../modules/region/cohort.resolver.js';
import { SpbeAspectResolver, SpbeDomainResolver, SpbeFrameworkResolver, SpbeIndicatorResolver } from '../../modules/spbe/spbe.resolver.js';
import { AssessmentResolver, RegionAssessmentsResolver } from '../../modules/assessment/assessment.resolver.js';
import { InviteResolver, UserResolver } from '../../modules/user/user.resolver.js';
import { ServerInfoResolver } from '../../modules/server-info/server-info.resolver.js';
import { ThreadResolver } from '../../modules/forum/thread.resolver.js';
import { PostResolver } from '../../modules/forum/post.resolver.js';
import { CategoryResolver, FlagResolver, ReactionSummaryResolver, SearchResolver } from '../../modules/forum/forum.resolver.js';
import { NotificationResolver } from '../../modules/notification/notification.resolver.js';
import { LiveSessionResolver, MeetingResolver } from '../../modules/meeting/meeting.resolver.js';
import { QuestionResolver } from '../../modules/meeting/question.resolver.js';
import { PollResolver } from '../../modules/meeting/poll.resolver.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  ServerInfoResolver,
  RegionResolver,
  CohortResolver,
  SpbeFrameworkResolver,
  SpbeDomainResolver,
  SpbeAspectResolver,
  SpbeIndicatorResolver,
  RegionAssessmentsResolver,
  AssessmentResolver,
  UserResolver,
  InviteResolver,
  CategoryResolver,
  ThreadResolver,
  PostResolver,
  SearchResolver,
  ReactionSummaryResolver,
  FlagResolver,
  NotificationResolver,
  MeetingResolver,
  LiveSessionResolver,
  QuestionResolver,
  PollResolver,
];

/**
 * Resolver instances by class. type-graphql's default container finds them with a linear
 * search on every field resolver call; a page of posts makes hundreds of such calls.
 */
class ResolverContainer {
  private readonly instances = new Map<unknown, unknown>();
  get(cls: new () => unknown): unknown {
    let instance = this.instances.get(cls);
    if (instance === undefined) this.instances.set(cls, (instance = new cls()));
    return instance;
  }
}

export async function buildAppSchema(pubSub: PubSub): Promise<GraphQLSchema> {
  const container = new ResolverContainer();
  const schema = await buildSchema({
    resolvers,
    container,
    pubSub: pubSub as never,
    validateFn: validateArgs,
    scalarsMap: [{ type: Date, scalar: DateTimeISO }],
    emitSchemaFile: false,
  });
  bindDirectFieldResolvers(schema, resolvers, container);
  return schema;
}

/** Subscription root fields whose events are executed once per audience (see fanout.ts). */
export const subscriptionAudiences: Record<string, Audience> = {
  threadEvents: threadEventsAudience,
  feedEvents: feedEventsAudience,
  liveSessionEvents: liveEventsAudience,
  // Assessments are public data: every subscriber sees the same.
  assessmentRecorded: { key: (ctx, _event, perViewer) => (perViewer ? viewerKey(ctx) : 'all') },
};
