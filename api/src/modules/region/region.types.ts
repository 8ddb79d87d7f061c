import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { PageArgs, connectionOf } from '../../core/graphql/connection.js';
import { RegionView } from './directory/region.view.js';
import { REGION_LIMITS } from './region.limits.js';

export const RegionConnection = connectionOf(RegionView, 'Region');

export enum RegionSort {
  CODE = 'CODE',
  NAME = 'NAME',
  INDEX = 'INDEX',
  CHANGE = 'CHANGE',
}
registerEnumType(RegionSort, {
  name: 'RegionSort',
  valuesConfig: {
    CODE: { description: 'By code (province first), the default' },
    NAME: { description: 'By name' },
    INDEX: { description: 'Highest latest complete SPBE-2020 index first; regions without one last' },
    CHANGE: { description: 'Largest change between the two latest complete SPBE-2020 indices first; regions without two last' },
  },
});

@ArgsType()
export class RegionsArgs extends PageArgs {
  @Field({ nullable: true, description: 'Part of the name or code, e.g. "sumedang" or "32.11"' })
  @IsOptional()
  @MaxLength(100)
  search?: string;

  @Field({ nullable: true, description: 'Only regions of this province, e.g. 32' })
  @IsOptional()
  @Matches(/^\d{2}$/)
  provinceCode?: string;

  @Field({ nullable: true, description: 'Only members of this cohort (slug)' })
  @IsOptional()
  @MaxLength(64)
  cohort?: string;

  @Field(() => RegionSort, { defaultValue: RegionSort.CODE })
  sort: RegionSort;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

@InputType()
export class CreateCohortInput {
  @Field({ description: 'Lower-case words joined by hyphens, e.g. living-lab-2024' })
  @Matches(SLUG, { message: 'slug must be lower-case letters, digits and hyphens' })
  @Length(REGION_LIMITS.cohortSlugMin, REGION_LIMITS.cohortSlugMax)
  slug: string;

  @Field()
  @Length(REGION_LIMITS.cohortNameMin, REGION_LIMITS.cohortNameMax)
  name: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(REGION_LIMITS.cohortDescriptionMax)
  description?: string;
}

@InputType()
export class CohortMembersInput {
  @Field()
  @MaxLength(REGION_LIMITS.cohortSlugMax)
  slug: string;

  @Field(() => [String], { description: 'Region codes such as 32.11' })
  @ArrayMinSize(1)
  @ArrayMaxSize(REGION_LIMITS.regionsPerChange)
  @Matches(/^\d{2}\.\d{2}$/, { each: true, message: 'each region code looks like 32.11' })
  regionCodes: string[];
}
