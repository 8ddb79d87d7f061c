import { Arg, Ctx, Field, ID, ObjectType, Resolver, Root, Subscription, registerEnumType } from 'type-graphql';
import type { Context } from '../../../core/context.js';
import { requireUser } from '../../../core/auth/policy.js';
import { freshForEvent } from '../../../core/loaders.js';
import { notFound } from '../../../core/errors.js';
import { parseId } from '../../../core/ids.js';
import { viewerKey, type Audience } from '../../../core/realtime/fanout.js';
import { User } from '../../user/index.js';
import { Plan, PlanMember } from '../plans/plan.entity.js';
import { PlanItem, PlanItemField } from '../items/item.entity.js';
import type { PlanEventKind, PlanEventMessage } from '../plan.events.js';
import { planMessages as m } from '../plan.messages.js';
import { mayRead } from '../reads/plan.reads.js';
import { canReadPlan } from '../plan.policy.js';

/** The event kinds as a GraphQL enum; `satisfies` makes a kind added to the message type fail here until it is listed. */
export const PlanEventKinds = {
  CREATED: 'CREATED',
  UPDATED: 'UPDATED',
  ITEM_CHANGED: 'ITEM_CHANGED',
  ITEM_DELETED: 'ITEM_DELETED',
  MEMBER_CHANGED: 'MEMBER_CHANGED',
  MEMBER_REMOVED: 'MEMBER_REMOVED',
} as const satisfies { [K in PlanEventKind]: K };
registerEnumType(PlanEventKinds, { name: 'PlanEventKind' });

@ObjectType({ description: 'Something changed in a plan after it committed: the plan, an item or a member. Carries what changed, so a page updates without refetching', simpleResolvers: true })
export class PlanEvent {
  @Field(() => PlanEventKinds) kind: PlanEventKind;
  @Field(() => ID) planId: number;
  @Field(() => Plan, { nullable: true, description: 'The plan as it is now (state, title, projection); null when the viewer may no longer read it' }) plan: Plan | null;
  @Field(() => User, { nullable: true, description: 'Who made the change' }) by: User | null;
  @Field(() => ID, { nullable: true, description: 'ITEM_*: the indicator of the item' }) indicatorId: number | null;
  @Field(() => PlanItem, { nullable: true, description: 'ITEM_CHANGED: the item as it is now, with who changed each field' }) item: PlanItem | null;
  @Field(() => [PlanItemField], { description: 'ITEM_CHANGED: the fields this change set (a form shows "diubah oleh …" on them)' }) fields: PlanItemField[];
  @Field(() => ID, { nullable: true, description: 'MEMBER_*: whose membership changed' }) userId: number | null;
  @Field(() => PlanMember, { nullable: true, description: 'MEMBER_CHANGED: their row as it is now' }) member: PlanMember | null;
}

/** The stream of one plan: refused (NOT_FOUND) unless the viewer may read it; every event is re-checked as it goes out. */
export async function planEventStream(ctx: Context, planIdRaw: string): Promise<AsyncIterableIterator<PlanEventMessage>> {
  const actor = requireUser(ctx);
  const plan = await ctx.loaders.plan.plan.load(parseId(planIdRaw, 'planId'));
  if (!plan || !(await mayRead(ctx, actor, plan))) throw notFound(m.planNotFound);
  return ctx.services.pubsub.subscribe('PLAN_EVENT', String(plan.id));
}

/** What this subscriber may see of an event, read after commit with the session as it is now. */
export async function resolvePlanEvent(ctx: Context, message: PlanEventMessage): Promise<PlanEvent> {
  freshForEvent(ctx, message);
  const user = requireUser(ctx);
  const empty: PlanEvent = { kind: message.kind, planId: message.planId, plan: null, by: null, indicatorId: null, item: null, fields: [], userId: null, member: null };
  const plan = await ctx.loaders.plan.plan.load(message.planId);
  if (!plan || !(await mayRead(ctx, user, plan))) return empty;
  const [by, items, members] = await Promise.all([ctx.loaders.users.load(message.byUserId), ctx.loaders.plan.items.load(plan.id), ctx.loaders.plan.members.load(plan.id)]);
  return {
    ...empty,
    plan,
    by,
    indicatorId: message.indicatorId ?? null,
    item: message.indicatorId === undefined ? null : (items.find((i) => i.indicator.id === message.indicatorId) ?? null),
    fields: message.fields ?? [],
    userId: message.userId ?? null,
    member: message.userId === undefined ? null : (members.find((r) => r.user.id === message.userId) ?? null),
  };
}

/**
 * Everyone who may read a plan sees the same event; those who may not (removed members, a
 * changed role) get the empty one. So readers share one result and each outsider gets their own.
 */
export const planEventsAudience: Audience<{ plan: Plan | null; members: PlanMember[] }> = {
  async prepare(ctx, event) {
    const e = event as PlanEventMessage;
    freshForEvent(ctx, e);
    const [plan, members] = await Promise.all([ctx.loaders.plan.plan.load(e.planId), ctx.loaders.plan.members.load(e.planId)]);
    return { plan, members };
  },
  key(ctx, _event, perViewer, { plan, members }) {
    const user = ctx.user;
    if (!user) return 'anonymous';
    if (perViewer) return viewerKey(ctx);
    const membership = members.find((r) => r.user.id === user.id) ?? null;
    return plan && canReadPlan(user, { plan, membership }) ? 'reader' : viewerKey(ctx);
  },
};

@Resolver()
export class PlanLiveResolver {
  @Subscription(() => PlanEvent, {
    description: "Live changes of one plan after they commit: its title and state, items (with who changed which field) and members",
    subscribe: ({ args, context }) => planEventStream(context as Context, String((args as { planId: string }).planId)),
  })
  planEvents(@Root() message: PlanEventMessage, @Arg('planId', () => ID) _planId: string, @Ctx() ctx: Context): Promise<PlanEvent> {
    return resolvePlanEvent(ctx, message);
  }
}
