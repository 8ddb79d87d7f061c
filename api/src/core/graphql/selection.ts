import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The names of the fields a query asks for at `path` below the field being resolved (e.g.
 * ['edges', 'node'] of a connection), through fragments and inline fragments. A list resolver
 * uses it to load, in one round before returning, the relations the page will read, so their
 * field resolvers answer at once instead of each returning a promise.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  for (const name of path) sets = sets.flatMap((s) => fieldsOf(s, info).filter((f) => f.name === name).flatMap((f) => (f.set ? [f.set] : [])));
  return new Set(sets.flatMap((s) => fieldsOf(s, info).map((f) => f.name)));
}

function fieldsOf(set: SelectionSetNode, info: GraphQLResolveInfo, seen = new Set<string>()): { name: string; set: SelectionSetNode | undefined }[] {
  return set.selections.flatMap((sel) => {
    if (sel.kind === Kind.FIELD) return [{ name: sel.name.value, set: sel.selectionSet }];
    if (sel.kind === Kind.INLINE_FRAGMENT) return fieldsOf(sel.selectionSet, info, seen);
    const name = sel.name.value;
    const fragment = info.fragments[name];
    if (!fragment || seen.has(name)) return [];
    seen.add(name);
    return fieldsOf(fragment.selectionSet, info, seen);
  });
}
