import { Migration } from '@mikro-orm/migrations';

/**
 * Improvement plans (issue 12, the structured half): the plan of a region for one framework and
 * year, its members with a role, and its items per indicator with who changed each field last
 * (`stamps`). The shared document (Yjs updates and snapshots) will reference `plan.id`.
 */
export class Migration20261203120000_plans extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "plan_state" as enum ('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED');`);
    this.addSql(`create type "plan_member_role" as enum ('EDITOR', 'COMMENTER', 'VIEWER');`);
    this.addSql(`create type "plan_item_status" as enum ('PLANNED', 'IN_PROGRESS', 'DONE', 'BLOCKED');`);
    this.addSql(`create table "plan" ("id" serial primary key, "region_code" text not null, "framework_id" int not null, "year" smallint not null, "title" text not null, "state" "plan_state" not null default 'DRAFT', "created_by_id" int not null, "source_solution_id" int null, "source_plan_id" int null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "is_demo" boolean not null default false);`);
    this.addSql(`create index "plan_state_index" on "plan" ("state");`);
    this.addSql(`create index "plan_source_plan_id_index" on "plan" ("source_plan_id");`);
    this.addSql(`create index "plan_list_idx" on "plan" ("region_code", "updated_at" desc, "id" desc);`);
    this.addSql(`create table "plan_member" ("id" serial primary key, "plan_id" int not null, "user_id" int not null, "role" "plan_member_role" not null, "added_by_id" int null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now());`);
    this.addSql(`create index "plan_member_user_id_index" on "plan_member" ("user_id");`);
    this.addSql(`alter table "plan_member" add constraint "plan_member_unique" unique ("plan_id", "user_id");`);
    this.addSql(`create table "plan_item" ("id" serial primary key, "plan_id" int not null, "indicator_id" int not null, "current_level" smallint null, "target_level" smallint not null, "actions" text not null default '', "owner_id" int null, "due_on" date null, "status" "plan_item_status" not null default 'PLANNED', "challenge_id" int null, "solution_id" int null, "stamps" jsonb not null default '{}', "created_by_id" int not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint plan_item_target_level_check check (target_level between 1 and 5));`);
    this.addSql(`alter table "plan_item" add constraint "plan_item_unique" unique ("plan_id", "indicator_id");`);
    this.addSql(`alter table "plan" add constraint "plan_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade on delete cascade;`);
    this.addSql(`alter table "plan" add constraint "plan_framework_id_foreign" foreign key ("framework_id") references "spbe_framework" ("id") on update cascade;`);
    this.addSql(`alter table "plan" add constraint "plan_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "plan" add constraint "plan_source_solution_id_foreign" foreign key ("source_solution_id") references "challenge_solution" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "plan" add constraint "plan_source_plan_id_foreign" foreign key ("source_plan_id") references "plan" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "plan_member" add constraint "plan_member_plan_id_foreign" foreign key ("plan_id") references "plan" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "plan_member" add constraint "plan_member_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "plan_member" add constraint "plan_member_added_by_id_foreign" foreign key ("added_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "plan_item" add constraint "plan_item_plan_id_foreign" foreign key ("plan_id") references "plan" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "plan_item" add constraint "plan_item_indicator_id_foreign" foreign key ("indicator_id") references "spbe_indicator" ("id") on update cascade;`);
    this.addSql(`alter table "plan_item" add constraint "plan_item_owner_id_foreign" foreign key ("owner_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "plan_item" add constraint "plan_item_challenge_id_foreign" foreign key ("challenge_id") references "challenge" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "plan_item" add constraint "plan_item_solution_id_foreign" foreign key ("solution_id") references "challenge_solution" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "plan_item" add constraint "plan_item_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`);
  }
}
