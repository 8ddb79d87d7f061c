import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../user/index.js';

export enum NotificationKind {
  MENTION = 'MENTION',
  REPLY = 'REPLY',
  ACCEPTED_ANSWER = 'ACCEPTED_ANSWER',
  THREAD_ACTIVITY = 'THREAD_ACTIVITY',
  /** Something happened in a living-lab challenge one works on or follows; it carries its own text and link. */
  CHALLENGE_ACTIVITY = 'CHALLENGE_ACTIVITY',
}
registerEnumType(NotificationKind, { name: 'NotificationKind' });

/** Something that happened that a user should know about; shown in the bell, delivered live. */
@ObjectType({ description: 'An in-app notification', simpleResolvers: true })
@Entity({ tableName: 'notification' })
@Index({ properties: ['user', 'readAt'] })
export class Notification {
  [OptionalProps]?: 'createdAt' | 'readAt' | 'threadId' | 'postId' | 'link' | 'textId' | 'textEn';

  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id: number;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user: Ref<User>;

  @Field(() => NotificationKind)
  @Enum({ items: () => NotificationKind, nativeEnumName: 'notification_kind' })
  kind: NotificationKind;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  actor?: Ref<User>;

  /**
   * Plain ids: this module knows nothing of threads. The forum's migration makes the database
   * enforce them; a hard delete of the thread or post takes its notifications with it.
   */
  @Property({ type: 'int', nullable: true })
  threadId: number | null = null;

  @Property({ type: 'int', nullable: true })
  postId: number | null = null;

  /**
   * For notifications about something that is not a forum post (a challenge's stage): where it
   * leads in the web app, and what happened, written by the notifying feature in both
   * languages when it is stored (this module renders no other module's messages).
   */
  @Field(() => String, { nullable: true, description: 'Where the notification leads in the app (a path such as /tantangan/12), when it is not about a forum post' })
  @Property({ type: 'text', nullable: true })
  link: string | null = null;

  @Property({ type: 'text', nullable: true })
  textId: string | null = null;

  @Property({ type: 'text', nullable: true })
  textEn: string | null = null;

  @Field()
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  readAt: Date | null = null;
}

declare module '../../core/events/bus.js' {
  interface Events {
    NOTIFICATION: [userId: string, payload: { notificationId: number }];
  }
}
