import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../user/index.js';

export enum NotificationKind {
  MENTION = 'MENTION',
  REPLY = 'REPLY',
  ACCEPTED_ANSWER = 'ACCEPTED_ANSWER',
  THREAD_ACTIVITY = 'THREAD_ACTIVITY',
}
registerEnumType(NotificationKind, { name: 'NotificationKind' });

/** Something that happened that a user should know about; shown in the bell, delivered live. */
@ObjectType({ description: 'An in-app notification', simpleResolvers: true })
@Entity({ tableName: 'notification' })
@Index({ properties: ['user', 'readAt'] })
export class Notification {
  [OptionalProps]?: 'createdAt' | 'readAt' | 'threadId' | 'postId';

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
