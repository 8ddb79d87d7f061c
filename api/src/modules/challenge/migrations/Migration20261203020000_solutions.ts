import { Migration } from '@mikro-orm/migrations';

/**
 * Solutions of a challenge (with revisions, supports, endorsements, trial plan and results) and
 * replications (studi tiru) of a solution. Counters on the solution row are kept by the commands.
 */
export class Migration20261203020000_solutions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "challenge" add column "is_demo" boolean not null default false;`);
    this.addSql(`create type "solution_budget_range" as enum ('NONE', 'BELOW_50M', 'FROM_50M_TO_250M', 'FROM_250M_TO_1B', 'ABOVE_1B');`);
    this.addSql(`create type "solution_status" as enum ('PROPOSED', 'SELECTED', 'DECLINED');`);
    this.addSql(`create type "replication_status" as enum ('PLANNED', 'IN_PROGRESS', 'DONE', 'ABANDONED');`);
    this.addSql(`create table "challenge_solution" ("id" serial primary key, "challenge_id" int not null, "title" text not null, "description_markdown" text not null, "description_html" text not null, "author_id" int not null, "region_code" text not null, "links" jsonb not null default '[]', "needs_training" text null, "needs_regulation" text null, "budget_range" "solution_budget_range" not null default 'NONE', "status" "solution_status" not null default 'PROPOSED', "decision_reason" text null, "decided_by_id" int null, "decided_at" timestamptz null, "trial_starts_on" date null, "trial_ends_on" date null, "trial_plan" text null, "support_count" int not null default 0, "endorsement_count" int not null default 0, "replication_count" int not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "edited_at" timestamptz null);`);
    this.addSql(`create index "challenge_solution_challenge_id_index" on "challenge_solution" ("challenge_id");`);
    this.addSql(`create index "challenge_solution_author_id_index" on "challenge_solution" ("author_id");`);
    this.addSql(`create index "challenge_solution_region_code_index" on "challenge_solution" ("region_code");`);
    this.addSql(`create table "challenge_solution_support" ("solution_id" int not null, "user_id" int not null, "created_at" timestamptz not null default now(), constraint "challenge_solution_support_pkey" primary key ("solution_id", "user_id"));`);
    this.addSql(`create index "challenge_solution_support_user_id_index" on "challenge_solution_support" ("user_id");`);
    this.addSql(`create table "challenge_solution_revision" ("id" serial primary key, "solution_id" int not null, "editor_id" int not null, "title" text not null, "description_markdown" text not null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "challenge_solution_revision_solution_id_index" on "challenge_solution_revision" ("solution_id");`);
    this.addSql(`create table "challenge_solution_result" ("id" serial primary key, "solution_id" int not null, "region_code" text null, "metric" text not null, "unit" text null, "baseline" double precision not null, "target" double precision not null, "measured" double precision null, "progress" smallint not null, "outcome" text null, "recorded_by_id" int not null, "recorded_at" timestamptz not null default now(), "updated_at" timestamptz not null default now());`);
    this.addSql(`create index "challenge_solution_result_solution_id_index" on "challenge_solution_result" ("solution_id");`);
    this.addSql(`create table "challenge_solution_endorsement" ("id" serial primary key, "solution_id" int not null, "region_code" text not null, "by_id" int not null, "statement" text not null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "challenge_solution_endorsement_region_code_index" on "challenge_solution_endorsement" ("region_code");`);
    this.addSql(`alter table "challenge_solution_endorsement" add constraint "solution_endorsement_region_unique" unique ("solution_id", "region_code");`);
    this.addSql(`create table "challenge_replication" ("id" serial primary key, "solution_id" int not null, "parent_id" int null, "region_code" text not null, "status" "replication_status" not null default 'PLANNED', "status_reason" text null, "starts_on" date null, "ends_on" date null, "adaptation_markdown" text null, "adaptation_html" text null, "outcome" text null, "created_by_id" int not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now());`);
    this.addSql(`create index "challenge_replication_parent_id_index" on "challenge_replication" ("parent_id");`);
    this.addSql(`create index "challenge_replication_region_code_index" on "challenge_replication" ("region_code");`);
    this.addSql(`alter table "challenge_replication" add constraint "replication_region_unique" unique ("solution_id", "region_code");`);
    this.addSql(`create table "challenge_solution_trial_region" ("solution_id" int not null, "region_code" text not null, constraint "challenge_solution_trial_region_pkey" primary key ("solution_id", "region_code"));`);
    this.addSql(`create table "challenge_solution_indicator" ("solution_id" int not null, "indicator_id" int not null, constraint "challenge_solution_indicator_pkey" primary key ("solution_id", "indicator_id"));`);
    this.addSql(`alter table "challenge_solution" add constraint "challenge_solution_challenge_id_foreign" foreign key ("challenge_id") references "challenge" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "challenge_solution" add constraint "challenge_solution_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "challenge_solution" add constraint "challenge_solution_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade;`);
    this.addSql(`alter table "challenge_solution" add constraint "challenge_solution_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "challenge_solution_support" add constraint "challenge_solution_support_solution_id_foreign" foreign key ("solution_id") references "challenge_solution" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "challenge_solution_support" add constraint "challenge_solution_support_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "challenge_solution_revision" add constraint "challenge_solution_revision_solution_id_foreign" foreign key ("solution_id") references "challenge_solution" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "challenge_solution_revision" add constraint "challenge_solution_revision_editor_id_foreign" foreign key ("editor_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "challenge_solution_result" add constraint "challenge_solution_result_solution_id_foreign" foreign key ("solution_id") references "challenge_solution" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "challenge_solution_result" add constraint "challenge_solution_result_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade on delete set null;`);
    this.addSql(`alter table "challenge_solution_result" add constraint "challenge_solution_result_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "challenge_solution_endorsement" add constraint "challenge_solution_endorsement_solution_id_foreign" foreign key ("solution_id") references "challenge_solution" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "challenge_solution_endorsement" add constraint "challenge_solution_endorsement_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade;`);
    this.addSql(`alter table "challenge_solution_endorsement" add constraint "challenge_solution_endorsement_by_id_foreign" foreign key ("by_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "challenge_replication" add constraint "challenge_replication_solution_id_foreign" foreign key ("solution_id") references "challenge_solution" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "challenge_replication" add constraint "challenge_replication_parent_id_foreign" foreign key ("parent_id") references "challenge_replication" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "challenge_replication" add constraint "challenge_replication_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade;`);
    this.addSql(`alter table "challenge_replication" add constraint "challenge_replication_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "challenge_solution_trial_region" add constraint "challenge_solution_trial_region_solution_id_foreign" foreign key ("solution_id") references "challenge_solution" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "challenge_solution_trial_region" add constraint "challenge_solution_trial_region_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade on delete cascade;`);
    this.addSql(`alter table "challenge_solution_indicator" add constraint "challenge_solution_indicator_solution_id_foreign" foreign key ("solution_id") references "challenge_solution" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "challenge_solution_indicator" add constraint "challenge_solution_indicator_indicator_id_foreign" foreign key ("indicator_id") references "spbe_indicator" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "challenge_solution" add constraint "challenge_solution_counts_check" check (support_count >= 0 and endorsement_count >= 0 and replication_count >= 0);`);
    this.addSql(`alter table "challenge_solution_result" add constraint "challenge_solution_result_progress_check" check (progress between 0 and 100);`);
    // Pivot tables get an index on their second column: the indicator and region filters read them that way.
    this.addSql(`create index "challenge_solution_indicator_indicator_id_index" on "challenge_solution_indicator" ("indicator_id");`);
    this.addSql(`create index "challenge_solution_trial_region_region_code_index" on "challenge_solution_trial_region" ("region_code");`);
  }
}
