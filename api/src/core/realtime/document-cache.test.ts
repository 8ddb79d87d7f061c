import { describe, expect, it } from 'vitest';
import { buildSchema } from 'graphql';
import { createArmor } from '../graphql/armor.js';
import { DocumentCache } from './document-cache.js';

const schema = buildSchema(`type Query { hello: String } type Subscription { ticks(room: String): Int }`);
const KB = 1024;
// A large document that stays under the token limit: the bulk is a comment, which graphql-js does not count.
const large = (i: number) => `# ${'x'.repeat(250 * KB)}\nsubscription S${i} { ticks(room: "${i}") }`;
const small = (i: number) => `subscription Room${i} { ticks(room: "r${i}") }`;

describe('parsed-document cache', () => {
  const budget = { totalBytes: 8 * 1024 * KB, perConnectionBytes: 256 * KB };

  it('stays within its byte budget when one socket sends many large distinct documents, and keeps everyone else\'s', () => {
    const cache = new DocumentCache(schema, createArmor(false), budget);
    const hall = Array.from({ length: 20 }, (_, i) => small(i));
    hall.forEach((q, i) => cache.get(q, 100 + i));
    for (let i = 0; i < 500; i++) expect(cache.get(large(i), 1)).toHaveProperty('document');
    expect(cache.usage()).toBeLessThanOrEqual(budget.totalBytes);
    expect(cache.usage(1)).toBeLessThanOrEqual(budget.perConnectionBytes);
    expect(hall.every((q) => cache.has(q))).toBe(true);
  });

  it('caps what one connection holds even with documents of an ordinary size', () => {
    const cache = new DocumentCache(schema, createArmor(false), budget);
    const medium = (i: number) => `# ${'y'.repeat(10 * KB)}\nsubscription M${i} { ticks }`;
    for (let i = 0; i < 200; i++) cache.get(medium(i), 1);
    expect(cache.usage(1)).toBeLessThanOrEqual(budget.perConnectionBytes);
    expect(cache.usage(1)).toBeGreaterThan(budget.perConnectionBytes / 2);
    // Another connection still gets its own documents cached.
    cache.get(small(1), 2);
    expect(cache.has(small(1))).toBe(true);
  });

  it('serves a shared document from the cache to every connection, and gives refusals with their codes', () => {
    const cache = new DocumentCache(schema, createArmor(false), budget);
    const first = cache.get(small(7), 1);
    expect(cache.get(small(7), 2)).toBe(first);
    expect(cache.usage(2)).toBe(0);
    const bad = cache.get('subscription { nope }', 3);
    expect('errors' in bad && bad.errors[0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const broken = cache.get('subscription {', 3);
    expect('errors' in broken && broken.errors[0]!.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('charges a closed connection to no one, and evicts the least recently used first', () => {
    const cache = new DocumentCache(schema, createArmor(false), { totalBytes: 2 * KB, perConnectionBytes: 2 * KB });
    cache.get(small(1), 1);
    cache.release(1);
    expect(cache.usage(1)).toBe(0);
    for (let i = 2; i < 40; i++) cache.get(small(i), i);
    expect(cache.has(small(1))).toBe(false);
    expect(cache.has(small(39))).toBe(true);
    expect(cache.usage()).toBeLessThanOrEqual(2 * KB);
  });
});
