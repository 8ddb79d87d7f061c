import type { Client } from 'graphql-ws';

export type WireError = { message: string; extensions?: Record<string, unknown> & { code?: string } };

/** What one operation over a graphql-ws client answers: its data, or the errors the server sent. */
export async function overSocket(client: Client, query: string, variables?: Record<string, unknown>): Promise<{ data?: unknown; errors?: WireError[] }> {
  try {
    const res = await client.iterate({ query, variables }).next();
    const value = res.value as { data?: unknown; errors?: WireError[] } | undefined;
    return { data: value?.data, errors: value?.errors };
  } catch (e) {
    // graphql-ws rejects with the `error` message's payload: the list of errors.
    if (Array.isArray(e)) return { errors: e as WireError[] };
    throw e;
  }
}
