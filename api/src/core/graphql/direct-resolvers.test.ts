import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { graphql } from 'graphql';
import { Arg, buildSchema, Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { bindDirectFieldResolvers } from './direct-resolvers.js';

@ObjectType()
class Box {
  @Field() id!: string;
}

const seen: unknown[] = [];

@Resolver(() => Box)
class BoxResolver {
  @Query(() => Box) box() {
    return Object.assign(new Box(), { id: '1' });
  }

  // A plain object: type-graphql turns it into a Box before @Root() sees it.
  @Query(() => Box) plainBox() {
    return { id: '2' };
  }

  @FieldResolver(() => String) label(@Root() b: Box, @Ctx() ctx: { prefix: string }) {
    seen.push(b);
    return `${ctx.prefix}${b.id}`;
  }

  @FieldResolver(() => String) echo(@Root() _b: Box, @Arg('x') x: string) {
    return x;
  }

  @UseMiddleware(async (_data, next) => `mw:${String(await next())}`)
  @FieldResolver(() => String) guarded(@Root() b: Box) {
    return b.id;
  }
}

async function schemaAndBound() {
  const instances = new Map<unknown, unknown>();
  const container = {
    get(cls: new () => unknown) {
      if (!instances.has(cls)) instances.set(cls, new cls());
      return instances.get(cls);
    },
  };
  const schema = await buildSchema({ resolvers: [BoxResolver], container, emitSchemaFile: false, validate: false });
  return { schema, bound: bindDirectFieldResolvers(schema, [BoxResolver], container) };
}

describe('bindDirectFieldResolvers', () => {
  it('binds root/context field resolvers only, leaving arguments and middleware to type-graphql', async () => {
    const { bound } = await schemaAndBound();
    expect(bound).toEqual(['Box.label']);
  });

  it('answers as type-graphql does, including converting a plain root to its class', async () => {
    const { schema } = await schemaAndBound();
    seen.length = 0;
    const result = await graphql({
      schema,
      source: '{ box { label echo(x: "y") guarded } plainBox { label } }',
      contextValue: { prefix: 'p' },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ box: { label: 'p1', echo: 'y', guarded: 'mw:1' }, plainBox: { label: 'p2' } });
    expect(seen).toHaveLength(2);
    expect(seen.every((b) => b instanceof Box)).toBe(true);
  });
});
