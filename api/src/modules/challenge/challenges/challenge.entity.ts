import { Collection, Entity, Enum, Index, ManyToMany, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../../user/index.js';
import { Cohort, Region } from '../../region/index.js';
import { SpbeIndicator } from '../../spbe/index.js';
import { Thread } from '../../forum/index.js';
import { ChallengeStage } from '../stages/challenge.stages.js';

@ObjectType({ description: 'When a stage of a challenge should be done', simpleResolvers: true })
export class StageDeadline {
  @Field(() => ChallengeStage) stage: ChallengeStage;
  @Field() dueAt: Date;
}

/** The stored form of a deadline: jsonb keeps the date as text. */
export interface StoredDeadline {
  stage: ChallengeStage;
  dueAt: string;
}

/**
 * A living-lab challenge: a problem owned by one or more regions, tied to SPBE indicators, that
 * a team works through the stages. Solutions and replications hang off it by `challenge_id`.
 */
@ObjectType({ description: 'A living-lab challenge (tantangan): a problem regions work on together' })
@Entity({ tableName: 'challenge' })
export class Challenge {
  [OptionalProps]?: 'stage' | 'cohort' | 'tags' | 'deadlines' | 'createdAt' | 'updatedAt' | 'lastActivityAt' | 'isDemo' | 'thread';

  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id: number;

  @Field()
  @Property({ type: 'text' })
  title: string;

  @Field({ description: 'The problem statement as written (markdown)' })
  @Property({ type: 'text' })
  problemMarkdown: string;

  @Field({ description: 'The problem statement as sanitized HTML' })
  @Property({ type: 'text' })
  problemHtml: string;

  @Field(() => ChallengeStage)
  @Enum({ items: () => ChallengeStage, nativeEnumName: 'challenge_stage', default: ChallengeStage.EXPLORATION })
  @Index()
  stage: ChallengeStage = ChallengeStage.EXPLORATION;

  @ManyToOne(() => Cohort, { ref: true, nullable: true, fieldName: 'cohort_slug', deleteRule: 'set null' })
  @Index()
  cohort: Ref<Cohort> | null = null;

  @Field(() => [String])
  @Property({ type: 'text[]', default: '{}' })
  tags: string[] = [];

  @Property({ type: 'jsonb', default: '[]' })
  deadlines: StoredDeadline[] = [];

  @ManyToOne(() => User, { ref: true })
  createdBy: Ref<User>;

  /**
   * Its discussion in the forum, opened with it. The link is kept here, not on the thread: the
   * forum knows nothing of challenges, and `Thread.challenge` is resolved from this side.
   * Null only for challenges written before discussions existed.
   */
  @ManyToOne(() => Thread, { ref: true, nullable: true, deleteRule: 'set null', unique: 'challenge_thread_unique' })
  thread: Ref<Thread> | null = null;

  @ManyToMany(() => Region, undefined, { owner: true, pivotTable: 'challenge_region', joinColumn: 'challenge_id', inverseJoinColumn: 'region_code' })
  regions = new Collection<Region>(this);

  @ManyToMany(() => SpbeIndicator, undefined, { owner: true, pivotTable: 'challenge_indicator', joinColumn: 'challenge_id', inverseJoinColumn: 'indicator_id' })
  indicators = new Collection<SpbeIndicator>(this);

  @Field()
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field()
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();

  @Field({ description: 'True for demonstration data seeded in development; the UI labels it' })
  @Property({ default: false })
  isDemo: boolean = false;

  @Field({ description: 'The last change of the challenge or its team; the list sorts on it' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Index({ name: 'challenge_activity_idx', expression: 'create index "challenge_activity_idx" on "challenge" ("last_activity_at" desc, "id" desc)' })
  lastActivityAt: Date = new Date();
}

/** One stage move of a challenge, for its timeline; the opening is recorded with no `from`. */
@ObjectType({ description: 'A stage change of a challenge: who moved it, when and why' })
@Entity({ tableName: 'challenge_transition' })
export class ChallengeTransition {
  [OptionalProps]?: 'at' | 'note' | 'fromStage';

  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id: number;

  @ManyToOne(() => Challenge, { ref: true, deleteRule: 'cascade' })
  @Index()
  challenge: Ref<Challenge>;

  @Field(() => ChallengeStage, { nullable: true, description: 'Null for the opening of the challenge' })
  @Enum({ items: () => ChallengeStage, nativeEnumName: 'challenge_stage', nullable: true })
  fromStage: ChallengeStage | null = null;

  @Field(() => ChallengeStage)
  @Enum({ items: () => ChallengeStage, nativeEnumName: 'challenge_stage' })
  toStage: ChallengeStage;

  @ManyToOne(() => User, { ref: true })
  by: Ref<User>;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field()
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  at: Date = new Date();
}
