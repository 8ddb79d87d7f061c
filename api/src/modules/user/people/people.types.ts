import { Field, InputType, ObjectType } from 'type-graphql';
import { Length } from 'class-validator';
import { User } from '../accounts/user.entity.js';
import { PASSWORD_MAX, PASSWORD_MIN } from '../user.types.js';

@ObjectType({ simpleResolvers: true })
export class PasswordResetLink {
  @Field(() => User) user: User;
  @Field({ description: 'Secret; shown once. The link is /reset/<token>' }) token: string;
  @Field({ description: 'Path of the reset page' }) path: string;
  @Field() expiresAt: Date;
}

@ObjectType({ description: 'What the reset page shows before the new password is chosen', simpleResolvers: true })
export class PasswordResetPreview {
  @Field() name: string;
  @Field() username: string;
  @Field() expiresAt: Date;
  @Field({ description: 'The admin who issued the link, so nobody is reset without seeing by whom' }) issuedBy: string;
}

@InputType()
export class ResetPasswordInput {
  @Field()
  @Length(20, 200)
  token: string;

  @Field({ description: `${PASSWORD_MIN} to ${PASSWORD_MAX} characters` })
  @Length(PASSWORD_MIN, PASSWORD_MAX, { message: `password must be ${PASSWORD_MIN} to ${PASSWORD_MAX} characters` })
  newPassword: string;
}
