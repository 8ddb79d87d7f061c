import { getMetadataStorage } from 'type-graphql';
import { GraphQLObjectType, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';

type Handler = (this: unknown, ...params: unknown[]) => unknown;
type ParamGetter = (root: unknown, ctx: unknown, info: GraphQLResolveInfo) => unknown;
type FieldResolverMetadata = ReturnType<typeof getMetadataStorage>['fieldResolvers'][number];
type ParamMetadata = NonNullable<FieldResolverMetadata['params']>[number];

export interface InstanceSource {
  get(cls: new () => unknown): unknown;
}

/** A getter for one parameter, or null when it needs type-graphql (arguments, validation, custom decorators). */
function paramGetter(param: ParamMetadata): ParamGetter | null {
  if (param.kind === 'context') {
    const prop = param.propertyName;
    return prop ? (_root, ctx) => (ctx as Record<string, unknown>)[prop] : (_root, ctx) => ctx;
  }
  if (param.kind === 'info') return (_root, _ctx, info) => info;
  if (param.kind === 'root' && !param.propertyName) return (root) => root;
  return null;
}

/** The class type-graphql would convert the root to, or undefined when it passes roots through as they are. */
function rootClass(params: ParamMetadata[]): { ok: boolean; cls?: new () => unknown } {
  const root = params.find((p) => p.kind === 'root');
  if (!root || root.kind !== 'root' || !root.getType) return { ok: true };
  const type: unknown = root.getType();
  return typeof type === 'function' ? { ok: true, cls: type as new () => unknown } : { ok: false };
}

function direct(instance: unknown, method: Handler, getters: ParamGetter[]): GraphQLFieldResolver<unknown, unknown> {
  // Shapes by arity, so a call allocates no parameter array.
  const [a, b, c] = getters;
  switch (getters.length) {
    case 0: return () => method.call(instance);
    case 1: return (root, _args, ctx, info) => method.call(instance, a!(root, ctx, info));
    case 2: return (root, _args, ctx, info) => method.call(instance, a!(root, ctx, info), b!(root, ctx, info));
    case 3: return (root, _args, ctx, info) => method.call(instance, a!(root, ctx, info), b!(root, ctx, info), c!(root, ctx, info));
    default: return (root, _args, ctx, info) => method.apply(instance, getters.map((g) => g(root, ctx, info)));
  }
}

/**
 * type-graphql calls every field resolver through one generic handler that, on each call, asks
 * the container for the resolver, sorts and maps its parameter list and checks every parameter
 * for a promise. A page of 50 posts makes several hundred such calls. Field resolvers of the
 * given resolver classes that take only `@Root()`, `@Ctx()` and `@Info()`, with no middleware
 * and no roles, are bound here once instead: the same method on the same instance with the same
 * parameters. A root that is not already an instance of the declared class (type-graphql would
 * convert it) goes through type-graphql's handler as before. Returns the fields it bound.
 */
export function bindDirectFieldResolvers(schema: GraphQLSchema, resolverClasses: readonly unknown[], container: InstanceSource): string[] {
  const storage = getMetadataStorage();
  const bound: string[] = [];
  for (const meta of storage.fieldResolvers) {
    if (meta.kind !== 'external' || !resolverClasses.includes(meta.target) || !meta.getObjectType) continue;
    if (meta.middlewares?.length || meta.roles?.length) continue;
    const objectClass = meta.getObjectType();
    const typeName = storage.objectTypes.find((o) => o.target === objectClass)?.name;
    const type = typeName ? schema.getType(typeName) : undefined;
    if (!(type instanceof GraphQLObjectType)) continue;
    const field = type.getFields()[meta.schemaName];
    const original = field?.resolve;
    if (!field || !original) continue;
    const params = [...(meta.params ?? [])].sort((x, y) => x.index - y.index);
    const getters = params.map(paramGetter);
    const { ok, cls } = rootClass(params);
    if (!ok || getters.some((g) => g === null)) continue;
    const instance = container.get(meta.target as new () => unknown) as Record<string, Handler>;
    const method = instance[meta.methodName];
    if (typeof method !== 'function') continue;
    const call = direct(instance, method, getters as ParamGetter[]);
    field.resolve = cls
      ? (root, args, ctx, info) => (root instanceof cls || root == null ? call(root, args, ctx, info) : original(root, args, ctx, info))
      : call;
    bound.push(`${type.name}.${field.name}`);
  }
  return bound;
}
