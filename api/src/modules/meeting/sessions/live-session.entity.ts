import { ArrayType, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../../user/index.js';
import { Region } from '../../region/index.js';
import { Meeting } from './meeting.entity.js';
import { DEFAULT_BLOCKED_WORDS } from '../polls/word-review.js';

export enum LiveSessionState {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(LiveSessionState, { name: 'LiveSessionState' });

/** A live Q&A and polling room in a meeting, joined by a short code such as RAKOR62. */
@ObjectType({ description: 'A live Q&A and polling session', simpleResolvers: true })
@Entity({ tableName: 'live_session' })
export class LiveSession {
  [OptionalProps]?: 'createdAt' | 'state' | 'allowGuests' | 'allowAnonymous' | 'preModeration' | 'highlightedQuestionId' | 'closedAt' | 'codeChosen' | 'reviewWords' | 'blockedWords';

  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id: number;

  @ManyToOne(() => Meeting, { ref: true })
  @Index()
  meeting: Ref<Meeting>;

  @Field({ description: 'Join code without the #, upper case' })
  @Property({ type: 'text', unique: true })
  code: string;

  /** Chosen by the facilitator (e.g. RAKOR62): easy to read out, and as easy to guess. */
  @Property({ default: false })
  codeChosen: boolean = false;

  @Field()
  @Property({ type: 'text' })
  title: string;

  @Field(() => LiveSessionState)
  @Enum({ items: () => LiveSessionState, nativeEnumName: 'live_session_state', default: LiveSessionState.OPEN })
  state: LiveSessionState = LiveSessionState.OPEN;

  @Field({ description: 'Guests may join with a display name' })
  @Property({ default: false })
  allowGuests: boolean = false;

  @Field({ description: 'Participants may ask anonymously' })
  @Property({ default: true })
  allowAnonymous: boolean = true;

  @Field({ description: 'Questions wait for a moderator before they show' })
  @Property({ default: false })
  preModeration: boolean = false;

  @Field({ description: 'Word-cloud answers wait for a moderator before they show' })
  @Property({ default: false })
  reviewWords: boolean = false;

  /** Answers with any of these words never show (lower case, one word each); seeded with a default list. */
  @Property({ type: new ArrayType(), columnType: 'text[]', default: '{}' })
  blockedWords: string[] = [...DEFAULT_BLOCKED_WORDS];

  /** A plain id; the database enforces it (cleared if the question is deleted). */
  @Property({ type: 'int', nullable: true })
  highlightedQuestionId: number | null = null;

  @Field()
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;
}

/** Someone in a session: a signed-in user, or a guest who joined with a display name. */
@Entity({ tableName: 'live_participant' })
@Unique({ properties: ['session', 'user'] })
export class Participant {
  [OptionalProps]?: 'joinedAt' | 'user' | 'guestName' | 'guestRegion' | 'tokenHash' | 'removedAt';

  @PrimaryKey({ autoincrement: true })
  id: number;

  @ManyToOne(() => LiveSession, { ref: true })
  session: Ref<LiveSession>;

  @ManyToOne(() => User, { ref: true, nullable: true })
  user?: Ref<User>;

  @Property({ type: 'text', nullable: true })
  guestName: string | null = null;

  @ManyToOne(() => Region, { ref: true, nullable: true, fieldName: 'guest_region_code' })
  guestRegion?: Ref<Region>;

  /** Guests authenticate with this token (SHA-256 stored), limited to this session. */
  @Property({ type: 'text', nullable: true, unique: true })
  tokenHash: string | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  joinedAt: Date = new Date();

  /** A guest a moderator removed: the token no longer works and the guest's votes were withdrawn. */
  @Property({ type: 'timestamptz', nullable: true })
  removedAt: Date | null = null;
}
