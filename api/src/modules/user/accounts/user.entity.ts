import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum Role {
  ADMIN = 'ADMIN',
  FACILITATOR = 'FACILITATOR',
  REGION_ADMIN = 'REGION_ADMIN',
  MEMBER = 'MEMBER',
}
registerEnumType(Role, {
  name: 'Role',
  valuesConfig: {
    ADMIN: { description: 'Runs the hub' },
    FACILITATOR: { description: 'Ministry facilitator or Sumedang mentor' },
    REGION_ADMIN: { description: 'Manages one region (usually Diskominfo)' },
    MEMBER: { description: 'A region official' },
  },
});

@ObjectType({ description: 'A person using the hub', simpleResolvers: true })
@Entity({ tableName: 'app_user' })
export class User {
  [OptionalProps]?: 'createdAt' | 'organisation' | 'regionCode' | 'isDemo' | 'deactivatedAt';

  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id: number;

  @Field()
  @Property({ type: 'text' })
  name: string;

  /** Stored lower-cased; unique. */
  @Property({ type: 'text', unique: true })
  email: string;

  @Field({ description: 'Handle for @mentions' })
  @Property({ type: 'text', unique: true })
  username: string;

  @Field(() => Role)
  @Enum({ items: () => Role, nativeEnumName: 'user_role' })
  role: Role;

  /** Kemendagri code of the person's region (the region module shows it as `region`). */
  @Property({ type: 'text', nullable: true })
  @Index()
  regionCode: string | null = null;

  @Field({ nullable: true, description: 'Ministry or organisation, for people not tied to a region' })
  @Property({ type: 'text', nullable: true })
  organisation?: string;

  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash: string;

  @Property({ default: false })
  isDemo: boolean = false;

  @Field()
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  /** Set by an admin: the person can no longer sign in and every session of theirs has ended. */
  @Property({ type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null = null;
}
