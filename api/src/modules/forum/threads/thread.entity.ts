import { ArrayType, Collection, Entity, Enum, Index, ManyToMany, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Region } from '../../region/index.js';
import { User } from '../../user/index.js';
import { Category } from '../categories/category.entity.js';

export enum ThreadType {
  DISCUSSION = 'DISCUSSION',
  QUESTION = 'QUESTION',
}
registerEnumType(ThreadType, { name: 'ThreadType', description: 'A question can have one accepted answer' });

/**
 * A topic. Its opening text is post number 1 (as in Discourse), so edits, reactions,
 * flags and search treat it like any other post.
 */
@ObjectType({ description: 'A forum thread', simpleResolvers: true })
@Entity({ tableName: 'forum_thread' })
@Index({ properties: ['category', 'lastPostAt'] })
export class Thread {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'lastPostAt' | 'replyCount' | 'lastPostNumber' | 'indicatorNumbers' | 'tags' | 'pinnedAt' | 'lockedAt' | 'deletedAt' | 'acceptedPostId';

  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id: number;

  @ManyToOne(() => Category, { ref: true })
  category: Ref<Category>;

  @ManyToOne(() => User, { ref: true })
  author: Ref<User>;

  @Field(() => ThreadType)
  @Enum({ items: () => ThreadType, nativeEnumName: 'forum_thread_type' })
  type: ThreadType;

  @Field()
  @Property({ type: 'text' })
  title: string;

  @Field(() => [Int], { description: 'SPBE 2020 indicator numbers this thread is about' })
  @Property({ type: new ArrayType((i) => Number(i)), columnType: 'smallint[]', default: '{}' })
  indicatorNumbers: number[] = [];

  @Field(() => [String])
  @Property({ type: 'text[]', default: '{}' })
  tags: string[] = [];

  @ManyToMany({ entity: () => Region, pivotTable: 'forum_thread_region', joinColumn: 'thread_id', inverseJoinColumn: 'region_code' })
  regions = new Collection<Region>(this);

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  pinnedAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  lockedAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null = null;

  /** Plain id (not a relation) to avoid a cycle thread -> post -> thread in inserts; the database enforces it. */
  @Property({ type: 'int', nullable: true })
  acceptedPostId: number | null = null;

  @Field(() => Int, { description: 'Replies, not counting the opening post or deleted replies' })
  @Property({ type: 'int', default: 0 })
  replyCount: number = 0;

  @Field(() => Int, { description: 'Number of the newest post; unread = this minus the last read number' })
  @Property({ type: 'int', default: 0 })
  lastPostNumber: number = 0;

  @Field()
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  lastPostAt: Date = new Date();

  @Field()
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field()
  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
