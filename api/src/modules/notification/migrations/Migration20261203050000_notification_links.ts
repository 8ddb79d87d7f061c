import { Migration } from '@mikro-orm/migrations';

/** Notifications not about a forum post (challenges) carry their own link and text in both languages. */
export class Migration20261203050000_notification_links extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type "notification_kind" add value if not exists 'CHALLENGE_ACTIVITY' after 'THREAD_ACTIVITY';`);
    this.addSql(`alter table "notification" add column "link" text null, add column "text_id" text null, add column "text_en" text null;`);
  }
}
