import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../../user/index.js';
import { Region } from '../../region/index.js';
import { SpbeFramework } from '../../spbe/index.js';
import { Solution } from '../../challenge/index.js';

/**
 * Where a plan is in its approval. This half of the plans work moves it with `updatePlan`
 * (plan.states.ts); named versions and reviews bound to a version come with the shared document.
 */
export enum PlanState {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  APPROVED = 'APPROVED',
}
registerEnumType(PlanState, { name: 'PlanState', description: 'DRAF / DITINJAU / PERLU PERUBAHAN / DISETUJUI' });

/** What a member may do in a plan: EDITORs change it, COMMENTERs and VIEWERs read it (comments come later). */
export enum PlanMemberRole {
  EDITOR = 'EDITOR',
  COMMENTER = 'COMMENTER',
  VIEWER = 'VIEWER',
}
registerEnumType(PlanMemberRole, { name: 'PlanMemberRole' });

/**
 * A region's SPBE improvement plan (Rencana Aksi SPBE) for one framework and year. Its items
 * are rows (plan_item); its narrative (a shared Yjs document) will hang off `plan.id` and check
 * `plan_member` like everything else here.
 */
@ObjectType({ description: 'An SPBE improvement plan (Rencana Aksi SPBE) of one region for one framework and year' })
@Entity({ tableName: 'plan' })
@Index({ name: 'plan_list_idx', expression: 'create index "plan_list_idx" on "plan" ("region_code", "updated_at" desc, "id" desc)' })
export class Plan {
  [OptionalProps]?: 'state' | 'sourceSolution' | 'sourcePlan' | 'createdAt' | 'updatedAt' | 'isDemo';

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

  @Field()
  @Property({ type: 'text' })
  title: string;

  @Field(() => PlanState)
  @Enum({ items: () => PlanState, nativeEnumName: 'plan_state', default: PlanState.DRAFT })
  @Index()
  state: PlanState = PlanState.DRAFT;

  @ManyToOne(() => User, { ref: true })
  createdBy: Ref<User>;

  /** Started from a challenge's (selected) solution. */
  @ManyToOne(() => Solution, { ref: true, nullable: true, deleteRule: 'set null' })
  sourceSolution: Ref<Solution> | null = null;

  /** Copied from another region's approved plan ("tiru rencana ini"). */
  @ManyToOne(() => Plan, { ref: true, nullable: true, deleteRule: 'set null' })
  @Index()
  sourcePlan: Ref<Plan> | null = null;

  @Field()
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field({ description: 'The last change of the plan, its items or its members' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();

  @Field({ description: 'True for demonstration data seeded in development; the UI labels it' })
  @Property({ default: false })
  isDemo: boolean = false;
}

/** A person in a plan, with their role (one row per person and plan). */
@ObjectType({ description: 'A person in a plan and what they may do' })
@Entity({ tableName: 'plan_member' })
@Unique({ name: 'plan_member_unique', properties: ['plan', 'user'] })
export class PlanMember {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'addedBy';

  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id: number;

  @ManyToOne(() => Plan, { ref: true, deleteRule: 'cascade' })
  plan: Ref<Plan>;

  @ManyToOne(() => User, { ref: true })
  @Index()
  user: Ref<User>;

  @Field(() => PlanMemberRole)
  @Enum({ items: () => PlanMemberRole, nativeEnumName: 'plan_member_role' })
  role: PlanMemberRole;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  addedBy: Ref<User> | null = null;

  @Field()
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field()
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}
