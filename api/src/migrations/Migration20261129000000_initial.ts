import { Migration } from '@mikro-orm/migrations';

/** Foundation: regions, cohorts, versioned frameworks, assessments, users, sessions, invites. */
export class Migration20261129000000_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create type "region_kind" as enum ('KABUPATEN', 'KOTA');`);
    this.addSql(`create type "user_role" as enum ('ADMIN', 'FACILITATOR', 'REGION_ADMIN', 'MEMBER');`);
    this.addSql(`create table "cohort" ("slug" text not null, "name" text not null, "description" text null, "created_at" timestamptz not null default now(), constraint "cohort_pkey" primary key ("slug"));`);
    this.addSql(`create table "province" ("code" text not null, "name" text not null, constraint "province_pkey" primary key ("code"));`);
    this.addSql(`create table "region" ("code" text not null, "name" text not null, "kind" "region_kind" not null, "province_code" text not null, constraint "region_pkey" primary key ("code"));`);
    this.addSql(`create index "region_province_code_index" on "region" ("province_code");`);
    this.addSql(`create index "region_name_trgm" on "region" using gin (lower("name") gin_trgm_ops);`);
    this.addSql(`create table "cohort_member" ("cohort_slug" text not null, "region_code" text not null, constraint "cohort_member_pkey" primary key ("cohort_slug", "region_code"));`);
    this.addSql(`create table "spbe_framework" ("id" serial primary key, "code" text not null, "title" text not null, "min_level" smallint not null, "max_level" smallint not null, "levels" jsonb not null, "predicates" jsonb not null, "is_draft" boolean not null default false, "created_at" timestamptz not null default now());`);
    this.addSql(`alter table "spbe_framework" add constraint "spbe_framework_code_unique" unique ("code");`);
    this.addSql(`create table "spbe_domain" ("id" serial primary key, "framework_id" int not null, "number" smallint not null, "name" text not null, "weight_percent" numeric(7,3) not null);`);
    this.addSql(`alter table "spbe_domain" add constraint "spbe_domain_framework_id_number_unique" unique ("framework_id", "number");`);
    this.addSql(`create table "spbe_aspect" ("id" serial primary key, "framework_id" int not null, "domain_id" int null, "number" smallint not null, "name" text not null, "weight_percent" numeric(7,3) not null);`);
    this.addSql(`alter table "spbe_aspect" add constraint "spbe_aspect_framework_id_number_unique" unique ("framework_id", "number");`);
    this.addSql(`create table "spbe_indicator" ("id" serial primary key, "framework_id" int not null, "aspect_id" int not null, "number" smallint not null, "name" text not null, "weight_percent" numeric(7,3) not null);`);
    this.addSql(`alter table "spbe_indicator" add constraint "spbe_indicator_framework_id_number_unique" unique ("framework_id", "number");`);
    this.addSql(`create table "app_user" ("id" serial primary key, "name" text not null, "email" text not null, "username" text not null, "role" "user_role" not null, "region_code" text null, "organisation" text null, "password_hash" text not null, "is_demo" boolean not null default false, "created_at" timestamptz not null default now());`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);
    this.addSql(`create index "app_user_region_code_index" on "app_user" ("region_code");`);
    this.addSql(`create table "user_session" ("token_hash" text not null, "user_id" int not null, "created_at" timestamptz not null default now(), "last_seen_at" timestamptz not null default now(), "expires_at" timestamptz not null, "revoked_at" timestamptz null, "user_agent" text null, "ip" text null, constraint "user_session_pkey" primary key ("token_hash"));`);
    this.addSql(`create index "user_session_user_id_index" on "user_session" ("user_id");`);
    this.addSql(`create table "invite" ("id" serial primary key, "token_hash" text not null, "role" "user_role" not null, "region_code" text null, "organisation" text null, "email" text null, "created_by_id" int not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "accepted_at" timestamptz null, "accepted_by_id" int null);`);
    this.addSql(`alter table "invite" add constraint "invite_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create table "assessment" ("id" serial primary key, "region_code" text not null, "framework_id" int not null, "year" smallint not null, "levels" jsonb not null, "index" numeric(4,2) null, "predicate" text null, "level_count" smallint not null default 0, "is_demo" boolean not null default false, "updated_by_id" int null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now());`);
    this.addSql(`create index "assessment_framework_id_year_index" on "assessment" ("framework_id", "year");`);
    this.addSql(`alter table "assessment" add constraint "assessment_region_code_framework_id_year_unique" unique ("region_code", "framework_id", "year");`);
    this.addSql(`alter table "region" add constraint "region_province_code_foreign" foreign key ("province_code") references "province" ("code") on update cascade;`);
    this.addSql(`alter table "cohort_member" add constraint "cohort_member_cohort_slug_foreign" foreign key ("cohort_slug") references "cohort" ("slug") on update cascade on delete cascade;`);
    this.addSql(`alter table "cohort_member" add constraint "cohort_member_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade on delete cascade;`);
    this.addSql(`alter table "spbe_domain" add constraint "spbe_domain_framework_id_foreign" foreign key ("framework_id") references "spbe_framework" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "spbe_aspect" add constraint "spbe_aspect_framework_id_foreign" foreign key ("framework_id") references "spbe_framework" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "spbe_aspect" add constraint "spbe_aspect_domain_id_foreign" foreign key ("domain_id") references "spbe_domain" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "spbe_indicator" add constraint "spbe_indicator_framework_id_foreign" foreign key ("framework_id") references "spbe_framework" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "spbe_indicator" add constraint "spbe_indicator_aspect_id_foreign" foreign key ("aspect_id") references "spbe_aspect" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "app_user" add constraint "app_user_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade on delete set null;`);
    this.addSql(`alter table "user_session" add constraint "user_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "invite" add constraint "invite_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade on delete set null;`);
    this.addSql(`alter table "invite" add constraint "invite_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "invite" add constraint "invite_accepted_by_id_foreign" foreign key ("accepted_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "assessment" add constraint "assessment_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade on delete cascade;`);
    this.addSql(`alter table "assessment" add constraint "assessment_framework_id_foreign" foreign key ("framework_id") references "spbe_framework" ("id") on update cascade;`);
    this.addSql(`alter table "assessment" add constraint "assessment_updated_by_id_foreign" foreign key ("updated_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "assessment" add constraint "assessment_year_check" check ("year" between 2000 and 2100);`);
    this.addSql(`alter table "spbe_indicator" add constraint "spbe_indicator_weight_check" check ("weight_percent" > 0);`);
  }
}
