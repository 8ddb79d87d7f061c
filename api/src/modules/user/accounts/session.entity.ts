import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, PrimaryKeyProp } from '@mikro-orm/core';
import { User } from './user.entity.js';

/** A sign-in. Only the SHA-256 of the token is stored, so a database leak yields no usable sessions. */
@Entity({ tableName: 'user_session' })
export class Session {
  [PrimaryKeyProp]?: 'tokenHash';

  [OptionalProps]?: 'createdAt' | 'lastSeenAt' | 'revokedAt' | 'userAgent' | 'ip';

  @PrimaryKey({ type: 'text' })
  tokenHash: string;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  @Index()
  user: Ref<User>;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  lastSeenAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt: Date;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date;

  @Property({ type: 'text', nullable: true })
  userAgent?: string;

  @Property({ type: 'text', nullable: true })
  ip?: string;
}
