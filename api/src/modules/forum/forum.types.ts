import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageArgs, connectionOf } from '../../core/graphql/connection.js';
import { Post } from './posts/post.entity.js';
import { Thread, ThreadType } from './threads/thread.entity.js';
import { NotificationLevel } from './threads/thread-user.entity.js';
import { REACTIONS } from './posts/reaction.entity.js';

import { FORUM_LIMITS } from './forum.limits.js';

const { titleMin: TITLE_MIN, titleMax: TITLE_MAX, bodyMax: BODY_MAX, reasonMin: REASON_MIN, reasonMax: REASON_MAX } = FORUM_LIMITS;

export const ThreadConnection = connectionOf(Thread, 'Thread');
export const PostConnection = connectionOf(Post, 'Post');

export enum ThreadSort {
  LATEST_ACTIVITY = 'LATEST_ACTIVITY',
  NEWEST = 'NEWEST',
  MOST_REPLIES = 'MOST_REPLIES',
}
registerEnumType(ThreadSort, { name: 'ThreadSort' });

@ArgsType()
export class ThreadFilterArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() categoryId?: string;
  @Field({ nullable: true, description: 'Region code, e.g. 32.11' }) @IsOptional() @MaxLength(10) regionCode?: string;
  @Field(() => Int, { nullable: true, description: 'SPBE 2020 indicator number' }) @IsOptional() @IsInt() @Min(1) @Max(500) indicator?: number;
  @Field({ nullable: true }) @IsOptional() @MaxLength(30) tag?: string;
  @Field(() => ThreadType, { nullable: true }) @IsOptional() type?: ThreadType;
  @Field({ nullable: true, description: 'Only questions without an accepted answer' }) @IsOptional() unanswered?: boolean;
  @Field({ nullable: true, description: 'Only threads started by this member (username, with or without @)' }) @IsOptional() @MaxLength(41) authorUsername?: string;
}

@ArgsType()
export class ThreadsArgs extends ThreadFilterArgs {
  @Field(() => ThreadSort, { defaultValue: ThreadSort.LATEST_ACTIVITY }) sort: ThreadSort = ThreadSort.LATEST_ACTIVITY;
}

@ArgsType()
export class SearchArgs extends ThreadFilterArgs {
  @Field({ description: 'Words to find; quotes for phrases, -word to exclude' }) @Length(2, 200) query: string;
}

const TAG = /^[\p{L}\p{N}][\p{L}\p{N}-]{0,29}$/u;

@InputType()
export class CreateThreadInput {
  @Field(() => ID) categoryId: string;
  @Field({ description: `${TITLE_MIN} to ${TITLE_MAX} characters` })
  @Length(TITLE_MIN, TITLE_MAX, { message: `title must be ${TITLE_MIN} to ${TITLE_MAX} characters` })
  title: string;
  @Field({ description: `Markdown, 1 to ${BODY_MAX} characters` })
  @Length(1, BODY_MAX, { message: `body must be 1 to ${BODY_MAX} characters` })
  body: string;
  @Field(() => ThreadType, { defaultValue: ThreadType.DISCUSSION }) type: ThreadType = ThreadType.DISCUSSION;
  @Field(() => [Int], { defaultValue: [] }) @ArrayMaxSize(FORUM_LIMITS.indicatorsPerThread) @IsInt({ each: true }) indicatorNumbers: number[];
  @Field(() => [String], { defaultValue: [] }) @ArrayMaxSize(FORUM_LIMITS.regionsPerThread) @Matches(/^\d{2}\.\d{2}$/, { each: true, message: 'each region code looks like 32.11' }) regionCodes: string[];
  @Field(() => [String], { defaultValue: [] }) @ArrayMaxSize(FORUM_LIMITS.tagsPerThread) @Matches(TAG, { each: true, message: 'tags are letters, digits and hyphens, up to 30' }) tags: string[];
}

@InputType()
export class UpdateThreadInput {
  @Field(() => ID) threadId: string;
  @Field({ nullable: true }) @IsOptional() @Length(TITLE_MIN, TITLE_MAX, { message: `title must be ${TITLE_MIN} to ${TITLE_MAX} characters` }) title?: string;
  @Field({ nullable: true, description: 'New text of the opening post' }) @IsOptional() @Length(1, BODY_MAX, { message: `body must be 1 to ${BODY_MAX} characters` }) body?: string;
  @Field(() => [Int], { nullable: true }) @IsOptional() @ArrayMaxSize(FORUM_LIMITS.indicatorsPerThread) @IsInt({ each: true }) indicatorNumbers?: number[];
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(FORUM_LIMITS.regionsPerThread) @Matches(/^\d{2}\.\d{2}$/, { each: true }) regionCodes?: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(FORUM_LIMITS.tagsPerThread) @Matches(TAG, { each: true }) tags?: string[];
}

@InputType()
export class CreatePostInput {
  @Field(() => ID) threadId: string;
  @Field({ description: `Markdown, 1 to ${BODY_MAX} characters` })
  @Length(1, BODY_MAX, { message: `body must be 1 to ${BODY_MAX} characters` })
  body: string;
  @Field(() => ID, { nullable: true, description: 'The post this replies to (quoted above the reply)' }) @IsOptional() replyToPostId?: string;
}

@InputType()
export class UpdatePostInput {
  @Field(() => ID) postId: string;
  @Field() @Length(1, BODY_MAX, { message: `body must be 1 to ${BODY_MAX} characters` }) body: string;
}

export enum PostModeration {
  HIDE = 'HIDE',
  UNHIDE = 'UNHIDE',
  DISMISS_FLAGS = 'DISMISS_FLAGS',
}
registerEnumType(PostModeration, { name: 'PostModeration' });

export enum ThreadModeration {
  PIN = 'PIN',
  UNPIN = 'UNPIN',
  LOCK = 'LOCK',
  UNLOCK = 'UNLOCK',
  MOVE = 'MOVE',
}
registerEnumType(ThreadModeration, { name: 'ThreadModeration' });

@InputType()
export class ModeratePostInput {
  @Field(() => ID) postId: string;
  @Field(() => PostModeration) action: PostModeration;
  @Field({ nullable: true, description: 'Required to hide; shown to the author' }) @IsOptional() @Length(REASON_MIN, REASON_MAX) reason?: string;
}

@InputType()
export class ModerateThreadInput {
  @Field(() => ID) threadId: string;
  @Field(() => ThreadModeration) action: ThreadModeration;
  @Field(() => ID, { nullable: true, description: 'Target category for MOVE' }) @IsOptional() categoryId?: string;
}

@InputType()
export class ToggleReactionInput {
  @Field(() => ID) postId: string;
  @Field({ description: `One of ${REACTIONS.join(' ')}` }) @IsIn([...REACTIONS], { message: `reaction must be one of ${REACTIONS.join(' ')}` }) emoji: string;
  @Field({ nullable: true, description: 'true to add, false to remove; omit to toggle. Adding twice is a CONFLICT.' }) @IsOptional() on?: boolean;
}

@InputType()
export class CategoryInput {
  @Field() @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/) @Length(2, 40) slug: string;
  @Field() @Length(2, 60) name: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(300) description?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() position?: number;
  @Field({ nullable: true }) @IsOptional() @Matches(/^#[0-9a-f]{6}$/i) color?: string;
}

@ObjectType({ description: 'A reaction on a post with who gave it', simpleResolvers: true })
export class ReactionSummary {
  @Field() emoji: string;
  @Field(() => Int) count: number;
  @Field() reactedByMe: boolean;
  /** Everyone who reacted, oldest first; the `users` field shows the first 20. */
  userIds: number[];
}

@ObjectType({ simpleResolvers: true })
export class ThreadReadState {
  @Field(() => NotificationLevel) level: NotificationLevel;
  @Field(() => Int) lastReadPostNumber: number;
  @Field(() => Int) unreadCount: number;
  @Field(() => Int, { nullable: true, description: 'Where to jump when opening the thread' }) firstUnreadPostNumber: number | null;
}

@ObjectType({ description: 'A search result: a thread, and the matching post when the match is in a post', simpleResolvers: true })
export class SearchHit {
  @Field(() => Thread) thread: Thread;
  @Field(() => Post, { nullable: true }) post: Post | null;
  @Field({ description: 'Matching text with <mark> around hits; all other HTML is escaped' }) snippet: string;
  @Field() rank: number;
}

export const SearchHitConnection = connectionOf(SearchHit, 'SearchHit');
