import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { User } from '../../user/index.js';
import { LiveSession } from '../sessions/live-session.entity.js';

/**
 * A session's hall screen: a read-only display token (SHA-256 stored) that shows the session
 * without an account, without joining and without counting as a participant. One per session;
 * making a new link replaces the row, which ends the old token everywhere.
 */
@Entity({ tableName: 'live_display' })
export class LiveDisplay {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ autoincrement: true })
  id: number;

  @ManyToOne(() => LiveSession, { ref: true, unique: 'live_display_session_id_unique', deleteRule: 'cascade' })
  session: Ref<LiveSession>;

  @Property({ type: 'text', unique: 'live_display_token_hash_unique' })
  tokenHash: string;

  @ManyToOne(() => User, { ref: true })
  createdBy: Ref<User>;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

declare module '../../../core/context.js' {
  interface Identities {
    display: { id: number; sessionId: number };
  }
}
