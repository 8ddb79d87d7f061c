import { Collection, Entity, Enum, Index, ManyToMany, ManyToOne, OptionalProps, PrimaryKey, PrimaryKeyProp, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../../user/index.js';
import { Region } from '../../region/index.js';
import { SpbeIndicator } from '../../spbe/index.js';
import { Thread } from '../../forum/index.js';
import { Challenge } from '../challenges/challenge.entity.js';

export enum SolutionStatus {
  PROPOSED = 'PROPOSED',
  /** A lead chose it for experimentation. */
  SELECTED = 'SELECTED',
  /** A lead declined it, with a reason. */
  DECLINED = 'DECLINED',
}
registerEnumType(SolutionStatus, { name: 'SolutionStatus' });

/** Budget bands as officials plan them (APBD lines), not exact sums. */
export enum BudgetRange {
  NONE = 'NONE',
  BELOW_50M = 'BELOW_50M',
  FROM_50M_TO_250M = 'FROM_50M_TO_250M',
  FROM_250M_TO_1B = 'FROM_250M_TO_1B',
  ABOVE_1B = 'ABOVE_1B',
}
registerEnumType(BudgetRange, { name: 'BudgetRange', description: 'Rupiah: none, < 50 jt, 50-250 jt, 250 jt-1 M, > 1 M' });

export enum SolutionLinkKind {
  SOURCE_CODE = 'SOURCE_CODE',
  APP = 'APP',
  DOCUMENT = 'DOCUMENT',
  TRAINING = 'TRAINING',
  REGULATION = 'REGULATION',
  OTHER = 'OTHER',
}
registerEnumType(SolutionLinkKind, { name: 'SolutionLinkKind' });

/** The stored form of a link (jsonb). */
export interface StoredLink {
  kind: SolutionLinkKind;
  label: string;
  url: string;
}

/**
 * A solution proposed for a challenge (Decidim's proposal): what it is, what it needs, the
 * indicators it should raise. Supports, endorsements and replications are counted on the row
 * (kept by the commands that change them, in the same transaction) so lists sort without joins.
 */
@ObjectType({ description: 'A solution proposed for a challenge' })
@Entity({ tableName: 'challenge_solution' })
export class Solution {
  [OptionalProps]?: 'thread' | 'status' | 'links' | 'needsTraining' | 'needsRegulation' | 'budgetRange' | 'decisionReason' | 'decidedBy' | 'decidedAt'
    | 'supportCount' | 'endorsementCount' | 'replicationCount' | 'createdAt' | 'updatedAt' | 'editedAt' | 'trialStartsOn' | 'trialEndsOn' | 'trialPlan';

  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id: number;

  @ManyToOne(() => Challenge, { ref: true, deleteRule: 'cascade' })
  @Index()
  challenge: Ref<Challenge>;

  @Field()
  @Property({ type: 'text' })
  title: string;

  @Field({ description: 'As written (markdown)' })
  @Property({ type: 'text' })
  descriptionMarkdown: string;

  @Field({ description: 'Sanitized HTML' })
  @Property({ type: 'text' })
  descriptionHtml: string;

  @ManyToOne(() => User, { ref: true })
  @Index()
  author: Ref<User>;

  /** The author's region when proposing: the origin of its lineage ("from Sumedang"). */
  @ManyToOne(() => Region, { ref: true, fieldName: 'region_code' })
  @Index()
  region: Ref<Region>;

  @Property({ type: 'jsonb', default: '[]' })
  links: StoredLink[] = [];

  /** Its comments: a forum thread opened with it (see Challenge.thread for why the link lives here). */
  @ManyToOne(() => Thread, { ref: true, nullable: true, deleteRule: 'set null', unique: 'challenge_solution_thread_unique' })
  thread: Ref<Thread> | null = null;

  @Field(() => String, { nullable: true, description: 'Training the solution needs, if any' })
  @Property({ type: 'text', nullable: true })
  needsTraining: string | null = null;

  @Field(() => String, { nullable: true, description: 'Regulation it needs (e.g. a Perbup), if any' })
  @Property({ type: 'text', nullable: true })
  needsRegulation: string | null = null;

  @Field(() => BudgetRange)
  @Enum({ items: () => BudgetRange, nativeEnumName: 'solution_budget_range', default: BudgetRange.NONE })
  budgetRange: BudgetRange = BudgetRange.NONE;

  @ManyToMany(() => SpbeIndicator, undefined, { owner: true, pivotTable: 'challenge_solution_indicator', joinColumn: 'solution_id', inverseJoinColumn: 'indicator_id' })
  indicators = new Collection<SpbeIndicator>(this);

  @Field(() => SolutionStatus)
  @Enum({ items: () => SolutionStatus, nativeEnumName: 'solution_status', default: SolutionStatus.PROPOSED })
  status: SolutionStatus = SolutionStatus.PROPOSED;

  @Field(() => String, { nullable: true, description: 'Why it was declined (or a note on selection)' })
  @Property({ type: 'text', nullable: true })
  decisionReason: string | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  decidedBy: Ref<User> | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null = null;

  /** The trial plan of a selected solution (Decidim accountability): when, and what is tried. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'date', nullable: true })
  trialStartsOn: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'date', nullable: true })
  trialEndsOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'What the trial does, in a few lines' })
  @Property({ type: 'text', nullable: true })
  trialPlan: string | null = null;

  @ManyToMany(() => Region, undefined, { owner: true, pivotTable: 'challenge_solution_trial_region', joinColumn: 'solution_id', inverseJoinColumn: 'region_code' })
  trialRegions = new Collection<Region>(this);

  @Field(() => Int)
  @Property({ type: 'int', default: 0 })
  supportCount = 0;

  @Field(() => Int)
  @Property({ type: 'int', default: 0 })
  endorsementCount = 0;

  @Field(() => Int, { description: 'Replications anywhere in its lineage' })
  @Property({ type: 'int', default: 0 })
  replicationCount = 0;

  @Field()
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field()
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'Last edit by an author; null if never edited' })
  @Property({ type: 'timestamptz', nullable: true })
  editedAt: Date | null = null;
}

/** The text of a solution before an edit, kept like a post's revisions. */
@ObjectType({ description: 'An earlier version of a solution', simpleResolvers: true })
@Entity({ tableName: 'challenge_solution_revision' })
export class SolutionRevision {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id: number;

  @ManyToOne(() => Solution, { ref: true, deleteRule: 'cascade' })
  @Index()
  solution: Ref<Solution>;

  @ManyToOne(() => User, { ref: true })
  editor: Ref<User>;

  @Field()
  @Property({ type: 'text' })
  title: string;

  @Field()
  @Property({ type: 'text' })
  descriptionMarkdown: string;

  @Field({ description: 'When this version was replaced' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** One person's support of a solution (toggle). */
@Entity({ tableName: 'challenge_solution_support' })
export class SolutionSupport {
  [OptionalProps]?: 'createdAt';
  [PrimaryKeyProp]?: ['solution', 'user'];

  @ManyToOne(() => Solution, { primary: true, ref: true, deleteRule: 'cascade' })
  solution: Ref<Solution>;

  @ManyToOne(() => User, { primary: true, ref: true, deleteRule: 'cascade' })
  @Index()
  user: Ref<User>;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** A region's endorsement of a solution: one per region, given by its region admin. */
@ObjectType({ description: 'A region endorsing a solution ("Kabupaten Siak endorses")' })
@Entity({ tableName: 'challenge_solution_endorsement' })
@Unique({ name: 'solution_endorsement_region_unique', properties: ['solution', 'region'] })
export class SolutionEndorsement {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id: number;

  @ManyToOne(() => Solution, { ref: true, deleteRule: 'cascade' })
  solution: Ref<Solution>;

  @ManyToOne(() => Region, { ref: true, fieldName: 'region_code' })
  @Index()
  region: Ref<Region>;

  @ManyToOne(() => User, { ref: true })
  by: Ref<User>;

  @Field()
  @Property({ type: 'text' })
  statement: string;

  @Field()
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
