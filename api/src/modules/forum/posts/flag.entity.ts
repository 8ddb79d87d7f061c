import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../../user/index.js';
import { Post } from './post.entity.js';

/** A member's report that a post needs a moderator's look. */
@ObjectType({ description: 'A report on a post, waiting in the moderation queue until resolved', simpleResolvers: true })
@Entity({ tableName: 'forum_flag' })
@Index({ properties: ['resolvedAt'] })
export class Flag {
  [OptionalProps]?: 'createdAt' | 'resolvedAt' | 'resolution';

  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id: number;

  @ManyToOne(() => Post, { ref: true, deleteRule: 'cascade' })
  post: Ref<Post>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user: Ref<User>;

  @Field()
  @Property({ type: 'text' })
  reason: string;

  @Field()
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'HIDDEN or DISMISSED' })
  @Property({ type: 'text', nullable: true })
  resolution: string | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  resolvedBy?: Ref<User>;
}
