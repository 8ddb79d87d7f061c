import type { TestApp } from './harness.js';

/** What graphql-ws's `iterate` yields. */
export type Iter<T> = AsyncIterableIterator<{ data?: T | null; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }>;

/** Waits until a condition holds (polling), or fails after `ms`. */
export async function until(ok: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The next event's data, failing on errors or after `ms`. */
export async function next<T>(it: Iter<T>, ms = 5000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no event within ${ms} ms`)), ms)));
  try {
    const res = await Promise.race([it.next(), timeout]);
    if (res.value?.errors) throw new Error(JSON.stringify(res.value.errors));
    return res.value!.data as T;
  } finally {
    clearTimeout(timer);
  }
}

/** Resolves once the server has `count` more subscribers than `before` (subscribing is asynchronous). */
export function subscribed(app: TestApp, before: number, count: number): Promise<void> {
  return until(() => app.subscriptions().members >= before + count);
}
