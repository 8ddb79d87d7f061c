import { Migration } from '@mikro-orm/migrations';

/**
 * References the entities keep as plain ids (the ORM never loads through them) are still
 * enforced by the database: a reply to, an accepted answer and a notification's thread and post
 * must exist. Rows pointing nowhere are repaired first, so existing data passes.
 */
export class Migration20261203010000_references extends Migration {
  override async up(): Promise<void> {
    this.addSql(`update "forum_post" p set "reply_to_id" = null where "reply_to_id" is not null and not exists (select 1 from "forum_post" r where r."id" = p."reply_to_id");`);
    this.addSql(`update "forum_thread" t set "accepted_post_id" = null where "accepted_post_id" is not null and not exists (select 1 from "forum_post" p where p."id" = t."accepted_post_id");`);
    this.addSql(`update "notification" n set "post_id" = null where "post_id" is not null and not exists (select 1 from "forum_post" p where p."id" = n."post_id");`);
    this.addSql(`update "notification" n set "thread_id" = null where "thread_id" is not null and not exists (select 1 from "forum_thread" t where t."id" = n."thread_id");`);
    this.addSql(`alter table "forum_post" add constraint "forum_post_reply_to_id_foreign" foreign key ("reply_to_id") references "forum_post" ("id") on update cascade on delete set null;`);
    // Deleting a post sets its replies' reference to null: found by this index, not by a scan.
    this.addSql(`create index "forum_post_reply_to_id_index" on "forum_post" ("reply_to_id") where "reply_to_id" is not null;`);
    this.addSql(`alter table "forum_thread" add constraint "forum_thread_accepted_post_id_foreign" foreign key ("accepted_post_id") references "forum_post" ("id") on update cascade on delete set null;`);
    // A notification about a post or thread that is gone has nothing to lead to.
    this.addSql(`alter table "notification" add constraint "notification_thread_id_foreign" foreign key ("thread_id") references "forum_thread" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "notification" add constraint "notification_post_id_foreign" foreign key ("post_id") references "forum_post" ("id") on update cascade on delete cascade;`);
    this.addSql(`create index "notification_post_id_index" on "notification" ("post_id") where "post_id" is not null;`);
    this.addSql(`create index "notification_thread_id_index" on "notification" ("thread_id") where "thread_id" is not null;`);
  }
}
