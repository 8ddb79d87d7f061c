/**
 * A generated type as the server sends it: every object with its `__typename` (urql asks for it,
 * and graphcache needs it to normalize). The generated types leave it out.
 */
export type WithTypenames<T> = T extends readonly (infer Item)[]
  ? WithTypenames<Item>[]
  : T extends object
    ? { [K in keyof T]: WithTypenames<T[K]> } & { __typename: string }
    : T;

/** An operation's result as sent: the root (Query, Mutation, Subscription) has no `__typename`, what is below it does. */
export type ResultData<T> = { [K in keyof T]: WithTypenames<T[K]> };
