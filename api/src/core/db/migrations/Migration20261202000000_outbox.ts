import { Migration } from '@mikro-orm/migrations';

/**
 * The transactional outbox: every command records its events here in its own transaction; the
 * relay delivers them after commit and deletes them. What a crash leaves behind is delivered
 * when an instance starts or sweeps (see core/events/relay.ts).
 */
export class Migration20261202000000_outbox extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "outbox_event" ("id" uuid primary key, "seq" bigserial not null, "topic" text not null, "topic_id" text not null, "payload" jsonb not null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "outbox_event_seq_index" on "outbox_event" ("seq");`);
  }
}
