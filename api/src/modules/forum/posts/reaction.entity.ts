import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, PrimaryKeyProp, type Ref } from '@mikro-orm/core';
import { User } from '../../user/index.js';
import { Post } from './post.entity.js';

/** The fixed set; keeping it small keeps reactions meaningful and the UI calm. */
export const REACTIONS = ['👍', '❤️', '🎉', '🙏', '💡'] as const;
export type ReactionEmoji = (typeof REACTIONS)[number];

@Entity({ tableName: 'forum_reaction' })
export class Reaction {
  [OptionalProps]?: 'createdAt';
  [PrimaryKeyProp]?: ['post', 'user', 'emoji'];

  @ManyToOne(() => Post, { ref: true, primary: true, deleteRule: 'cascade' })
  post: Ref<Post>;

  @ManyToOne(() => User, { ref: true, primary: true, deleteRule: 'cascade' })
  user: Ref<User>;

  @PrimaryKey({ type: 'text' })
  emoji: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
