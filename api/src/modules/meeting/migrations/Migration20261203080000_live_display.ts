import { Migration } from '@mikro-orm/migrations';

/** Hall-screen display tokens: one per session, stored hashed (issue 14, bug 9). */
export class Migration20261203080000_live_display extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "live_display" ("id" serial primary key, "session_id" int not null, "token_hash" text not null, "created_by_id" int not null, "created_at" timestamptz not null default now());`);
    this.addSql(`alter table "live_display" add constraint "live_display_session_id_unique" unique ("session_id");`);
    this.addSql(`alter table "live_display" add constraint "live_display_token_hash_unique" unique ("token_hash");`);
    this.addSql(`alter table "live_display" add constraint "live_display_session_id_foreign" foreign key ("session_id") references "live_session" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "live_display" add constraint "live_display_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`);
  }
}
