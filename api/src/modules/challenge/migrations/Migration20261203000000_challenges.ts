import { Migration } from '@mikro-orm/migrations';

/**
 * Living-lab challenges: the challenge with its owning regions, target indicators, stage
 * timeline and team. Solutions, endorsements and replications reference `challenge.id` in
 * later migrations.
 */
export class Migration20261203000000_challenges extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "challenge_stage" as enum ('EXPLORATION', 'CO_CREATION', 'EXPERIMENTATION', 'EVALUATION', 'REPLICATION', 'CLOSED', 'ARCHIVED');`);
    this.addSql(`create type "challenge_role" as enum ('LEAD', 'MEMBER', 'MENTOR');`);
    this.addSql(`create type "challenge_member_status" as enum ('REQUESTED', 'INVITED', 'ACTIVE');`);
    this.addSql(`create table "challenge" ("id" serial primary key, "title" text not null, "problem_markdown" text not null, "problem_html" text not null, "stage" "challenge_stage" not null default 'EXPLORATION', "cohort_slug" text null, "tags" text[] not null default '{}', "deadlines" jsonb not null default '[]', "created_by_id" int not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "last_activity_at" timestamptz not null default now());`);
    this.addSql(`create index "challenge_stage_index" on "challenge" ("stage");`);
    this.addSql(`create index "challenge_cohort_slug_index" on "challenge" ("cohort_slug");`);
    this.addSql(`create index "challenge_activity_idx" on "challenge" ("last_activity_at" desc, "id" desc);`);
    this.addSql(`create table "challenge_transition" ("id" serial primary key, "challenge_id" int not null, "from_stage" "challenge_stage" null, "to_stage" "challenge_stage" not null, "by_id" int not null, "note" text null, "at" timestamptz not null default now());`);
    this.addSql(`create index "challenge_transition_challenge_id_index" on "challenge_transition" ("challenge_id");`);
    this.addSql(`create table "challenge_member" ("id" serial primary key, "challenge_id" int not null, "user_id" int not null, "role" "challenge_role" not null, "status" "challenge_member_status" not null, "created_at" timestamptz not null default now(), "decided_by_id" int null, "decided_at" timestamptz null);`);
    this.addSql(`create index "challenge_member_user_id_index" on "challenge_member" ("user_id");`);
    this.addSql(`alter table "challenge_member" add constraint "challenge_member_unique" unique ("challenge_id", "user_id");`);
    this.addSql(`create table "challenge_region" ("challenge_id" int not null, "region_code" text not null, constraint "challenge_region_pkey" primary key ("challenge_id", "region_code"));`);
    this.addSql(`create table "challenge_indicator" ("challenge_id" int not null, "indicator_id" int not null, constraint "challenge_indicator_pkey" primary key ("challenge_id", "indicator_id"));`);
    this.addSql(`alter table "challenge" add constraint "challenge_cohort_slug_foreign" foreign key ("cohort_slug") references "cohort" ("slug") on update cascade on delete set null;`);
    this.addSql(`alter table "challenge" add constraint "challenge_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "challenge_transition" add constraint "challenge_transition_challenge_id_foreign" foreign key ("challenge_id") references "challenge" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "challenge_transition" add constraint "challenge_transition_by_id_foreign" foreign key ("by_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "challenge_member" add constraint "challenge_member_challenge_id_foreign" foreign key ("challenge_id") references "challenge" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "challenge_member" add constraint "challenge_member_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "challenge_member" add constraint "challenge_member_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "challenge_region" add constraint "challenge_region_challenge_id_foreign" foreign key ("challenge_id") references "challenge" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "challenge_region" add constraint "challenge_region_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade on delete cascade;`);
    this.addSql(`alter table "challenge_indicator" add constraint "challenge_indicator_challenge_id_foreign" foreign key ("challenge_id") references "challenge" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "challenge_indicator" add constraint "challenge_indicator_indicator_id_foreign" foreign key ("indicator_id") references "spbe_indicator" ("id") on update cascade on delete cascade;`);
    // Pivot tables carry no index of their own in the entities; a region's challenges and the
    // indicator filter read them by their second column.
    this.addSql(`create index "challenge_region_region_code_index" on "challenge_region" ("region_code");`);
    this.addSql(`create index "challenge_indicator_indicator_id_index" on "challenge_indicator" ("indicator_id");`);
  }
}
