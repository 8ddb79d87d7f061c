import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../../user/index.js';
import { Thread } from '../threads/thread.entity.js';

/** A post in a thread. The body is kept as written (markdown) and as sanitized HTML. */
@ObjectType({ description: 'A post; number 1 opens the thread', simpleResolvers: true })
@Entity({ tableName: 'forum_post' })
@Unique({ properties: ['thread', 'number'] })
export class Post {
  [OptionalProps]?: 'createdAt' | 'editedAt' | 'deletedAt' | 'hiddenAt' | 'hiddenReason' | 'replyToId';

  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id: number;

  @ManyToOne(() => Thread, { ref: true })
  thread: Ref<Thread>;

  @ManyToOne(() => User, { ref: true })
  @Index()
  author: Ref<User>;

  @Field(() => Int)
  @Property({ type: 'int' })
  number: number;

  @Property({ type: 'text' })
  bodyMarkdown: string;

  @Property({ type: 'text' })
  bodyHtml: string;

  /**
   * The plain-text start of the body, cooked when the body is written (as bodyHtml is): quotes
   * show it on every page read, and computing it there was half of a thread page's CPU.
   */
  @Property({ type: 'text' })
  excerpt: string;

  /** A plain id the ORM never loads through; the database enforces it (set to null if that post is deleted). */
  @Property({ type: 'int', nullable: true })
  replyToId: number | null = null;

  @Field()
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  editedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  hiddenAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  hiddenReason: string | null = null;
}

/** The previous text of a post, kept on every edit so anyone can see what changed. */
@ObjectType({ description: 'An earlier version of a post', simpleResolvers: true })
@Entity({ tableName: 'forum_post_revision' })
export class PostRevision {
  [OptionalProps]?: 'createdAt' | 'title';

  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id: number;

  @ManyToOne(() => Post, { ref: true })
  @Index()
  post: Ref<Post>;

  @ManyToOne(() => User, { ref: true })
  editor: Ref<User>;

  @Field(() => String, { nullable: true, description: 'Thread title before the edit (opening posts only)' })
  @Property({ type: 'text', nullable: true })
  title: string | null = null;

  @Field()
  @Property({ type: 'text' })
  bodyMarkdown: string;

  @Field({ description: 'When this version was replaced' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
