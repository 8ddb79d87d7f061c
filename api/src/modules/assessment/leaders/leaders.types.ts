import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { IsInt, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { RegionView } from '../../region/index.js';
import { User } from '../../user/index.js';
import { ASSESSMENT_LIMITS } from '../assessment.limits.js';

@ArgsType()
export class IndicatorLeadersArgs {
  @Field({ defaultValue: 'SPBE-2020' })
  @MaxLength(64)
  frameworkCode: string = 'SPBE-2020';

  @Field(() => Int, { description: 'Indicator number within the framework' })
  @IsInt()
  @Min(1)
  @Max(500)
  indicator: number;

  @Field(() => Int, { defaultValue: 0, description: "Only regions above this level: the viewer's own level on the indicator (0 for all with a level)" })
  @IsInt()
  @Min(0)
  @Max(100)
  above: number = 0;

  @Field({ nullable: true, description: "Leave this region out (the viewer's own)" })
  @IsOptional()
  @Matches(/^\d{2}\.\d{2}$/, { message: 'exceptRegion looks like 32.11' })
  exceptRegion?: string;

  @Field(() => Int, { defaultValue: 10, description: `At most ${ASSESSMENT_LIMITS.leadersMax}` })
  @IsInt()
  @Min(1)
  @Max(ASSESSMENT_LIMITS.leadersMax)
  first: number = 10;
}

@ObjectType({ description: 'A region to learn from on one indicator: its level there in its latest complete assessment', simpleResolvers: true })
export class IndicatorLeader {
  @Field(() => RegionView) region: RegionView;
  @Field(() => Int) level: number;
  @Field(() => Int, { description: 'Year of the assessment the level comes from' }) year: number;
  @Field(() => User, { nullable: true, description: "Whom to ask: the region's region admin; null for signed-out visitors or when it has none" })
  contact: User | null;
}
