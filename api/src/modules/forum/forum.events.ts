import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../user/index.js';
import { Post } from './posts/post.entity.js';
import { Thread } from './threads/thread.entity.js';

export enum ThreadEventKind {
  POST_ADDED = 'POST_ADDED',
  POST_UPDATED = 'POST_UPDATED',
  POST_DELETED = 'POST_DELETED',
  POST_HIDDEN = 'POST_HIDDEN',
  REACTIONS_CHANGED = 'REACTIONS_CHANGED',
  ANSWER_ACCEPTED = 'ANSWER_ACCEPTED',
  THREAD_UPDATED = 'THREAD_UPDATED',
  PRESENCE = 'PRESENCE',
}
registerEnumType(ThreadEventKind, { name: 'ThreadEventKind' });

export enum FeedEventKind {
  THREAD_CREATED = 'THREAD_CREATED',
  THREAD_BUMPED = 'THREAD_BUMPED',
  THREAD_UPDATED = 'THREAD_UPDATED',
  THREAD_DELETED = 'THREAD_DELETED',
}
registerEnumType(FeedEventKind, { name: 'FeedEventKind' });

/** What travels over pub/sub: ids only, so each subscriber loads what it may see. */
export interface ThreadEventMessage {
  kind: ThreadEventKind;
  threadId: number;
  postId?: number;
  viewerIds?: number[];
  typingIds?: number[];
}
export interface FeedEventMessage {
  kind: FeedEventKind;
  threadId: number;
  categoryId: number;
}

@ObjectType({ description: 'Something changed in an open thread', simpleResolvers: true })
export class ThreadEvent {
  @Field(() => ThreadEventKind) kind: ThreadEventKind;
  @Field(() => ID) threadId: number;
  @Field(() => Thread, { nullable: true, description: 'Null when the thread is no longer visible to you (deleted)' }) thread: Thread | null;
  @Field(() => Post, { nullable: true }) post: Post | null;
  @Field(() => [User], { nullable: true, description: 'PRESENCE: who has the thread open' }) viewers: User[] | null;
  @Field(() => [User], { nullable: true, description: 'PRESENCE: who is typing a reply' }) typing: User[] | null;
}

@ObjectType({ description: 'A thread appeared, moved up or changed in a feed', simpleResolvers: true })
export class FeedEvent {
  @Field(() => FeedEventKind) kind: FeedEventKind;
  @Field(() => ID) threadId: number;
  @Field(() => ID) categoryId: number;
  @Field(() => Thread, { nullable: true, description: 'Null when the thread is no longer visible to you (deleted)' }) thread: Thread | null;
}

declare module '../../core/events/bus.js' {
  interface Events {
    THREAD_EVENT: [threadId: string, payload: ThreadEventMessage];
    /** Topic is a category id, or `all` for the feed across categories. */
    FEED_EVENT: [topic: string, payload: FeedEventMessage];
    /** The user's read marker or level on a thread changed (another tab or device may show it). */
    READ_STATE: [userId: string, payload: { threadId: number }];
  }
}
