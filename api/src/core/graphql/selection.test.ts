import { describe, expect, it } from 'vitest';
import DataLoader from 'dataloader';
import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { loadKnown, preload } from '../loaders.js';
import { selectedFields } from './selection.js';

const schema = buildSchema(`
  type Query { page: Page }
  type Page { edges: [Edge!]! total: Int }
  type Edge { node: Node! }
  type Node { id: ID! title: String regions: [String!] teamCount: Int }
`);

async function fieldsOf(query: string): Promise<string[]> {
  let seen: Set<string> | undefined;
  const page = (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
    seen = selectedFields(info, ['edges', 'node']);
    return { edges: [] };
  };
  const result = await graphql({ schema, source: query, rootValue: { page } });
  expect(result.errors).toBeUndefined();
  return [...(seen ?? [])].sort();
}

describe('selectedFields', () => {
  it('names the fields asked for below a path, through fragments and inline fragments', async () => {
    expect(await fieldsOf('{ page { total edges { node { id title } } } }')).toEqual(['id', 'title']);
    expect(await fieldsOf('{ page { edges { node { ...Card ... on Node { teamCount } } } } } fragment Card on Node { id regions }')).toEqual(['id', 'regions', 'teamCount']);
    expect(await fieldsOf('{ page { total } }')).toEqual([]);
  });
});

describe('preload and loadKnown', () => {
  it('answer preloaded keys without a promise, in one batch, and others through the loader', async () => {
    const batches: number[][] = [];
    const loader = new DataLoader<number, string>(async (ids) => {
      batches.push([...ids]);
      return ids.map((id) => `v${id}`);
    });
    await preload(loader, [1, 2, 3]);
    expect(batches).toEqual([[1, 2, 3]]);
    expect(loadKnown(loader, 2)).toBe('v2');
    const later = loadKnown(loader, 4);
    expect(later).toBeInstanceOf(Promise);
    expect(await later).toBe('v4');
    expect(batches).toEqual([[1, 2, 3], [4]]);
  });
});
