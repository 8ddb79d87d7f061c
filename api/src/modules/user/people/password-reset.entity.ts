import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { User } from '../accounts/user.entity.js';

/**
 * A one-time link an admin hands to a person who forgot their password (no e-mail server is
 * assumed). Only the token's SHA-256 is stored; the link works once, for a day, and a newer
 * link for the same person ends the older ones.
 */
@Entity({ tableName: 'password_reset' })
export class PasswordReset {
  [OptionalProps]?: 'createdAt' | 'usedAt';

  @PrimaryKey({ autoincrement: true })
  id: number;

  @Property({ type: 'text', unique: true })
  tokenHash: string;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  @Index()
  user: Ref<User>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  createdBy: Ref<User>;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt: Date;

  @Property({ type: 'timestamptz', nullable: true })
  usedAt?: Date;
}
