import { Migration } from '@mikro-orm/migrations';

/** The highlighted question must exist (the entity keeps it as a plain id); a dangling one is cleared first. */
export class Migration20261203010000_highlight_reference extends Migration {
  override async up(): Promise<void> {
    this.addSql(`update "live_session" s set "highlighted_question_id" = null where "highlighted_question_id" is not null and not exists (select 1 from "live_question" q where q."id" = s."highlighted_question_id");`);
    this.addSql(`alter table "live_session" add constraint "live_session_highlighted_question_id_foreign" foreign key ("highlighted_question_id") references "live_question" ("id") on update cascade on delete set null;`);
  }
}
