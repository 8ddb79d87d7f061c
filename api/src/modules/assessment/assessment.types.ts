import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsInt, IsOptional, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { SpbeAspect, SpbeDomain } from '../spbe/index.js';
import { ASSESSMENT_LIMITS } from './assessment.limits.js';

@ObjectType({ description: 'Score of one domain: its weighted mean level; null while any indicator lacks a level', simpleResolvers: true })
export class DomainScore {
  @Field(() => SpbeDomain) domain: SpbeDomain;
  @Field(() => Float, { nullable: true }) score: number | null;
  @Field(() => Float, { nullable: true, description: 'Weighted mean over the indicators with a level so far; null when none has' }) provisionalScore: number | null;
  @Field(() => Float) weightPercent: number;
  @Field(() => Float, { description: 'Share of indicators with a level, 0 to 1' }) completeness: number;
}

@ObjectType({ description: 'Score of one aspect: its weighted mean level; null while incomplete', simpleResolvers: true })
export class AspectScore {
  @Field(() => SpbeAspect) aspect: SpbeAspect;
  @Field(() => Float, { nullable: true }) score: number | null;
  @Field(() => Float, { nullable: true, description: 'Weighted mean over the indicators with a level so far; null when none has' }) provisionalScore: number | null;
  @Field(() => Float) weightPercent: number;
  @Field(() => Float) completeness: number;
}

@ObjectType({ simpleResolvers: true })
export class IndicatorLevel {
  @Field(() => Int) indicator: number;
  @Field(() => Int) level: number;
}

@InputType()
export class IndicatorLevelInput {
  @Field(() => Int, { description: 'Indicator number within the framework' })
  @IsInt()
  @Min(1)
  @Max(500)
  indicator: number;

  @Field(() => Int)
  @IsInt()
  level: number;
}

@InputType()
export class RecordAssessmentInput {
  @Field()
  @Matches(/^\d{2}\.\d{2}$/, { message: 'regionCode looks like 32.11' })
  regionCode: string;

  @Field({ defaultValue: 'SPBE-2020' })
  @MaxLength(64)
  frameworkCode: string = 'SPBE-2020';

  @Field(() => Int)
  @IsInt()
  @Min(ASSESSMENT_LIMITS.yearMin)
  @Max(ASSESSMENT_LIMITS.yearMax)
  year: number;

  @Field(() => [IndicatorLevelInput])
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  levels: IndicatorLevelInput[];

  @Field({ defaultValue: false, description: 'Replace all levels instead of merging these into the existing ones' })
  @IsOptional()
  replace: boolean = false;
}

@ObjectType({ description: 'One problem found in an imported CSV', simpleResolvers: true })
export class ImportRowError {
  @Field(() => Int, { description: 'Line number in the file (the header is line 1)' }) line: number;
  @Field(() => String, { nullable: true }) regionCode: string | null;
  @Field(() => String, { nullable: true, description: 'Column name, e.g. i12' }) column: string | null;
  @Field({ description: "In the requester's language" }) message: string;
}

@ObjectType({ simpleResolvers: true })
export class ImportAssessmentsPayload {
  @Field({ description: 'True when every row was stored; false means nothing was stored' }) ok: boolean;
  @Field(() => Int) imported: number;
  @Field(() => [ImportRowError]) errors: ImportRowError[];
}
