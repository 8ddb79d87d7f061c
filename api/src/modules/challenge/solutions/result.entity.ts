import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../../user/index.js';
import { Region } from '../../region/index.js';
import { Solution } from './solution.entity.js';

/**
 * One measured result of a selected solution's trial (Decidim accountability): a metric with its
 * baseline, target and measured value, the progress and an outcome note. The EVALUATION stage
 * reviews these; indicator levels before and after come from assessments, not from here.
 */
@ObjectType({ description: 'A measured result of a solution\'s trial' })
@Entity({ tableName: 'challenge_solution_result' })
export class SolutionResult {
  [OptionalProps]?: 'region' | 'unit' | 'measured' | 'outcome' | 'recordedAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id: number;

  @ManyToOne(() => Solution, { ref: true, deleteRule: 'cascade' })
  @Index()
  solution: Ref<Solution>;

  /** The trial region that measured it, when the trial ran in several. */
  @ManyToOne(() => Region, { ref: true, nullable: true, fieldName: 'region_code' })
  region: Ref<Region> | null = null;

  @Field({ description: 'What is measured, e.g. "Waktu layanan izin usaha"' })
  @Property({ type: 'text' })
  metric: string;

  @Field(() => String, { nullable: true, description: 'e.g. hari, %, layanan' })
  @Property({ type: 'text', nullable: true })
  unit: string | null = null;

  @Field(() => Float)
  @Property({ type: 'double' })
  baseline: number;

  @Field(() => Float)
  @Property({ type: 'double' })
  target: number;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  measured: number | null = null;

  @Field(() => Int, { description: '0-100' })
  @Property({ type: 'smallint' })
  progress: number;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  outcome: string | null = null;

  @ManyToOne(() => User, { ref: true })
  recordedBy: Ref<User>;

  @Field()
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  recordedAt: Date = new Date();

  @Field()
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}
