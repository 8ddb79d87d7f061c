/**
 * Read-only instances of an entity class, built from SQL rows without the ORM. They pass
 * `instanceof` (so type-graphql uses them as they are), but their fields are plain data
 * properties: assigning to a MikroORM entity goes through prototype accessors that create the
 * entity's helper and redefine each property on the instance, which was most of the cost of
 * a page of posts. Views are for reading; never persist or assign them to relations.
 */
export function readView<T extends object, F extends keyof T & string>(Entity: abstract new () => T, fields: readonly F[]): (data: Pick<T, F>) => T {
  const proto: object = Object.create(Entity.prototype as object);
  // Data properties in front of the ORM's accessors: assignment then creates own properties.
  for (const f of fields) Object.defineProperty(proto, f, { value: undefined, writable: true, enumerable: false, configurable: true });
  return (data) => Object.assign(Object.create(proto) as T, data);
}
