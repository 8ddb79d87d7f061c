import { Migration } from '@mikro-orm/migrations';

/** Forum: categories, threads, posts with edit history, reactions, flags, per-user read state, notifications, full-text search. */
export class Migration20261129100000_forum extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "forum_thread_type" as enum ('DISCUSSION', 'QUESTION');`);
    this.addSql(`create type "forum_notification_level" as enum ('WATCHING', 'TRACKING', 'NORMAL', 'MUTED');`);
    this.addSql(`create type "notification_kind" as enum ('MENTION', 'REPLY', 'ACCEPTED_ANSWER', 'THREAD_ACTIVITY');`);
    this.addSql(`create table "forum_category" ("id" serial primary key, "slug" text not null, "name" text not null, "description" text null, "position" smallint not null default 0, "spbe_domain_number" smallint null, "color" text not null default '#64748b', "created_at" timestamptz not null default now());`);
    this.addSql(`alter table "forum_category" add constraint "forum_category_slug_unique" unique ("slug");`);
    this.addSql(`create table "forum_thread" ("id" serial primary key, "category_id" int not null, "author_id" int not null, "type" "forum_thread_type" not null, "title" text not null, "indicator_numbers" smallint[] not null default '{}', "tags" text[] not null default '{}', "pinned_at" timestamptz null, "locked_at" timestamptz null, "deleted_at" timestamptz null, "accepted_post_id" int null, "reply_count" int not null default 0, "last_post_number" int not null default 0, "last_post_at" timestamptz not null default now(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now());`);
    this.addSql(`create index "forum_thread_category_id_last_post_at_index" on "forum_thread" ("category_id", "last_post_at");`);
    this.addSql(`create table "forum_thread_user" ("thread_id" int not null, "user_id" int not null, "level" "forum_notification_level" not null default 'NORMAL', "last_read_post_number" int not null default 0, "updated_at" timestamptz not null default now(), constraint "forum_thread_user_pkey" primary key ("thread_id", "user_id"));`);
    this.addSql(`create table "forum_thread_region" ("thread_id" int not null, "region_code" text not null, constraint "forum_thread_region_pkey" primary key ("thread_id", "region_code"));`);
    this.addSql(`create table "forum_post" ("id" serial primary key, "thread_id" int not null, "author_id" int not null, "number" int not null, "body_markdown" text not null, "body_html" text not null, "reply_to_id" int null, "created_at" timestamptz not null default now(), "edited_at" timestamptz null, "deleted_at" timestamptz null, "hidden_at" timestamptz null, "hidden_reason" text null);`);
    this.addSql(`create index "forum_post_author_id_index" on "forum_post" ("author_id");`);
    this.addSql(`alter table "forum_post" add constraint "forum_post_thread_id_number_unique" unique ("thread_id", "number");`);
    this.addSql(`create table "forum_reaction" ("post_id" int not null, "user_id" int not null, "emoji" text not null, "created_at" timestamptz not null default now(), constraint "forum_reaction_pkey" primary key ("post_id", "user_id", "emoji"));`);
    this.addSql(`create table "forum_post_revision" ("id" serial primary key, "post_id" int not null, "editor_id" int not null, "title" text null, "body_markdown" text not null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "forum_post_revision_post_id_index" on "forum_post_revision" ("post_id");`);
    this.addSql(`create table "notification" ("id" serial primary key, "user_id" int not null, "kind" "notification_kind" not null, "actor_id" int null, "thread_id" int null, "post_id" int null, "created_at" timestamptz not null default now(), "read_at" timestamptz null);`);
    this.addSql(`create index "notification_user_id_read_at_index" on "notification" ("user_id", "read_at");`);
    this.addSql(`create table "forum_flag" ("id" serial primary key, "post_id" int not null, "user_id" int not null, "reason" text not null, "created_at" timestamptz not null default now(), "resolved_at" timestamptz null, "resolution" text null, "resolved_by_id" int null);`);
    this.addSql(`create index "forum_flag_resolved_at_index" on "forum_flag" ("resolved_at");`);
    this.addSql(`alter table "forum_thread" add constraint "forum_thread_category_id_foreign" foreign key ("category_id") references "forum_category" ("id") on update cascade;`);
    this.addSql(`alter table "forum_thread" add constraint "forum_thread_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "forum_thread_user" add constraint "forum_thread_user_thread_id_foreign" foreign key ("thread_id") references "forum_thread" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "forum_thread_user" add constraint "forum_thread_user_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "forum_thread_region" add constraint "forum_thread_region_thread_id_foreign" foreign key ("thread_id") references "forum_thread" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "forum_thread_region" add constraint "forum_thread_region_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade on delete cascade;`);
    this.addSql(`alter table "forum_post" add constraint "forum_post_thread_id_foreign" foreign key ("thread_id") references "forum_thread" ("id") on update cascade;`);
    this.addSql(`alter table "forum_post" add constraint "forum_post_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "forum_reaction" add constraint "forum_reaction_post_id_foreign" foreign key ("post_id") references "forum_post" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "forum_reaction" add constraint "forum_reaction_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "forum_post_revision" add constraint "forum_post_revision_post_id_foreign" foreign key ("post_id") references "forum_post" ("id") on update cascade;`);
    this.addSql(`alter table "forum_post_revision" add constraint "forum_post_revision_editor_id_foreign" foreign key ("editor_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "notification" add constraint "notification_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "notification" add constraint "notification_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "forum_flag" add constraint "forum_flag_post_id_foreign" foreign key ("post_id") references "forum_post" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "forum_flag" add constraint "forum_flag_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "forum_flag" add constraint "forum_flag_resolved_by_id_foreign" foreign key ("resolved_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "forum_thread" add column "search" tsvector generated always as (setweight(to_tsvector('indonesian', "title"), 'A') || setweight(to_tsvector('simple', "title"), 'B')) stored;`);
    this.addSql(`create index "forum_thread_search_index" on "forum_thread" using gin ("search");`);
    this.addSql(`create index "forum_thread_title_trgm" on "forum_thread" using gin (lower("title") gin_trgm_ops);`);
    this.addSql(`create index "forum_thread_last_post_at_index" on "forum_thread" ("last_post_at" desc, "id" desc);`);
    this.addSql(`create index "forum_thread_indicator_numbers_index" on "forum_thread" using gin ("indicator_numbers");`);
    this.addSql(`create index "forum_thread_tags_index" on "forum_thread" using gin ("tags");`);
    this.addSql(`create index "forum_thread_region_region_code_index" on "forum_thread_region" ("region_code");`);
    this.addSql(`alter table "forum_post" add column "search" tsvector generated always as (to_tsvector('indonesian', "body_markdown") || to_tsvector('simple', "body_markdown")) stored;`);
    this.addSql(`create index "forum_post_search_index" on "forum_post" using gin ("search");`);
    this.addSql(`create unique index "forum_flag_open_unique" on "forum_flag" ("post_id", "user_id") where "resolved_at" is null;`);
    this.addSql(`create index "notification_user_id_id_index" on "notification" ("user_id", "id" desc);`);
    this.addSql(`create index "forum_thread_user_user_id_index" on "forum_thread_user" ("user_id");`);
    this.addSql(`alter table "forum_thread" add constraint "forum_thread_title_length" check (char_length("title") between 1 and 200);`);
  }
}
