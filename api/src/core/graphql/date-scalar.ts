import { GraphQLScalarType } from 'graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';

/**
 * graphql-scalars' DateTimeISO (same name, description and parsing), with a direct path for
 * the common case of a valid Date: a page of posts serializes hundreds of them.
 */
export const DateTimeISO = new GraphQLScalarType({
  ...GraphQLDateTimeISO.toConfig(),
  serialize(value: unknown) {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
    return GraphQLDateTimeISO.serialize(value);
  },
});

/** A Date from a driver value (already a Date) or a JSON value (a string). */
export const asDate = (value: Date | string): Date => (value instanceof Date ? value : new Date(value));
