import { Migration } from '@mikro-orm/migrations';

/**
 * Each challenge and each solution links to its forum thread (kept on this side: the forum knows
 * nothing of challenges), and people follow challenges.
 */
export class Migration20261203050000_discussion_follow extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "challenge" add column "thread_id" int null;`);
    this.addSql(`alter table "challenge" add constraint "challenge_thread_id_foreign" foreign key ("thread_id") references "forum_thread" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "challenge" add constraint "challenge_thread_unique" unique ("thread_id");`);
    this.addSql(`alter table "challenge_solution" add column "thread_id" int null;`);
    this.addSql(`alter table "challenge_solution" add constraint "challenge_solution_thread_id_foreign" foreign key ("thread_id") references "forum_thread" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "challenge_solution" add constraint "challenge_solution_thread_unique" unique ("thread_id");`);
    this.addSql(`create table "challenge_follower" ("challenge_id" int not null, "user_id" int not null, "created_at" timestamptz not null default now(), constraint "challenge_follower_pkey" primary key ("challenge_id", "user_id"));`);
    this.addSql(`create index "challenge_follower_user_id_index" on "challenge_follower" ("user_id");`);
    this.addSql(`alter table "challenge_follower" add constraint "challenge_follower_challenge_id_foreign" foreign key ("challenge_id") references "challenge" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "challenge_follower" add constraint "challenge_follower_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
  }
}
