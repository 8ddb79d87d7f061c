import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageArgs, connectionOf } from '../../core/graphql/connection.js';
import { RegionView } from '../region/index.js';
import { SpbeDomain, SpbeIndicator } from '../spbe/index.js';
import { Solution } from '../challenge/index.js';
import { User } from '../user/index.js';
import { Plan, PlanMemberRole, PlanState } from './plans/plan.entity.js';
import { PlanItemField, PlanItemStatus } from './items/item.entity.js';

export const PlanConnection = connectionOf(Plan, 'Plan');

@ArgsType()
export class PlansArgs extends PageArgs {
  @Field(() => String, { nullable: true }) regionCode?: string;
  @Field(() => String, { nullable: true }) frameworkCode?: string;
  @Field(() => Int, { nullable: true }) year?: number;
  @Field(() => PlanState, { nullable: true }) state?: PlanState;
}

// Lengths and ranges are checked by the commands (plan.limits.ts), with messages in both languages.
@InputType()
export class CreatePlanInput {
  @Field() regionCode: string;
  @Field({ description: 'e.g. SPBE-2020' }) frameworkCode: string;
  @Field(() => Int) year: number;
  @Field() title: string;
  @Field(() => ID, { nullable: true, description: "Start from a challenge's solution: one item per indicator it targets, linked to it" }) sourceSolutionId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Copy the items of another APPROVED plan ("tiru rencana ini"), linking back to it' }) sourcePlanId?: string | null;
}

@InputType({ description: 'Fields left out stay as they are' })
export class UpdatePlanInput {
  @Field(() => ID) planId: string;
  @Field({ nullable: true }) title?: string;
  @Field(() => PlanState, { nullable: true, description: 'Editors submit (IN_REVIEW) and withdraw (DRAFT); reviewers approve or ask for changes' }) state?: PlanState;
}

@InputType()
export class SetPlanMemberInput {
  @Field(() => ID) planId: string;
  @Field(() => ID) userId: string;
  @Field(() => PlanMemberRole) role: PlanMemberRole;
}

@InputType({ description: 'Only the fields being changed: others keep their value and who set it. null clears owner, dueOn and the link' })
export class UpsertPlanItemInput {
  @Field(() => ID) planId: string;
  @Field(() => ID, { description: "An indicator of the plan's framework (SpbeIndicator.id); one item per indicator" }) indicatorId: string;
  @Field(() => Int, { nullable: true, description: 'Required when the item is new' }) targetLevel?: number;
  @Field({ nullable: true }) actions?: string;
  @Field(() => ID, { nullable: true, description: 'A member of the plan' }) ownerId?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dueOn?: string | null;
  @Field(() => PlanItemStatus, { nullable: true }) status?: PlanItemStatus;
  @Field(() => ID, { nullable: true, description: 'The challenge being worked on; with solutionId, its solution being replicated (LINK)' }) challengeId?: string | null;
  @Field(() => ID, { nullable: true, description: "A solution being replicated; its challenge is taken from it" }) solutionId?: string | null;
}

@InputType()
export class DeletePlanItemInput {
  @Field(() => ID) planId: string;
  @Field(() => ID) indicatorId: string;
}

@ObjectType({ description: 'Who changed one field of an item last, and when ("diubah oleh Siti barusan")', simpleResolvers: true })
export class PlanItemChange {
  @Field(() => PlanItemField) field: PlanItemField;
  @Field(() => User, { nullable: true }) by: User | null;
  @Field() at: Date;
}

@ObjectType({ description: "A domain's score now and if every target of the plan is met", simpleResolvers: true })
export class PlanDomainProjection {
  @Field(() => SpbeDomain) domain: SpbeDomain;
  @Field(() => Float) weightPercent: number;
  @Field(() => Float, { nullable: true }) current: number | null;
  @Field(() => Float, { nullable: true }) projected: number | null;
}

@ObjectType({ description: "The index this plan would reach if every target is met, beside the region's current index (the assessment scoring)", simpleResolvers: true })
export class PlanProjection {
  @Field(() => Int, { nullable: true, description: 'Year of the complete assessment the current levels come from; null if the region has none' }) baseYear: number | null;
  @Field(() => Float, { nullable: true }) currentIndex: number | null;
  @Field(() => String, { nullable: true }) currentPredicate: string | null;
  @Field(() => Float, { nullable: true, description: 'Null while some indicator has neither a current level nor a target' }) index: number | null;
  @Field(() => String, { nullable: true }) predicate: string | null;
  @Field(() => Float, { description: 'Share of indicators with a projected level, 0 to 1' }) completeness: number;
  @Field(() => [PlanDomainProjection]) domainScores: PlanDomainProjection[];
}

@ObjectType({ description: 'An indicator raised by one level, how much that moves the index, and who got there already', simpleResolvers: true })
export class PlanPriority {
  @Field(() => SpbeIndicator) indicator: SpbeIndicator;
  @Field(() => Int, { description: 'Its level with the plan as it stands (current, or the target)' }) fromLevel: number;
  @Field(() => Int) toLevel: number;
  @Field(() => Float, { description: 'Index points one level adds: weight / 100' }) gain: number;
  @Field(() => Int, { description: 'Regions whose latest complete assessment has toLevel or more' }) regionCount: number;
  @Field(() => [RegionView], { description: 'Some of them (at most 10)' }) regions: RegionView[];
  @Field(() => [Solution], { description: 'Challenge solutions that targeted this indicator, selected and most replicated first (at most 5)' }) solutions: Solution[];
}
