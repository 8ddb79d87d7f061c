import { Entity, Enum, ManyToOne, OptionalProps, Property, PrimaryKeyProp, type Ref } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { User } from '../../user/index.js';
import { Thread } from './thread.entity.js';

export enum NotificationLevel {
  WATCHING = 'WATCHING',
  TRACKING = 'TRACKING',
  NORMAL = 'NORMAL',
  MUTED = 'MUTED',
}
registerEnumType(NotificationLevel, {
  name: 'NotificationLevel',
  valuesConfig: {
    WATCHING: { description: 'Notified of every new post' },
    TRACKING: { description: 'Unread counts shown; notified of mentions and replies to you' },
    NORMAL: { description: 'Notified of mentions and replies to you' },
    MUTED: { description: 'Never notified; hidden from unread counts' },
  },
});

/** Per user and thread: how to notify, and how far the user has read. */
@Entity({ tableName: 'forum_thread_user' })
export class ThreadUser {
  [OptionalProps]?: 'level' | 'lastReadPostNumber' | 'updatedAt';
  [PrimaryKeyProp]?: ['thread', 'user'];

  @ManyToOne(() => Thread, { ref: true, primary: true, deleteRule: 'cascade' })
  thread: Ref<Thread>;

  @ManyToOne(() => User, { ref: true, primary: true, deleteRule: 'cascade' })
  user: Ref<User>;

  @Enum({ items: () => NotificationLevel, nativeEnumName: 'forum_notification_level', default: NotificationLevel.NORMAL })
  level: NotificationLevel = NotificationLevel.NORMAL;

  @Property({ type: 'int', default: 0 })
  lastReadPostNumber: number = 0;

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
