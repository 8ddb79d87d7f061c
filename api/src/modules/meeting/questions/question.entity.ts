import { ArrayType, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, PrimaryKeyProp, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LiveSession, Participant } from '../sessions/live-session.entity.js';
import { WordStatus } from '../polls/word-review.js';

export enum QuestionStatus {
  PENDING = 'PENDING',
  LIVE = 'LIVE',
  ANSWERED = 'ANSWERED',
  DISMISSED = 'DISMISSED',
  ARCHIVED = 'ARCHIVED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(QuestionStatus, {
  name: 'QuestionStatus',
  valuesConfig: {
    PENDING: { description: 'Waiting for a moderator (pre-moderated sessions)' },
    LIVE: { description: 'Visible to everyone, open for votes' },
    ANSWERED: { description: 'Marked answered by a moderator' },
    DISMISSED: { description: 'Rejected by a moderator; visible to moderators and the asker only' },
    ARCHIVED: { description: 'Put away by a moderator' },
    WITHDRAWN: { description: 'Withdrawn by the asker' },
  },
});

@ObjectType({ description: 'A question asked in a live session', simpleResolvers: true })
@Entity({ tableName: 'live_question' })
@Index({ properties: ['session', 'status'] })
export class Question {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'status' | 'voteCount' | 'pinnedAt' | 'answerText' | 'answeredAt' | 'anonymous';

  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id: number;

  @ManyToOne(() => LiveSession, { ref: true })
  session: Ref<LiveSession>;

  @ManyToOne(() => Participant, { ref: true })
  participant: Ref<Participant>;

  @Field({ description: 'Asked anonymously: the asker is hidden from everyone but moderators' })
  @Property({ default: false })
  anonymous: boolean = false;

  @Field()
  @Property({ type: 'text' })
  text: string;

  @Field(() => QuestionStatus)
  @Enum({ items: () => QuestionStatus, nativeEnumName: 'live_question_status', default: QuestionStatus.LIVE })
  status: QuestionStatus = QuestionStatus.LIVE;

  @Field(() => Int)
  @Property({ type: 'int', default: 0 })
  voteCount: number = 0;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  pinnedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: "A moderator's written answer" })
  @Property({ type: 'text', nullable: true })
  answerText: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null = null;

  @Field()
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

@Entity({ tableName: 'live_question_vote' })
export class QuestionVote {
  [OptionalProps]?: 'createdAt';
  [PrimaryKeyProp]?: ['question', 'participant'];

  @ManyToOne(() => Question, { ref: true, primary: true, deleteRule: 'cascade' })
  question: Ref<Question>;

  @ManyToOne(() => Participant, { ref: true, primary: true, deleteRule: 'cascade' })
  participant: Ref<Participant>;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

export enum PollKind {
  SINGLE = 'SINGLE',
  MULTIPLE = 'MULTIPLE',
  WORDS = 'WORDS',
}
registerEnumType(PollKind, { name: 'PollKind', description: 'Single choice, multiple choice, or short answers shown as a word cloud' });

export enum PollState {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(PollState, { name: 'PollState' });

@ObjectType({ simpleResolvers: true })
export class PollOption {
  @Field(() => Int) id: number;
  @Field() label: string;
}

@ObjectType({ description: 'A poll in a live session', simpleResolvers: true })
@Entity({ tableName: 'live_poll' })
export class Poll {
  [OptionalProps]?: 'createdAt' | 'state' | 'options' | 'maxChoices' | 'hideResultsUntilClosed' | 'openedAt' | 'closedAt';

  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id: number;

  @ManyToOne(() => LiveSession, { ref: true })
  @Index()
  session: Ref<LiveSession>;

  @Field()
  @Property({ type: 'text' })
  title: string;

  @Field(() => PollKind)
  @Enum({ items: () => PollKind, nativeEnumName: 'live_poll_kind' })
  kind: PollKind;

  @Field(() => [PollOption])
  @Property({ type: 'jsonb', default: '[]' })
  options: PollOption[] = [];

  @Field(() => Int, { description: 'For MULTIPLE: how many options one may pick' })
  @Property({ type: 'smallint', default: 1 })
  maxChoices: number = 1;

  @Field(() => PollState)
  @Enum({ items: () => PollState, nativeEnumName: 'live_poll_state', default: PollState.DRAFT })
  state: PollState = PollState.DRAFT;

  @Field({ description: 'Results stay hidden from participants until the poll closes (avoids groupthink)' })
  @Property({ default: false })
  hideResultsUntilClosed: boolean = false;

  @Field()
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  openedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;
}

@Entity({ tableName: 'live_poll_vote' })
export class PollVote {
  [OptionalProps]?: 'createdAt' | 'choices' | 'words' | 'wordStatus';
  [PrimaryKeyProp]?: ['poll', 'participant'];

  @ManyToOne(() => Poll, { ref: true, primary: true, deleteRule: 'cascade' })
  poll: Ref<Poll>;

  @ManyToOne(() => Participant, { ref: true, primary: true, deleteRule: 'cascade' })
  @Index()
  participant: Ref<Participant>;

  @Property({ type: new ArrayType((i) => Number(i)), columnType: 'smallint[]', default: '{}' })
  choices: number[] = [];

  @Property({ type: 'text', nullable: true })
  words: string | null = null;

  /** WORDS polls: whether the answer is in the cloud (choice votes are always APPROVED). */
  @Enum({ items: () => WordStatus, nativeEnumName: 'live_poll_word_status', default: WordStatus.APPROVED })
  wordStatus: WordStatus = WordStatus.APPROVED;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
