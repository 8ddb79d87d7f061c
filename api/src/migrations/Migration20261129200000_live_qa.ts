import { Migration } from '@mikro-orm/migrations';

/** Live Q&A: meetings, live sessions with join codes, participants (users and guests), questions and votes, polls. */
export class Migration20261129200000_live_qa extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "live_session_state" as enum ('OPEN', 'CLOSED');`);
    this.addSql(`create type "live_poll_kind" as enum ('SINGLE', 'MULTIPLE', 'WORDS');`);
    this.addSql(`create type "live_poll_state" as enum ('DRAFT', 'OPEN', 'CLOSED');`);
    this.addSql(`create type "live_question_status" as enum ('PENDING', 'LIVE', 'ANSWERED', 'DISMISSED', 'ARCHIVED', 'WITHDRAWN');`);
    this.addSql(`create table "meeting" ("id" serial primary key, "title" text not null, "description" text null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "organiser" text not null, "cohort_slug" text null, "region_codes" text[] not null default '{}', "agenda" jsonb not null default '[]', "created_by_id" int not null, "created_at" timestamptz not null default now());`);
    this.addSql(`create table "live_session" ("id" serial primary key, "meeting_id" int not null, "code" text not null, "title" text not null, "state" "live_session_state" not null default 'OPEN', "allow_guests" boolean not null default false, "allow_anonymous" boolean not null default true, "pre_moderation" boolean not null default false, "highlighted_question_id" int null, "created_at" timestamptz not null default now(), "closed_at" timestamptz null);`);
    this.addSql(`create index "live_session_meeting_id_index" on "live_session" ("meeting_id");`);
    this.addSql(`alter table "live_session" add constraint "live_session_code_unique" unique ("code");`);
    this.addSql(`create table "live_poll" ("id" serial primary key, "session_id" int not null, "title" text not null, "kind" "live_poll_kind" not null, "options" jsonb not null default '[]', "max_choices" smallint not null default 1, "state" "live_poll_state" not null default 'DRAFT', "hide_results_until_closed" boolean not null default false, "created_at" timestamptz not null default now(), "opened_at" timestamptz null, "closed_at" timestamptz null);`);
    this.addSql(`create index "live_poll_session_id_index" on "live_poll" ("session_id");`);
    this.addSql(`create table "live_participant" ("id" serial primary key, "session_id" int not null, "user_id" int null, "guest_name" text null, "guest_region_code" text null, "token_hash" text null, "joined_at" timestamptz not null default now());`);
    this.addSql(`alter table "live_participant" add constraint "live_participant_token_hash_unique" unique ("token_hash");`);
    this.addSql(`alter table "live_participant" add constraint "live_participant_session_id_user_id_unique" unique ("session_id", "user_id");`);
    this.addSql(`create table "live_question" ("id" serial primary key, "session_id" int not null, "participant_id" int not null, "anonymous" boolean not null default false, "text" text not null, "status" "live_question_status" not null default 'LIVE', "vote_count" int not null default 0, "pinned_at" timestamptz null, "answer_text" text null, "answered_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now());`);
    this.addSql(`create index "live_question_session_id_status_index" on "live_question" ("session_id", "status");`);
    this.addSql(`create table "live_question_vote" ("question_id" int not null, "participant_id" int not null, "created_at" timestamptz not null default now(), constraint "live_question_vote_pkey" primary key ("question_id", "participant_id"));`);
    this.addSql(`create table "live_poll_vote" ("poll_id" int not null, "participant_id" int not null, "choices" smallint[] not null default '{}', "words" text null, "created_at" timestamptz not null default now(), constraint "live_poll_vote_pkey" primary key ("poll_id", "participant_id"));`);
    this.addSql(`alter table "meeting" add constraint "meeting_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "live_session" add constraint "live_session_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade;`);
    this.addSql(`alter table "live_poll" add constraint "live_poll_session_id_foreign" foreign key ("session_id") references "live_session" ("id") on update cascade;`);
    this.addSql(`alter table "live_participant" add constraint "live_participant_session_id_foreign" foreign key ("session_id") references "live_session" ("id") on update cascade;`);
    this.addSql(`alter table "live_participant" add constraint "live_participant_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "live_participant" add constraint "live_participant_guest_region_code_foreign" foreign key ("guest_region_code") references "region" ("code") on update cascade on delete set null;`);
    this.addSql(`alter table "live_question" add constraint "live_question_session_id_foreign" foreign key ("session_id") references "live_session" ("id") on update cascade;`);
    this.addSql(`alter table "live_question" add constraint "live_question_participant_id_foreign" foreign key ("participant_id") references "live_participant" ("id") on update cascade;`);
    this.addSql(`alter table "live_question_vote" add constraint "live_question_vote_question_id_foreign" foreign key ("question_id") references "live_question" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "live_question_vote" add constraint "live_question_vote_participant_id_foreign" foreign key ("participant_id") references "live_participant" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "live_poll_vote" add constraint "live_poll_vote_poll_id_foreign" foreign key ("poll_id") references "live_poll" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "live_poll_vote" add constraint "live_poll_vote_participant_id_foreign" foreign key ("participant_id") references "live_participant" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "live_session" add constraint "live_session_code_format" check ("code" ~ '^[A-Z0-9]{4,12}$');`);
    this.addSql(`alter table "live_question" add constraint "live_question_text_length" check (char_length("text") between 1 and 500);`);
    this.addSql(`alter table "live_question" add constraint "live_question_vote_count_check" check ("vote_count" >= 0);`);
    this.addSql(`create index "live_question_vote_participant_id_index" on "live_question_vote" ("participant_id");`);
  }
}
