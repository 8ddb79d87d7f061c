import { Field, InputType, ObjectType } from 'type-graphql';
import { IsEmail, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { Role, User } from './accounts/user.entity.js';
import { Invite } from './invites/invite.entity.js';

import { USER_LIMITS } from './user.limits.js';

export const PASSWORD_MIN = USER_LIMITS.passwordMin;
export const PASSWORD_MAX = USER_LIMITS.passwordMax;

@ObjectType({ simpleResolvers: true })
export class AuthPayload {
  @Field(() => User) user: User;
  @Field({ description: 'Session token; also set as an httpOnly cookie. Send it as a bearer token from non-browser clients.' })
  token: string;
}

@InputType()
export class CreateInviteInput {
  @Field(() => Role)
  role: Role;

  @Field({ nullable: true, description: 'Region code; required for REGION_ADMIN and MEMBER' })
  @IsOptional()
  @Matches(/^\d{2}\.\d{2}$/, { message: 'regionCode looks like 32.11' })
  regionCode?: string;

  @Field({ nullable: true, description: 'Ministry or organisation, for FACILITATOR and ADMIN' })
  @IsOptional()
  @Length(USER_LIMITS.nameMin, USER_LIMITS.organisationMax)
  organisation?: string;

  @Field({ nullable: true, description: 'Only this address may accept the invite' })
  @IsOptional()
  @IsEmail()
  @MaxLength(USER_LIMITS.emailMax)
  email?: string;
}

@ObjectType({ simpleResolvers: true })
export class CreateInvitePayload {
  @Field(() => Invite) invite: Invite;
  @Field({ description: 'Secret; shown once. The link is /invite/<token>' }) token: string;
  @Field({ description: 'Path of the accept page' }) path: string;
}

@InputType()
export class AcceptInviteInput {
  @Field()
  @Length(20, 200)
  token: string;

  @Field()
  @Length(USER_LIMITS.nameMin, USER_LIMITS.nameMax)
  name: string;

  @Field()
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(USER_LIMITS.emailMax)
  email: string;

  @Field({ description: `${PASSWORD_MIN} to ${PASSWORD_MAX} characters` })
  @Length(PASSWORD_MIN, PASSWORD_MAX, { message: `password must be ${PASSWORD_MIN} to ${PASSWORD_MAX} characters` })
  password: string;
}
