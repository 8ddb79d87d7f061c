import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Role, User } from '../accounts/user.entity.js';

/** An invitation to join for a region (or organisation) and role; the link carries a secret token. */
@ObjectType({ description: 'An invitation to join the hub', simpleResolvers: true })
@Entity({ tableName: 'invite' })
export class Invite {
  [OptionalProps]?: 'createdAt' | 'acceptedAt' | 'email' | 'regionCode' | 'organisation';

  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id: number;

  @Property({ type: 'text', unique: true, hidden: true })
  tokenHash: string;

  @Field(() => Role)
  @Enum({ items: () => Role, nativeEnumName: 'user_role' })
  role: Role;

  /** The region the invitation is for (REGION_ADMIN and MEMBER). */
  @Property({ type: 'text', nullable: true })
  regionCode: string | null = null;

  @Field({ nullable: true })
  @Property({ type: 'text', nullable: true })
  organisation?: string;

  @Field({ nullable: true, description: 'When set, only this address may accept' })
  @Property({ type: 'text', nullable: true })
  email?: string;

  @ManyToOne(() => User, { ref: true })
  createdBy: Ref<User>;

  @Field()
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field()
  @Property({ type: 'timestamptz' })
  expiresAt: Date;

  @Field({ nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  acceptedAt?: Date;

  @ManyToOne(() => User, { ref: true, nullable: true })
  acceptedBy?: Ref<User>;
}
