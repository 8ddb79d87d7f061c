import { Migration } from '@mikro-orm/migrations';

/** Accounts people expect: an admin deactivates a person, or hands them a one-time reset link. */
export class Migration20261202120000_accounts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "app_user" add column "deactivated_at" timestamptz null;`);
    this.addSql(
      `create table "password_reset" ("id" serial primary key, "token_hash" text not null, "user_id" int not null, "created_by_id" int not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "used_at" timestamptz null);`,
    );
    this.addSql(`alter table "password_reset" add constraint "password_reset_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "password_reset_user_id_index" on "password_reset" ("user_id");`);
    this.addSql(`alter table "password_reset" add constraint "password_reset_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "password_reset" add constraint "password_reset_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete cascade;`);
  }
}
