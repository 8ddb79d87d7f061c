import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { MEETING_LIMITS } from './meeting.limits.js';
import { LiveSession, LiveSessionState } from './sessions/live-session.entity.js';
import { PollKind } from './questions/question.entity.js';
import { WordStatus } from './polls/word-review.js';

export const QUESTION_MAX = MEETING_LIMITS.questionMax;
export const CODE_PATTERN = /^#?[A-Za-z0-9]{4,12}$/;
/** A code as typed to join: also with a space or dash between characters (ABCD-EFGH). */
export const JOIN_CODE_PATTERN = /^#?[A-Za-z0-9](?:[\s-]?[A-Za-z0-9]){3,11}$/;

@InputType()
export class AgendaItemInput {
  @Field() @Length(1, MEETING_LIMITS.agendaTitleMax) title: string;
  @Field(() => Date, { nullable: true }) @IsOptional() startsAt?: Date;
}

@InputType()
export class CreateMeetingInput {
  @Field() @Length(MEETING_LIMITS.meetingTitleMin, MEETING_LIMITS.titleMax) title: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(MEETING_LIMITS.descriptionMax) description?: string;
  @Field() startsAt: Date;
  @Field() endsAt: Date;
  @Field({ description: 'Organising body, e.g. Kemendagri' }) @Length(MEETING_LIMITS.organiserMin, MEETING_LIMITS.organiserMax) organiser: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(64) cohortSlug?: string;
  @Field(() => [String], { defaultValue: [] }) @ArrayMaxSize(600) @Matches(/^\d{2}\.\d{2}$/, { each: true }) regionCodes: string[];
  @Field(() => [AgendaItemInput], { defaultValue: [] }) @ArrayMaxSize(MEETING_LIMITS.agendaItemsMax) @ValidateNested({ each: true }) agenda: AgendaItemInput[];
}

@InputType()
export class OpenLiveSessionInput {
  @Field(() => ID) meetingId: string;
  @Field() @Length(MEETING_LIMITS.sessionTitleMin, MEETING_LIMITS.titleMax) title: string;
  @Field({ nullable: true, description: 'Join code, 4 to 12 letters or digits (e.g. RAKOR62); generated when omitted' })
  @IsOptional()
  @Matches(CODE_PATTERN, { message: 'code must be 4 to 12 letters or digits' })
  code?: string;
  @Field({ defaultValue: false }) allowGuests: boolean;
  @Field({ defaultValue: true }) allowAnonymous: boolean;
  @Field({ defaultValue: false }) preModeration: boolean;
}

@InputType()
export class JoinLiveSessionInput {
  @Field({ description: 'The join code, with or without #' }) @Matches(JOIN_CODE_PATTERN, { message: 'code must be 4 to 12 letters or digits' }) code: string;
  @Field({ nullable: true, description: 'Guests only: the name shown with their questions' }) @IsOptional() @Length(MEETING_LIMITS.guestNameMin, MEETING_LIMITS.guestNameMax) guestName?: string;
  @Field({ nullable: true, description: 'Guests only: their region code' }) @IsOptional() @Matches(/^\d{2}\.\d{2}$/) guestRegionCode?: string;
}

@ObjectType({ simpleResolvers: true })
export class JoinLiveSessionPayload {
  @Field(() => LiveSession) session: LiveSession;
  @Field(() => String, { nullable: true, description: 'Guests: a token for this session only (also set as a cookie)' }) guestToken: string | null;
}

export enum QuestionModeration {
  APPROVE = 'APPROVE',
  DISMISS = 'DISMISS',
  MARK_ANSWERED = 'MARK_ANSWERED',
  REOPEN = 'REOPEN',
  HIGHLIGHT = 'HIGHLIGHT',
  UNHIGHLIGHT = 'UNHIGHLIGHT',
  PIN = 'PIN',
  UNPIN = 'UNPIN',
  ARCHIVE = 'ARCHIVE',
  REPLY = 'REPLY',
}
registerEnumType(QuestionModeration, { name: 'QuestionModeration' });

@InputType()
export class ModerateQuestionInput {
  @Field(() => ID) questionId: string;
  @Field(() => QuestionModeration) action: QuestionModeration;
  @Field({ nullable: true, description: 'REPLY: the written answer' }) @IsOptional() @Length(1, MEETING_LIMITS.answerMax) answerText?: string;
}

export enum QuestionSort {
  POPULAR = 'POPULAR',
  RECENT = 'RECENT',
}
registerEnumType(QuestionSort, { name: 'QuestionSort' });

@InputType()
export class CreatePollInput {
  @Field(() => ID) sessionId: string;
  @Field() @Length(MEETING_LIMITS.pollTitleMin, MEETING_LIMITS.pollTitleMax) title: string;
  @Field(() => PollKind) kind: PollKind;
  @Field(() => [String], { defaultValue: [], description: 'Choices for SINGLE and MULTIPLE (2 to 20)' }) @ArrayMaxSize(MEETING_LIMITS.pollOptionsMax) @Length(1, MEETING_LIMITS.pollOptionMax, { each: true }) options: string[];
  @Field(() => Int, { defaultValue: 1 }) @Min(1) @Max(20) maxChoices: number;
  @Field({ defaultValue: false }) hideResultsUntilClosed: boolean;
}

@InputType()
export class VotePollInput {
  @Field(() => ID) pollId: string;
  @Field(() => [Int], { defaultValue: [], description: 'Option ids (SINGLE: exactly one; MULTIPLE: 1 to maxChoices)' }) @ArrayMaxSize(20) choices: number[];
  @Field({ nullable: true, description: 'WORDS: a short answer' }) @IsOptional() @Length(1, MEETING_LIMITS.wordsMax) words?: string;
}

@ObjectType({ simpleResolvers: true })
export class PollResult {
  @Field(() => Int) optionId: number;
  @Field() label: string;
  @Field(() => Int) count: number;
}

@ObjectType({ simpleResolvers: true })
export class WordCount {
  @Field() word: string;
  @Field(() => Int) count: number;
}

export enum WordModeration {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  HIDE = 'HIDE',
  UNHIDE = 'UNHIDE',
}
registerEnumType(WordModeration, {
  name: 'WordModeration',
  valuesConfig: {
    APPROVE: { description: 'Pending or rejected answers of the word go into the cloud' },
    REJECT: { description: 'Pending answers of the word never show' },
    HIDE: { description: 'The word leaves the cloud (also for answers given later)' },
    UNHIDE: { description: 'A hidden word comes back' },
  },
});

@InputType()
export class ModerateWordInput {
  @Field(() => ID) pollId: string;
  @Field({ description: 'The answer as shown (case and spacing do not matter)' }) @Length(1, MEETING_LIMITS.wordsMax) word: string;
  @Field(() => WordModeration) action: WordModeration;
}

@InputType()
export class SetBlockedWordsInput {
  @Field(() => ID) sessionId: string;
  @Field(() => [String], { description: 'One word each; stored in lower case, without repeats' })
  @ArrayMaxSize(MEETING_LIMITS.blockedWordsMax)
  @Length(1, MEETING_LIMITS.blockedWordMax, { each: true })
  words: string[];
}

@ObjectType({ description: 'Answers of one word with one status, as moderators see them', simpleResolvers: true })
export class WordGroup {
  @Field() word: string;
  @Field(() => WordStatus) status: WordStatus;
  @Field(() => Int) count: number;
}

export enum ExportFormat {
  CSV = 'CSV',
  MARKDOWN = 'MARKDOWN',
}
registerEnumType(ExportFormat, { name: 'ExportFormat' });

@ObjectType({ description: 'What anyone may see of a live session before joining it (the join page)', simpleResolvers: true })
export class LiveSessionPreview {
  @Field({ description: 'Join code without the #, upper case' }) code: string;
  @Field() title: string;
  @Field() meetingTitle: string;
  @Field(() => LiveSessionState) state: LiveSessionState;
  @Field({ description: 'Guests may join with a display name' }) allowGuests: boolean;
  @Field({ description: 'Participants may ask anonymously' }) allowAnonymous: boolean;
}

@ObjectType({ description: 'A guest of a live session, as its moderators see them', simpleResolvers: true })
export class LiveGuest {
  @Field(() => ID) id: number;
  @Field() name: string;
  @Field(() => String, { nullable: true }) regionName: string | null;
  @Field() joinedAt: Date;
  @Field(() => Date, { nullable: true, description: 'Set when a moderator removed the guest' }) removedAt: Date | null;
  @Field(() => Int) questionCount: number;
  @Field(() => Int, { description: 'Upvotes the guest gives now' }) voteCount: number;
}
