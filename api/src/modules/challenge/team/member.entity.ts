import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../../user/index.js';
import { Challenge } from '../challenges/challenge.entity.js';

export enum ChallengeRole {
  LEAD = 'LEAD',
  MEMBER = 'MEMBER',
  MENTOR = 'MENTOR',
}
registerEnumType(ChallengeRole, { name: 'ChallengeRole', description: 'A role in a challenge team; mentors are facilitators (Sumedang mentors, ministries)' });

export enum MemberStatus {
  /** Asked to join; a lead decides. */
  REQUESTED = 'REQUESTED',
  /** A lead invited them; they accept by asking to join. */
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
}
registerEnumType(MemberStatus, { name: 'ChallengeMemberStatus' });

/** A person in a challenge's team, or on the way in (one row per person and challenge). */
@ObjectType({ description: 'A person in a challenge team, or asking or invited to be' })
@Entity({ tableName: 'challenge_member' })
@Unique({ name: 'challenge_member_unique', properties: ['challenge', 'user'] })
export class ChallengeMember {
  [OptionalProps]?: 'createdAt' | 'decidedBy' | 'decidedAt';

  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id: number;

  @ManyToOne(() => Challenge, { ref: true, deleteRule: 'cascade' })
  challenge: Ref<Challenge>;

  @ManyToOne(() => User, { ref: true })
  @Index()
  user: Ref<User>;

  @Field(() => ChallengeRole)
  @Enum({ items: () => ChallengeRole, nativeEnumName: 'challenge_role' })
  role: ChallengeRole;

  @Field(() => MemberStatus)
  @Enum({ items: () => MemberStatus, nativeEnumName: 'challenge_member_status' })
  status: MemberStatus;

  @Field({ description: 'When they asked, were invited, or opened the challenge' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @ManyToOne(() => User, { ref: true, nullable: true })
  decidedBy: Ref<User> | null = null;

  @Field(() => Date, { nullable: true, description: 'When the request or invitation was accepted' })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null = null;
}
