import { Migration } from '@mikro-orm/migrations';

/**
 * Guards of live sessions: whether the join code was chosen by hand (guessable, shown to the
 * facilitator), and guests a moderator removed (their token stops working, their votes go).
 */
export class Migration20261202100000_live_guards extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "live_session" add column "code_chosen" boolean not null default false;`);
    this.addSql(`alter table "live_participant" add column "removed_at" timestamptz null;`);
    // Removing a guest withdraws their answers: found by participant, not by poll (upvotes have this index already).
    this.addSql(`create index "live_poll_vote_participant_id_index" on "live_poll_vote" ("participant_id");`);
  }
}
