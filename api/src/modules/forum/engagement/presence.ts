import type { Redis } from 'ioredis';

/** How long someone counts as viewing after their last heartbeat, and as typing after their last keystroke signal. */
export const VIEWER_TTL_MS = 45_000;
export const TYPING_TTL_MS = 6_000;

export interface PresenceSnapshot {
  viewerIds: number[];
  typingIds: number[];
}

/** Who has a thread open and who is typing; shared between instances when Redis is configured. */
export interface PresenceStore {
  touch(threadId: number, userId: number, typing: boolean): Promise<PresenceSnapshot>;
  leave(threadId: number, userId: number): Promise<PresenceSnapshot>;
}

type Entry = { seenAt: number; typingAt: number };

function snapshot(entries: Iterable<[number, Entry]>, now: number): PresenceSnapshot {
  const viewerIds: number[] = [];
  const typingIds: number[] = [];
  for (const [userId, e] of entries) {
    if (now - e.seenAt > VIEWER_TTL_MS) continue;
    viewerIds.push(userId);
    if (now - e.typingAt <= TYPING_TTL_MS) typingIds.push(userId);
  }
  return { viewerIds: viewerIds.sort((a, b) => a - b), typingIds: typingIds.sort((a, b) => a - b) };
}

export class MemoryPresenceStore implements PresenceStore {
  private threads = new Map<number, Map<number, Entry>>();

  async touch(threadId: number, userId: number, typing: boolean): Promise<PresenceSnapshot> {
    const now = Date.now();
    const users = this.threads.get(threadId) ?? new Map<number, Entry>();
    this.threads.set(threadId, users);
    const prev = users.get(userId);
    users.set(userId, { seenAt: now, typingAt: typing ? now : (prev?.typingAt ?? 0) });
    for (const [id, e] of users) if (now - e.seenAt > VIEWER_TTL_MS) users.delete(id);
    return snapshot(users, now);
  }

  async leave(threadId: number, userId: number): Promise<PresenceSnapshot> {
    const users = this.threads.get(threadId);
    users?.delete(userId);
    if (users && users.size === 0) this.threads.delete(threadId);
    return snapshot(users ?? [], Date.now());
  }
}

export class RedisPresenceStore implements PresenceStore {
  constructor(private redis: Redis, private prefix = 'rembuk:presence:') {}

  private async read(key: string, now: number): Promise<PresenceSnapshot> {
    const all = await this.redis.hgetall(key);
    const entries: [number, Entry][] = Object.entries(all).map(([id, v]) => [Number(id), JSON.parse(v) as Entry]);
    const stale = entries.filter(([, e]) => now - e.seenAt > VIEWER_TTL_MS).map(([id]) => String(id));
    if (stale.length) await this.redis.hdel(key, ...stale);
    return snapshot(entries, now);
  }

  async touch(threadId: number, userId: number, typing: boolean): Promise<PresenceSnapshot> {
    const key = `${this.prefix}${threadId}`;
    const now = Date.now();
    const prev = await this.redis.hget(key, String(userId));
    const typingAt = typing ? now : prev ? (JSON.parse(prev) as Entry).typingAt : 0;
    await this.redis.multi().hset(key, String(userId), JSON.stringify({ seenAt: now, typingAt })).pexpire(key, VIEWER_TTL_MS * 2).exec();
    return this.read(key, now);
  }

  async leave(threadId: number, userId: number): Promise<PresenceSnapshot> {
    const key = `${this.prefix}${threadId}`;
    await this.redis.hdel(key, String(userId));
    return this.read(key, Date.now());
  }
}

declare module '../../../core/context.js' {
  interface Services {
    /** Who has a thread open and who is typing (forum). */
    presence: PresenceStore;
  }
}
