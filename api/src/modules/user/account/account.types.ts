import { Field, ObjectType, InputType } from 'type-graphql';
import { Length } from 'class-validator';
import { PASSWORD_MAX, PASSWORD_MIN } from '../user.types.js';

@ObjectType({ description: 'One of your sign-ins that still works', simpleResolvers: true })
export class AccountSession {
  @Field({ description: 'Names the session for endSession (a prefix of its hash, never the token)' })
  id: string;

  @Field(() => String, { nullable: true, description: 'e.g. Chrome, Firefox; null when unknown' })
  browser: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. Android, Windows; null when unknown' })
  system: string | null;

  @Field(() => String, { nullable: true, description: 'The address it signed in from' })
  ip: string | null;

  @Field()
  createdAt: Date;

  @Field({ description: 'Last use (refreshed at most once a minute)' })
  lastSeenAt: Date;

  @Field({ description: 'The session of this request' })
  current: boolean;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @Length(1, PASSWORD_MAX)
  currentPassword: string;

  @Field({ description: `${PASSWORD_MIN} to ${PASSWORD_MAX} characters` })
  @Length(PASSWORD_MIN, PASSWORD_MAX, { message: `password must be ${PASSWORD_MIN} to ${PASSWORD_MAX} characters` })
  newPassword: string;
}
