import { Entity, Index, ManyToOne, OptionalProps, PrimaryKeyProp, Property, type Ref } from '@mikro-orm/core';
import { User } from '../../user/index.js';
import { Challenge } from '../challenges/challenge.entity.js';

/** Someone who follows a challenge without being in its team: they hear of its stages, solutions and replications. */
@Entity({ tableName: 'challenge_follower' })
export class ChallengeFollower {
  [OptionalProps]?: 'createdAt';
  [PrimaryKeyProp]?: ['challenge', 'user'];

  @ManyToOne(() => Challenge, { ref: true, primary: true, deleteRule: 'cascade' })
  challenge: Ref<Challenge>;

  // Read by user when a person's follows are listed or their account goes.
  @ManyToOne(() => User, { ref: true, primary: true, deleteRule: 'cascade' })
  @Index()
  user: Ref<User>;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
