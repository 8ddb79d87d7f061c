import { Migration } from '@mikro-orm/migrations';

/**
 * Moderation of word-cloud answers: a session may hold new answers for review, answers carry a
 * status (only APPROVED ones show), and each session has a blocked-words list.
 */
export class Migration20261202140000_word_review extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "live_poll_word_status" as enum ('PENDING', 'APPROVED', 'REJECTED', 'HIDDEN');`);
    // Answers given so far were shown at once: they stay shown.
    this.addSql(`alter table "live_poll_vote" add column "word_status" "live_poll_word_status" not null default 'APPROVED';`);
    this.addSql(`alter table "live_session" add column "review_words" boolean not null default false, add column "blocked_words" text[] not null default '{}';`);
    // Open sessions get the list new sessions start with (a copy: this migration must not change when the list does).
    this.addSql(
      `update "live_session" set "blocked_words" = '{anjing,asshole,babi,bajingan,bangsat,bitch,fuck,goblok,kampret,kontol,memek,shit,tolol}' where "state" = 'OPEN';`,
    );
  }
}
