import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Region } from '../region/index.js';
import { SpbeFramework } from '../spbe/index.js';
import { User } from '../user/index.js';
import type { Levels } from '../spbe/index.js';

/**
 * A region's assessment for one framework and year: one level per indicator, kept as a
 * jsonb map from indicator number to level. The index and predicate are derived on write
 * so directories and rankings read them without recomputing.
 */
@ObjectType({ description: "A region's assessment for one framework and year", simpleResolvers: true })
@Entity({ tableName: 'assessment' })
@Unique({ properties: ['region', 'framework', 'year'] })
@Index({ properties: ['framework', 'year'] })
export class Assessment {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'isDemo' | 'index' | 'predicate' | 'levelCount';

  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id: number;

  @ManyToOne(() => Region, { ref: true, fieldName: 'region_code', deleteRule: 'cascade' })
  region: Ref<Region>;

  @ManyToOne(() => SpbeFramework, { ref: true })
  framework: Ref<SpbeFramework>;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  year: number;

  @Property({ type: 'jsonb' })
  levels: Levels = {};

  @Field(() => Float, { nullable: true, description: 'Index on the level scale, 2 decimals; null while incomplete' })
  @Property({ type: 'decimal', precision: 4, scale: 2, nullable: true, runtimeType: 'number' })
  index: number | null = null;

  @Field(() => String, { nullable: true, description: 'Predicate band, e.g. Sangat Baik; null while incomplete' })
  @Property({ type: 'text', nullable: true })
  predicate: string | null = null;

  @Field(() => Int, { description: 'How many indicators have a level' })
  @Property({ type: 'smallint', default: 0 })
  levelCount: number = 0;

  @Field({ description: 'True for demonstration data seeded in development' })
  @Property({ default: false })
  isDemo: boolean = false;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  updatedBy?: Ref<User>;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field()
  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

declare module '../../core/events/bus.js' {
  interface Events {
    /** `complete`: it has an index (drafts reach only those who may see them). */
    ASSESSMENT_RECORDED: [regionCode: string, payload: { assessmentId: number; regionCode: string; complete: boolean }];
  }
}
