import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../../user/index.js';
import { SpbeIndicator } from '../../spbe/index.js';
import { Challenge, Solution } from '../../challenge/index.js';
import { Plan } from '../plans/plan.entity.js';

export enum PlanItemStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  BLOCKED = 'BLOCKED',
}
registerEnumType(PlanItemStatus, { name: 'PlanItemStatus' });

/**
 * The fields of an item that people edit, each stamped with who changed it last and when:
 * concurrent edits of different fields merge, the same field is last-writer-wins. LINK is the
 * challenge and the solution together (one choice in the form).
 */
export enum PlanItemField {
  TARGET_LEVEL = 'TARGET_LEVEL',
  ACTIONS = 'ACTIONS',
  OWNER = 'OWNER',
  DUE_ON = 'DUE_ON',
  STATUS = 'STATUS',
  LINK = 'LINK',
}
registerEnumType(PlanItemField, { name: 'PlanItemField' });

/** The stored stamp of one field (jsonb keeps the time as text). */
export interface FieldStamp {
  by: number;
  at: string;
}
export type FieldStamps = Partial<Record<PlanItemField, FieldStamp>>;

/** One indicator a plan raises (the migration also checks target_level between 1 and 5): from its current level to a target, with actions, an owner, a due date and a status. */
@ObjectType({ description: 'One indicator a plan raises: target level, actions, owner, due date, status' })
@Entity({ tableName: 'plan_item' })
@Unique({ name: 'plan_item_unique', properties: ['plan', 'indicator'] })
export class PlanItem {
  [OptionalProps]?: 'currentLevel' | 'actions' | 'owner' | 'dueOn' | 'status' | 'challenge' | 'solution' | 'stamps' | 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id: number;

  @ManyToOne(() => Plan, { ref: true, deleteRule: 'cascade' })
  plan: Ref<Plan>;

  @ManyToOne(() => SpbeIndicator, { ref: true })
  indicator: Ref<SpbeIndicator>;

  @Field(() => Int, { nullable: true, description: "The region's level when the item was added (its latest complete assessment); null if it had none" })
  @Property({ type: 'smallint', nullable: true })
  currentLevel: number | null = null;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  targetLevel: number;

  @Field({ description: 'What will be done (plain text)' })
  @Property({ type: 'text', default: '' })
  actions: string = '';

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  owner: Ref<User> | null = null;

  @Field(() => String, { nullable: true, description: 'Due date, YYYY-MM-DD' })
  @Property({ type: 'date', nullable: true })
  dueOn: string | null = null;

  @Field(() => PlanItemStatus)
  @Enum({ items: () => PlanItemStatus, nativeEnumName: 'plan_item_status', default: PlanItemStatus.PLANNED })
  status: PlanItemStatus = PlanItemStatus.PLANNED;

  @ManyToOne(() => Challenge, { ref: true, nullable: true, deleteRule: 'set null' })
  challenge: Ref<Challenge> | null = null;

  @ManyToOne(() => Solution, { ref: true, nullable: true, deleteRule: 'set null' })
  solution: Ref<Solution> | null = null;

  /** Who changed each field last, and when (see PlanItemField). */
  @Property({ type: 'jsonb', default: '{}' })
  stamps: FieldStamps = {};

  @ManyToOne(() => User, { ref: true })
  createdBy: Ref<User>;

  @Field()
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field()
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}
