import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { PageArgs, connectionOf } from '../../core/graphql/connection.js';
import { Challenge } from './challenges/challenge.entity.js';
import { ChallengeStage } from './stages/challenge.stages.js';
import { ChallengeRole } from './team/member.entity.js';

export const ChallengeConnection = connectionOf(Challenge, 'Challenge');

/** How the challenge list is ordered; ties go to the latest activity. */
export enum ChallengeSort {
  LATEST_ACTIVITY = 'LATEST_ACTIVITY',
  /** By the supports of all its solutions together. */
  MOST_SUPPORTED = 'MOST_SUPPORTED',
  /** By the replications of all its solutions together. */
  MOST_REPLICATED = 'MOST_REPLICATED',
}
registerEnumType(ChallengeSort, { name: 'ChallengeSort' });

@InputType({ description: 'An SPBE indicator by framework code and number, e.g. SPBE-2020 and 20' })
export class IndicatorRefInput {
  @Field() framework: string;
  @Field(() => Int) number: number;
}

@InputType()
export class StageDeadlineInput {
  @Field(() => ChallengeStage) stage: ChallengeStage;
  @Field() dueAt: Date;
}

// Lengths and counts are checked by the commands (challenge.limits.ts), with messages in both languages.
@InputType()
export class OpenChallengeInput {
  @Field() title: string;
  @Field({ description: 'Markdown, sanitized like forum posts' }) problemMarkdown: string;
  @Field(() => [String], { description: 'Owning regions by code; a region admin gives only their own' }) regionCodes: string[];
  @Field(() => [IndicatorRefInput]) indicators: IndicatorRefInput[];
  @Field(() => String, { nullable: true, description: 'Cohort slug, e.g. living-lab-2022' }) cohort?: string | null;
  @Field(() => [String], { defaultValue: [] }) tags: string[];
  @Field(() => [StageDeadlineInput], { defaultValue: [] }) deadlines: StageDeadlineInput[];
}

@InputType({ description: 'Fields left out stay as they are; cohort null removes it' })
export class UpdateChallengeInput {
  @Field(() => ID) challengeId: string;
  @Field({ nullable: true }) title?: string;
  @Field({ nullable: true }) problemMarkdown?: string;
  @Field(() => [IndicatorRefInput], { nullable: true }) indicators?: IndicatorRefInput[];
  @Field(() => String, { nullable: true }) cohort?: string | null;
  @Field(() => [String], { nullable: true }) tags?: string[];
  @Field(() => [StageDeadlineInput], { nullable: true }) deadlines?: StageDeadlineInput[];
}

@InputType()
export class MoveChallengeStageInput {
  @Field(() => ID) challengeId: string;
  @Field(() => ChallengeStage) to: ChallengeStage;
  @Field(() => String, { nullable: true, description: 'Why; required when moving back a stage' }) note?: string | null;
}

@InputType()
export class RequestToJoinChallengeInput {
  @Field(() => ID) challengeId: string;
  @Field(() => ChallengeRole, { defaultValue: ChallengeRole.MEMBER, description: 'MEMBER, or MENTOR for facilitators' }) role: ChallengeRole;
}

@InputType()
export class DecideJoinRequestInput {
  @Field(() => ID) challengeId: string;
  @Field(() => ID) userId: string;
  @Field() accept: boolean;
}

@InputType()
export class InviteToChallengeInput {
  @Field(() => ID) challengeId: string;
  @Field(() => ID) userId: string;
  @Field(() => ChallengeRole, { defaultValue: ChallengeRole.MEMBER }) role: ChallengeRole;
}

@ObjectType({ description: 'An SPBE indicator a challenge targets', simpleResolvers: true })
export class ChallengeIndicator {
  @Field() frameworkCode: string;
  @Field(() => Int) number: number;
  @Field() name: string;
}

@ArgsType()
export class ChallengesArgs extends PageArgs {
  @Field(() => ChallengeStage, { nullable: true }) stage?: ChallengeStage;
  @Field(() => IndicatorRefInput, { nullable: true, description: 'Only challenges targeting this indicator' }) indicator?: IndicatorRefInput;
  @Field({ nullable: true, description: 'Only challenges this region owns, e.g. 32.11' }) @IsOptional() @Matches(/^\d{2}\.\d{2}$/) regionCode?: string;
  @Field({ nullable: true, description: 'Only challenges owned by a region of this province, e.g. 32' }) @IsOptional() @Matches(/^\d{2}$/) province?: string;
  @Field({ nullable: true, description: 'Cohort slug' }) @IsOptional() @MaxLength(64) cohort?: string;
  @Field({ nullable: true, description: 'Only challenges still taking team members (true) or no longer (false)' }) openToJoin?: boolean;
  @Field({ nullable: true, description: 'Only challenges with a solution some region replicates (true), or with none (false)' }) hasReplications?: boolean;
  @Field({ nullable: true, description: 'Only challenges you are in (active team member) or follow; none when signed out' }) mine?: boolean;
  @Field(() => ChallengeSort, { defaultValue: ChallengeSort.LATEST_ACTIVITY }) sort: ChallengeSort;
}
