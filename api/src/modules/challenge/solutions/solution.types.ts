import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IndicatorRefInput } from '../challenge.types.js';
import { BudgetRange, SolutionLinkKind, SolutionStatus } from './solution.entity.js';

// Lengths, counts and formats are checked by the commands (SOLUTION_LIMITS), with messages in both languages.

@ObjectType({ description: 'A link a solution points to: its app, source code, a document, training material', simpleResolvers: true })
export class SolutionLink {
  @Field(() => SolutionLinkKind) kind: SolutionLinkKind;
  @Field() label: string;
  @Field({ description: 'An http(s) address' }) url: string;
}

@InputType()
export class SolutionLinkInput {
  @Field(() => SolutionLinkKind) kind: SolutionLinkKind;
  @Field() label: string;
  @Field() url: string;
}

@InputType()
export class ProposeSolutionInput {
  @Field(() => ID) challengeId: string;
  @Field() title: string;
  @Field({ description: 'Markdown, sanitized like forum posts' }) descriptionMarkdown: string;
  @Field(() => [SolutionLinkInput], { defaultValue: [] }) links: SolutionLinkInput[];
  @Field(() => String, { nullable: true }) needsTraining?: string | null;
  @Field(() => String, { nullable: true }) needsRegulation?: string | null;
  @Field(() => BudgetRange, { defaultValue: BudgetRange.NONE }) budgetRange: BudgetRange;
  @Field(() => [IndicatorRefInput], { description: 'The indicators it should raise' }) indicators: IndicatorRefInput[];
  @Field(() => String, {
    nullable: true,
    description: "Where the solution comes from; only for people without a region (facilitators, admins): everyone else's is their own region",
  })
  regionCode?: string | null;
}

@InputType({ description: 'Fields left out stay as they are; null clears needsTraining or needsRegulation' })
export class UpdateSolutionInput {
  @Field(() => ID) solutionId: string;
  @Field({ nullable: true }) title?: string;
  @Field({ nullable: true }) descriptionMarkdown?: string;
  @Field(() => [SolutionLinkInput], { nullable: true }) links?: SolutionLinkInput[];
  @Field(() => String, { nullable: true }) needsTraining?: string | null;
  @Field(() => String, { nullable: true }) needsRegulation?: string | null;
  @Field(() => BudgetRange, { nullable: true }) budgetRange?: BudgetRange;
  @Field(() => [IndicatorRefInput], { nullable: true }) indicators?: IndicatorRefInput[];
}

@InputType()
export class EndorseSolutionInput {
  @Field(() => ID) solutionId: string;
  @Field({ description: 'A short statement, e.g. "Kabupaten Siak mendukung solusi ini"' }) statement: string;
  @Field(() => String, { nullable: true, description: "The endorsing region; defaults to the admin's own (no other is allowed)" }) regionCode?: string | null;
}

@InputType()
export class WithdrawEndorsementInput {
  @Field(() => ID) solutionId: string;
  @Field(() => String, { nullable: true, description: "The endorsing region; defaults to the caller's own (facilitators name it)" }) regionCode?: string | null;
}

@InputType({ description: 'Trial fields left out stay as they are; null clears them. Declining clears the trial plan.' })
export class DecideSolutionInput {
  @Field(() => ID) solutionId: string;
  @Field(() => SolutionStatus, { description: 'SELECTED or DECLINED' }) status: SolutionStatus;
  @Field(() => String, { nullable: true, description: 'Required when declining; a note when selecting' }) reason?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) trialStartsOn?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not before the start' }) trialEndsOn?: string | null;
  @Field(() => String, { nullable: true }) trialPlan?: string | null;
  @Field(() => [String], { nullable: true, description: 'Regions trying it, by code' }) trialRegionCodes?: string[] | null;
}

@InputType({ description: 'A new result, or with resultId a change of an existing one (all fields replace it)' })
export class RecordResultInput {
  @Field(() => ID) solutionId: string;
  @Field(() => ID, { nullable: true }) resultId?: string | null;
  @Field() metric: string;
  @Field(() => String, { nullable: true }) unit?: string | null;
  @Field(() => Float) baseline: number;
  @Field(() => Float) target: number;
  @Field(() => Float, { nullable: true }) measured?: number | null;
  @Field(() => Int, { description: '0-100' }) progress: number;
  @Field(() => String, { nullable: true }) outcome?: string | null;
  @Field(() => String, { nullable: true, description: "The region that measured it: the solution's own or one of its trial regions" }) regionCode?: string | null;
}
