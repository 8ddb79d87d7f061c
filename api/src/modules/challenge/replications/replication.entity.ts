import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../../user/index.js';
import { Region } from '../../region/index.js';
import { Solution } from '../solutions/solution.entity.js';

export enum ReplicationStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  /** Given up, with a reason. */
  ABANDONED = 'ABANDONED',
}
registerEnumType(ReplicationStatus, { name: 'ReplicationStatus' });

/**
 * Studi tiru: region B copies a solution (of region A) or another region's replication of it.
 * Every node of one lineage names the solution at its root, so "one region copies a lineage once"
 * is a unique constraint and a cycle cannot be formed: a new node always hangs under an existing
 * one, and the root's own region may not replicate it.
 */
@ObjectType({ description: 'A region copying a solution (studi tiru), or copying another region\'s copy of it' })
@Entity({ tableName: 'challenge_replication' })
@Unique({ name: 'replication_region_unique', properties: ['solution', 'region'] })
export class Replication {
  [OptionalProps]?: 'status' | 'parent' | 'statusReason' | 'startsOn' | 'endsOn' | 'adaptationMarkdown' | 'adaptationHtml' | 'outcome' | 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id: number;

  /** The solution at the root of the lineage. */
  @ManyToOne(() => Solution, { ref: true, deleteRule: 'cascade' })
  solution: Ref<Solution>;

  /** The replication this one copies; null when it copies the solution itself. */
  @ManyToOne(() => Replication, { ref: true, nullable: true, deleteRule: 'cascade' })
  @Index()
  parent: Ref<Replication> | null = null;

  /** The region that copies. */
  @ManyToOne(() => Region, { ref: true, fieldName: 'region_code' })
  @Index()
  region: Ref<Region>;

  @Field(() => ReplicationStatus)
  @Enum({ items: () => ReplicationStatus, nativeEnumName: 'replication_status', default: ReplicationStatus.PLANNED })
  status: ReplicationStatus = ReplicationStatus.PLANNED;

  @Field(() => String, { nullable: true, description: 'Why it was abandoned' })
  @Property({ type: 'text', nullable: true })
  statusReason: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'date', nullable: true })
  startsOn: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'date', nullable: true })
  endsOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'What the region adapted (markdown)' })
  @Property({ type: 'text', nullable: true })
  adaptationMarkdown: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  adaptationHtml: string | null = null;

  @Field(() => String, { nullable: true, description: 'What came of it, in the region\'s words' })
  @Property({ type: 'text', nullable: true })
  outcome: string | null = null;

  @ManyToOne(() => User, { ref: true })
  createdBy: Ref<User>;

  @Field()
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field()
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}
