import { jsonbArray, sql, textArray, uuidArray } from '../db/sql.js';

export interface OutboxRow {
  id: string;
  topic: string;
  topic_id: string;
  payload: Record<string, unknown>;
}

/** Several events in one statement (one round trip per command, whatever it records). */
export const insertEventsSql = (events: readonly OutboxRow[]) =>
  sql`insert into outbox_event (id, topic, topic_id, payload)
      select * from unnest(${uuidArray(events.map((e) => e.id))}, ${textArray(events.map((e) => e.topic))}, ${textArray(events.map((e) => e.topic_id))}, ${jsonbArray(events.map((e) => e.payload))})`;

export const deleteEventsSql = (ids: readonly string[]) => sql`delete from outbox_event where id = any(${uuidArray(ids)})`;

/**
 * Undelivered events older than `olderThanSeconds`, oldest first, locked so that two instances
 * sweeping at once deliver different ones (a duplicate would still be dropped by subscribers).
 */
export const claimStaleEventsSql = (olderThanSeconds: number, limit: number) =>
  sql`select id, topic, topic_id, payload from outbox_event
      where created_at < now() - make_interval(secs => ${olderThanSeconds}) order by seq limit ${limit} for update skip locked`;
