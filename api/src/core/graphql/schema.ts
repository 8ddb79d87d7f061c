import 'reflect-metadata';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import type { PubSub } from '../events/bus.js';
import { validateArgs } from './validate-args.js';
import { bindDirectFieldResolvers } from './direct-resolvers.js';
import { DateTimeISO } from './date-scalar.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type ResolverClass = Function;

/**
 * Resolver instances by class. type-graphql's default container finds them with a linear
 * search on every field resolver call; a page of posts makes hundreds of such calls.
 */
class ResolverContainer {
  private readonly instances = new Map<unknown, unknown>();
  get(cls: new () => unknown): unknown {
    let instance = this.instances.get(cls);
    if (instance === undefined) this.instances.set(cls, (instance = new cls()));
    return instance;
  }
}

/** The schema from the modules' resolvers (see app/modules.ts). */
export async function buildAppSchema(resolvers: readonly ResolverClass[], pubSub: PubSub): Promise<GraphQLSchema> {
  if (resolvers.length === 0) throw new Error('no resolvers: the module list is empty');
  const container = new ResolverContainer();
  const schema = await buildSchema({
    resolvers: [...resolvers] as NonEmptyArray<ResolverClass>,
    container,
    pubSub: pubSub as never,
    validateFn: validateArgs,
    scalarsMap: [{ type: Date, scalar: DateTimeISO }],
    emitSchemaFile: false,
  });
  bindDirectFieldResolvers(schema, resolvers, container);
  return schema;
}
